#pragma once
// Member levels after the Orbit model (PRODUCT.md §3 "Levels"): Exploring (1) < Participating
// (2) < Contributing (3) < Leading (4).
//
// What a member's activity earns on a local day d (community timezone; windows end on d and
// include it; "active" = posted, replied or reacted that day, as in AnalyticsSource):
//   Leading        presence: active on >= leadingActiveDays (30) of the last 90 days, and among
//                  the top leadingTopPercent (5) % of the contributors of those 90 days:
//                  N = members with >= 1 contribution in the 90 days, K = ceil(N · p / 100),
//                  T = the K-th largest contribution count; top = contributions >= T (ties
//                  at T included);
//                  or weight: activity weight >= leadingWeight (300) in the last 30 days;
//   Contributing   presence: active on >= contributingActiveDays (7) of the last 30 days and
//                  >= contributingContributions (10) contributions in those 30 days;
//                  or weight: activity weight >= contributingWeight (60);
//   Participating  presence: active on >= weekActiveDays (2) days in each of the last `weeks`
//                  (2) weeks (days d-6..d, d-13..d-7, ...), or on >= monthActiveDays (4) of
//                  the last 30 days;
//                  or weight: activity weight >= participatingWeight (10);
//   Exploring      everyone else seen by then.
// The earned level is the highest whose rule holds. A weight threshold of 0 turns that path off.
//   contribution     a non-service message that replies to another message or is a knowledge
//                    post (ContributionScore::knowledgeFlags: long post, link, code, file or
//                    media); a message that is both counts once;
//   activity weight  messageWeight (1) · messages that are not replies + replyWeight (2) ·
//                    replies + reactionWeight (0.5) · reactions given (reaction_member rows whose
//                    time the export gives), over the last 30 days.
//
// Held level: promotion at once, demotion only at month ends. On the last day of a calendar
// month the level is reviewed: it becomes what the member earns that day. On any other day it
// is the highest of the previous month-end level and every level earned since:
//   L(d) = e(d) when d is the last day of its month,
//   L(d) = max(e(M), e(M+1), ..., e(d)) otherwise, M = the previous month's last day.
// So the whole history replays month by month without state beyond the last review.
//
// Monthly movement: for each month, the members seen by the end of the previous month and by
// the end of this one (present in both) are compared: level at this month's end (or at `to` for
// the running month) vs level at the previous month's end: moved up, held, moved down; shares
// are over those members and sum to 1.
//
// Rules are stored per workspace in the `setting` table under "levels/<field>" (LevelRules
// load/save). Knowledge posts use the workspace's ContributionRules::longPostChars.
// Runs on the thread that owns the Database connection of the source.

#include "AnalyticsSource.h"
#include "Period.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace kindred {

class Database;

enum class Level
{
    Exploring = 1,
    Participating = 2,
    Contributing = 3,
    Leading = 4
};
constexpr int kLevelCount = 4;

/// Thresholds of the level rules (see the file comment). Stored in the `setting` table under
/// "levels/week_active_days", "levels/weeks", "levels/month_active_days",
/// "levels/contributing_active_days", "levels/contributing_contributions",
/// "levels/leading_active_days", "levels/leading_top_percent", "levels/message_weight",
/// "levels/reply_weight", "levels/reaction_weight", "levels/participating_weight",
/// "levels/contributing_weight", "levels/leading_weight".
struct LevelRules
{
    // Participating by presence.
    int weekActiveDays = 2;  ///< days active in each of the last `weeks` weeks, 1..7
    int weeks = 2;           ///< 1..12
    int monthActiveDays = 4; ///< or days active of the last 30, 1..30
    // Contributing by presence.
    int contributingActiveDays = 7;     ///< of the last 30 days, 1..30
    int contributingContributions = 10; ///< in the last 30 days, 0..100000
    // Leading by presence.
    int leadingActiveDays = 30; ///< of the last 90 days, 1..90
    int leadingTopPercent = 5;  ///< 1..100
    // Activity weight (last 30 days).
    double messageWeight = 1.0;      ///< per message that is not a reply, 0..100
    double replyWeight = 2.0;        ///< per reply, 0..100
    double reactionWeight = 0.5;     ///< per reaction given, 0..100
    double participatingWeight = 10; ///< 0 = off; 0..1e6
    double contributingWeight = 60;
    double leadingWeight = 300;

