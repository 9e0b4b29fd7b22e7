#include "TelegramImporter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace kindred {

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

constexpr qint64 kPeerShift32 = Q_INT64_C(1) << 32; // pre-2021 user peer ids: 2^32 + id
constexpr qint64 kPeerShift33 = Q_INT64_C(1) << 33; // pre-2021 chat/channel peer ids: 2^33 + id
constexpr int kPollEvery = 4096;                    // messages between progress/cancel polls
constexpr int kWarningsPerKind = 20;                // then one summary line per kind
constexpr qint64 kReadChunk = 16 * 1024 * 1024;

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool sameBytes(const QByteArray &a, std::string_view b)
{
    return size_t(a.size()) == b.size() &&
           (b.empty() || std::memcmp(a.constData(), b.data(), b.size()) == 0);
}

// ------------------------------------------------------------------------------------- time

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = p[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

/// A parsed "2024-03-01T12:34:56[.sss][Z|+hh:mm]" timestamp.
struct Civil
{
    qint64 days = 0;       ///< date as days since the epoch
    int hour = 0;          ///< 0..23
    int secondsInHour = 0; ///< minutes*60 + seconds
    bool hasZone = false;
    int zoneOffset = 0; ///< seconds east of UTC when hasZone
};

bool parseIsoDate(std::string_view s, Civil &c)
{
    // YYYY-MM-DD[T ]HH:MM[:SS]
    if (s.size() < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') ||
        s[13] != ':')
        return false;
    const int y = digits(s.data(), 4), mo = digits(s.data() + 5, 2), d = digits(s.data() + 8, 2);
    const int h = digits(s.data() + 11, 2), mi = digits(s.data() + 14, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return false;
    size_t i = 16;
    int sec = 0;
    if (i < s.size() && s[i] == ':') {
        if (s.size() < i + 3 || (sec = digits(s.data() + i + 1, 2)) < 0 || sec > 60)
            return false;
        i += 3;
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) { // fraction: dropped
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
    }
    c.hasZone = false;
    c.zoneOffset = 0;
    if (i < s.size()) {
        if (s[i] == 'Z' || s[i] == 'z') {
            c.hasZone = true;
            ++i;
        } else if (s[i] == '+' || s[i] == '-') {
            const int sign = s[i] == '-' ? -1 : 1;
            ++i;
            if (s.size() < i + 2)
                return false;
            const int zh = digits(s.data() + i, 2);
            i += 2;
            int zm = 0;
            if (i < s.size() && s[i] == ':')
                ++i;
            if (s.size() >= i + 2) {
                zm = digits(s.data() + i, 2);
                i += 2;
            }
            if (zh < 0 || zh > 18 || zm < 0 || zm > 59)
                return false;
            c.hasZone = true;
            c.zoneOffset = sign * (zh * 3600 + zm * 60);
        }
        if (i != s.size())
            return false;
    }
    c.days = daysFromCivil(y, mo, d);
    c.hour = h;
    c.secondsInHour = mi * 60 + sec;
    return true;
}

/// Converts local wall-clock times to UTC. Telegram's "date" fields are in the exporting
/// computer's local time zone; this machine's zone is the best guess. Conversions are cached
/// per local hour (QDateTime's local-time path costs microseconds per call).
class LocalClock
{
public:
    qint64 toUtc(const Civil &c)
    {
        if (c.hasZone)
            return (c.days * 24 + c.hour) * 3600 + c.secondsInHour - c.zoneOffset;
        return hourStart(c.days * 24 + c.hour) + c.secondsInHour;
    }

private:
    qint64 hourStart(qint64 hourKey)
    {
        const auto it = m_cache.constFind(hourKey);
        if (it != m_cache.constEnd())
            return it.value();
        // Two-step offset lookup: correct on both sides of a DST change; a time inside a DST
        // gap maps to the instant the clock reading would have had with the old offset.
        const qint64 naive = hourKey * 3600;
        const int off1 = QDateTime::fromSecsSinceEpoch(naive, Qt::LocalTime).offsetFromUtc();
        const int off2 = QDateTime::fromSecsSinceEpoch(naive - off1, Qt::LocalTime).offsetFromUtc();
        const qint64 utc = naive - off2;
        if (m_cache.size() > 100000)
            m_cache.clear();
        m_cache.insert(hourKey, utc);
        return utc;
    }
    QHash<qint64, qint64> m_cache;
};

/// Parses "1652135033" (seconds). False if not a plain non-negative integer.
bool parseUnixString(std::string_view s, qint64 &out)
{
    if (s.empty() || s.size() > 15)
        return false;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

// ------------------------------------------------------------------------------------- ids

/// Writes the normalised person id of a numeric (pre-2021) from_id/actor_id into out.
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

/// The decimal part of "user123" / "chat123" / "channel123", or the string itself.
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

// Person ids "user123" / "channel123" / "chat123" packed into one integer (kind in the top
// bits) so that the per-message lookup is an integer hash.
constexpr int kKindShift = 60;
constexpr quint64 kKindUser = 1, kKindChannel = 2, kKindChat = 3;
constexpr quint64 kMaxBareId = Q_UINT64_C(999999999999999999); // 18 digits < 2^60

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

/// Pre-2021 numeric ids: 2^33+N = channel N, 2^32+N = user N, smaller = user N.
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

QString packedPeerIdString(quint64 packed)
{
    const quint64 kind = packed >> kKindShift;
    const qint64 id = qint64(packed & ((Q_UINT64_C(1) << kKindShift) - 1));
    const QString prefix = kind == kKindChannel ? QStringLiteral("channel")
                           : kind == kKindChat  ? QStringLiteral("chat")
                                                : QStringLiteral("user");
    return prefix + QString::number(id);
}

/// True when the export writes numeric (pre-2021, shifted) peer ids: decided by the first
/// "from_id"/"actor_id" value in the file.
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

// ------------------------------------------------------------------------------------- errors

QString describe(error_code ec)
{
    using namespace simdjson;
    switch (ec) {
    case TAPE_ERROR:
        return QStringLiteral(
            "malformed JSON (a missing or misplaced comma, colon, bracket or brace, "
            "or the file ends too early)");
    case INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral(
            "the JSON ends before all arrays and objects are closed (truncated file?)");
    case UNCLOSED_STRING:
        return QStringLiteral("a string is not closed (truncated file?)");
    case UTF8_ERROR:
        return QStringLiteral("invalid UTF-8 text (the export must be UTF-8 encoded)");
    case STRING_ERROR:
        return QStringLiteral("invalid escape sequence or control character in a string");
    case NUMBER_ERROR:
    case NUMBER_OUT_OF_RANGE:
        return QStringLiteral("invalid or out-of-range number");
    case T_ATOM_ERROR:
    case F_ATOM_ERROR:
    case N_ATOM_ERROR:
        return QStringLiteral(
            "invalid literal (expected a string, number, object, array, true, false "
            "or null)");
    case INCORRECT_TYPE:
        return QStringLiteral("a value has the wrong type");
    case DEPTH_ERROR:
        return QStringLiteral("the JSON is nested too deeply");
    case EMPTY:
        return QStringLiteral("the file contains no JSON value");
    case CAPACITY:
        return QStringLiteral("the file is too large (more than 4 GiB)");
    case MEMALLOC:
        return QStringLiteral("out of memory");
    default:
        break;
    }
    return QString::fromUtf8(simdjson::error_message(ec));
}

QString typeName(od::json_type t)
{
    switch (t) {
    case od::json_type::array:
        return QStringLiteral("an array");
    case od::json_type::object:
        return QStringLiteral("an object");
    case od::json_type::number:
        return QStringLiteral("a number");
    case od::json_type::string:
        return QStringLiteral("a string");
    case od::json_type::boolean:
        return QStringLiteral("a boolean");
    case od::json_type::null:
        return QStringLiteral("null");
    }
    return QStringLiteral("an invalid value");
}

/// Offset of the first byte that is not valid UTF-8, or -1.
qint64 firstInvalidUtf8(const unsigned char *p, qint64 n)
{
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return -1;
}

/// Offset of the opening quote of a string that is never closed, or -1.
qint64 unclosedStringStart(const char *p, qint64 n)
{
    qint64 start = -1;
    bool in = false;
    for (qint64 i = 0; i < n; ++i) {
        const char c = p[i];
        if (in) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in = false;
        } else if (c == '"') {
            in = true;
            start = i;
        }
    }
    return in ? start : -1;
}

/// Where the top-level value ends (one past its closing bracket) when it closes before the end
/// of the data, or -1 when it never closes (truncated).
qint64 endOfTopLevelValue(const char *p, qint64 n)
{
    qint64 depth = 0;
    bool in = false;
    for (qint64 i = 0; i < n; ++i) {
        const char c = p[i];
        if (in) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in = false;
        } else if (c == '"') {
            in = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                return i + 1;
        }
    }
    return -1;
}

// ------------------------------------------------------------------------------------- reader

/// A from/from_id or actor/actor_id pair as found in a message (views into simdjson buffers).
struct RawPerson
{
    enum class Id : quint8
    {
        None,
        String,
        Number
    };
    Id id = Id::None;
    std::string_view idString;
    qint64 idNumber = 0;
    bool hasName = false;
    bool nameNull = false; ///< "from": null = deleted account
    std::string_view name;

    bool present() const { return id != Id::None || (hasName && !nameNull && !name.empty()); }
};

struct PersonEntry
{
    PersonRef ref;
    QByteArray nameRaw; ///< UTF-8 of ref.name as last seen, to skip re-decoding
    int chatSerial = -1;
    qint64 first = 0; ///< first/last time seen in the current chat
    qint64 last = 0;
};

struct MemberName
{
    std::string_view name;
    bool isNull = false;
};

/// Per-message fields collected before the MessageInfo is completed.
struct Scratch
{
    bool hasId = false;
    qint64 id = 0;
    std::string_view type;
    std::string_view date, edited;
    qint64 dateUnix = -1, editedUnix = -1;
    RawPerson from, actor;
    std::string_view action;
    bool hasReply = false, replyOtherChat = false;
    qint64 replyTo = 0;
    bool forwarded = false, forwardedNull = false;
    std::string_view forwardedFrom;
    bool photo = false, file = false, otherMedia = false;
    std::string_view mediaType;
    bool hasMembers = false;
    bool hasPinned = false;
    qint64 pinnedId = 0;
    qint64 duration = -1;
    std::string_view discardReason, title, inviter;

    void reset() { *this = Scratch(); }
};

struct ChatHeader
{
    bool hasName = false;
    std::string_view name;
    std::string_view type;
    RawPerson::Id id = RawPerson::Id::None;
    qint64 idNumber = 0;
    std::string_view idString;
    bool begun = false;
};

struct PendingEvent
{
    EventInfo event;
    QString name;
    bool nameNull = false;
};

enum class Warn
{
    NoDate,
    BadDate,
    BadUnixTime,
    NoId,
    UnknownType,
    UnresolvedMember,
    Count
};

class TelegramReader
{
public:
    TelegramReader(const QString &path, ImportSink &sink, ImportError &error)
        : m_path(path), m_sink(sink), m_error(error)
    {
    }

    bool run();

private:
    // loading and top level
    bool load();
    bool readChatObject(od::object &obj, bool isRoot);
    bool readChatList(od::value v, const char *key);
    bool readChatArray(od::value v);
    bool beginChannel(ChatHeader &h);
    bool endChannel();
    bool readMessages(od::value v, ChatHeader &h);
    bool readMessage(od::object &obj);
    bool finishMessage();
    bool emitServiceEvents();
    bool readText(od::value v);
    bool readReactions(od::value v);
    bool readReactor(od::object &obj, ReactionInfo &reaction);
    bool readMembers(od::value v);

    // value helpers: false = error set
    bool typeOf(od::value &v, od::json_type &t, const char *field);
    bool getString(od::value &v, std::string_view &out, const char *field);
    bool getPlainString(od::value &v, std::string_view &out, const char *field);
    bool getStringOrNull(od::value &v, std::string_view &out, bool &isNull, const char *field);
    bool getInteger(od::value &v, qint64 &out, const char *field);
    bool getUnixTime(od::value &v, qint64 &out, const char *field);
    bool getPersonId(od::value &v, RawPerson &p, const char *field);

    int person(const RawPerson &p, qint64 at);
    void seen(PersonEntry &e, qint64 at);
    bool timeOf(std::string_view iso, qint64 unixTime, qint64 &out, Warn badKind);
    QString chatIdString(const ChatHeader &h) const;

    // errors and warnings
    QString context() const;
    bool fail(qint64 offset, const QString &message);
    bool jsonFail(error_code ec, const QString &what);
    bool typeFail(od::value &v, const char *field, const QString &expected, od::json_type found);
    bool sinkFail(const char *what);
    qint64 offsetOf(const char *p) const { return p ? qint64(p - m_json.data()) : -1; }
    static int warnLimit(Warn k) { return k == Warn::NoId ? 1 : kWarningsPerKind; }
    bool warnAllowed(Warn k) { return ++m_warnCount[int(k)] <= warnLimit(k); }
    void flushWarningSummaries();
    bool poll();

    const QString m_path;
    ImportSink &m_sink;
    ImportError &m_error;

    simdjson::padded_string m_json;
    od::parser m_parser;
    od::document m_doc;
    bool m_legacyIds = false;

    // current chat
    int m_chatSerial = 0;
    QString m_chatName;
    quint64 m_botPacked = 0; ///< packed id of the bot in a bot_chat
    std::vector<int> m_chatPersons;
    QList<PendingEvent> m_pending;
    QHash<qint64, int> m_derivedIds; ///< messages without id per second, for derived ids
    bool m_channelOpen = false;

    // current message
    qint64 m_msgIndex = 0; ///< 1-based index in the chat's messages array
    Scratch m_s;
    MessageInfo m_msg;
    std::vector<MemberName> m_members;
    std::string m_textBuf;
    std::string m_keyBuf;

    // people seen in this file
    std::vector<PersonEntry> m_persons;
    QHash<quint64, int> m_personByPacked; ///< "user123" etc. as packed integers
    QHash<QByteArray, int> m_personByKey; ///< any other id

    LocalClock m_clock;
    qint64 m_messagesTotal = 0;
    std::array<int, int(Warn::Count)> m_warnCount{};
    bool m_sawChat = false;
    bool m_warnedNameOnly = false;
};

/// Equality with a literal; constant-size memcmp compiles to a few compares.
template <size_t N> inline bool eq(std::string_view s, const char (&literal)[N])
{
    return s.size() == N - 1 && std::memcmp(s.data(), literal, N - 1) == 0;
}

/// The key of a field without unescaping; Telegram keys are plain ASCII. A key with an escape
/// sequence yields an empty view (matches nothing, the field is skipped).
std::string_view fieldKey(od::field &f)
{
    const char *p = reinterpret_cast<const char *>(f.key().raw());
    const char *q = p;
    while (*q != '"') {
        if (*q == '\\')
            return {};
        ++q;
    }
    return {p, size_t(q - p)};
}

#define TG_TRY(expr, what)                                                                         \
    do {                                                                                           \
        const error_code ec_ = (expr);                                                             \
        if (ec_ != simdjson::SUCCESS)                                                              \
            return jsonFail(ec_, what);                                                            \
    } while (false)

// ----------------------------------------------------------------------------- errors/warnings

QString TelegramReader::context() const
{
    QString c;
    if (m_msgIndex > 0) {
        c = QStringLiteral("message #%1").arg(m_msgIndex);
        if (m_s.hasId)
            c += QStringLiteral(" (id %1)").arg(m_s.id);
        c += QStringLiteral(" of ");
    }
    if (m_channelOpen || !m_chatName.isEmpty())
        c += QStringLiteral("chat \"%1\"").arg(m_chatName);
    else if (!c.isEmpty())
        c += QStringLiteral("the chat");
    return c;
}

bool TelegramReader::fail(qint64 offset, const QString &message)
{
    m_error.file = m_path;
    m_error.message = message;
    m_error.offset = offset;
    m_error.line = 0;
    m_error.column = 0;
    if (offset >= 0 && offset <= qint64(m_json.size())) {
        const char *base = m_json.data();
        qint64 line = 1;
        qint64 lineStart = 0;
        for (const char *p = base, *end = base + offset;
             p != end &&
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr;
             ++p) {
            ++line;
            lineStart = (p - base) + 1;
        }
        qint64 column = 1;
        for (qint64 i = lineStart; i < offset; ++i)
            if ((static_cast<unsigned char>(base[i]) & 0xC0) != 0x80)
                ++column;
        m_error.line = line;
        m_error.column = column;
    }
    return false;
}

bool TelegramReader::jsonFail(error_code ec, const QString &what)
{
    const char *data = m_json.data();
    const qint64 size = qint64(m_json.size());
    if (ec == simdjson::INCOMPLETE_ARRAY_OR_OBJECT) {
        // simdjson reports this up front when the last token does not close the document:
        // either the file is truncated or something follows the top-level object.
        const qint64 end = endOfTopLevelValue(data, size);
        if (end >= 0) {
            qint64 i = end;
            while (i < size &&
                   (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
                ++i;
            return fail(i, QStringLiteral("unexpected content after the end of the top-level JSON "
                                          "object"));
        }
        return fail(size, describe(ec));
    }
    qint64 offset = size;
    const auto loc = m_doc.current_location();
    QString msg = describe(ec);
    if (loc.error() == simdjson::SUCCESS)
        offset = offsetOf(loc.value_unsafe());
    else
        msg += QStringLiteral(" at the end of the file (truncated file?)");
    const QString ctx = context();
    msg += ctx.isEmpty() ? QStringLiteral(" (while reading %1)").arg(what)
                         : QStringLiteral(" (in %1)").arg(ctx);
    return fail(offset, msg);
}

bool TelegramReader::typeFail(od::value &v, const char *field, const QString &expected,
                              od::json_type found)
{
    std::string_view tok = v.raw_json_token();
    const qint64 offset = offsetOf(tok.data());
    QString foundText = typeName(found);
    if (found == od::json_type::number || found == od::json_type::string ||
        found == od::json_type::boolean) {
        while (!tok.empty() && (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' ||
                                tok.back() == '\t'))
            tok.remove_suffix(1);
        if (tok.size() > 40) { // cut on a character boundary
            size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(tok[cut]) & 0xC0) == 0x80)
                --cut;
            tok = tok.substr(0, cut);
            foundText += QStringLiteral(" (%1…)").arg(fromUtf8(tok));
        } else {
            foundText += QStringLiteral(" (%1)").arg(fromUtf8(tok));
        }
    }
    const QString ctx = context();
    QString msg = QStringLiteral("\"%1\" must be %2, but is %3")
                      .arg(QLatin1String(field), expected, foundText);
    if (!ctx.isEmpty())
        msg += QStringLiteral(" (in %1)").arg(ctx);
    return fail(offset, msg);
}

bool TelegramReader::sinkFail(const char *what)
{
    return fail(-1, QStringLiteral("the import stopped while storing %1 of %2")
                        .arg(QLatin1String(what), context()));
}

void TelegramReader::flushWarningSummaries()
{
    static const char *const names[] = {
        "messages without a date were skipped",
        "messages with an unreadable date were skipped",
        "unreadable date_unixtime values were ignored",
        "messages without an id got a derived id",
        "messages of an unknown type were read as normal messages",
        "membership events name a member that could not be matched to a user id",
    };
    static_assert(std::size(names) == size_t(Warn::Count));
    for (int k = 0; k < int(Warn::Count); ++k) {
        const int limit = warnLimit(Warn(k));
        if (m_warnCount[k] > limit)
            m_sink.addWarning(QStringLiteral("%1 more: %2")
                                  .arg(m_warnCount[k] - limit)
                                  .arg(QLatin1String(names[k])));
    }
}

bool TelegramReader::poll()
{
    const auto loc = m_doc.current_location();
    const qint64 total = qint64(m_json.size());
    m_sink.setProgress(loc.error() == simdjson::SUCCESS ? offsetOf(loc.value_unsafe()) : total,
                       total);
    if (m_sink.isCanceled())
        return fail(-1, QStringLiteral("the import was canceled"));
    return true;
}

// ----------------------------------------------------------------------------- value helpers

bool TelegramReader::typeOf(od::value &v, od::json_type &t, const char *field)
{
    TG_TRY(v.type().get(t), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool TelegramReader::getString(od::value &v, std::string_view &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t != od::json_type::string)
        return typeFail(v, field, QStringLiteral("a string"), t);
    TG_TRY(v.get_string().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

/// Like getString for short ASCII fields (dates, ids, type names): without an escape in the
/// token the raw bytes are used as they are, so nothing is copied into simdjson's string buffer.
bool TelegramReader::getPlainString(od::value &v, std::string_view &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t != od::json_type::string)
        return typeFail(v, field, QStringLiteral("a string"), t);
    std::string_view tok = v.raw_json_token();
    while (!tok.empty() &&
           (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' || tok.back() == '\t'))
        tok.remove_suffix(1);
    if (tok.size() >= 2 && tok.front() == '"' && tok.back() == '"') {
        const std::string_view inner = tok.substr(1, tok.size() - 2);
        if (inner.find('\\') == std::string_view::npos) {
            out = inner; // the value stays unconsumed; the next field skips it
            return true;
        }
    }
    TG_TRY(v.get_string().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool TelegramReader::getStringOrNull(od::value &v, std::string_view &out, bool &isNull,
                                     const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    isNull = t == od::json_type::null;
    if (isNull) {
        out = {};
        return true;
    }
    if (t != od::json_type::string)
        return typeFail(v, field, QStringLiteral("a string or null"), t);
    TG_TRY(v.get_string().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool TelegramReader::getInteger(od::value &v, qint64 &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t == od::json_type::number) {
        int64_t n = 0;
        const error_code ec = v.get_int64().get(n);
        if (ec == simdjson::INCORRECT_TYPE || ec == simdjson::NUMBER_OUT_OF_RANGE)
            return typeFail(v, field, QStringLiteral("an integer"), t);
        TG_TRY(ec, QStringLiteral("\"%1\"").arg(QLatin1String(field)));
        out = n;
        return true;
    }
    if (t == od::json_type::string) {
        std::string_view s;
        TG_TRY(v.get_string().get(s), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
        if (parseUnixString(s, out))
            return true;
        return typeFail(v, field, QStringLiteral("an integer"), t);
    }
    return typeFail(v, field, QStringLiteral("an integer"), t);
}

bool TelegramReader::getUnixTime(od::value &v, qint64 &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t == od::json_type::string) {
        std::string_view s;
        if (!getPlainString(v, s, field))
            return false;
        if (!parseUnixString(s, out)) {
            out = -1;
            if (warnAllowed(Warn::BadUnixTime))
                m_sink.addWarning(QStringLiteral("%1: \"%2\" is not a number of seconds: \"%3\"")
                                      .arg(context(), QLatin1String(field), fromUtf8(s)));
        }
        return true;
    }
    if (t == od::json_type::number) {
        int64_t n = 0;
        if (v.get_int64().get(n) == simdjson::SUCCESS && n >= 0) {
            out = n;
            return true;
        }
    }
    return typeFail(v, field, QStringLiteral("a string of seconds since 1970"), t);
}

bool TelegramReader::getPersonId(od::value &v, RawPerson &p, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    switch (t) {
    case od::json_type::string: {
        std::string_view s;
        if (!getPlainString(v, s, field))
            return false;
        if (s.empty()) {
            p.id = RawPerson::Id::None;
        } else if (std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                   s.size() < 19) {
            parseUnixString(s, p.idNumber);
            p.id = RawPerson::Id::Number;
        } else {
            p.id = RawPerson::Id::String;
            p.idString = s;
        }
        return true;
    }
    case od::json_type::number: {
        int64_t n = 0;
        if (v.get_int64().get(n) != simdjson::SUCCESS)
            return typeFail(v, field, QStringLiteral("a user id"), t);
        p.id = RawPerson::Id::Number;
        p.idNumber = n;
        return true;
    }
    case od::json_type::null:
        p.id = RawPerson::Id::None;
        return true;
    default:
        break;
    }
    return typeFail(v, field, QStringLiteral("a user id (\"user123\" or a number)"), t);
}

bool TelegramReader::timeOf(std::string_view iso, qint64 unixTime, qint64 &out, Warn badKind)
{
    if (unixTime >= 0) {
        out = unixTime;
        return true;
    }
    if (iso.empty())
        return false;
    Civil c;
    if (!parseIsoDate(iso, c)) {
        if (badKind != Warn::Count && warnAllowed(badKind))
            m_sink.addWarning(
                QStringLiteral("%1: unreadable date \"%2\"").arg(context(), fromUtf8(iso)));
        return false;
    }
    out = m_clock.toUtc(c);
    return true;
}

// ----------------------------------------------------------------------------- people

void TelegramReader::seen(PersonEntry &e, qint64 at)
{
    if (e.chatSerial != m_chatSerial) {
        e.chatSerial = m_chatSerial;
        e.first = e.last = at;
        m_chatPersons.push_back(int(&e - m_persons.data()));
        return;
    }
    if (at > 0 && (e.first == 0 || at < e.first))
        e.first = at;
    if (at > e.last)
        e.last = at;
}

/// Index of the person in m_persons (created on first sight), or -1 when p names nobody.
int TelegramReader::person(const RawPerson &p, qint64 at)
{
    quint64 packed = 0;
    bool isPacked = false;
    switch (p.id) {
    case RawPerson::Id::String:
        isPacked = packPeerId(p.idString, packed);
        if (!isPacked)
            m_keyBuf.assign(p.idString);
        break;
    case RawPerson::Id::Number:
        isPacked = packNumericPeerId(p.idNumber, packed);
        if (!isPacked)
            numericPersonId(p.idNumber, m_keyBuf);
        break;
    case RawPerson::Id::None:
        if (!p.hasName || p.nameNull || p.name.empty())
            return -1;
        m_keyBuf.assign("name:");
        m_keyBuf.append(p.name);
        if (!m_warnedNameOnly) {
            m_warnedNameOnly = true;
            m_sink.addWarning(QStringLiteral("%1: the export has no from_id; authors are "
                                             "identified by their display name")
                                  .arg(context()));
        }
        break;
    }
    int index = -1;
    if (isPacked) {
        const auto it = m_personByPacked.constFind(packed);
        if (it != m_personByPacked.constEnd()) {
            index = it.value();
        } else {
            index = int(m_persons.size());
            PersonEntry e;
            e.ref.externalId = packedPeerIdString(packed);
            e.ref.isBot = packed == m_botPacked;
            m_persons.push_back(std::move(e));
            m_personByPacked.insert(packed, index);
        }
    } else {
        const QByteArray key = QByteArray::fromRawData(m_keyBuf.data(), qsizetype(m_keyBuf.size()));
        const auto it = m_personByKey.constFind(key);
        if (it != m_personByKey.constEnd()) {
            index = it.value();
        } else {
            index = int(m_persons.size());
            PersonEntry e;
            e.ref.externalId = QString::fromStdString(m_keyBuf);
            m_persons.push_back(std::move(e));
            m_personByKey.insert(QByteArray(m_keyBuf.data(), qsizetype(m_keyBuf.size())), index);
        }
    }
    PersonEntry &e = m_persons[size_t(index)];
    if (p.hasName) {
        if (p.nameNull) {
            if (e.ref.name.isEmpty())
                e.ref.name = QStringLiteral("Deleted Account");
        } else if (!sameBytes(e.nameRaw, p.name)) {
            e.nameRaw = QByteArray(p.name.data(), qsizetype(p.name.size()));
            e.ref.name = fromUtf8(p.name);
        }
    }
    if (isPacked && m_botPacked != 0 && packed == m_botPacked)
        e.ref.isBot = true;
    seen(e, at);
    return index;
}

QString TelegramReader::chatIdString(const ChatHeader &h) const
{
    switch (h.id) {
    case RawPerson::Id::Number: {
        qint64 n = h.idNumber;
        if (m_legacyIds) {
            if (n >= kPeerShift33)
                n -= kPeerShift33;
            else if (n >= kPeerShift32)
                n -= kPeerShift32;
        }
        return QString::number(n);
    }
    case RawPerson::Id::String:
        return fromUtf8(stripPeerPrefix(h.idString));
    case RawPerson::Id::None:
        break;
    }
    if (h.hasName && !h.name.empty())
        return QStringLiteral("name:") + fromUtf8(h.name);
    return QStringLiteral("file:") + QFileInfo(m_path).completeBaseName();
}

// ----------------------------------------------------------------------------- structure

bool TelegramReader::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(-1, QStringLiteral("cannot open the file: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size <= 0)
        return fail(0, QStringLiteral("the file is empty (expected a Telegram JSON export)"));
    if (size > qint64(simdjson::SIMDJSON_MAXSIZE_BYTES))
        return fail(-1,
                    QStringLiteral("the file is too large (%1 bytes; at most 4 GiB)").arg(size));
    m_json = simdjson::padded_string(size_t(size));
    if (m_json.data() == nullptr)
        return fail(
            -1,
            QStringLiteral("not enough memory to load the file (%1 MB)").arg(size / (1024 * 1024)));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(m_json.data() + done, std::min(kReadChunk, size - done));
        if (n <= 0)
            return fail(-1, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        done += n;
        if (m_sink.isCanceled())
            return fail(-1, QStringLiteral("the import was canceled"));
    }
    // A UTF-8 byte order mark is not JSON; blank it out.
    if (size >= 3 && std::memcmp(m_json.data(), "\xEF\xBB\xBF", 3) == 0)
        std::memset(m_json.data(), ' ', 3);
    return true;
}

bool TelegramReader::run()
{
    if (!load())
        return false;
    m_sink.setProgress(0, qint64(m_json.size()));
    const std::string_view all(m_json.data(), m_json.size());
    m_legacyIds = usesLegacyPeerIds(all);

    const size_t first = all.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && all[first] != '{') {
        return fail(qint64(first),
                    all[first] == '['
                        ? QStringLiteral("expected a JSON object ({ ... }) as in Telegram's "
                                         "result.json, but the file holds an array")
                        : QStringLiteral("this is not JSON: a Telegram export (result.json) starts "
                                         "with '{'"));
    }
    if (const error_code ec = m_parser.iterate(m_json).get(m_doc)) {
        qint64 offset = -1;
        if (ec == simdjson::UTF8_ERROR)
            offset = firstInvalidUtf8(reinterpret_cast<const unsigned char *>(m_json.data()),
                                      qint64(m_json.size()));
        else if (ec == simdjson::UNCLOSED_STRING)
            offset = unclosedStringStart(m_json.data(), qint64(m_json.size()));
        else if (ec == simdjson::EMPTY)
            offset = 0;
        return fail(offset, describe(ec));
    }

    od::json_type rootType;
    if (const error_code ec = m_doc.type().get(rootType))
        return jsonFail(ec, QStringLiteral("the start of the file"));
    if (rootType != od::json_type::object) {
        return fail(offsetOf(all.data() + all.find_first_not_of(" \t\r\n")),
                    QStringLiteral("expected a JSON object ({ ... }) as in Telegram's result.json, "
                                   "but the file holds %1")
                        .arg(typeName(rootType)));
    }
    od::object root;
    TG_TRY(m_doc.get_object().get(root), QStringLiteral("the top-level object"));
    if (!readChatObject(root, true))
        return false;
    // Nothing but whitespace may follow the top-level object.
    const auto trailing = m_doc.current_location();
    if (trailing.error() == simdjson::SUCCESS)
        return fail(
            offsetOf(trailing.value_unsafe()),
            QStringLiteral("unexpected content after the end of the top-level JSON object"));
    if (!m_sawChat)
        return fail(-1,
                    QStringLiteral("no \"messages\" array and no \"chats\" list: this JSON is not "
                                   "a Telegram Desktop chat export"));
    flushWarningSummaries();
    m_sink.setProgress(qint64(m_json.size()), qint64(m_json.size()));
    return true;
}

/// Reads a chat ({name, type, id, messages}); the root object may also carry the full-export
/// lists "chats" and "left_chats". The chat's header normally precedes "messages"; when it
/// does not, the messages are read in a second pass over the object.
bool TelegramReader::readChatObject(od::object &obj, bool isRoot)
{
    ChatHeader h;
    bool deferred = false;
    for (auto fr : obj) {
        od::field f;
        TG_TRY(std::move(fr).get(f),
               isRoot ? QStringLiteral("the top-level object") : QStringLiteral("a chat object"));
        const std::string_view key = fieldKey(f);
        od::value v = f.value();
        if (eq(key, "name")) {
            bool isNull = false;
            if (!getStringOrNull(v, h.name, isNull, "name"))
                return false;
            h.hasName = !isNull;
            m_chatName = fromUtf8(h.name);
        } else if (eq(key, "type")) {
            od::json_type t;
            if (!typeOf(v, t, "type"))
                return false;
            if (t == od::json_type::string && !getString(v, h.type, "type"))
                return false;
        } else if (eq(key, "id")) {
            RawPerson idHolder;
            if (!getPersonId(v, idHolder, "id"))
                return false;
            h.id = idHolder.id;
            h.idNumber = idHolder.idNumber;
            h.idString = idHolder.idString;
        } else if (eq(key, "messages")) {
            m_sawChat = true;
            if (h.id == RawPerson::Id::None) {
                deferred = true; // read after the whole header is known
                continue;
            }
            if (!readMessages(v, h))
                return false;
        } else if (isRoot && (eq(key, "chats") || eq(key, "left_chats"))) {
            m_sawChat = true;
            if (!readChatList(v, eq(key, "chats") ? "chats" : "left_chats"))
                return false;
        } else if (isRoot && eq(key, "personal_information")) {
            m_sawChat = true; // a full export, possibly without chats
        }
    }
    if (deferred) {
        bool notEmpty = false;
        TG_TRY(obj.reset().get(notEmpty), QStringLiteral("a chat object"));
        for (auto fr : obj) {
            od::field f;
            TG_TRY(std::move(fr).get(f), QStringLiteral("a chat object"));
            // Later fields are skipped; the loop runs to the end so the object is finished.
            if (eq(fieldKey(f), "messages") && !readMessages(f.value(), h))
                return false;
        }
    }
    if (!isRoot && !h.begun) { // a chat without messages still exists
        if (!beginChannel(h))
            return false;
    }
    return !m_channelOpen || endChannel();
}

bool TelegramReader::readChatList(od::value v, const char *key)
{
    od::json_type t;
    if (!typeOf(v, t, key))
        return false;
    if (t == od::json_type::array)
        return readChatArray(v);
    if (t != od::json_type::object)
        return typeFail(v, key, QStringLiteral("an object with a \"list\" of chats"), t);
    od::object o; // {"about": ..., "list": [...]}
    TG_TRY(v.get_object().get(o), QStringLiteral("\"%1\"").arg(QLatin1String(key)));
    for (auto fr : o) {
        od::field f;
        TG_TRY(std::move(fr).get(f), QStringLiteral("\"%1\"").arg(QLatin1String(key)));
        if (!eq(fieldKey(f), "list"))
            continue;
        od::value lv = f.value();
        od::json_type lt;
        if (!typeOf(lv, lt, "list"))
            return false;
        if (lt != od::json_type::array)
            return typeFail(lv, "list", QStringLiteral("an array of chats"), lt);
        if (!readChatArray(lv))
            return false;
    }
    return true;
}

bool TelegramReader::readChatArray(od::value v)
{
    od::array list;
    TG_TRY(v.get_array().get(list), QStringLiteral("the chat list"));
    for (auto er : list) {
        od::value cv;
        TG_TRY(er.get(cv), QStringLiteral("the chat list"));
        od::json_type ct;
        if (!typeOf(cv, ct, "list"))
            return false;
        if (ct != od::json_type::object)
            return typeFail(cv, "list", QStringLiteral("an array of chat objects"), ct);
        od::object chat;
        TG_TRY(cv.get_object().get(chat), QStringLiteral("a chat object"));
        m_chatName.clear();
        if (!readChatObject(chat, false))
            return false;
    }
    return true;
}

bool TelegramReader::beginChannel(ChatHeader &h)
{
    h.begun = true;
    ChannelInfo c;
    c.platform = QStringLiteral("telegram");
    c.externalId = chatIdString(h);
    c.kind = fromUtf8(h.type);
    if (h.hasName && !h.name.empty())
        c.name = fromUtf8(h.name);
    else if (eq(h.type, "saved_messages"))
        c.name = QStringLiteral("Saved Messages");
    else
        c.name = QStringLiteral("Telegram chat %1").arg(c.externalId);
    m_chatName = c.name;
    ++m_chatSerial;
    m_chatPersons.clear();
    m_pending.clear();
    m_derivedIds.clear();
    m_botPacked = 0;
    bool numericId = false;
    const qint64 bareId = c.externalId.toLongLong(&numericId);
    if (eq(h.type, "bot_chat") && numericId && bareId > 0)
        m_botPacked = (kKindUser << kKindShift) | quint64(bareId);
    m_channelOpen = true;
    if (!m_sink.beginChannel(c))
        return fail(-1, QStringLiteral("the import stopped while storing chat \"%1\"").arg(c.name));
    return true;
}

/// Emits the membership events whose member is known by name only, now that every author of
/// the chat has been seen, and closes the chat.
bool TelegramReader::endChannel()
{
    m_channelOpen = false;
    if (m_pending.isEmpty())
        return true;
    QHash<QString, QList<int>> byName;
    for (const int i : m_chatPersons) {
        const PersonEntry &e = m_persons[size_t(i)];
        if (!e.ref.name.isEmpty())
            byName[e.ref.name].append(i);
    }
    for (PendingEvent &p : m_pending) {
        EventInfo &ev = p.event;
        const PersonEntry *match = nullptr;
        if (!p.nameNull) {
            const auto it = byName.constFind(p.name);
            if (it != byName.constEnd()) {
                if (it->size() == 1) {
                    match = &m_persons[size_t(it->first())];
                } else {
                    // Several members share the name: an invitee is the one who appears first
                    // after the invitation, a removed member the one last seen before removal.
                    for (const int i : *it) {
                        const PersonEntry &e = m_persons[size_t(i)];
                        if (ev.kind == EventInfo::Kind::Invite) {
                            if (e.first >= ev.at && (!match || e.first < match->first))
                                match = &e;
                        } else if (e.last <= ev.at && (!match || e.last > match->last)) {
                            match = &e;
                        }
                    }
                }
            }
        }
        if (match) {
            ev.member = match->ref;
        } else {
            if (warnAllowed(Warn::UnresolvedMember))
                m_sink.addWarning(
                    QStringLiteral(
                        "chat \"%1\": %2 of \"%3\" (message %4): the export names the member "
                        "but gives no id that matches")
                        .arg(m_chatName, EventInfo::kindName(ev.kind), p.name,
                             ev.messageExternalId));
        }
        if (!m_sink.addEvent(ev))
            return sinkFail("an event");
    }
    m_pending.clear();
    return true;
}

bool TelegramReader::readMessages(od::value v, ChatHeader &h)
{
    if (!h.begun && !beginChannel(h))
        return false;
    od::json_type t;
    if (!typeOf(v, t, "messages"))
        return false;
    if (t != od::json_type::array)
        return typeFail(v, "messages", QStringLiteral("an array of messages"), t);
    od::array arr;
    TG_TRY(v.get_array().get(arr), QStringLiteral("\"messages\""));
    m_msgIndex = 0;
    for (auto er : arr) {
        ++m_msgIndex;
        m_s.reset();
        od::value mv;
        TG_TRY(er.get(mv), QStringLiteral("the \"messages\" array"));
        od::json_type mt;
        if (!typeOf(mv, mt, "messages"))
            return false;
        if (mt != od::json_type::object)
            return typeFail(mv, "messages", QStringLiteral("an array of message objects"), mt);
        od::object mo;
        TG_TRY(mv.get_object().get(mo), QStringLiteral("a message"));
        if (!readMessage(mo))
            return false;
        if (++m_messagesTotal % kPollEvery == 0 && !poll())
            return false;
    }
    m_msgIndex = 0;
    m_s.reset();
    return true;
}

bool TelegramReader::readMessage(od::object &obj)
{
    Scratch &s = m_s;
    MessageInfo &m = m_msg;
    m.text.clear();
    m.replyToExternalId.clear();
    m.forwardedFrom.clear();
    m.attachmentKind.clear();
    m.editedAt = 0;
    m.reactions.clear();
    m_members.clear();

    for (auto fr : obj) {
        od::field f;
        TG_TRY(std::move(fr).get(f), QStringLiteral("a message"));
        const std::string_view key = fieldKey(f);
        od::value v = f.value();
        bool ok = true;
        bool isNull = false;
        switch (key.size()) {
        case 2:
            if (eq(key, "id")) {
                ok = getInteger(v, s.id, "id");
                s.hasId = ok;
            }
            break;
        case 4:
            if (eq(key, "type"))
                ok = getPlainString(v, s.type, "type");
            else if (eq(key, "date"))
                ok = getPlainString(v, s.date, "date");
            else if (eq(key, "from")) {
                ok = getStringOrNull(v, s.from.name, s.from.nameNull, "from");
                s.from.hasName = true;
            } else if (eq(key, "text"))
                ok = readText(v);
            else if (eq(key, "file"))
                s.file = true;
            else if (eq(key, "poll"))
                s.otherMedia = true;
            break;
        case 5:
            if (eq(key, "actor")) {
                ok = getStringOrNull(v, s.actor.name, s.actor.nameNull, "actor");
                s.actor.hasName = true;
            } else if (eq(key, "photo"))
                s.photo = true;
            else if (eq(key, "title")) {
                od::json_type t;
                ok = typeOf(v, t, "title");
                if (ok && t == od::json_type::string)
                    ok = getString(v, s.title, "title");
            }
            break;
        case 6:
            if (eq(key, "action"))
                ok = getPlainString(v, s.action, "action");
            else if (eq(key, "edited"))
                ok = getPlainString(v, s.edited, "edited");
            break;
        case 7:
            if (eq(key, "from_id"))
                ok = getPersonId(v, s.from, "from_id");
            else if (eq(key, "members")) {
                ok = readMembers(v);
                s.hasMembers = true;
            } else if (eq(key, "inviter"))
                ok = getStringOrNull(v, s.inviter, isNull, "inviter");
            break;
        case 8:
            if (eq(key, "actor_id"))
                ok = getPersonId(v, s.actor, "actor_id");
            break;
        case 9:
            if (eq(key, "reactions"))
                ok = readReactions(v);
            break;
        case 10:
            if (eq(key, "media_type"))
                ok = getPlainString(v, s.mediaType, "media_type");
            else if (eq(key, "message_id")) {
                ok = getInteger(v, s.pinnedId, "message_id");
                s.hasPinned = ok;
            } else if (eq(key, "game_title"))
                s.otherMedia = true;
            else if (eq(key, "place_name"))
                s.otherMedia = true;
            break;
        case 13:
            if (eq(key, "date_unixtime"))
                ok = getUnixTime(v, s.dateUnix, "date_unixtime");
            break;
        case 14:
            if (eq(key, "forwarded_from")) {
                ok = getStringOrNull(v, s.forwardedFrom, s.forwardedNull, "forwarded_from");
                s.forwarded = true;
            } else if (eq(key, "discard_reason"))
                ok = getStringOrNull(v, s.discardReason, isNull, "discard_reason");
            break;
        case 15:
            if (eq(key, "edited_unixtime"))
                ok = getUnixTime(v, s.editedUnix, "edited_unixtime");
            break;
        case 16:
            if (eq(key, "duration_seconds"))
                ok = getInteger(v, s.duration, "duration_seconds");
            else if (eq(key, "reply_to_peer_id"))
                s.replyOtherChat = true;
            break;
        case 19:
            if (eq(key, "contact_information"))
                s.otherMedia = true;
            else if (eq(key, "invoice_information"))
                s.otherMedia = true;
            else if (eq(key, "reply_to_message_id")) {
                ok = getInteger(v, s.replyTo, "reply_to_message_id");
                s.hasReply = ok;
            }
            break;
        case 20:
            if (eq(key, "location_information") || eq(key, "giveaway_information"))
                s.otherMedia = true;
            break;
        default:
            break;
        }
        if (!ok)
            return false;
    }
    return finishMessage();
}

bool TelegramReader::finishMessage()
{
    Scratch &s = m_s;
    MessageInfo &m = m_msg;
    const bool isService = eq(s.type, "service");
    if (!isService && !s.type.empty() && !eq(s.type, "message") && warnAllowed(Warn::UnknownType))
        m_sink.addWarning(QStringLiteral("%1: unknown message type \"%2\", read as a message")
                              .arg(context(), fromUtf8(s.type)));

    qint64 sentAt = 0;
    if (!timeOf(s.date, s.dateUnix, sentAt, Warn::BadDate)) {
        if (s.date.empty() && warnAllowed(Warn::NoDate))
            m_sink.addWarning(QStringLiteral("%1 has no date; skipped").arg(context()));
        return true;
    }
    m.sentAt = sentAt;
    if (s.hasId) {
        m.externalId = QString::number(s.id);
    } else {
        // No id (hand-made exports): derive a stable one from the time.
        const int seq = m_derivedIds[sentAt]++;
        m.externalId = QStringLiteral("t%1-%2").arg(sentAt).arg(seq);
        if (warnAllowed(Warn::NoId))
            m_sink.addWarning(QStringLiteral("%1 has no id: messages without one get an id "
                                             "derived from their time (here \"%2\")")
                                  .arg(context(), m.externalId));
    }
    qint64 edited = 0;
    m.editedAt = timeOf(s.edited, s.editedUnix, edited, Warn::Count) ? edited : 0;

    const RawPerson &who =
        isService ? (s.actor.present() ? s.actor : s.from) : (s.from.present() ? s.from : s.actor);
    const int author = person(who, sentAt);
    m.author = author >= 0 ? m_persons[size_t(author)].ref : PersonRef();

    if (s.hasReply && !s.replyOtherChat)
        m.replyToExternalId = QString::number(s.replyTo);
    if (s.forwarded)
        m.forwardedFrom = s.forwardedNull || s.forwardedFrom.empty() ? QStringLiteral("Unknown")
                                                                     : fromUtf8(s.forwardedFrom);
    if (s.photo) {
        m.attachmentKind = QStringLiteral("photo");
    } else if (s.file || !s.mediaType.empty()) {
        const std::string_view t = s.mediaType;
        if (eq(t, "sticker"))
            m.attachmentKind = QStringLiteral("sticker");
        else if (eq(t, "animation"))
            m.attachmentKind = QStringLiteral("animation");
        else if (eq(t, "video_file") || eq(t, "video_message"))
            m.attachmentKind = QStringLiteral("video");
        else if (eq(t, "voice_message"))
            m.attachmentKind = QStringLiteral("voice");
        else if (eq(t, "audio_file"))
            m.attachmentKind = QStringLiteral("audio");
        else
            m.attachmentKind = QStringLiteral("file");
    } else if (s.otherMedia) {
        m.attachmentKind = QStringLiteral("other");
    }
    m.isService = isService;
    if (!m_sink.addMessage(m))
        return sinkFail("a message");
    return !isService || emitServiceEvents();
}

bool TelegramReader::emitServiceEvents()
{
    const Scratch &s = m_s;
    const MessageInfo &m = m_msg;
    const std::string_view a = s.action;
    EventInfo ev;
    ev.at = m.sentAt;
    ev.messageExternalId = m.externalId;
    const PersonRef actor = s.actor.present() ? m.author : PersonRef();
    const std::string_view actorName = s.actor.nameNull ? std::string_view() : s.actor.name;

    auto add = [&](EventInfo::Kind kind, const PersonRef &member, const PersonRef &by,
                   const QString &detail) {
        ev.kind = kind;
        ev.member = member;
        ev.actor = by;
        ev.detail = detail;
        return m_sink.addEvent(ev) || sinkFail("an event");
    };

    if (eq(a, "join_group_by_link") || eq(a, "join_group_by_request")) {
        QString detail =
            eq(a, "join_group_by_link") ? QStringLiteral("link") : QStringLiteral("request");
        if (!s.inviter.empty())
            detail += QStringLiteral(": ") + fromUtf8(s.inviter);
        return add(EventInfo::Kind::Join, actor, PersonRef(), detail);
    }
    if (eq(a, "invite_members") || eq(a, "create_group") || eq(a, "remove_members")) {
        const bool removing = eq(a, "remove_members");
        bool actorListed = false;
        for (const MemberName &n : m_members) {
            const bool self =
                actor.isValid() && n.isNull == s.actor.nameNull && n.name == actorName;
            if (self) {
                // Adding or removing oneself: joining a public group / leaving it.
                actorListed = true;
                if (!add(removing ? EventInfo::Kind::Leave : EventInfo::Kind::Join, actor,
                         PersonRef(), QString()))
                    return false;
                continue;
            }
            PendingEvent p;
            p.event = ev;
            p.event.kind = removing ? EventInfo::Kind::Remove : EventInfo::Kind::Invite;
            p.event.actor = actor;
            p.nameNull = n.isNull;
            p.name = n.isNull ? QStringLiteral("Deleted Account") : fromUtf8(n.name);
            p.event.member.name = p.name;
            m_pending.append(p);
        }
        if (eq(a, "create_group") && !actorListed && actor.isValid())
            return add(EventInfo::Kind::Join, actor, PersonRef(),
                       QStringLiteral("created the group"));
        return true;
    }
    if (eq(a, "pin_message")) {
        return add(EventInfo::Kind::Pin, PersonRef(), actor,
                   s.hasPinned ? QString::number(s.pinnedId) : QString());
    }
    QString detail = fromUtf8(a);
    if (s.duration >= 0)
        detail += QStringLiteral(", %1 s").arg(s.duration);
    if (!s.discardReason.empty())
        detail += QStringLiteral(", ") + fromUtf8(s.discardReason);
    if (!s.title.empty())
        detail += QStringLiteral(": ") + fromUtf8(s.title);
    return add(EventInfo::Kind::Other, PersonRef(), actor, detail);
}

/// "text": a string, or an array of strings and entity objects {type, text, ...}; the pieces
/// concatenated are the message text.
bool TelegramReader::readText(od::value v)
{
    od::json_type t;
    if (!typeOf(v, t, "text"))
        return false;
    if (t == od::json_type::string) {
        std::string_view s;
        TG_TRY(v.get_string().get(s), QStringLiteral("\"text\""));
        m_msg.text = fromUtf8(s);
        return true;
    }
    if (t == od::json_type::null)
        return true;
    if (t != od::json_type::array)
        return typeFail(v, "text", QStringLiteral("a string or an array of text pieces"), t);
    od::array arr;
    TG_TRY(v.get_array().get(arr), QStringLiteral("\"text\""));
    m_textBuf.clear();
    for (auto er : arr) {
        od::value pv;
        TG_TRY(er.get(pv), QStringLiteral("\"text\""));
        od::json_type pt;
        if (!typeOf(pv, pt, "text"))
            return false;
        if (pt == od::json_type::string) {
            std::string_view s;
            TG_TRY(pv.get_string().get(s), QStringLiteral("\"text\""));
            m_textBuf.append(s);
        } else if (pt == od::json_type::object) {
            od::object o;
            TG_TRY(pv.get_object().get(o), QStringLiteral("a text entity"));
            for (auto fr : o) {
                od::field f;
                TG_TRY(std::move(fr).get(f), QStringLiteral("a text entity"));
                if (eq(fieldKey(f), "text")) {
                    od::value tv = f.value();
                    std::string_view s;
                    if (!getString(tv, s, "text"))
                        return false;
                    m_textBuf.append(s);
                }
            }
        } else if (pt != od::json_type::null) {
            return typeFail(pv, "text", QStringLiteral("an array of strings and text entities"),
                            pt);
        }
    }
    m_msg.text = QString::fromUtf8(m_textBuf.data(), qsizetype(m_textBuf.size()));
    return true;
}

bool TelegramReader::readMembers(od::value v)
{
    od::json_type t;
    if (!typeOf(v, t, "members"))
        return false;
    if (t == od::json_type::null)
        return true;
    if (t != od::json_type::array)
        return typeFail(v, "members", QStringLiteral("an array of names"), t);
    od::array arr;
    TG_TRY(v.get_array().get(arr), QStringLiteral("\"members\""));
    for (auto er : arr) {
        od::value nv;
        TG_TRY(er.get(nv), QStringLiteral("\"members\""));
        MemberName n;
        if (!getStringOrNull(nv, n.name, n.isNull, "members"))
            return false;
        m_members.push_back(n);
    }
    return true;
}

bool TelegramReader::readReactions(od::value v)
{
    od::json_type t;
    if (!typeOf(v, t, "reactions"))
        return false;
    if (t == od::json_type::null)
        return true;
    if (t != od::json_type::array)
        return typeFail(v, "reactions", QStringLiteral("an array of reactions"), t);
    od::array arr;
    TG_TRY(v.get_array().get(arr), QStringLiteral("\"reactions\""));
    for (auto er : arr) {
        od::value rv;
        TG_TRY(er.get(rv), QStringLiteral("\"reactions\""));
        od::json_type rt;
        if (!typeOf(rv, rt, "reactions"))
            return false;
        if (rt != od::json_type::object)
            return typeFail(rv, "reactions", QStringLiteral("an array of reaction objects"), rt);
        od::object ro;
        TG_TRY(rv.get_object().get(ro), QStringLiteral("a reaction"));
        ReactionInfo r;
        std::string_view type, emoji, documentId;
        qint64 count = 0;
        for (auto fr : ro) {
            od::field f;
            TG_TRY(std::move(fr).get(f), QStringLiteral("a reaction"));
            const std::string_view key = fieldKey(f);
            od::value fv = f.value();
            bool ok = true;
            bool isNull = false;
            if (eq(key, "type")) {
                ok = getPlainString(fv, type, "type");
            } else if (eq(key, "count")) {
                ok = getInteger(fv, count, "count");
            } else if (eq(key, "emoji")) {
                ok = getStringOrNull(fv, emoji, isNull, "emoji");
            } else if (eq(key, "document_id")) {
                od::json_type dt;
                ok = typeOf(fv, dt, "document_id");
                if (ok && dt == od::json_type::string)
                    ok = getString(fv, documentId, "document_id");
            } else if (eq(key, "recent")) {
                od::json_type lt;
                ok = typeOf(fv, lt, "recent");
                if (ok && lt == od::json_type::array) {
                    od::array list;
                    TG_TRY(fv.get_array().get(list), QStringLiteral("\"recent\""));
                    for (auto wr : list) {
                        od::value wv;
                        TG_TRY(wr.get(wv), QStringLiteral("\"recent\""));
                        od::json_type wt;
                        if (!typeOf(wv, wt, "recent"))
                            return false;
                        if (wt != od::json_type::object)
                            return typeFail(wv, "recent", QStringLiteral("an array of reactors"),
                                            wt);
                        od::object wo;
                        TG_TRY(wv.get_object().get(wo), QStringLiteral("a reactor"));
                        if (!readReactor(wo, r))
                            return false;
                    }
                } else if (ok && lt != od::json_type::null) {
                    return typeFail(fv, "recent", QStringLiteral("an array of reactors"), lt);
                }
            }
            if (!ok)
                return false;
        }
        if (!emoji.empty())
            r.emoji = fromUtf8(emoji);
        else if (!documentId.empty())
            r.emoji = fromUtf8(documentId);
        else if (eq(type, "custom_emoji"))
            r.emoji = QStringLiteral("custom");
        else if (eq(type, "paid"))
            r.emoji = QStringLiteral("paid");
        else
            r.emoji = type.empty() ? QStringLiteral("?") : fromUtf8(type);
        r.count = int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
        if (r.count < r.reactors.size())
            r.count = int(r.reactors.size());
        m_msg.reactions.append(std::move(r));
    }
    return true;
}

bool TelegramReader::readReactor(od::object &obj, ReactionInfo &reaction)
{
    RawPerson p;
    std::string_view date;
    qint64 unixTime = -1;
    for (auto fr : obj) {
        od::field f;
        TG_TRY(std::move(fr).get(f), QStringLiteral("a reactor"));
        const std::string_view key = fieldKey(f);
        od::value v = f.value();
        bool ok = true;
        if (eq(key, "from")) {
            ok = getStringOrNull(v, p.name, p.nameNull, "from");
            p.hasName = true;
        } else if (eq(key, "from_id")) {
            ok = getPersonId(v, p, "from_id");
        } else if (eq(key, "date")) {
            ok = getPlainString(v, date, "date");
        } else if (eq(key, "date_unixtime")) {
            ok = getUnixTime(v, unixTime, "date_unixtime");
        }
        if (!ok)
            return false;
    }
    ReactorInfo r;
    qint64 at = 0;
    if (timeOf(date, unixTime, at, Warn::Count))
        r.at = at;
    const qint64 seenAt = r.at > 0 ? r.at : (m_s.dateUnix > 0 ? m_s.dateUnix : 0);
    const int who = person(p, seenAt);
    if (who < 0)
        return true;
    r.person = m_persons[size_t(who)].ref;
    reaction.reactors.append(std::move(r));
    return true;
}

} // namespace

// ------------------------------------------------------------------------------------- detect

namespace {

/// True if head contains "key" : "value" (whitespace allowed around the colon).
bool hasKeyValue(const QByteArray &head, const char *key, const char *value)
{
    const QByteArray k = QByteArray("\"") + key + "\"";
    const QByteArray val = QByteArray("\"") + value + "\"";
    qsizetype pos = 0;
    while ((pos = head.indexOf(k, pos)) >= 0) {
        qsizetype i = pos + k.size();
        while (i < head.size() &&
               (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
            ++i;
        if (i < head.size() && head[i] == ':') {
            ++i;
            while (i < head.size() &&
                   (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
                ++i;
            if (head.mid(i, val.size()) == val)
                return true;
        }
        pos += k.size();
    }
    return false;
}

} // namespace

int TelegramImporter::detect(const QByteArray &head, const QString &fileName) const
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return 0;
    // DiscordChatExporter: {"guild": ..., "channel": ..., "messages": [{"author": ...}]}
    if (head.contains("\"guild\"") || hasKeyValue(head, "type", "Default"))
        return 0;
    if (head.contains("\"personal_information\""))
        return 95;
    const bool messages = head.contains("\"messages\"");
    if (head.contains("\"chats\"") && head.contains("\"list\""))
        return 90;
    if (messages && (hasKeyValue(head, "type", "message") || hasKeyValue(head, "type", "service")))
        return 90;
    if (messages && (head.contains("\"date_unixtime\"") || head.contains("\"text_entities\"") ||
                     head.contains("\"from_id\"")))
        return 80;
    if (messages && fileName.endsWith(QLatin1String("result.json"), Qt::CaseInsensitive))
        return 40;
    return 0;
}

bool TelegramImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError();
    TelegramReader reader(path, sink, error);
    return reader.run();
}

} // namespace kindred
