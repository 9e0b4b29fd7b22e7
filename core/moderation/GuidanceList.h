#pragma once
// The guidance list (引导, PRODUCT.md §4, issue 7 item 5): low-activity members a community
// manager could send a personal message to. Low activity is not a violation: this list is kept
// apart from the review queue and never contains banned or muted members, nor members with an
// open flag. Evaluated on local day `day` with the workspace's segment rules (Segmentation.h,
// inputs from KpiCalculator::segmentInputs); W = rules.windowDays (default 30):
//   newcomer_not_posted   segment newcomer and no chat message (is_service = 0) sent by the end
//                         of `day` (joined = join event, or first reaction/sighting);
//   activity_dropped      segment occasional and active days in the last W days (day-W+1..day)
//                         < active days in the W days before (day-2W+1..day-W);
//   went_silent           segment silent and, in the W days ending on their last active day,
//                         active on >= rules.activeMinDays days (they were an active member
//                         when they stopped).
// Active day = a message or reaction that local day (AnalyticsSource).

#include "analytics/Segmentation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kindred {

class AnalyticsSource;

enum class GuidanceReason
{
    NewcomerNotPosted = 0,
    ActivityDropped,
    WentSilent
};

struct GuidanceEntry
{
    qint64 memberId = 0;
    QString name;
    GuidanceReason reason = GuidanceReason::NewcomerNotPosted;
    Segment segment = Segment::Newcomer;
    QDate joined;                 ///< local day of joining (or first sighting)
    QDate lastActive;             ///< invalid when never active
    int daysSinceActive = -1;     ///< day - lastActive, -1 when never active
    int activeDaysLast = 0;       ///< active days in the last W days
    int activeDaysPrevious = 0;   ///< active days in the W days before
    int activeDaysBeforeStop = 0; ///< went_silent: active days in the W days ending on lastActive
    int messages = 0;             ///< chat messages sent by the end of `day`
    QString why;                  ///< translated sentence with the numbers (context "GuidanceList")
};

class GuidanceList final
{
public:
    GuidanceList(const AnalyticsSource &source, const SegmentRules &rules);

    /// Suggestions for local day `day`, ordered by reason (as in the enum), then: newcomers by
    /// join (oldest first), dropped by the size of the drop (largest first), silent by the
    /// active days before they stopped (most first); then by name.
    QList<GuidanceEntry> compute(QDate day) const;

    /// Stable key: newcomer_not_posted, activity_dropped, went_silent.
    static QString key(GuidanceReason reason);
    /// Translated short label (context "GuidanceList").
    static QString label(GuidanceReason reason);

private:
    const AnalyticsSource &m_source;
    SegmentRules m_rules;
};

} // namespace kindred
