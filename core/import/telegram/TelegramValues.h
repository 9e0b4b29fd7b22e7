#pragma once
// Typed reads of simdjson On-Demand values for the Telegram reader: strings, integers, times,
// person ids and message text, each checked against the type the export format requires.
//
// Every getter returns false after TelegramDocument has set the error (the field's name, the
// value found and where); field is the JSON key, used in those messages. Strings are views into
// the file or simdjson's buffer (see TelegramRaw.h). Times are UTC seconds since 1970.

#include "TelegramDocument.h"
#include "TelegramRaw.h"

#include <QString>

#include <string>
#include <string_view>

namespace kindred::telegram {

class TelegramValues final
{
public:
    explicit TelegramValues(TelegramDocument &doc) : m_doc(doc) {}
    Q_DISABLE_COPY_MOVE(TelegramValues)

    bool typeOf(od::value &v, od::json_type &t, const char *field);
    /// A string (unescaped).
    bool getString(od::value &v, std::string_view &out, const char *field);
    /// Like getString for short ASCII fields (dates, ids, type names): without an escape in the
    /// token the raw bytes are used as they are, so nothing is copied into simdjson's buffer.
    bool getPlainString(od::value &v, std::string_view &out, const char *field);
    /// A string, or null (isNull = true, out empty).
    bool getStringOrNull(od::value &v, std::string_view &out, bool &isNull, const char *field);
    /// An integer, or a string of decimal digits.
    bool getInteger(od::value &v, qint64 &out, const char *field);
    /// "date_unixtime": a string of seconds (or a number). An unreadable string is no error:
    /// out = -1 and a warning (Warn::BadUnixTime).
    bool getUnixTime(od::value &v, qint64 &out, const char *field);
    /// "from_id"/"actor_id"/"id": "user123" (String), a number or a string of digits (Number),
    /// null or "" (None). Sets p.id and p.idString / p.idNumber.
    bool getPersonId(od::value &v, RawPerson &p, const char *field);
    /// "text": a string, null (out untouched) or an array of strings and entity objects
    /// {type, text, ...}; out is the pieces concatenated. buf is scratch space.
    bool getText(od::value v, std::string &buf, QString &out);

private:
    TelegramDocument &m_doc;
};

} // namespace kindred::telegram
