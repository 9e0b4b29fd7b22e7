#pragma once
// Segment counts and the flow between segments month to month (PRODUCT.md §3 "Segments"), for
// the Segments page and `kindred segments`. Every figure rests on one definition:
//
//   segment of a member on local day d = Segmentation::classify(KpiCalculator::segmentInputs
//                  at the end of d, d, the workspace's SegmentRules); the members on day d are
//                  those AnalyticsSource gives (persons seen — a message, a reaction or a join —
//                  before the end of d; bots, the exporting account and merged identities are
//                  left out, a merged identity counting for its survivor); days are local days
//                  of the community's timezone; the channel filter of the source applies to the
//                  activity the rules look at.
//
//   counts(d)      members per base segment on day d (every member is in exactly one).
//   breakdown(p)   counts at the end of period p and at the end of p.previous() (the period of
//                  the same length just before it), the change between them, and the overlays
//                  per segment: members whose status (member.status) is banned or muted, and
//                  members flagged = with at least one open moderation flag (table flag,
//                  status 'open', any rule, any channel; a flag on a merged identity counts
//                  for the surviving member, member.merged_into). Both overlays are the state
//                  stored now (the workspace keeps no history of statuses; a flag handled later
//                  is no longer open), not as of the period's end.
//   monthly(range) one MonthFlow per calendar month M of the range (whole local months; the
//                  last one ends on range.to when M is not over by then):
//                  cell(from, to) = members in segment `from` at the end of the last day of M-1
//                  and in segment `to` at the end of M; origin "new" (kNewOrigin) = members who
//                  were not yet members at the end of M-1. Since a member once seen stays one
//                  (leaving makes them churned), nobody drops out: the row sums are the counts
//                  at the end of M-1 (row "new": the members first seen in M) and the column
//                  sums are the counts at the end of M. Leading months in which the community
//                  had no member yet are left out.
//
// Runs on the thread that owns the source's Database connection; reads only (no errors beyond
// those AnalyticsSource::load already reported: a failing query gives no activity, a failing
// read of the flags no flagged overlay).

#include "KpiCalculator.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

namespace kindred {

/// Origins of the flow matrix: the five segments (index int(Segment)) and "new".
constexpr int kFlowOrigins = kSegmentCount + 1;
/// Origin index of members who were not yet members at the end of the previous month.
constexpr int kNewOrigin = kSegmentCount;

/// Segment counts of a period and of the previous period of the same length.
struct SegmentBreakdown
{
    Period period;            ///< counts are evaluated at the end of period.to
    Period previousPeriod;    ///< period.previous(); evaluated at the end of its `to`
    SegmentCounts current{};  ///< members per segment at the end of `period`
    SegmentCounts previous{}; ///< members per segment at the end of `previousPeriod`
    SegmentCounts banned{};   ///< of `current`, members whose status is banned (overlay)
    SegmentCounts muted{};    ///< of `current`, members whose status is muted (overlay)
    SegmentCounts flagged{};  ///< of `current`, members with at least one open flag (overlay)

    int total() const;         ///< members at the end of `period` (sum of `current`)
    int previousTotal() const; ///< members at the end of `previousPeriod`
    int bannedTotal() const;
    int mutedTotal() const;
    int flaggedTotal() const;
    /// current - previous of segment `s`, in members.
    int change(Segment s) const { return current.at(size_t(s)) - previous.at(size_t(s)); }
    /// (current - previous) / previous of segment `s`; NaN when previous is 0.
    double relativeChange(Segment s) const;
};

/// The flow between segments over one calendar month (see the top of this file).
struct MonthFlow
{
    QDate month;           ///< first local day of the month M
    QDate before;          ///< day the origins are evaluated on: the last day of M-1
    QDate after;           ///< day the destinations are evaluated on: M's last day, or range.to
    bool complete = false; ///< `after` is the month's last day
    /// cells[origin][int(to)]: origin = int(Segment) at the end of `before`, or kNewOrigin.
    std::array<SegmentCounts, kFlowOrigins> cells{};
    SegmentCounts countsBefore{}; ///< members per segment at the end of `before`
    SegmentCounts countsAfter{};  ///< members per segment at the end of `after`

    /// "2024-01".
    QString label() const { return month.toString(QStringLiteral("yyyy-MM")); }
    int cell(int origin, Segment to) const { return cells.at(size_t(origin)).at(size_t(to)); }
    /// Members leaving `origin` for any segment (equals countsBefore, or newMembers()).
    int rowSum(int origin) const;
    /// Members arriving in `to` from any origin (equals countsAfter[to]).
    int columnSum(Segment to) const;
    /// Members first seen during the month (row "new").
    int newMembers() const { return rowSum(kNewOrigin); }
    /// Members in the same segment at both ends (the diagonal).
    int stayed() const;
    int membersBefore() const;
    int membersAfter() const;
};

class SegmentFlow final
{
public:
    /// Uses `rules` (normally SegmentRules::load of the source's workspace). `source` must be
    /// loaded and outlive this object.
    SegmentFlow(const AnalyticsSource &source, const SegmentRules &rules);

    const SegmentRules &rules() const { return m_calc.rules(); }
    const KpiCalculator &calculator() const { return m_calc; }

    /// Segment of every member on local day `day`, keyed by member id.
    QHash<qint64, Segment> segmentsOn(const QDate &day) const;
    /// Members per segment on local day `day`.
    SegmentCounts counts(const QDate &day) const;
    /// Counts of `period` and of the previous period of equal length, with overlays.
    SegmentBreakdown breakdown(const Period &period) const;
    /// One MonthFlow per month of `range` (empty for an invalid range).
    QList<MonthFlow> monthly(const Period &range) const;

    /// The `months` whole calendar months ending with the month that holds `end`, cut at `end`:
    /// from = first day of the month `months - 1` months before, to = `end`.
    static Period monthsEnding(const QDate &end, int months);

private:
    /// Surviving member ids (AnalyticsSource::resolve) with at least one open flag.
    QSet<qint64> openFlagMembers() const;

    const AnalyticsSource &m_source;
    KpiCalculator m_calc;
};

} // namespace kindred
