#pragma once
// DiscordChatExporter (Tyrrrz/DiscordChatExporter) JSON: one channel per file,
// {guild: {id, name}, channel: {id, type, categoryId, category, name, topic}, dateRange,
//  messages: [{id, type, timestamp, timestampEdited, content, author, attachments, stickers,
//              reactions, mentions, reference}], messageCount}.
//
// Mapping:
//  * channel: platform "discord", externalId = channel.id (a snowflake, kept as the string
//    written: snowflakes exceed 2^53 and are never read as doubles), kind = channel.type,
//    name = "guild / channel" (only the channel name for direct messages, guild id "0").
//    A thread export (type ...Thread, categoryId = the parent channel's id, category = its
//    name) keeps the thread's own id; its name is "guild / parent channel / thread".
//    Partitioned exports ("... [part N].json") carry the same channel id, so every part
//    lands in the same channel and the sink deduplicates messages by id.
//  * author: externalId = author.id, name = nickname when present, else name; isBot kept.
//    "Deleted User" becomes "Deleted User #<id>" so that deleted accounts stay distinct.
//  * message types Default, Reply, ChatInputCommand, ContextMenuCommand and
//    ThreadStarterMessage are messages; every other type is a service line (a warning names
//    types this importer does not know). GuildMemberJoin adds a Join event of the author,
//    ChannelPinnedMessage a Pin event (detail = the pinned message id), RecipientAdd /
//    RecipientRemove an Invite / Remove (Leave when the author removed themself) event of the
//    mentioned user when the export names one. Calls keep their text ("Started a call ...").
//  * times: ISO 8601 with their own offset -> UTC seconds; timestampEdited -> editedAt.
//  * reference.messageId (old shape without "type", or new shape with type "Default") ->
//    replyToExternalId; a "Forward" reference sets forwardedFrom to the source channel id.
//  * attachments: the first attachment decides attachmentKind by content type or extension
//    (photo, animation for gif, video, voice for voice-message.*, audio, file); stickers
//    alone give "sticker".
//  * reactions: emoji = the emoji as written, custom emoji as <:name:id> (<a:name:id> when
//    animated); count; users (when exported) are the reactors, without time (at = 0).
//
// The reader lives in import/discord/ (DiscordReader, DiscordDocument).
//
// DCE's CSV export belongs to the same user-facing format "discord": detect() scores a CSV
// with DCE's header through DiscordCsvImporter, and read() hands every file that does not
// start with '{' or '[' and has that header (or a .csv name) to DiscordCsvImporter, which maps
// it onto the same channel and author identities (see DiscordCsvImporter.h).

#include "Importer.h"

namespace kindred {

class DiscordImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("discord"); }
    int detect(const QByteArray &head, const QString &fileName) const override;
    bool read(const QString &path, ImportSink &sink, ImportError &error) override;
};

} // namespace kindred
