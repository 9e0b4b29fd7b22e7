#include "WeChatBody.h"

#include "WeChatSystemText.h"
#include "WeChatTime.h"
#include "WeChatXml.h"

#include <QRegularExpression>

namespace kindred::wechat {

namespace {

const QString kQuoteMarker = QStringLiteral("\n\n[引用](");

/// PyWxDump's link text: "title\ndes\n\n<a href=\"url\">点击查看详情</a>" -> "title\ndes\n\nurl".
QString withoutAnchors(const QString &text)
{
    static const QRegularExpression anchor(QStringLiteral("<a\\s+href=\"([^\"]*)\"[^>]*>[^<]*</a>"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(anchor, QStringLiteral("\\1"));
    return out.trimmed();
}

QString joinedTitle(const WeChatXmlFields &x)
{
    if (x.title.isEmpty())
        return x.des.trimmed();
    if (x.des.trimmed().isEmpty() || x.des.trimmed() == x.title)
        return x.title;
    return x.title + QLatin1Char('\n') + x.des.trimmed();
}

qint64 quotedTime(const QString &text, int offsetSeconds)
{
    qint64 at = 0;
    bool hasSeconds = false;
    if (WeChatTime::parseUnix(text, at) ||
        WeChatTime::parseWallClock(text, offsetSeconds, at, hasSeconds))
        return at;
    return 0;
}

} // namespace

bool WeChatBody::splitQuoteText(const QString &text, QString &reply, QString &quotedTimeText,
                                QString &quotedRest)
{
    const qsizetype at = text.indexOf(kQuoteMarker);
    if (at < 0)
        return false;
    const qsizetype open = at + kQuoteMarker.size();
    const qsizetype close = text.indexOf(QLatin1Char(')'), open);
    if (close < 0)
        return false;
    reply = text.left(at).trimmed();
    quotedTimeText = text.mid(open, close - open).trimmed();
    quotedRest = text.mid(close + 1);
    return true;
}

WeChatBodyInfo WeChatBody::parse(Kind kind, const QString &rawContent, int offsetSeconds)
{
    WeChatBodyInfo b;
    b.kind = kind;
    QString content = rawContent;
    content.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (kind == Kind::Text) {
        b.text = content;
        return b;
    }
    const WeChatXmlFields x = WeChatXml::parse(content);
    if (WeChatTypes::hasPlaceholderText(kind))
        return b;
    switch (kind) {
    case Kind::File:
    case Kind::Link:
    case Kind::Transfer:
        b.text = x.isXml ? joinedTitle(x) : withoutAnchors(content);
        break;
    case Kind::ForwardedChat:
        b.text = x.isXml ? joinedTitle(x) : content.trimmed();
        b.forwardedFrom = x.isXml ? x.title : b.text.section(QLatin1Char('\n'), 0, 0).trimmed();
        break;
    case Kind::Location:
        b.text = x.isXml ? x.locationLabel : content.trimmed();
        break;
    case Kind::Quote:
        if (x.isXml) {
            b.text = x.title;
            b.isQuote = !x.referSvrId.isEmpty() || !x.referContent.isEmpty();
            b.quotedSvrId = x.referSvrId;
            if (!x.referContent.isEmpty())
                b.quotedTexts.append(x.referContent.trimmed());
            b.quotedAt = quotedTime(x.referCreateTime, offsetSeconds);
        } else {
            QString timeText, rest;
            b.isQuote = splitQuoteText(content, b.text, timeText, rest);
            if (!b.isQuote) {
                b.text = content;
                break;
            }
            b.quotedAt = quotedTime(timeText, offsetSeconds);
            // "name:content": a name may hold a colon and so may the content; every split
            // is a candidate, the first one (shortest name) first.
            for (qsizetype colon = rest.indexOf(QLatin1Char(':')); colon >= 0;
                 colon = rest.indexOf(QLatin1Char(':'), colon + 1))
                b.quotedTexts.append(rest.mid(colon + 1).trimmed());
        }
        break;
    case Kind::System:
    case Kind::Pat:
    case Kind::Recall:
    case Kind::Call:
        if (x.isXml) {
            b.text =
                !x.revokeText.isEmpty() ? WeChatSystemText::stripTags(x.revokeText) : x.plainText;
            b.recalledSvrId = x.revokedSvrId;
        } else {
            b.text = WeChatSystemText::stripTags(content);
        }
        if (kind == Kind::System &&
            (x.sysmsgType == QLatin1String("revokemsg") || WeChatSystemText::isRecall(content)))
            b.kind = Kind::Recall;
        break;
    default: // Unknown: an XML body is not text a person wrote
        b.text = !x.isXml ? content : x.title.isEmpty() ? x.plainText : joinedTitle(x);
        break;
    }
    return b;
}

} // namespace kindred::wechat
