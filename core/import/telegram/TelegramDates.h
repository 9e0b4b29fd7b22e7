#pragma once
// Telegram export times. "date_unixtime" / "edited_unixtime" are UTC seconds written as a
// decimal string. "date" / "edited" (and a reactor's "date") are ISO 8601 wall-clock times,
// normally without a zone, in the exporting computer's local time zone; LocalClock reads them
// in this machine's zone, the best guess. All results are UTC seconds since 1970-01-01.

#include <QHash>
#include <QtGlobal>

#include <string_view>

namespace kindred::telegram {

/// A parsed "2024-03-01T12:34:56[.sss][Z|+hh:mm]" timestamp.
struct Civil
{
    qint64 days = 0;       ///< date as days since the epoch
    int hour = 0;          ///< 0..23
    int secondsInHour = 0; ///< minutes*60 + seconds
    bool hasZone = false;
    int zoneOffset = 0; ///< seconds east of UTC when hasZone
};

/// Parses "YYYY-MM-DD[T ]HH:MM[:SS][.fraction][Z|±hh[:mm]]" into c (the fraction is dropped).
/// False when s has another shape or a field is out of range (c is then unspecified).
bool parseIsoDate(std::string_view s, Civil &c);

/// Parses "1652135033" (seconds). False if not a plain non-negative integer of at most 15
/// digits (out is then untouched).
bool parseUnixString(std::string_view s, qint64 &out);

/// Converts local wall-clock times to UTC. Conversions are cached per local hour (QDateTime's
/// local-time path costs microseconds per call).
class LocalClock final
{
public:
    /// UTC seconds of c: its own zone when it has one, else this machine's local time zone.
    /// A time inside a DST gap maps to the instant the clock reading would have had with the
    /// old offset.
    qint64 toUtc(const Civil &c)
    {
        if (c.hasZone)
            return (c.days * 24 + c.hour) * 3600 + c.secondsInHour - c.zoneOffset;
        return hourStart(c.days * 24 + c.hour) + c.secondsInHour;
    }

private:
    qint64 hourStart(qint64 hourKey);

    QHash<qint64, qint64> m_cache;
};

} // namespace kindred::telegram