    static constexpr int kWeekDays = 7;
    static constexpr int kMonthDays = 30;
    static constexpr int kQuarterDays = 90;

    bool operator==(const LevelRules &) const = default;

    /// The workspace's rules: the default of each unset or unreadable key, and all defaults
    /// when the stored set breaks the rules of validate().
    static LevelRules load(const Database &db);
    /// Validates and stores the rules in one transaction; false with a translated error
    /// (context "LevelRules").
    bool save(Database &db, QString *error) const;
    /// Every field in its range (above); the weight thresholds that are on must rise with the
    /// level (participating <= contributing <= leading); false with a translated error.
    bool validate(QString *error) const;
};

/// The numbers the rules look at for one member on one day (windows ending on that day).
struct LevelEvidence
{
    int minWeekActiveDays = 0; ///< fewest active days among the last `weeks` weeks
    int activeDays30 = 0;
    int activeDays90 = 0;
    int contributions30 = 0;
    int contributions90 = 0;
    int messages30 = 0; ///< messages that are not replies
    int replies30 = 0;
    int reactions30 = 0; ///< reactions given
    double weight30 = 0; ///< activity weight of the last 30 days
    /// Contributions needed on that day to be in the top percent (0 = nobody contributed).
    int topThreshold = 0;

    bool isTop() const { return topThreshold > 0 && contributions90 >= topThreshold; }
};

/// One member's level on a day and why. `level` is the held level (1..4, a Level value).
struct MemberLevel
{
    int level = 1;
    QString name;   ///< translated level name
    QString why;    ///< translated: which milestone was met (or is held), with the numbers
    int earned = 1; ///< what the member's activity earns that day (<= level)
    /// The day the held level was reached: the promotion day in the running month, or the
    /// previous month-end review when the level was kept from it.
    QDate since;
    LevelEvidence evidence;
};

/// Level counts of a day (index level - 1).
using LevelCounts = std::array<int, kLevelCount>;

/// Movement of one month (see the file comment).
struct LevelMonth
{
    QDate month;          ///< the first day of the month
    QDate end;            ///< its last day, or the `to` day for the month still running
    bool complete = true; ///< false for a month cut at `to` (no month-end review yet)
    int members = 0;      ///< present at both ends
    int up = 0;
    int held = 0;
    int down = 0;
    LevelCounts counts{}; ///< levels at `end` of every member seen by then

    double upShare() const { return members > 0 ? double(up) / members : 0.0; }
    double heldShare() const { return members > 0 ? double(held) / members : 0.0; }
    double downShare() const { return members > 0 ? double(down) / members : 0.0; }
};

class LevelCalculator final
{
public:
    /// Knowledge posts use ContributionRules::load(source.database()).longPostChars.
    LevelCalculator(const AnalyticsSource &source, const LevelRules &rules);

    /// Overrides the long-post threshold of knowledge posts (characters, >= 1).
    void setLongPostChars(int chars) { m_longPostChars = chars; }
    const LevelRules &rules() const { return m_rules; }

    /// The held level and its why of every member seen by the end of local day `day`, keyed
    /// by member id (empty for an invalid day).
    QHash<qint64, MemberLevel> levelsAt(QDate day) const;
    /// The months that overlap [from, to], oldest first; the last one ends at `to`.
    QList<LevelMonth> monthly(QDate from, QDate to) const;

    /// What a member's evidence earns under the rules; `why` (optional) gets the translated
    /// reason naming the milestone and its numbers (context "Levels").
    static Level earned(const LevelEvidence &e, const LevelRules &rules, QString *why = nullptr);
    /// Counts of a levelsAt() result.
    static LevelCounts counts(const QHash<qint64, MemberLevel> &levels);
    /// Translated name (context "Levels").
    static QString name(Level level);
    /// Stable key: exploring, participating, contributing, leading.
    static QString key(Level level);

private:
    const AnalyticsSource &m_source;
    LevelRules m_rules;
    int m_longPostChars;
};

} // namespace kindred
