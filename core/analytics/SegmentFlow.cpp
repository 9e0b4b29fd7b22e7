#include "SegmentFlow.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace kindred {
namespace {

int sum(const SegmentCounts &c)
{
    return std::accumulate(c.begin(), c.end(), 0);
}

} // namespace

int SegmentBreakdown::total() const
{
    return sum(current);
}

int SegmentBreakdown::previousTotal() const
{
    return sum(previous);
}

int SegmentBreakdown::bannedTotal() const
{
    return sum(banned);
}

int SegmentBreakdown::mutedTotal() const
{
    return sum(muted);
}

int SegmentBreakdown::flaggedTotal() const
{
    return sum(flagged);
}

double SegmentBreakdown::relativeChange(Segment s) const
{
    return kindred::relativeChange(current.at(size_t(s)), previous.at(size_t(s)));
}

int MonthFlow::rowSum(int origin) const
{
    return sum(cells.at(size_t(origin)));
}

int MonthFlow::columnSum(Segment to) const
{
    int n = 0;
    for (const SegmentCounts &row : cells)
        n += row.at(size_t(to));
    return n;
}

int MonthFlow::stayed() const
{
    int n = 0;
    for (Segment s : Segmentation::all())
        n += cell(int(s), s);
    return n;
}

int MonthFlow::membersBefore() const
{
    return sum(countsBefore);
}

int MonthFlow::membersAfter() const
{
    return sum(countsAfter);
}

SegmentFlow::SegmentFlow(const AnalyticsSource &source, const SegmentRules &rules)
    : m_source(source), m_calc(source, rules)
{
}

QHash<qint64, Segment> SegmentFlow::segmentsOn(const QDate &day) const
{
    QHash<qint64, Segment> out;
    if (!day.isValid())
        return out;
    const qint64 endDay = day.toJulianDay();
    const QHash<qint64, SegmentInput> inputs = m_calc.segmentInputs(Period{day, day});
    out.reserve(inputs.size());
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        out.insert(it.key(), Segmentation::classify(it.value(), endDay, m_calc.rules()));
    return out;
}

SegmentCounts SegmentFlow::counts(const QDate &day) const
{
    SegmentCounts c{};
    for (Segment s : segmentsOn(day))
        ++c.at(size_t(s));
    return c;
}

SegmentBreakdown SegmentFlow::breakdown(const Period &period) const
{
    SegmentBreakdown b;
    b.period = period;
    if (!period.isValid())
        return b;
    b.previousPeriod = period.previous();
    b.previous = counts(b.previousPeriod.to);
    const QHash<qint64, Segment> now = segmentsOn(period.to);
    const QSet<qint64> flagged = openFlagMembers();
    for (const MemberFacts &m : m_source.members()) {
        const auto it = now.constFind(m.id);
        if (it == now.constEnd())
            continue;
        const size_t s = size_t(it.value());
        ++b.current.at(s);
        if (m.status == QLatin1String("banned"))
            ++b.banned.at(s);
        else if (m.status == QLatin1String("muted"))
            ++b.muted.at(s);
        if (flagged.contains(m.id))
            ++b.flagged.at(s);
    }
    return b;
}

QSet<qint64> SegmentFlow::openFlagMembers() const
{
    QSet<qint64> out;
    QSqlQuery q(m_source.database().sql());
    q.prepare(QStringLiteral("SELECT DISTINCT member_id FROM flag WHERE community_id = :c AND "
                             "status = 'open'"));
    q.bindValue(QStringLiteral(":c"), m_source.communityId());
    if (!q.exec())
        return out;
    while (q.next()) {
        if (const qint64 root = m_source.resolve(q.value(0).toLongLong()); root > 0)
            out.insert(root);
    }
    return out;
}

QList<MonthFlow> SegmentFlow::monthly(const Period &range) const
{
    QList<MonthFlow> out;
    if (!range.isValid())
        return out;
    QDate month(range.from.year(), range.from.month(), 1);
    QHash<qint64, Segment> before = segmentsOn(month.addDays(-1));
    for (; month <= range.to; month = month.addMonths(1)) {
        MonthFlow f;
        f.month = month;
        f.before = month.addDays(-1);
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        f.after = std::min(monthEnd, range.to);
        f.complete = f.after == monthEnd;
        const QHash<qint64, Segment> after = segmentsOn(f.after);
        for (Segment s : before)
            ++f.countsBefore.at(size_t(s));
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            ++f.countsAfter.at(size_t(it.value()));
            const auto from = before.constFind(it.key());
            const int origin = from == before.constEnd() ? kNewOrigin : int(from.value());
            ++f.cells.at(size_t(origin)).at(size_t(it.value()));
        }
        if (!out.isEmpty() || !after.isEmpty())
            out.append(f);
        before = after;
    }
    return out;
}

Period SegmentFlow::monthsEnding(const QDate &end, int months)
{
    if (!end.isValid() || months < 1)
        return {};
    const QDate first = QDate(end.year(), end.month(), 1).addMonths(-(months - 1));
    return Period{first, end};
}

} // namespace kindred
