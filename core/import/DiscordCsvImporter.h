#pragma once
// DiscordChatExporter CSV: one channel per file, the header
// "AuthorID,Author,Date,Content,Attachments,Reactions" (every field quoted by DCE, RFC 4180,
// UTF-8 with or without BOM, CRLF or LF, multi-line content), then one record per message.
//
// It is part of the user-facing format "discord": DiscordImporter detects and reads both the
// JSON and the CSV export and hands a CSV file to this class (see DiscordImporter.h).
//
// Mapping (chosen so that the same channel exported as JSON and as CSV shares its channel and
// its authors; message ids do not exist in the CSV, so its messages never deduplicate against
// the JSON export's):
//  * channel: platform "discord"; externalId = the channel id DCE puts in the file name
//    ("Guild - Category - channel [1012224565567721552].csv", also "... [part N].csv"), else
//    the file's base name; name = "guild / channel" (first and last " - " parts of the name,
//    as the JSON importer names it), or the whole base name; kind empty (not exported).
//  * author: externalId = AuthorID as written (the snowflake string the JSON importer uses for
//    author.id); name = Author without a legacy "#1234" discriminator (the JSON "name" field);
//    "Deleted User" becomes "Deleted User #<id>" as in the JSON importer. No bot flag exists.
//  * Date:
//      - ISO 8601 with an offset or Z (newer DCE, .NET format "o", e.g.
//        2023-01-05T10:12:13.4560000+01:00; any number of fraction digits; 'T' or a space) ->
//        UTC seconds;
//      - without an offset, and the old locale formats, which DCE wrote in the exporting
//        machine's local time: "dd-MMM-yy hh:mm tt" (DCE's old default --dateformat, English
//        month names, e.g. 05-Jan-23 10:12 AM; 4-digit years and seconds accepted) and the
//        en-US general format "M/d/yyyy h:mm[:ss] AM|PM" (1/5/2023 10:12 AM). Such wall-clock
//        times are stored as if they were UTC (one warning per file). Other formats (custom
//        --dateformat values, 24-hour d/M/yyyy locales) are rejected with the record's position.
//  * Content -> text (CRLF inside it becomes LF). DCE writes system messages as their fallback
//    text; exactly "Joined the server." and "Pinned a message." become service lines with a
//    Join / Pin event of the author, and "Started a thread.", "Changed the channel icon.",
//    "Changed the channel name: ...", "Started a call ...", "Added ... to the group.",
//    "Removed ... from the group." and "Left the group." service lines without events.
//  * Attachments: comma-separated URLs (or local paths with --media); the first one decides
//    attachmentKind by extension, like the JSON importer's (photo, animation, video, voice,
//    audio, file).
//  * Reactions: "emoji (count),emoji (count)" -> ReactionInfo without reactors (custom emoji
//    are written by DCE as their bare name, e.g. "kekw (2)", and kept so). A field not in that
//    shape is skipped with a warning.
//  * message externalId: "csv-" + 16 hex digits of SHA-1(AuthorID, UTC seconds, content,
//    attachments) + "-n" for the n-th repeat of the same values, so re-importing the same or an
//    overlapping CSV export of the channel deduplicates.
//
// Errors (false with file, line, column): a missing or different header, a record without
// exactly 6 fields, an unterminated quote at the end of the file, text after a closing quote,
// invalid UTF-8, an unreadable date.

#include "Importer.h"

namespace kindred {

class DiscordCsvImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("discord"); }
    /// 90 when the first line (after an optional BOM) is exactly the DCE header, fields quoted
    /// or not; else 0.
    int detect(const QByteArray &head, const QString &fileName) const override;
    bool read(const QString &path, ImportSink &sink, ImportError &error) override;

    /// A DCE date (see above) as UTC seconds; isWallClock tells that it had no offset.
    static bool parseDate(const QString &text, qint64 &utcSeconds, bool &isWallClock);
    /// "😀 (2),kekw (1)" -> reactions; false when the text is not in that shape.
    static bool parseReactions(const QString &text, QList<ReactionInfo> &out);
};

} // namespace kindred
