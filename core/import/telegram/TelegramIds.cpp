#include "TelegramIds.h"

#include <algorithm>
#include <cstring>

namespace kindred::telegram {

namespace {

constexpr qint64 kPeerShift32 = Q_INT64_C(1) << 32; // pre-2021 user peer ids: 2^32 + id
constexpr qint64 kPeerShift33 = Q_INT64_C(1) << 33; // pre-2021 chat/channel peer ids: 2^33 + id

// Person ids "user123" / "channel123" / "chat123" packed into one integer (kind in the top
// bits) so that the per-message lookup is an integer hash.
constexpr int kKindShift = 60;
constexpr quint64 kKindUser = 1, kKindChannel = 2, kKindChat = 3;
constexpr quint64 kMaxBareId = Q_UINT64_C(999999999999999999); // 18 digits < 2^60

} // namespace

void numericPersonId(qint64 n, std::string &out)
{
    if (n >= kPeerShift33) {
        out = "channel";
        n -= kPeerShift33;
    } else if (n >= kPeerShift32) {
        out = "user";
        n -= kPeerShift32;
    } else {
        out = "user";
    }
    out += std::to_string(n);
}

std::string_view stripPeerPrefix(std::string_view s)
{
    for (const std::string_view p :
         {std::string_view("channel"), std::string_view("chat"), std::string_view("user")}) {
        if (s.size() > p.size() && s.substr(0, p.size()) == p) {
            const std::string_view rest = s.substr(p.size());
            if (std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return rest;
        }
    }
    return s;
}

bool packPeerId(std::string_view s, quint64 &out)
{
    quint64 kind;
    size_t prefix;
    if (s.size() > 4 && std::memcmp(s.data(), "user", 4) == 0) {
        kind = kKindUser;
        prefix = 4;
    } else if (s.size() > 7 && std::memcmp(s.data(), "channel", 7) == 0) {
        kind = kKindChannel;
        prefix = 7;
    } else if (s.size() > 4 && std::memcmp(s.data(), "chat", 4) == 0) {
        kind = kKindChat;
        prefix = 4;
    } else {
        return false;
    }
    const size_t n = s.size() - prefix;
    if (n > 18 || (n > 1 && s[prefix] == '0'))
        return false; // not canonical: keep as a string
    quint64 v = 0;
    for (size_t i = prefix; i < s.size(); ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + quint64(c - '0');
    }
    out = (kind << kKindShift) | v;
    return true;
}

bool packNumericPeerId(qint64 n, quint64 &out)
{
    if (n < 0)
        return false;
    quint64 kind = kKindUser;
    if (n >= kPeerShift33) {
        kind = kKindChannel;
        n -= kPeerShift33;
    } else if (n >= kPeerShift32) {
        n -= kPeerShift32;
    }
    if (quint64(n) > kMaxBareId)
        return false;
    out = (kind << kKindShift) | quint64(n);
    return true;
}

quint64 packedUserId(quint64 n)
{
    return (kKindUser << kKindShift) | n;
}

QString packedPeerIdString(quint64 packed)
{
    const quint64 kind = packed >> kKindShift;
    const qint64 id = qint64(packed & ((Q_UINT64_C(1) << kKindShift) - 1));
    const QString prefix = kind == kKindChannel ? QStringLiteral("channel")
                           : kind == kKindChat  ? QStringLiteral("chat")
                                                : QStringLiteral("user");
    return prefix + QString::number(id);
}

qint64 bareChatId(qint64 n, bool legacy)
{
    if (legacy) {
        if (n >= kPeerShift33)
            n -= kPeerShift33;
        else if (n >= kPeerShift32)
            n -= kPeerShift32;
    }
    return n;
}

bool usesLegacyPeerIds(std::string_view json)
{
    size_t pos = 0;
    while ((pos = json.find("_id\"", pos)) != std::string_view::npos) {
        const size_t keyEnd = pos + 4;
        const bool isFrom = pos >= 5 && json.substr(pos - 5, 5) == "\"from";
        const bool isActor = pos >= 6 && json.substr(pos - 6, 6) == "\"actor";
        pos = keyEnd;
        if (!isFrom && !isActor)
            continue;
        size_t i = keyEnd;
        while (i < json.size() &&
               (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n'))
            ++i;
        if (i >= json.size() || json[i] != ':')
            continue;
        ++i;
        while (i < json.size() &&
               (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n'))
            ++i;
        if (i >= json.size())
            return false;
        if (json[i] == '"')
            return false;
        if (json[i] >= '0' && json[i] <= '9')
            return true;
    }
    return false;
}

} // namespace kindred::telegram
