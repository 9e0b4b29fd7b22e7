#include "DiscordReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kindred::discord {

namespace {

constexpr int kPollEvery = 256; // messages between progress/cancel polls

/// Message types that are a member's own message; every other type is a service line.
bool isUserType(const QString &type)
{
    return type == QLatin1String("Default") || type == QLatin1String("Reply") ||
           type == QLatin1String("ChatInputCommand") ||
           type == QLatin1String("ContextMenuCommand") ||
           type == QLatin1String("ThreadStarterMessage");
}

/// Service types this importer knows (others are kept as service lines with a warning).
bool isKnownServiceType(const QString &type)
{
    static const QSet<QString> known = {
        QStringLiteral("GuildMemberJoin"),   QStringLiteral("ChannelPinnedMessage"),
        QStringLiteral("ThreadCreated"),     QStringLiteral("ChannelNameChange"),
        QStringLiteral("ChannelIconChange"), QStringLiteral("Call"),
        QStringLiteral("RecipientAdd"),      QStringLiteral("RecipientRemove")};
    return known.contains(type);
}

} // namespace

DiscordReader::DiscordReader(const QString &path, ImportSink &sink, ImportError &error)
    : m_path(path), m_sink(sink), m_doc(path, sink, error)
{
    m_doc.setContext([this] { return context(); });
}

QString DiscordReader::context() const
{
    if (m_index <= 0)
        return QString();
    return m_messageId.isEmpty()
               ? QCoreApplication::translate("DiscordImporter", "message #%1").arg(m_index)
               : QCoreApplication::translate("DiscordImporter", "message #%1 (id %2)")
                     .arg(QString::number(m_index), m_messageId);
}

bool DiscordReader::run()
{
    if (!m_doc.load())
        return false;
    m_sink.setProgress(0, m_doc.size());
    od::object root;
    if (!m_doc.openRoot(root))
        return false;
    bool deferred = false;
    for (auto fr : root) {
        od::field f;
        DC_TRY(m_doc, std::move(fr).get(f),
               QCoreApplication::translate("DiscordImporter", "the top-level object"));
        const std::string_view key = fieldKey(f);
        if (eq(key, "guild")) {
            if (!readGuild(f.value()))
                return false;
        } else if (eq(key, "channel")) {
            if (!readChannel(f.value()))
                return false;
        } else if (eq(key, "messages")) {
            m_sawMessages = true;
            if (!m_sawChannel) { // read after the channel is known
                od::array probe;
                if (!m_doc.getArray(f.value(), probe, "messages"))
                    return false;
                deferred = true;
                continue;
            }
            if (!readMessages(f.value()))
                return false;
        }
    }
    if (deferred) {
        bool notEmpty = false;
        DC_TRY(m_doc, root.reset().get(notEmpty),
               QCoreApplication::translate("DiscordImporter", "the top-level object"));
        for (auto fr : root) {
            od::field f;
            DC_TRY(m_doc, std::move(fr).get(f),
                   QCoreApplication::translate("DiscordImporter", "the top-level object"));
            if (eq(fieldKey(f), "messages") && !readMessages(f.value()))
                return false;
        }
    }
    if (!m_doc.checkEnd())
        return false;
    if (!m_sawChannel || !m_sawMessages)
        return m_doc.fail(-1, QCoreApplication::translate(
                                  "DiscordImporter",
                                  "no \"channel\" object or no \"messages\" array: this JSON is "
                                  "not a DiscordChatExporter export"));
    if (!m_channelBegun && !beginChannel())
        return false;
    m_sink.setProgress(m_doc.size(), m_doc.size());
    return true;
}

bool DiscordReader::readGuild(od::value v)
{
    od::object o;
    if (!m_doc.getObject(v, o, "guild"))
        return false;
    m_sawGuild = true;
    for (auto fr : o) {
        od::field f;
        DC_TRY(m_doc, std::move(fr).get(f),
               QCoreApplication::translate("DiscordImporter", "the guild object"));
        const std::string_view key = fieldKey(f);
        bool isNull = false;
        if (eq(key, "id")) {
            if (!m_doc.getId(f.value(), m_guildId, "id"))
                return false;
        } else if (eq(key, "name")) {
            if (!m_doc.getStringOrNull(f.value(), m_guildName, isNull, "name"))
                return false;
        }
    }
    return true;
}

bool DiscordReader::readChannel(od::value v)
{
    od::object o;
    if (!m_doc.getObject(v, o, "channel"))
        return false;
    m_sawChannel = true;
    for (auto fr : o) {
        od::field f;
        DC_TRY(m_doc, std::move(fr).get(f),
               QCoreApplication::translate("DiscordImporter", "the channel object"));
        const std::string_view key = fieldKey(f);
        bool isNull = false;
        if (eq(key, "id")) {
            if (!m_doc.getId(f.value(), m_channelId, "id"))
                return false;
        } else if (eq(key, "name")) {
            if (!m_doc.getStringOrNull(f.value(), m_channelName, isNull, "name"))
                return false;
        } else if (eq(key, "type")) {
            if (!m_doc.getStringOrNull(f.value(), m_channelType, isNull, "type"))
                return false;
        } else if (eq(key, "categoryId")) {
            if (!m_doc.getId(f.value(), m_categoryId, "categoryId"))
                return false;
        } else if (eq(key, "category")) {
            if (!m_doc.getStringOrNull(f.value(), m_category, isNull, "category"))
                return false;
        }
    }
    if (m_channelId.isEmpty())
        return m_doc.fail(-1, QCoreApplication::translate("DiscordImporter",
                                                          "the \"channel\" object has no \"id\""));
    return true;
}

