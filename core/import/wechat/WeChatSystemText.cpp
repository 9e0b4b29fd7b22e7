#include "WeChatSystemText.h"

#include <QRegularExpression>

namespace kindred::wechat {

namespace {

/// Curly quotes -> straight ones, so that one pattern serves both.
QString normalizedQuotes(QString text)
{
    text.replace(u'“', QLatin1Char('"'));
    text.replace(u'”', QLatin1Char('"'));
    return text.trimmed();
}

/// Every "name" in text.
QStringList quotedNames(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    QStringList names;
    for (auto it = quoted.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1).trimmed());
    return names;
}

} // namespace

bool WeChatSystemText::isRecall(const QString &text)
{
    return text.contains(QStringLiteral("撤回了一条消息")) ||
           text.contains(QLatin1String("<revokemsg"));
}

QString WeChatSystemText::stripTags(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral("<[^<>]*>"));
    QString out = text;
    out.remove(tags);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out.trimmed();
}

QList<Membership> WeChatSystemText::memberships(const QString &raw)
{
    const QString text = normalizedQuotes(stripTags(raw));
    QList<Membership> out;
    static const QRegularExpression invite(
        QStringLiteral("^(?:\"([^\"]+)\"|你)\\s*邀请(.+?)加入了?群聊"));
    static const QRegularExpression scan(
        QStringLiteral("^\"([^\"]+)\"\\s*通过扫描(?:\"([^\"]+)\"|你)分享的二维码加入了?群聊"));
    static const QRegularExpression remove(
        QStringLiteral("^(?:\"([^\"]+)\"|你)\\s*将(.+?)移出了群聊"));
    static const QRegularExpression joined(QStringLiteral("^\"([^\"]+)\".*加入了?群聊"));

    auto addAll = [&out](EventInfo::Kind kind, const QRegularExpressionMatch &m) {
        for (const QString &name : quotedNames(m.captured(2))) {
            Membership ms;
            ms.kind = kind;
            ms.member = name;
            ms.actor = m.captured(1);
            ms.actorIsSelf = m.captured(1).isEmpty();
            out.append(ms);
        }
    };
    if (const auto m = invite.match(text); m.hasMatch()) {
        addAll(EventInfo::Kind::Join, m);
    } else if (const auto s = scan.match(text); s.hasMatch()) {
        Membership ms;
        ms.member = s.captured(1);
        ms.actor = s.captured(2);
        ms.actorIsSelf = s.captured(2).isEmpty();
        out.append(ms);
    } else if (const auto r = remove.match(text); r.hasMatch()) {
        addAll(EventInfo::Kind::Remove, r);
    } else if (const auto j = joined.match(text); j.hasMatch()) {
        Membership ms;
        ms.member = j.captured(1);
        out.append(ms);
    }
    return out;
}

} // namespace kindred::wechat
