#pragma once

#include "Importer.h"

namespace kindred {

/// WhatsApp "Export chat" text (Android "31/12/20, 23:59 - Name: text", iOS
/// "[12/31/20, 11:59:59 PM] Name: text"), as a .txt file or a .zip holding "_chat.txt" (or a
/// single .txt). Rules:
///
/// * Streaming, two passes over the text, one line at a time (lines over 1 MiB are an error):
///   the first pass validates UTF-8 and the line prefixes, decides day-first vs month-first
///   from every date of the file (see whatsapp::DateOrder) and whether the chat is a group;
///   the second emits. BOMs and bidi marks (U+FEFF, U+200E, U+200F...) are removed anywhere.
/// * Timestamps are the export's naive wall clock stored as if it were UTC (the export has
///   no zone; the community's timezone is applied by analytics). Lines are emitted in file
///   order with the times as written, also when out of order.
/// * A line not starting with a date is a continuation, appended to the previous message
///   with "\n" (trailing empty lines are dropped).
/// * "Name: text" (or "Name:" alone) is a user message; the author's externalId and name are
///   the name as shown (marks and a leading "~ " removed). Anything else after the prefix is
///   a system line: a service message without author (it never creates a member), also the
///   encryption notice that iOS attributes to the chat name. So "John Doe:." (no space after
///   the colon) is a system line, as chat-miner treats it. Join/Invite/Leave/Remove system
///   lines in English and German also give EventInfo records whose member is keyed by the
///   name as shown (WhatsApp has no other identity); events about the exporting user ("You
///   were added", "Alice added you") are not emitted since the export never names them, and
///   an actor "You"/"Du" is left invalid.
/// * Media placeholders ("<Media omitted>", "image omitted", "<attached: x.opus>",
///   "x.pdf (file attached)"...) set attachmentKind (photo, video, voice, sticker, file,
///   other) and are removed from the text; "This message was deleted" stays a message of its
///   author with empty text.
/// * Message externalId: 16 hex digits of SHA-1(sentAt, author, attachmentKind, text), plus
///   "-n" for the n-th repeat of the same values in the file, so that re-importing the same
///   or a later, overlapping export of the chat deduplicates.
/// * Channel: platform "whatsapp", externalId and name = the chat name from the file name
///   ("WhatsApp Chat with X.txt" -> "X"; "_chat.txt" in a zip -> the zip's name; else the
///   base name); kind "group" when more than two people wrote or a system line mentions a
///   group or a membership change, else "chat".
class WhatsAppImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("whatsapp"); }
    int detect(const QByteArray &head, const QString &fileName) const override;
    bool read(const QString &path, ImportSink &sink, ImportError &error) override;
};

} // namespace kindred
