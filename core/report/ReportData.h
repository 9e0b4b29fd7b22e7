#pragma once
// Everything a report shows, computed once and independent of how it is drawn (PDF now,
// HTML later): the period, KPIs with the previous period for change, the DAU/WAU/MAU series,
// segment counts, retention cohorts, the flow between segments, top content and top members.

#include "analytics/KpiCalculator.h"
#include "analytics/Rankings.h"
#include "analytics/Retention.h"
#include "analytics/SegmentFlow.h"

namespace kindred {

struct ReportData
{
    QString communityName;
    QString timezone;
    QDateTime generatedAt;
    KpiSet current;
    KpiSet previous;
    SegmentRules rules; ///< the thresholds the segments were computed with
    QList<ContentRanking> topContent;
    QList<MemberRanking> topMembers;
    CohortTable retention; ///< cohorts by join month over the period (Retention::cohorts)
    /// Month-to-month retention (Retention::periodRetention) of the months of the period and
    /// of the month before it, so that a one-month report still has one row.
    QList<PeriodRetentionRow> periodRetention;
    /// Flow between segments per calendar month of the period (SegmentFlow::monthly, under
    /// `rules`), oldest first.
    QList<MonthFlow> segmentFlow;
    qint64 totalMembers = 0;
    qint64 totalMessages = 0;
    qint64 channels = 0;

    /// Computes the report of `period` (top lists of `topN` rows), segments under the
    /// workspace's stored SegmentRules. False with error when the workspace holds no community.
    static bool build(AnalyticsSource &source, const Period &period, int topN, ReportData *out,
                      QString *error);
};

} // namespace kindred
