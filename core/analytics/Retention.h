#pragma once
// Retention (留存率, PRODUCT.md §3): a cohort table by join month or join week, and period
// retention over consecutive months or weeks. Periods are calendar months, or ISO weeks
// (Monday..Sunday), of local days in the community's timezone (CommunityClock).
//
//   cohort c      members whose join time (MemberFacts::joinTime(): the first join/invite
//                 event, else the first sighting; UTC seconds) falls on a local day of period c;
//   cell(c, k)    cohort members active (AnalyticsSource: posted, replied or reacted; channel
//                 filter applied) at least once in the k-th period after c; k = 0 is the join
//                 period itself, activity anywhere in it counts (also on days before the join
//                 day); activity before the join period is ignored (there is no k < 0);
//                 share = active / cohort size;
//   period retention(p) = members active in both p and the next period / members active in p
//                 (every member active in p, whatever their join time).
//
// The range: its `from` is moved back to the first day of its period (whole periods only); its
// `to` is the last observed local day. A cohort holds the members who joined on days
// [from, to]; activity after `to` is not read. A cell whose period starts after `to` is "not
// observable" (unknown, not 0); one that starts on or before `to` but ends after it is
// observable but incomplete. Bots, the exporting account and merged identities are left out as
// in AnalyticsSource (a merged identity's activity counts for its survivor).

#include "AnalyticsSource.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kindred {

/// Calendar unit of cohorts and periods.
enum class RetentionGrain
{
    Month,
    Week ///< ISO week, Monday to Sunday
};

/// The periods of a grain, on local dates.
struct RetentionCalendar
{
    RetentionGrain grain = RetentionGrain::Month;

    /// First day of the period holding `day`.
    QDate startOf(const QDate &day) const;
    /// First day of the period `n` periods after the one starting on `start`.
    QDate advance(const QDate &start, int n) const;
    /// Last day of the period starting on `start`.
    QDate endOf(const QDate &start) const { return advance(start, 1).addDays(-1); }
    /// Sequence number of the period holding `day`; consecutive periods differ by 1.
    qint64 indexOf(const QDate &day) const;
    /// "2024-01" for a month, the ISO week "2024-W05" for a week.
    QString label(const QDate &start) const;
    /// "month" or "week".
    static QString key(RetentionGrain grain);
    static bool fromKey(const QString &key, RetentionGrain *out);
};

/// One cell of the cohort table.
struct RetentionCell
{
    int active = 0;          ///< cohort members active in the period (0 when not observable)
    bool observable = false; ///< the period starts on or before the range's last day
    bool complete = false;   ///< the period ends on or before the range's last day
};

/// One row of the cohort table: the members who joined in one period.
struct RetentionCohort
{
    QDate start; ///< first local day of the join period
    QDate end;   ///< last local day of the join period
    QString label;
    int size = 0;               ///< members who joined in the period (within the range)
    QList<RetentionCell> cells; ///< index k = periods after the join period

    /// True when cell k is observable and the cohort is not empty.
    bool hasShare(int k) const
    {
        return size > 0 && k >= 0 && k < cells.size() && cells.at(k).observable;
    }
    /// cells[k].active / size, in [0, 1]; 0 when !hasShare(k).
    double share(int k) const
    {
        return hasShare(k) ? double(cells.at(k).active) / double(size) : 0.0;
    }
};

/// Cohort table: one row per period of the range (empty cohorts included), every row with the
/// same number of cells (one per period of the range; later ones not observable).
struct CohortTable
{
    RetentionGrain grain = RetentionGrain::Month;
    Period range; ///< from = first day of the first cohort; to = last observed day
    QList<RetentionCohort> cohorts;

    /// Sum of the cohort sizes: members whose join day is in the range.
    int members() const;
};

/// Period retention of one base period.
struct PeriodRetentionRow
{
    QDate start; ///< first local day of the base period
    QDate end;   ///< last local day of the base period
    QString label;
    QString nextLabel;
    int base = 0;            ///< members active in the base period (denominator)
    int retained = 0;        ///< of whom active in the next period too (numerator)
    bool observable = false; ///< the next period starts on or before the range's last day
    bool complete = false;   ///< the next period ends on or before the range's last day

    bool hasShare() const { return observable && base > 0; }
    /// retained / base, in [0, 1]; 0 when !hasShare().
    double share() const { return hasShare() ? double(retained) / double(base) : 0.0; }
};

class Retention final
{
public:
    explicit Retention(const AnalyticsSource &source);

    /// Local days from the earliest join to the later of the last message (channel filter
    /// applied) and the latest join; invalid when the community has no members.
    Period dataRange() const;
    /// The cohort table over `range` (see the top of this file); empty for an invalid range.
    CohortTable cohorts(RetentionGrain grain, const Period &range) const;
    /// One row per period of `range`; the last row's next period is not observable.
    QList<PeriodRetentionRow> periodRetention(RetentionGrain grain, const Period &range) const;

private:
    const AnalyticsSource &m_source;
};

} // namespace kindred
