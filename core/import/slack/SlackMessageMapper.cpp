#include "SlackMessageMapper.h"

#include <QJsonArray>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <utility>

namespace kindred::slack {

namespace {

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool oneOf(QStringView s, std::initializer_list<const char *> list)
{
    for (const char *e : list)
        if (s == QLatin1String(e))
            return true;
    return false;
}

const QLatin1String kDeletedText("This message was deleted.");

} // namespace

bool SlackMessageMapper::parseTs(const QJsonValue &value, qint64 &seconds, QString &id)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d >= 1.0 && d < 1e12))
            return false;
        seconds = qint64(d);
        id = QString::number(d, 'f', 6);
        return true;
    }
    const QString s = value.toString().trimmed();
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const qsizetype intDigits = dot < 0 ? s.size() : dot;
    if (intDigits < 1 || intDigits > 12 || (dot >= 0 && dot == s.size() - 1))
        return false;
    qint64 secs = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (i == dot)
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        if (i < intDigits)
            secs = secs * 10 + (c.unicode() - '0');
    }
    if (secs <= 0)
        return false;
    seconds = secs;
    id = s;
    return true;
}

QString SlackMessageMapper::attachmentKindOf(const QJsonObject &file)
{
    const QString subtype = field(file, "subtype");
    if (subtype == QLatin1String("slack_audio"))
        return QStringLiteral("voice");
    if (subtype == QLatin1String("slack_video"))
        return QStringLiteral("video");
    const QString mime = field(file, "mimetype").toLower();
    if (mime.startsWith(QLatin1String("image/")))
        return QStringLiteral("photo");
    if (mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (mime.startsWith(QLatin1String("audio/")))
        return QStringLiteral("voice");
    QString type = field(file, "filetype").toLower();
    if (type.isEmpty()) {
        const QString name = field(file, "name").toLower();
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot >= 0)
            type = name.mid(dot + 1);
    }
    if (oneOf(type, {"png", "jpg", "jpeg", "gif", "bmp", "webp", "heic", "heif", "tif", "tiff"}))
        return QStringLiteral("photo");
    if (oneOf(type, {"mp4", "mov", "webm", "mkv", "avi", "m4v", "wmv", "mpg", "mpeg"}))
        return QStringLiteral("video");
    if (oneOf(type, {"mp3", "m4a", "ogg", "oga", "wav", "flac", "aac", "opus", "amr"}))
        return QStringLiteral("voice");
    return QStringLiteral("file");
}

SlackMessageMapper::Class SlackMessageMapper::classify(const QString &subtype, const QString &text)
{
    if (subtype == QLatin1String("tombstone") || text == kDeletedText)
        return Class::Tombstone;
    if (oneOf(subtype, {"", "bot_message", "me_message", "file_share", "file_mention",
                        "thread_broadcast", "reply_broadcast", "slackbot_response"}))
        return Class::Message;
    if (subtype == QLatin1String("file_comment"))
        return Class::FileComment;
    if (oneOf(subtype, {"channel_join", "group_join"}))
        return Class::Join;
    if (oneOf(subtype, {"channel_leave", "group_leave"}))
        return Class::Leave;
    if (subtype == QLatin1String("pinned_item"))
        return Class::Pin;
    if (oneOf(subtype, {"bot_add", "bot_remove"}))
        return Class::BotChange;
    if (oneOf(subtype, {"channel_topic",
                        "channel_purpose",
                        "channel_name",
                        "channel_archive",
                        "channel_unarchive",
                        "group_topic",
                        "group_purpose",
                        "group_name",
                        "group_archive",
                        "group_unarchive",
                        "unpinned_item",
                        "bot_enable",
                        "bot_disable",
                        "reminder_add",
                        "channel_convert_to_private",
                        "channel_convert_to_public",
                        "sh_room_created",
                        "huddle_thread",
                        "joiner_notification",
                        "joiner_notification_for_inviter",
                        "channel_posting_permissions",
                        "app_conversation_join",
                        "app_conversation_leave",
                        "ekm_access_denied",
                        "file_share_notification"}))
        return Class::Service;
    return Class::Unknown;
}

PersonRef SlackMessageMapper::authorOf(const QJsonObject &o, Class cls, const QString &subtype)
{
    if (cls == Class::Tombstone)
        return PersonRef();
    QString userId = field(o, "user");
    if (cls == Class::FileComment) {
        const QString commenter = field(o.value(QLatin1String("comment")).toObject(), "user");
        if (!commenter.isEmpty())
            userId = commenter;
    }
    const QString botId = field(o, "bot_id");
    if (userId.isEmpty())
        return cls == Class::BotChange ? PersonRef() : m_people.bot(botId, o);
    PersonRef p = m_people.user(userId, o);
    if (subtype == QLatin1String("bot_message") ||
        (cls != Class::BotChange && o.contains(QLatin1String("bot_profile"))))
        p.isBot = true;
    return p;
}

QString SlackMessageMapper::textOf(const QJsonObject &o, Class cls) const
{
    if (cls == Class::FileComment) {
        const QString comment = field(o.value(QLatin1String("comment")).toObject(), "comment");
        if (!comment.trimmed().isEmpty())
            return m_markup.plain(comment);
    }
    QString text = m_markup.plain(field(o, "text"));
    if (text.trimmed().isEmpty())
        text = m_markup.blocksText(o.value(QLatin1String("blocks")).toArray());
    if (text.trimmed().isEmpty())
        text = m_markup.attachmentsText(o.value(QLatin1String("attachments")).toArray());
    return text;
}

