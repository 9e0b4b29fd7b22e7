#pragma once
// Reader of one DiscordChatExporter JSON file ({guild, channel, dateRange, messages,
// messageCount}); see DiscordImporter.h for the mapping to Kindred's records.

#include "DiscordDocument.h"

#include "import/ImportRecords.h"

#include <QHash>
#include <QSet>

namespace kindred::discord {

/// One message as read, before it becomes a MessageInfo (and maybe an EventInfo).
struct RawMessage
{
    QString id;
    QString type;
    QString content;
    qint64 at = 0;
    qint64 editedAt = 0;
    PersonRef author;
    QString refMessageId;
    QString refChannelId;
    QString refType;
    QString attachmentKind;
    bool sticker = false;
    QList<ReactionInfo> reactions;
    QList<PersonRef> mentions;
};

class DiscordReader final
{
public:
    DiscordReader(const QString &path, ImportSink &sink, ImportError &error);
    Q_DISABLE_COPY_MOVE(DiscordReader)

    bool run();

private:
    QString context() const;
    bool readGuild(od::value v);
    bool readChannel(od::value v);
    bool beginChannel();
    bool readMessages(od::value v);
    bool readMessage(od::value v, RawMessage &m);
    bool readPerson(od::value v, PersonRef &p, const char *field);
    bool readReference(od::value v, RawMessage &m);
    bool readAttachments(od::value v, RawMessage &m);
    bool readReactions(od::value v, RawMessage &m);
    bool readMentions(od::value v, RawMessage &m);
    bool emitMessage(const RawMessage &m);

    const QString m_path;
    ImportSink &m_sink;
    DiscordDocument m_doc;

    QString m_guildId;
    QString m_guildName;
    QString m_channelId;
    QString m_channelName;
    QString m_channelType;
    QString m_categoryId;
    QString m_category;
    bool m_sawGuild = false;
    bool m_sawChannel = false;
    bool m_sawMessages = false;
    bool m_channelBegun = false;

    qint64 m_index = 0; ///< 1-based number of the message being read, 0 = none
    QString m_messageId;
    QSet<QString> m_warnedTypes;
};

/// "photo", "animation", "video", "voice", "audio" or "file" for an attachment's file name
/// (or URL) and content type (may be empty).
QString attachmentKindOf(const QString &fileName, const QString &contentType);

} // namespace kindred::discord
