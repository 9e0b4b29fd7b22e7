#include "WeChatXml.h"

#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace kindred::wechat {

namespace {

/// "wxid_abc:\n<msg>..." -> "<msg>..." (the sender prefix of group messages).
QString withoutSenderPrefix(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*[^\\s:<]{1,80}:\\r?\\n\\s*(?=<)"));
    const QRegularExpressionMatch m = prefix.match(text);
    return m.hasMatch() ? text.mid(m.capturedEnd()) : text;
}

} // namespace

WeChatXmlFields WeChatXml::parse(const QString &text)
{
    WeChatXmlFields f;
    const QString body = withoutSenderPrefix(text).trimmed();
    if (!body.startsWith(QLatin1Char('<')))
        return f;
    QXmlStreamReader xml(body);
    QStringList path;
    QStringList plain;
    auto parentIs = [&path](const char *name) {
        return path.size() >= 2 && path.at(path.size() - 2) == QLatin1String(name);
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                f.isXml = true;
                f.root = name;
            }
            path.append(name);
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == QLatin1String("sysmsg"))
                f.sysmsgType = attributes.value(QLatin1String("type")).toString();
            if (name == QLatin1String("location")) {
                f.locationLabel = attributes.value(QLatin1String("poiname")).toString();
                if (f.locationLabel.isEmpty())
                    f.locationLabel = attributes.value(QLatin1String("label")).toString();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace() &&
                   !path.isEmpty()) {
            const QString value = xml.text().toString();
            plain.append(value.trimmed());
            const QString &name = path.constLast();
            QString *target = nullptr;
            if (parentIs("appmsg")) {
                if (name == QLatin1String("title"))
                    target = &f.title;
                else if (name == QLatin1String("des"))
                    target = &f.des;
                else if (name == QLatin1String("url"))
                    target = &f.url;
                else if (name == QLatin1String("type"))
                    target = &f.appType;
            } else if (parentIs("refermsg")) {
                if (name == QLatin1String("svrid"))
                    target = &f.referSvrId;
                else if (name == QLatin1String("content"))
                    target = &f.referContent;
                else if (name == QLatin1String("displayname"))
                    target = &f.referDisplayName;
                else if (name == QLatin1String("createtime"))
                    target = &f.referCreateTime;
            } else if (parentIs("revokemsg")) {
                if (name == QLatin1String("replacemsg"))
                    target = &f.revokeText;
                else if (name == QLatin1String("newmsgid"))
                    target = &f.revokedSvrId;
            } else if (name == QLatin1String("revokemsg")) {
                target = &f.revokeText;
            }
            if (target)
                target->append(value); // character data may come in several tokens
        }
    }
    f.plainText = plain.join(QLatin1Char(' ')).trimmed();
    f.title = f.title.trimmed();
    f.referSvrId = f.referSvrId.trimmed();
    f.revokedSvrId = f.revokedSvrId.trimmed();
    f.revokeText = f.revokeText.trimmed();
    return f;
}

} // namespace kindred::wechat