void SlackMessageMapper::learnBotName(const QJsonObject &o)
{
    // "added an integration to this channel: <https://x.slack.com/services/B0JL6RASU|github>"
    const QString botId = field(o, "bot_id");
    const QString text = field(o, "text");
    if (botId.isEmpty())
        return;
    const QString marker = QLatin1Char('/') + botId + QLatin1Char('|');
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return;
    const qsizetype start = at + marker.size();
    const qsizetype end = text.indexOf(QLatin1Char('>'), start);
    if (end > start)
        m_people.learnBotName(botId,
                              SlackMarkup::unescape(QStringView(text).mid(start, end - start)));
}

QList<ReactionInfo> SlackMessageMapper::reactionsOf(const QJsonObject &o)
{
    QList<ReactionInfo> out;
    for (const QJsonValue &v : o.value(QLatin1String("reactions")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString name = field(r, "name");
        if (name.isEmpty())
            continue;
        ReactionInfo info;
        info.emoji = QLatin1Char(':') + name + QLatin1Char(':');
        for (const QJsonValue &u : r.value(QLatin1String("users")).toArray()) {
            ReactorInfo who;
            who.person = m_people.user(u.toString());
            if (who.person.isValid())
                info.reactors.append(who);
        }
        const double count = r.value(QLatin1String("count")).toDouble();
        info.count = count > 0 ? int(std::min<double>(count, std::numeric_limits<int>::max())) : 0;
        info.count = std::max(info.count, int(info.reactors.size()));
        out.append(info);
    }
    return out;
}

QString SlackMessageMapper::pinnedTs(const QJsonObject &o)
{
    qint64 secs = 0;
    QString ts;
    const QJsonObject item = o.value(QLatin1String("item")).toObject();
    if (parseTs(item.value(QLatin1String("ts")), secs, ts))
        return ts;
    const QJsonObject message = item.value(QLatin1String("message")).toObject();
    if (parseTs(message.value(QLatin1String("ts")), secs, ts))
        return ts;
    const QJsonArray attachments = o.value(QLatin1String("attachments")).toArray();
    if (!attachments.isEmpty() &&
        parseTs(attachments.first().toObject().value(QLatin1String("ts")), secs, ts))
        return ts;
    return QString();
}

QString SlackMessageMapper::takeNewUnknownSubtype()
{
    return std::exchange(m_newUnknown, QString());
}

SlackMessageMapper::Outcome SlackMessageMapper::map(const QJsonValue &value, SlackRecord &out)
{
    m_newUnknown.clear();
    if (!value.isObject())
        return Outcome::NotAnObject;
    const QJsonObject o = value.toObject();
    out = SlackRecord();
    MessageInfo &m = out.message;
    if (!parseTs(o.value(QLatin1String("ts")), m.sentAt, m.externalId))
        return Outcome::NoTimestamp;
    const QString subtype = field(o, "subtype");
    const Class cls = classify(subtype, field(o, "text"));
    if (cls == Class::Unknown && !m_reportedSubtypes.contains(subtype)) {
        m_reportedSubtypes.insert(subtype);
        m_newUnknown = subtype;
    }
    if (cls == Class::BotChange)
        learnBotName(o);
    m.author = authorOf(o, cls, subtype);
    m.text = textOf(o, cls);
    m.isService = cls != Class::Message && cls != Class::FileComment;

    qint64 editedSecs = 0;
    QString editedId;
    if (parseTs(o.value(QLatin1String("edited")).toObject().value(QLatin1String("ts")), editedSecs,
                editedId))
        m.editedAt = editedSecs;

    // Threads: every line of a thread carries the parent's ts as thread_ts.
    const QString threadTs = field(o, "thread_ts");
    if (!threadTs.isEmpty()) {
        m.threadExternalId = threadTs;
        if (threadTs != m.externalId)
            m.replyToExternalId = threadTs;
    } else if (o.value(QLatin1String("reply_count")).toDouble() > 0 ||
               !o.value(QLatin1String("replies")).toArray().isEmpty()) {
        m.threadExternalId = m.externalId;
    }

    const QJsonArray files = o.value(QLatin1String("files")).toArray();
    if (!files.isEmpty())
        m.attachmentKind = attachmentKindOf(files.first().toObject());
    else if (cls != Class::FileComment && o.value(QLatin1String("file")).isObject())
        m.attachmentKind = attachmentKindOf(o.value(QLatin1String("file")).toObject());

    m.reactions = reactionsOf(o);

    EventInfo &e = out.event;
    e.at = m.sentAt;
    e.messageExternalId = m.externalId;
    switch (cls) {
    case Class::Join:
        e.kind = EventInfo::Kind::Join;
        e.member = m.author;
        e.actor = m_people.user(field(o, "inviter"));
        out.hasEvent = e.member.isValid();
        break;
    case Class::Leave:
        e.kind = EventInfo::Kind::Leave;
        e.member = m.author;
        out.hasEvent = e.member.isValid();
        break;
    case Class::Pin:
        e.kind = EventInfo::Kind::Pin;
        e.actor = m.author;
        e.detail = pinnedTs(o);
        out.hasEvent = true;
        break;
    default:
        break;
    }
    return Outcome::Mapped;
}

} // namespace kindred::slack
