#pragma once
// Telegram Desktop "Export chat history" in machine-readable JSON (result.json): a single chat
// ({name, type, id, messages}) or a full account export (chats.list[], left_chats.list[]).
//
// The file is read into one padded buffer and walked once with simdjson On-Demand: no DOM is
// built, records are emitted message by message, so memory is the file plus simdjson's index.
//
// Identity rules (so that old and new exports of the same chat land on the same records):
//  * persons: "user123" / "channel123" / "chat123" strings are kept; pre-2021 numeric ids
//    2^32+N become "user<N>" and 2^33+N "channel<N>"; a sender without any id (hand-made
//    exports) is keyed by name as "name:<display name>".
//  * chats: the bare decimal id. Pre-2021 exports (detected by numeric from_id/actor_id) wrote
//    2^32+N / 2^33+N, which become N; newer exports write bare ids, which can exceed 2^32
//    and are kept as they are. A chat without id is keyed "name:<chat name>".
//
// Text is the concatenation of the text array's pieces (the message text as written).
//
// The reader itself lives in import/telegram/ (TelegramReader and the parts it is built from).

#include "Importer.h"

namespace kindred {

class TelegramImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("telegram"); }
    int detect(const QByteArray &head, const QString &fileName) const override;
    bool read(const QString &path, ImportSink &sink, ImportError &error) override;
};

} // namespace kindred
