#include "SlackMarkup.h"

#include <QJsonObject>
#include <QStringList>

namespace kindred::slack {

namespace {

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isType(const QJsonObject &o, const char *type)
{
    return o.value(QLatin1String("type")).toString() == QLatin1String(type);
}

} // namespace

QString SlackMarkup::unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'), i);
        if (amp < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, amp - i);
        const QStringView rest = text.mid(amp);
        if (rest.startsWith(QLatin1String("&amp;"))) {
            out += QLatin1Char('&');
            i = amp + 5;
        } else if (rest.startsWith(QLatin1String("&lt;"))) {
            out += QLatin1Char('<');
            i = amp + 4;
        } else if (rest.startsWith(QLatin1String("&gt;"))) {
            out += QLatin1Char('>');
            i = amp + 4;
        } else {
            out += QLatin1Char('&');
            i = amp + 1;
        }
    }
    return out;
}

QString SlackMarkup::plain(QStringView text) const
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype lt = text.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            out += unescape(text.mid(i));
            break;
        }
        out += unescape(text.mid(i, lt - i));
        const qsizetype gt = text.indexOf(QLatin1Char('>'), lt + 1);
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), lt + 1);
        if (gt < 0 || (nl >= 0 && nl < gt)) { // not a control sequence: keep the '<'
            out += QLatin1Char('<');
            i = lt + 1;
            continue;
        }
        out += control(text.mid(lt + 1, gt - lt - 1));
        i = gt + 1;
    }
    return out;
}

QString SlackMarkup::userName(const QString &id) const
{
    const QString name = m_people.mentionName(id);
    return name.isEmpty() ? id : name;
}

QString SlackMarkup::control(QStringView inner) const
{
    const qsizetype bar = inner.indexOf(QLatin1Char('|'));
    const QStringView target = bar < 0 ? inner : inner.left(bar);
    const QString label = bar < 0 ? QString() : unescape(inner.mid(bar + 1));
    if (target.startsWith(QLatin1Char('@'))) {
        const QString id = target.mid(1).toString();
        QString name = m_people.mentionName(id);
        if (name.isEmpty())
            name = label.startsWith(QLatin1Char('@')) ? label.mid(1) : label;
        return QLatin1Char('@') + (name.isEmpty() ? id : name);
    }
    if (target.startsWith(QLatin1Char('#'))) {
        const QString id = target.mid(1).toString();
        QString name = label.isEmpty() ? m_directory.channelName(id) : label;
        return QLatin1Char('#') + (name.isEmpty() ? id : name);
    }
    if (target.startsWith(QLatin1Char('!'))) {
        const QStringView command = target.mid(1);
        if (command == QLatin1String("here") || command == QLatin1String("channel") ||
            command == QLatin1String("everyone") || command == QLatin1String("group"))
            return QLatin1Char('@') + command.toString();
        if (!label.isEmpty())
            return label;
        if (command.startsWith(QLatin1String("subteam^")))
            return QLatin1Char('@') + command.mid(8).toString();
        return QLatin1Char('@') + command.toString();
    }
    if (!label.isEmpty())
        return label;
    const QString url = unescape(target);
    return url.startsWith(QLatin1String("mailto:")) ? url.mid(7) : url;
}

QString SlackMarkup::richInline(const QJsonArray &elements) const
{
    QString out;
    for (const QJsonValue &v : elements) {
        const QJsonObject e = v.toObject();
        const QString type = field(e, "type");
        if (type == QLatin1String("text")) {
            out += field(e, "text");
        } else if (type == QLatin1String("link")) {
            const QString text = field(e, "text");
            out += text.isEmpty() ? field(e, "url") : text;
        } else if (type == QLatin1String("user")) {
            out += QLatin1Char('@') + userName(field(e, "user_id"));
        } else if (type == QLatin1String("usergroup")) {
            out += QLatin1Char('@') + field(e, "usergroup_id");
        } else if (type == QLatin1String("channel")) {
            const QString id = field(e, "channel_id");
            const QString name = m_directory.channelName(id);
            out += QLatin1Char('#') + (name.isEmpty() ? id : name);
        } else if (type == QLatin1String("emoji")) {
            out += QLatin1Char(':') + field(e, "name") + QLatin1Char(':');
        } else if (type == QLatin1String("broadcast")) {
            out += QLatin1Char('@') + field(e, "range");
        } else if (type == QLatin1String("date")) {
            out += field(e, "fallback");
        } else if (e.contains(QLatin1String("elements"))) {
            out += richText(e);
        }
    }
    return out;
}

QString SlackMarkup::richText(const QJsonObject &element) const
{
    const QJsonArray elements = element.value(QLatin1String("elements")).toArray();
    if (!isType(element, "rich_text_list"))
        return richInline(elements);
    QStringList items;
    for (const QJsonValue &item : elements)
        items.append(richInline(item.toObject().value(QLatin1String("elements")).toArray()));
    return items.join(QLatin1Char('\n'));
}

QString SlackMarkup::textObject(const QJsonObject &text) const
{
    const QString t = field(text, "text");
    return isType(text, "mrkdwn") ? plain(t) : t;
}

QString SlackMarkup::blocksText(const QJsonArray &blocks) const
{
    QStringList parts;
    for (const QJsonValue &v : blocks) {
        const QJsonObject block = v.toObject();
        const QString type = field(block, "type");
        if (type == QLatin1String("rich_text")) {
            for (const QJsonValue &e : block.value(QLatin1String("elements")).toArray())
                parts.append(richText(e.toObject()));
        } else if (type == QLatin1String("section") || type == QLatin1String("header")) {
            parts.append(textObject(block.value(QLatin1String("text")).toObject()));
            for (const QJsonValue &f : block.value(QLatin1String("fields")).toArray())
                parts.append(textObject(f.toObject()));
        } else if (type == QLatin1String("context")) {
            for (const QJsonValue &e : block.value(QLatin1String("elements")).toArray())
                parts.append(textObject(e.toObject()));
        }
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

QString SlackMarkup::attachmentsText(const QJsonArray &attachments) const
{
    QStringList parts;
    for (const QJsonValue &v : attachments) {
        const QJsonObject a = v.toObject();
        QString text = field(a, "fallback");
        if (text.isEmpty()) {
            QStringList pieces = {field(a, "pretext"), field(a, "title"), field(a, "text")};
            pieces.removeAll(QString());
            text = pieces.join(QLatin1Char('\n'));
        }
        if (!text.isEmpty())
            parts.append(plain(text));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace kindred::slack
