#pragma once
// Maps UTC seconds to local days of the community's timezone (day boundaries and heatmaps),
// caching offsets per UTC hour so that a million timestamps convert quickly.

#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace kindred {

class CommunityClock final
{
public:
    explicit CommunityClock(const QTimeZone &zone = QTimeZone::utc());

    const QTimeZone &zone() const { return m_zone; }
    /// Local day of a UTC instant, as a Julian day number.
    qint64 dayOf(qint64 utcSecs) const;
    /// Local hour 0..23 of a UTC instant.
    int hourOf(qint64 utcSecs) const;
    /// UTC seconds of local midnight starting `date`.
    qint64 startOf(const QDate &date) const;
    /// Local date of a UTC instant.
    QDate dateOf(qint64 utcSecs) const { return QDate::fromJulianDay(dayOf(utcSecs)); }

private:
    int offsetAt(qint64 utcSecs) const;
    QTimeZone m_zone;
    bool m_fixed = true;
    int m_fixedOffset = 0;
    mutable QHash<qint64, int> m_offsetByHour;
};

} // namespace kindred