bool DiscordReader::beginChannel()
{
    ChannelInfo c;
    c.platform = QStringLiteral("discord");
    c.externalId = m_channelId;
    c.kind = m_channelType;
    QString name = m_channelName.isEmpty() ? m_channelId : m_channelName;
    // A thread's export names its parent channel as its category.
    if (m_channelType.contains(QLatin1String("Thread")) && !m_category.isEmpty())
        name = m_category + QStringLiteral(" / ") + name;
    const bool directMessages = m_guildId.isEmpty() || m_guildId == QLatin1String("0");
    if (!directMessages && !m_guildName.isEmpty())
        name = m_guildName + QStringLiteral(" / ") + name;
    c.name = name;
    m_channelBegun = true;
    if (!m_sink.beginChannel(c))
        return m_doc.sinkFail(QT_TRANSLATE_NOOP("DiscordImporter", "the channel"));
    return true;
}

bool DiscordReader::readMessages(od::value v)
{
    od::array arr;
    if (!m_doc.getArray(v, arr, "messages"))
        return false;
    if (!m_channelBegun && !beginChannel())
        return false;
    for (auto er : arr) {
        od::value mv;
        DC_TRY(m_doc, std::move(er).get(mv),
               QCoreApplication::translate("DiscordImporter", "the messages array"));
        ++m_index;
        m_messageId.clear();
        if (m_index % kPollEvery == 0 && !m_doc.poll())
            return false;
        RawMessage m;
        if (!readMessage(mv, m) || !emitMessage(m))
            return false;
    }
    m_index = 0;
    m_messageId.clear();
    return true;
}

bool DiscordReader::emitMessage(const RawMessage &raw)
{
    if (raw.id.isEmpty())
        return m_doc.fail(
            -1, QCoreApplication::translate("DiscordImporter", "a message has no \"id\" (in %1)")
                    .arg(context()));
    if (raw.at <= 0)
        return m_doc.fail(-1, QCoreApplication::translate("DiscordImporter",
                                                          "a message has no \"timestamp\" (in %1)")
                                  .arg(context()));
    MessageInfo m;
    m.externalId = raw.id;
    m.author = raw.author;
    m.sentAt = raw.at;
    m.editedAt = raw.editedAt;
    m.text = raw.content;
    m.attachmentKind = raw.attachmentKind;
    if (m.attachmentKind.isEmpty() && raw.sticker)
        m.attachmentKind = QStringLiteral("sticker");
    m.reactions = raw.reactions;
    const QString type = raw.type.isEmpty() ? QStringLiteral("Default") : raw.type;
    m.isService = !isUserType(type);
    if (m.isService && !isKnownServiceType(type) && !m_warnedTypes.contains(type)) {
        m_warnedTypes.insert(type);
        m_sink.addWarning(
            QCoreApplication::translate(
                "DiscordImporter",
                "%1: message type \"%2\" is not known; such messages are kept as service lines")
                .arg(QFileInfo(m_path).fileName(), type));
    }
    // reference: {messageId, channelId, guildId} (old) or with "type" Default/Forward (new).
    if (!raw.refMessageId.isEmpty() && !m.isService) {
        if (raw.refType == QLatin1String("Forward"))
            m.forwardedFrom = raw.refChannelId;
        else
            m.replyToExternalId = raw.refMessageId;
    }
    if (!m_sink.addMessage(m))
        return m_doc.sinkFail(QT_TRANSLATE_NOOP("DiscordImporter", "a message"));

    EventInfo e;
    e.at = raw.at;
    e.messageExternalId = raw.id;
    if (type == QLatin1String("GuildMemberJoin")) {
        e.kind = EventInfo::Kind::Join;
        e.member = raw.author;
    } else if (type == QLatin1String("ChannelPinnedMessage")) {
        e.kind = EventInfo::Kind::Pin;
        e.actor = raw.author;
        e.detail = raw.refMessageId;
    } else if ((type == QLatin1String("RecipientAdd") ||
                type == QLatin1String("RecipientRemove")) &&
               !raw.mentions.isEmpty() && raw.mentions.first().isValid()) {
        e.member = raw.mentions.first();
        if (type == QLatin1String("RecipientAdd"))
            e.kind = EventInfo::Kind::Invite;
        else
            e.kind = e.member.externalId == raw.author.externalId ? EventInfo::Kind::Leave
                                                                  : EventInfo::Kind::Remove;
        if (e.member.externalId != raw.author.externalId)
            e.actor = raw.author;
    } else {
        return true;
    }
    if (!m_sink.addEvent(e))
        return m_doc.sinkFail(QT_TRANSLATE_NOOP("DiscordImporter", "an event"));
    return true;
}

} // namespace kindred::discord
