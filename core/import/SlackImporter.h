#pragma once
// Slack workspace export: the .zip file Slack's "Export data" produces (standard or full
// export), read with QuaZip. Layout: users.json, channels.json (and groups.json, mpims.json,
// dms.json in exports that include private conversations), integration_logs.json, and one
// folder per conversation holding one JSON array of messages per day, "<folder>/<YYYY-MM-DD>
// .json". Both field shapes are read: 2016 (`created` as a string, legacy `file` objects,
// `attachments`) and 2023 (`created` as an int, `blocks`, `user_profile`, `client_msg_id`,
// `files`). The export may sit at the archive's root or in one folder of it.
//
// Input: path = the zip file. Output: for every conversation that has day files, a
// beginChannel() followed by its messages and events, in archive order (beginChannel() again
// if the archive interleaves folders). Progress in bytes of the zip file; cancel polled
// between day files.
//
// Mapping:
//  * channel: platform "slack", externalId = the conversation id from the lists (C..., G...,
//    D...), name = its name (channels and private channels), the members' names for DMs and
//    group DMs ("Alice, Bob"), kind = "public_channel" (channels.json), "private_channel"
//    (groups.json, or is_private), "mpim" (mpims.json), "dm" (dms.json). Conversations without
//    day files are not created. A folder that no list names is imported with a derived
//    channel (id and name = the folder name) and a warning.
//  * message: externalId = ts as written (unique within a conversation); sentAt = the whole
//    UTC seconds of ts ("1457390232.000002" -> 1457390232), never the day file's name (Slack
//    names day files by the exporter's local date); editedAt = edited.ts.
//  * author: externalId = the Slack user id ("user"); name = users.json profile.display_name,
//    else real_name, else name; users.json does not list the user -> the user_profile (2023)
//    of the line or of another line of its day file, else "username", else bot_profile.name,
//    else the id, and one warning lists such ids.
//    isBot for users.json is_bot, USLACKBOT, subtype bot_message, and lines with bot_profile.
//    bot_message lines without "user" are written by the bot id (or the bot's users.json user,
//    found through profile.bot_id), named from bot_profile.name / username / an earlier
//    bot_add line. See slack/SlackPeople.h.
//  * threads: a line with thread_ts gets threadExternalId = thread_ts (the parent's ts, the
//    parent included); replies (ts != thread_ts, thread_broadcast too) also get
//    replyToExternalId = thread_ts. A parent with replies/reply_count but no thread_ts gets
//    threadExternalId = its own ts.
//  * subtypes (slack/SlackMessageMapper.h): channel_join/group_join -> service line + Join
//    event (member = user, actor = inviter); channel_leave/group_leave -> service line + Leave
//    event; pinned_item -> service line + Pin event (actor = user, detail = pinned ts when
//    named); bot_add, bot_remove, topic/purpose/name/archive changes and other notices ->
//    service lines; file_share, bot_message, me_message, thread_broadcast -> messages;
//    file_comment (2016) -> a message by comment.user with the comment as text; tombstone (or
//    the text "This message was deleted.") -> a service line without author, kept so that its
//    thread keeps its parent; unknown subtypes -> service lines and one warning per subtype.
//  * text: Slack markup flattened (slack/SlackMarkup.h): <@U123> -> "@display name",
//    <#C123|name> -> "#name", <http://x|label> -> label (<http://x> -> the URL), <!here> ->
//    "@here", &amp; &lt; &gt; unescaped. An empty text is taken from the Block Kit `blocks`,
//    else from the legacy `attachments` (integration posts: their fallback text).
//  * attachments: the first entry of `files` (2023), else the legacy `file` object (2016
//    file_share): "voice" for Slack audio clips and audio/*, "video" for clips and video/*,
//    "photo" for image/*, else by filetype / extension, else "file". Link previews in
//    `attachments` are not attachments.
//  * reactions: [{name, users, count}] -> emoji ":name:" (Slack's short code, as in message
//    text; custom emoji have no Unicode form), count = max(count, number of users), reactors =
//    users (externalId = user id, at = 0: the export has no reaction time).
//
// Errors (read() returns false; ImportError.file = "<zip path>/<entry>" for a problem inside an
// entry, else the zip path): not a zip archive (offset 0), a damaged archive, no channels.json
// (nor groups.json, mpims.json, dms.json), malformed JSON (byte offset, line and column in
// the entry), a list or day file that is not a JSON array, an entry over 512 MiB, cancel, and a
// sink stop. Warnings (sink.addWarning): no users.json, user ids that users.json does not
// list, folders no list names, unknown subtypes, messages without a valid ts and entries that
// are not objects (skipped), .json files in folders that are not day files (skipped), list
// entries without an id (skipped).

#include "Importer.h"

namespace kindred {

class SlackImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("slack"); }
    /// 90 for the head of channels.json, groups.json, mpims.json or dms.json (what
    /// ImporterRegistry::readHead returns for a Slack zip), 80 for users.json, 70 for a day file
    /// "YYYY-MM-DD.json" holding messages with "ts"; 0 otherwise. The head must be a JSON array.
    int detect(const QByteArray &head, const QString &fileName) const override;
    bool read(const QString &path, ImportSink &sink, ImportError &error) override;
};

} // namespace kindred
