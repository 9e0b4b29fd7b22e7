#include "Retention.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace kindred {

QDate RetentionCalendar::startOf(const QDate &day) const
{
    if (grain == RetentionGrain::Month)
        return QDate(day.year(), day.month(), 1);
    return day.addDays(1 - day.dayOfWeek());
}

QDate RetentionCalendar::advance(const QDate &start, int n) const
{
    return grain == RetentionGrain::Month ? start.addMonths(n) : start.addDays(qint64(7) * n);
}

qint64 RetentionCalendar::indexOf(const QDate &day) const
{
    if (grain == RetentionGrain::Month)
        return qint64(day.year()) * 12 + day.month() - 1;
    // Julian day 0 is a Monday: day / 7 numbers the weeks Monday..Sunday.
    return day.toJulianDay() / 7;
}

QString RetentionCalendar::label(const QDate &start) const
{
    if (grain == RetentionGrain::Month)
        return QStringLiteral("%1-%2")
            .arg(start.year())
            .arg(start.month(), 2, 10, QLatin1Char('0'));
    int year = 0;
    const int week = start.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString RetentionCalendar::key(RetentionGrain grain)
{
    return grain == RetentionGrain::Month ? QStringLiteral("month") : QStringLiteral("week");
}

bool RetentionCalendar::fromKey(const QString &key, RetentionGrain *out)
{
    if (key == QLatin1String("month"))
        *out = RetentionGrain::Month;
    else if (key == QLatin1String("week"))
        *out = RetentionGrain::Week;
    else
        return false;
    return true;
}

int CohortTable::members() const
{
    int n = 0;
    for (const RetentionCohort &c : cohorts)
        n += c.size;
    return n;
}

namespace {

/// The range in whole periods: from moved back to its period's first day; `count` periods.
struct Frame
{
    RetentionCalendar cal;
    Period range;
    qint64 firstIndex = 0;
    int count = 0;

    Frame(RetentionGrain grain, const Period &r) : cal{grain}
    {
        if (!r.isValid())
            return;
        range = {cal.startOf(r.from), r.to};
        firstIndex = cal.indexOf(range.from);
        count = int(cal.indexOf(range.to) - firstIndex + 1);
    }
    QDate start(int i) const { return cal.advance(range.from, i); }
    /// Observable and complete flags of period i.
    std::pair<bool, bool> seen(int i) const
    {
        return {i < count, i < count && cal.endOf(start(i)) <= range.to};
    }
};

/// Distinct (member, period number in the frame) pairs of the activity in the frame, sorted.
std::vector<std::pair<qint64, int>> activePeriods(const AnalyticsSource &source, const Frame &f)
{
    const ActivityDays act = source.activity(f.range.from.toJulianDay(), f.range.to.toJulianDay());
    std::vector<std::pair<qint64, int>> out;
    out.reserve(act.size());
    for (const auto &[day, member] : act)
        out.emplace_back(member, int(f.cal.indexOf(QDate::fromJulianDay(day)) - f.firstIndex));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

Retention::Retention(const AnalyticsSource &source) : m_source(source) {}

Period Retention::dataRange() const
{
    const auto &members = m_source.members();
    if (members.empty())
        return {};
    qint64 first = std::numeric_limits<qint64>::max(), last = 0;
    for (const MemberFacts &m : members) {
        first = std::min(first, m.joinTime());
        last = std::max(last, m.joinTime());
    }
    const CommunityClock &clock = m_source.clock();
    QDate to = clock.dateOf(last);
    const QDate lastMessage = m_source.lastMessageDate();
    if (lastMessage.isValid() && lastMessage > to)
        to = lastMessage;
    return {clock.dateOf(first), to};
}

CohortTable Retention::cohorts(RetentionGrain grain, const Period &range) const
{
    const Frame f(grain, range);
    CohortTable t;
    t.grain = grain;
    t.range = f.range;
    for (int i = 0; i < f.count; ++i) {
        RetentionCohort c;
        c.start = f.start(i);
        c.end = f.cal.endOf(c.start);
        c.label = f.cal.label(c.start);
        c.cells.resize(f.count);
        for (int k = 0; k < f.count; ++k) {
            const auto [observable, complete] = f.seen(i + k);
            c.cells[k].observable = observable;
            c.cells[k].complete = complete;
        }
        t.cohorts.append(std::move(c));
    }
    if (f.count == 0)
        return t;

    const CommunityClock &clock = m_source.clock();
    const qint64 fromDay = f.range.from.toJulianDay(), toDay = f.range.to.toJulianDay();
    QHash<qint64, int> cohortOf;
    for (const MemberFacts &m : m_source.members()) {
        const qint64 day = clock.dayOf(m.joinTime());
        if (day < fromDay || day > toDay)
            continue;
        const int i = int(f.cal.indexOf(QDate::fromJulianDay(day)) - f.firstIndex);
        cohortOf.insert(m.id, i);
        ++t.cohorts[i].size;
    }
    for (const auto &[member, period] : activePeriods(m_source, f)) {
        const auto it = cohortOf.constFind(member);
        if (it == cohortOf.constEnd() || period < it.value())
            continue; // not in a cohort, or active before the join period (no k < 0)
        ++t.cohorts[it.value()].cells[period - it.value()].active;
    }
    return t;
}

QList<PeriodRetentionRow> Retention::periodRetention(RetentionGrain grain,
                                                     const Period &range) const
{
    const Frame f(grain, range);
    QList<PeriodRetentionRow> rows;
    if (f.count == 0)
        return rows;
    std::vector<int> base(size_t(f.count), 0), retained(size_t(f.count), 0);
    const auto pairs = activePeriods(m_source, f); // sorted by member, then period
    for (size_t j = 0; j < pairs.size(); ++j) {
        ++base[size_t(pairs[j].second)];
        if (j + 1 < pairs.size() && pairs[j + 1].first == pairs[j].first &&
            pairs[j + 1].second == pairs[j].second + 1)
            ++retained[size_t(pairs[j].second)];
    }
    for (int i = 0; i < f.count; ++i) {
        PeriodRetentionRow r;
        r.start = f.start(i);
        r.end = f.cal.endOf(r.start);
        r.label = f.cal.label(r.start);
        r.nextLabel = f.cal.label(f.start(i + 1));
        std::tie(r.observable, r.complete) = f.seen(i + 1);
        r.base = base[size_t(i)];
        r.retained = retained[size_t(i)];
        rows.append(r);
    }
    return rows;
}

} // namespace kindred
