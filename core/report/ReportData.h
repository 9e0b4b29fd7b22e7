#pragma once
// Everything a report shows, computed once and independent of how it is drawn (PDF now,
// HTML later): the period, KPIs with the previous period for change, the DAU/WAU/MAU series,
// segment counts, retention cohorts, the flow between segments, top content and top members.

#include "analytics/ContentInsights.h"
#include "analytics/Influence.h"
#include "analytics/KpiCalculator.h"
#include "analytics/PaidMetrics.h"
#include "analytics/RenewalRisk.h"
#include "analytics/Rankings.h"
#include "analytics/Retention.h"
#include "analytics/SegmentFlow.h"
#include "analytics/Topics.h"
#include "moderation/ModerationStats.h"

namespace kindred {

class Pseudonymizer;

struct ReportData
{
    QString communityName;
    QString timezone;
    QDateTime generatedAt;
    KpiSet current;
    KpiSet previous;
    SegmentRules rules; ///< the thresholds the segments were computed with
    QList<ContentRanking> topContent;
    /// Top threads (ContentInsights::topThreads, default weights) and top shared links
    /// (ContentInsights::topLinks) of the period, topN each.
    QList<ThreadRanking> topThreads;
    QList<LinkRanking> topLinks;
    QList<MemberRanking> topMembers;
    CohortTable retention; ///< cohorts by join month over the period (Retention::cohorts)
    /// Month-to-month retention (Retention::periodRetention) of the months of the period and
    /// of the month before it, so that a one-month report still has one row.
    QList<PeriodRetentionRow> periodRetention;
    /// Flow between segments per calendar month of the period (SegmentFlow::monthly, under
    /// `rules`), oldest first.
    QList<MonthFlow> segmentFlow;
    /// Moderation statistics of the period (ModerationStats::compute over the period's local
    /// days): flags per rule and channel, median time to handle, repeat offenders, decisions.
    ModerationStatsResult moderation;
    /// Rising keywords and keyphrases of the period vs the previous period (Topics::load with
    /// maxKeywords = maxPhrases = 15, no clusters); empty lists when the text cannot be read.
    TopicsResult topics;
    /// Influencers of the period (Influence::compute with the default options: replies and
    /// mentions, exact betweenness, personas for the bridges); `members` keeps the KOLs, the
    /// bridges and the top 15 by PageRank, `edgeList` is dropped. Empty when it cannot be
    /// computed.
    InfluenceResult influence;
    qint64 totalMembers = 0;
    qint64 totalMessages = 0;
    qint64 channels = 0;
    /// The paid side (PaidMetrics, RenewalRisk), filled by buildPaid(); the report leaves its
    /// section out when hasPaid is false (the workspace holds no memberships).
    bool hasPaid = false;
    PaidReport paid;               ///< the period
    PaidReport paidPrevious;       ///< the previous period of the same length
    PaidReport paidTrend;          ///< the 12 months ending with the period (per month)
    RenewalRiskReport renewalRisk; ///< expiring in the 30 days after the period's last day
                                   ///< (or the last message day, when earlier)
    /// True after pseudonymise(): member names are pseudonyms (the cover says so).
    bool pseudonymised = false;

    /// Computes the report of `period` (top lists of `topN` rows), segments under the
    /// workspace's stored SegmentRules. False with error when the workspace holds no community.
    static bool build(AnalyticsSource &source, const Period &period, int topN, ReportData *out,
                      QString *error);
    /// Fills the paid fields of `out` for `period` (ReportPaidData.cpp); hasPaid stays false
    /// without memberships. False with error on a database error.
    static bool buildPaid(AnalyticsSource &source, const Period &period, ReportData *out,
                          QString *error);
    /// Replaces every member name of the report by its pseudonym (Pseudonymizer), in one place
    /// so that no section can forget it (ReportPseudonymise.cpp): top members, top content
    /// authors and the names and @usernames in their excerpts, repeat offenders, the renewal
    /// risk list. Moderators (staff acting under their own name) and channel names are kept.
    void pseudonymise(const Pseudonymizer &pseudonymizer);
};

} // namespace kindred
