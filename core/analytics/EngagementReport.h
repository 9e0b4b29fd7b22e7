#pragma once
// The figures of the Engagement page and of `kindred engagement` for one period (PRODUCT.md §3),
// built on Engagement (DAU/WAU/MAU series, stickiness) and AnalyticsSource (members after
// merges, activity days, community clock, channel filter — every figure honours the filter).
//
// Days are local days of the community's timezone (CommunityClock); the period covers the UTC
// seconds [startOf(from), startOf(to + 1)). "Messages" here are the non-service messages sent
// in the period whose author is a member (AnalyticsSource::resolve() != 0: bots, the exporting
// account "You" and system senders are left out; a merged identity counts for its survivor).
//
//   DAU/WAU/MAU       Engagement::series over the period (activity = posted, replied or reacted);
//   stickiness(day)   DAU(day) / MAU(day) (0 when MAU is 0);
//   stickiness        Engagement::stickiness: mean DAU over the period / MAU at its last day;
//   messages per day by channel, and the weekday x hour heatmap of those messages (local time);
//   new vs returning  per week (Monday..Sunday, the first and last clipped to the period): an
//                     active member is new when their first active day ever (channel filter
//                     applied) falls in that week, returning when they were active before it;
//   time to first reply, for questions — see isQuestion() and ReplyTimes;
//   Contributor Absence Factor (CHAOSS) — see ContributorAbsence.

#include "AnalyticsSource.h"
#include "Engagement.h"

#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <limits>

namespace kindred {

/// Messages of one channel in the period.
struct ChannelMessages
{
    qint64 channelId = 0;
    QString name; ///< the channel's name (its external id when the export gave none)
    qint64 messages = 0;
};

/// Active members of one week of the period, split into new and returning.
struct WeekActivity
{
    QDate from; ///< first day (a Monday, or the period's first day)
    QDate to;   ///< last day (a Sunday, or the period's last day)
    int newMembers = 0;
    int returningMembers = 0;

    int active() const { return newMembers + returningMembers; }
    /// True when the week was clipped by the period (fewer than 7 days).
    bool isPartial() const { return from.daysTo(to) != 6; }
};

/// Time to first reply for the questions asked in the period.
///   question      isQuestion(text), a non-service message of a member sent in the period;
///   first reply   the earliest message of the same channel whose reply_to_external_id is the
///                 question's external_id, sent by another member (not the asker after
///                 merges, not a bot); replies after the period's end count too; a reply
///                 timestamped before its question counts as 0 s;
///   median        over answered questions, in seconds (the mean of the two middle values for
///                 an even count); NaN when no question was answered.
struct ReplyTimes
{
    qint64 questions = 0;
    QList<qint64> delays; ///< seconds to the first reply of every answered question, ascending
    double medianSeconds = std::numeric_limits<double>::quiet_NaN();

    qint64 answered() const { return delays.size(); }
    qint64 unanswered() const { return questions - answered(); }
};

/// Messages of one member in the period.
struct MemberMessages
{
    qint64 memberId = 0;
    QString name;
    qint64 messages = 0;
};

/// Contributor Absence Factor (CHAOSS): the fewest members whose messages, taken largest
/// first, are strictly more than half of all messages of the period (exactly 50% is not
/// enough). Ties in message count are ordered by member id (the factor does not depend on it).
struct ContributorAbsence
{
    qint64 totalMessages = 0;
    QList<MemberMessages> members; ///< the factor's members, largest first

    int factor() const { return int(members.size()); }
    qint64 coveredMessages() const;
    /// coveredMessages / totalMessages (0 when there are no messages).
    double share() const;
};

/// Messages per local weekday (row 0 = Monday .. 6 = Sunday) and hour (0..23).
using WeekdayHourGrid = std::array<std::array<qint64, 24>, 7>;

struct EngagementReportData
{
    Period period;
    QList<DailyEngagement> series; ///< one row per day of the period
    double dauMean = 0;
    int mau = 0; ///< MAU at the period's last day
    double stickiness = 0;
    qint64 messages = 0;
    QList<ChannelMessages> channels;     ///< channels with messages, most messages first
    QList<QList<qint64>> messagesPerDay; ///< [day - period.from][index in channels]
    QList<WeekActivity> weeks;
    WeekdayHourGrid heatmap{};
    ReplyTimes replies;
    ContributorAbsence caf;
};

class EngagementReport final
{
public:
    explicit EngagementReport(const AnalyticsSource &source);

    /// All figures of `period`. False with a translated error naming the workspace when the
    /// period is invalid or a query fails.
    bool compute(const Period &period, EngagementReportData *out, QString *error) const;

    /// DAU / MAU of one day (0 when MAU is 0).
    static double dayStickiness(const DailyEngagement &row);
    /// A question: the text, with its URLs (http:// or https:// up to the next whitespace)
    /// removed, contains '?' or the full-width '？' (U+FF1F) anywhere.
    static bool isQuestion(const QString &text);
    /// Median of `values` (mean of the two middle ones for an even count); NaN when empty.
    static double median(QList<qint64> values);
    /// The CAF of per-member message counts (members with 0 messages are ignored).
    static ContributorAbsence contributorAbsence(QList<MemberMessages> counts);
    /// New and returning members per week of local days [fromDay, toDay] (Julian days) from
    /// activity pairs (pairs outside the range are ignored); `activeBefore` holds the members
    /// active before fromDay.
    static QList<WeekActivity> weeklyNewReturning(const ActivityDays &activity,
                                                  const QSet<qint64> &activeBefore, qint64 fromDay,
                                                  qint64 toDay);

private:
    bool readMessages(const Period &period, EngagementReportData *out, QString *error) const;
    bool readReplies(const Period &period, ReplyTimes *out, QString *error) const;
    bool readActiveBefore(qint64 start, QSet<qint64> *out, QString *error) const;

    const AnalyticsSource &m_source;
};

} // namespace kindred
