#include "Engagement.h"

#include <QHash>

namespace kindred {

namespace {
// Distinct members in a sliding window of days, maintained by adding the newest day and
// removing the day that falls out.
class Window
{
public:
    void add(qint64 member) { ++m_count[member]; }
    void remove(qint64 member)
    {
        auto it = m_count.find(member);
        if (it != m_count.end() && --it.value() == 0)
            m_count.erase(it);
    }
    int distinct() const { return int(m_count.size()); }

private:
    QHash<qint64, int> m_count;
};
} // namespace

QList<DailyEngagement> Engagement::series(const ActivityDays &activity, qint64 fromDay,
                                          qint64 toDay)
{
    QList<DailyEngagement> rows;
    if (toDay < fromDay)
        return rows;
    // Index of the first pair of each day.
    auto firstOf = [&](qint64 day) {
        return std::lower_bound(activity.begin(), activity.end(), std::make_pair(day, qint64(0)));
    };
    Window week, month;
    const qint64 start = fromDay - 29;
    for (auto it = firstOf(start); it != activity.end() && it->first < fromDay; ++it) {
        month.add(it->second);
        if (it->first > fromDay - 7)
            week.add(it->second);
    }
    rows.reserve(int(toDay - fromDay + 1));
    for (qint64 day = fromDay; day <= toDay; ++day) {
        int dau = 0;
        for (auto it = firstOf(day); it != activity.end() && it->first == day; ++it) {
            ++dau;
            week.add(it->second);
            month.add(it->second);
        }
        rows.append({QDate::fromJulianDay(day), dau, week.distinct(), month.distinct()});
        for (auto it = firstOf(day - 6); it != activity.end() && it->first == day - 6; ++it)
            week.remove(it->second);
        for (auto it = firstOf(day - 29); it != activity.end() && it->first == day - 29; ++it)
            month.remove(it->second);
    }
    return rows;
}

double Engagement::meanDau(const QList<DailyEngagement> &rows)
{
    if (rows.isEmpty())
        return 0.0;
    double sum = 0;
    for (const auto &r : rows)
        sum += r.dau;
    return sum / double(rows.size());
}

double Engagement::stickiness(const QList<DailyEngagement> &rows)
{
    if (rows.isEmpty() || rows.last().mau == 0)
        return 0.0;
    return meanDau(rows) / double(rows.last().mau);
}

} // namespace kindred
