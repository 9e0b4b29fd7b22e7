#pragma once
// simdjson helpers of the Telegram reader: field keys and literal compares without copies,
// texts for simdjson error codes and JSON types, and byte scans that locate an error where
// simdjson cannot (invalid UTF-8, an unclosed string, the end of the top-level value).
//
// Offsets are byte offsets into the document (-1 = none found); lines and columns are 1-based,
// columns counted in UTF-8 characters. Nothing here reports errors itself.

#include <QByteArray>
#include <QString>

#include <simdjson.h>

#include <cstring>
#include <string_view>

namespace kindred::telegram {

namespace od = simdjson::ondemand;
using simdjson::error_code;

inline QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline bool sameBytes(const QByteArray &a, std::string_view b)
{
    return size_t(a.size()) == b.size() &&
           (b.empty() || std::memcmp(a.constData(), b.data(), b.size()) == 0);
}

/// Equality with a literal; constant-size memcmp compiles to a few compares.
template <size_t N> inline bool eq(std::string_view s, const char (&literal)[N])
{
    return s.size() == N - 1 && std::memcmp(s.data(), literal, N - 1) == 0;
}

/// The key of a field without unescaping; Telegram keys are plain ASCII. A key with an escape
/// sequence yields an empty view (matches nothing, the field is skipped).
inline std::string_view fieldKey(od::field &f)
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

/// A user-facing explanation of a simdjson error.
QString describe(error_code ec);

/// "an array", "a string", ... for messages like "must be X, but is Y".
QString typeName(od::json_type t);

/// Offset of the first byte of p[0..n) that is not valid UTF-8, or -1.
qint64 firstInvalidUtf8(const unsigned char *p, qint64 n);

/// Offset of the opening quote of a string that is never closed, or -1.
qint64 unclosedStringStart(const char *p, qint64 n);

/// Where the top-level value ends (one past its closing bracket) when it closes before the end
/// of the data, or -1 when it never closes (truncated).
qint64 endOfTopLevelValue(const char *p, qint64 n);

/// A 1-based line and column (in UTF-8 characters).
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};

/// The line and column of byte offset in data; offset must lie within data (or at its end).
TextPosition positionOf(const char *data, qint64 offset);

} // namespace kindred::telegram
