#pragma once
// Telegram peer ids: the identity rules of TelegramImporter.h as small pure functions.
//
// Newer exports name people "user<N>", "channel<N>" or "chat<N>" and chats by their bare
// decimal id. Pre-2021 exports wrote numbers instead: 2^32+N for user N, 2^33+N for channel /
// chat N (smaller numbers are user ids as they are). Person ids that fit are packed into one
// 64-bit integer (the kind in the top 4 bits, the decimal id below) so that the per-message
// lookup is an integer hash. Nothing here fails: functions that may not apply return false.

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>

namespace kindred::telegram {

/// Writes the normalised person id ("user<N>" / "channel<N>") of a numeric (pre-2021)
/// from_id/actor_id into out.
void numericPersonId(qint64 n, std::string &out);

/// The decimal part of "user123" / "chat123" / "channel123", or s itself when it is not one.
std::string_view stripPeerPrefix(std::string_view s);

/// Packs a canonical "user123" / "channel123" / "chat123" (at most 18 digits, no leading zero)
/// into out. False when s has another shape; it is then kept as a string key.
bool packPeerId(std::string_view s, quint64 &out);

/// Packs a pre-2021 numeric id: 2^33+N = channel N, 2^32+N = user N, smaller = user N.
/// False for negative ids and ids too large to pack.
bool packNumericPeerId(qint64 n, quint64 &out);

/// The packed id of user n (a bot_chat's id is its bot's user id).
quint64 packedUserId(quint64 n);

/// "user123" / "channel123" / "chat123" of a packed id.
QString packedPeerIdString(quint64 packed);

/// A chat's bare id. Pre-2021 exports (legacy = true) wrote 2^32+N / 2^33+N for chat N; newer
/// ones write bare ids, which can exceed 2^32 and are kept as they are.
qint64 bareChatId(qint64 n, bool legacy);

/// True when the export writes numeric (pre-2021, shifted) peer ids: decided by the first
/// "from_id"/"actor_id" value in json (the whole file).
bool usesLegacyPeerIds(std::string_view json);

} // namespace kindred::telegram
