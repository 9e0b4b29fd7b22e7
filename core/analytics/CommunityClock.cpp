#include "CommunityClock.h"

#include <QDateTime>

namespace kindred {

namespace {
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

CommunityClock::CommunityClock(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    // A zone without transitions (UTC, fixed offsets, zones that abolished DST long ago and
    // have none in their data) converts with one offset.
    m_fixed = !m_zone.hasTransitions() || m_zone == QTimeZone::utc();
    m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
}

int CommunityClock::offsetAt(qint64 utcSecs) const
{
    if (m_fixed)
        return m_fixedOffset;
    const qint64 hour = floorDiv(utcSecs, 3600);
    auto it = m_offsetByHour.constFind(hour);
    if (it != m_offsetByHour.constEnd())
        return it.value();
    const int off = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
    m_offsetByHour.insert(hour, off);
    return off;
}

qint64 CommunityClock::dayOf(qint64 utcSecs) const
{
    return floorDiv(utcSecs + offsetAt(utcSecs), 86400) + kUnixEpochJulianDay;
}

int CommunityClock::hourOf(qint64 utcSecs) const
{
    const qint64 local = utcSecs + offsetAt(utcSecs);
    return int(floorDiv(local, 3600) - floorDiv(local, 86400) * 24);
}

qint64 CommunityClock::startOf(const QDate &date) const
{
    return QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch();
}

} // namespace kindred
