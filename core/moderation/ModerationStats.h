#pragma once
// Moderation statistics of a period (PRODUCT.md §4, issue 7 item 4), for `kindred moderation
// --stats`, the Moderation page and the PDF report. The period is [fromUtc, toUtc) in UTC
// seconds (0 = open end); which rows belong to it:
//   flags       flags whose behaviour happened in the period (flag.occurred_at), any status;
//   handled     those flags that are no longer open and have a handled_at;
//   actions     audit entries (moderation_action) with acted_at in the period.
// Figures:
//   perRule / perChannel   count of the period's flags by rule / by channel (flags naming no
//                          channel are counted under channel id 0, name "");
//   medianHandleSeconds    median over the handled flags of (handled_at - raised_at); for an
//                          even count the mean of the two middle values; NaN when none;
//   repeat offenders       members (after merges) with >= 2 actioned flags among the period's
//                          flags OR >= 2 warn/mute/ban actions in the period;
//   moderator activity     count of the period's actions per actor and per (actor, action).

#include <QList>
#include <QString>

namespace kindred {

class Database;

struct RuleCount
{
    QString rule;
    int flags = 0;
    int open = 0;      ///< of which still open
    int dismissed = 0; ///< of which dismissed (false positives)
    int actioned = 0;  ///< of which actioned
};

struct ChannelCount
{
    qint64 channelId = 0; ///< 0 = flags naming no channel
    QString channelName;
    int flags = 0;
};

struct RepeatOffender
{
    qint64 memberId = 0;
    QString name;
    QString status;        ///< member.status now
    int actionedFlags = 0; ///< actioned flags among the period's flags
    int sanctions = 0;     ///< warn + mute + ban actions in the period
};

struct ModeratorActivity
{
    QString actor;
    int total = 0;
    /// Actions per key (dismiss, warn, mute, ban, unban, note) in ModerationStore::allActions
    /// order.
    QList<QPair<QString, int>> perAction;
};

struct ModerationStatsResult
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    int flags = 0; ///< flags of the period
    int open = 0;
    int handled = 0;                       ///< dismissed + actioned with a handled_at
    double medianHandleSeconds = 0;        ///< NaN when handled == 0
    QList<RuleCount> perRule;              ///< most flags first, then rule key
    QList<ChannelCount> perChannel;        ///< most flags first, then channel name
    QList<RepeatOffender> repeatOffenders; ///< most sanctions + actioned flags first
    QList<ModeratorActivity> moderators;   ///< most actions first, then actor
    int actions = 0;                       ///< audit entries of the period
};

class ModerationStats final
{
public:
    explicit ModerationStats(Database &db);

    /// The figures above for [fromUtc, toUtc) (0 = unbounded on that side) of the workspace's
    /// default community.
    ModerationStatsResult compute(qint64 fromUtc, qint64 toUtc) const;

    /// Median of values (sorted copy): middle value, or mean of the two middle ones; NaN when
    /// empty.
    static double median(QList<qint64> values);
    /// JSON object of a result (keys as the struct fields in snake_case; median in seconds,
    /// null when NaN), indented UTF-8.
    static QByteArray toJson(const ModerationStatsResult &result);

private:
    Database &m_db;
};

} // namespace kindred
