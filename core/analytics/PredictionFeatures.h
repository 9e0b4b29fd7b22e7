#pragma once
// Behavioural features of the members at a cut-off day, and the next-30-day labels, for the
// prediction models (ActivityPrediction). All days are local Julian days of the community's
// timezone; the cut-off day C belongs to the past: features see days <= C only, labels the
// horizon (C, C + 30].
//
// Population at C: members first seen on or before C, not left on or before C, and active on
// at least one day of [C − 89, C] (members silent for 90 days are churned by the segment rules
// already, PRODUCT.md §3).
//
// Features (x, in this order; "active" as in AnalyticsSource: posted, replied or reacted):
//   active_7d        active days in [C − 6, C]
//   active_30d       active days in [C − 29, C]
//   active_90d       active days in [C − 89, C]
//   messages_30d     log(1 + non-service messages sent in [C − 29, C])
//   days_since       C − last active day (0..89)
//   tenure           min(C − join day, 90), join = join event, else first sighting (>= 0);
//                    capped at the lookback so that it does not drift as the cut-off moves
//                    on (uncapped, every member's tenure grows by 30 between the train and
//                    eval cut-offs: a shift of many standard deviations when most members
//                    were first seen at the start of an export)
//   reply_share      of the member's messages in [C − 89, C], the share that another (non-bot)
//                    member had replied to by the end of C (0 without messages)
//   trend_30d        active_30d − active days in [C − 59, C − 30]
// Labels (only when C + 30 <= the last loaded day):
//   active_next      active days in [C + 1, C + 30]  (regression target, 0..30)
//   churned          active_next = 0                  (classification target)

#include "AnalyticsSource.h"

#include <QString>

#include <array>
#include <vector>

namespace kindred {

constexpr int kPredictionFeatureCount = 8;
constexpr int kPredictionHorizonDays = 30;
constexpr int kPredictionLookbackDays = 90;

struct PredictionRow
{
    qint64 member = 0;
    std::array<double, kPredictionFeatureCount> features{};
    int activeDays30 = 0;    ///< untransformed, for the "same as last 30 days" baseline
    int daysSinceActive = 0; ///< untransformed, for the "days since last active" baseline
    int activeNext = -1;     ///< label: active days in (C, C + 30]; -1 when not labelled
    bool churned = false;    ///< label: activeNext == 0
};

class PredictionFeatures final
{
public:
    /// Loads activity (AnalyticsSource::activity) and, in ONE query, every non-service message
    /// of local days [fromDay, toDay] with the time of its first reply by another member (up
    /// to the end of toDay). Honours the source's channel filter. False with `error` when the
    /// message query fails.
    bool load(const AnalyticsSource &source, qint64 fromDay, qint64 toDay, QString *error);

    /// Rows of the population at `cutoff`, ordered by member id. Windows reaching before the
    /// loaded range see no activity there; labels are filled when cutoff + 30 <= toDay.
    std::vector<PredictionRow> rowsAt(qint64 cutoff) const;

    qint64 fromDay() const { return m_fromDay; }
    qint64 toDay() const { return m_toDay; }

    /// Stable key of a feature ("active_7d", …, as listed above).
    static QString key(int feature);
    /// Translated description (context "PredictionFeatures").
    static QString label(int feature);

private:
    struct Member
    {
        qint64 id = 0;
        qint64 firstDay = 0;
        qint64 joinDay = 0;
        qint64 leftDay = 0; ///< 0 when still in
    };
    struct Message
    {
        qint64 member = 0;
        qint64 day = 0;
        qint64 firstReplyDay = 0; ///< 0 when nobody else replied
    };
    std::vector<Member> m_members;
    ActivityDays m_activity;
    std::vector<Message> m_messages; ///< sorted by day
    qint64 m_fromDay = 0;
    qint64 m_toDay = 0;
};

} // namespace kindred
