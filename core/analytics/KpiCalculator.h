#pragma once
// The headline figures of a period (PRODUCT.md §3), shared by `kindred stats`, the Dashboard
// and the PDF report:
//   members (at end)  persons seen (message, reaction, join) before the period's end;
//                     bots, system senders, the exporting account ("You") and merged
//                     identities are not counted;
//   activity rate     interactions / members at end, interactions = messages (posts and
//                     replies, service lines excluded) + reactions on messages of the period;
//   growth rate       members who joined in the period / members at the period's start
//                     (0 when the community had none at the start);
//   DAU mean, MAU, stickiness: see Engagement; segments: see Segmentation.

#include "AnalyticsSource.h"
#include "Engagement.h"
#include "Segmentation.h"

namespace kindred {

struct KpiSet
{
    Period period;
    qint64 membersAtEnd = 0;
    qint64 membersAtStart = 0;
    qint64 joined = 0;
    qint64 messages = 0; ///< non-service messages sent in the period by members
    qint64 replies = 0;  ///< of which replies
    qint64 reactions = 0;
    double dauMean = 0;
    int mau = 0;
    double stickiness = 0;
    double activityRate = 0;
    double growthRate = 0;
    SegmentCounts segments{};
    QList<DailyEngagement> series; ///< one row per day of the period

    qint64 interactions() const { return messages + reactions; }
};

/// Relative change (current - previous) / previous; NaN when previous is 0.
double relativeChange(double current, double previous);

class KpiCalculator final
{
public:
    KpiCalculator(const AnalyticsSource &source, const SegmentRules &rules = {});

    /// All figures for `period`.
    KpiSet compute(const Period &period) const;
    /// Segment input of every member seen by the end of the period, keyed by member id.
    QHash<qint64, SegmentInput> segmentInputs(const Period &period) const;
    const SegmentRules &rules() const { return m_rules; }

private:
    const AnalyticsSource &m_source;
    SegmentRules m_rules;
};

} // namespace kindred
