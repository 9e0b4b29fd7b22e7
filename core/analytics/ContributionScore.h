#pragma once
// Contribution score, points and badges of each member (PRODUCT.md §3; the seeds' content
// quality Q(x) = k1·P(y|x) + k2·P(z|x) + k3·P(w|x), 积分/勋章).
//
// For a period (local days of the community timezone, UTC seconds [start, end)), in the
// source's channel filter, with messages = non-service messages of members (bots, "You" and
// merged identities resolved as in AnalyticsSource):
//   interactions y   replies given (messages with a reply-to) + reactions given
//                    (reaction_member rows whose time, reacted_at, lies in the period);
//   content z        messages posted;
//   knowledge w      knowledge posts (knowledgeFlags() != 0): long posts, links, code, files;
//   P(y|x) = y(x) / sum of y over all members (0 when the sum is 0), the same for z and w;
//   Q(x) = k1·P(y|x) + k2·P(z|x) + k3·P(w|x)   (defaults 0.3 / 0.3 / 0.4).
// Over all members each share sums to 1 (or 0), so Q sums to k1 + k2 + k3.
//
// Points (积分), replayed from the first message, dated, and counted in the period:
//   +pointsPerMessage (1) for a message of >= minMessageChars (5) characters (Unicode code
//      points of the raw text), at most one award per member every cooldownSecs (60 s): a
//      message earns it when it comes >= cooldownSecs after the member's last awarded one;
//   +pointsPerReplier (2) for each distinct other member who replied to one of the member's
//      messages (same channel), dated at that member's first reply to it;
//   +pointsPerReactor (1) for each distinct other member who reacted to one of the member's
//      messages (any emoji, reactions with a time), dated at the first such reaction.
// Badges, each with the local date earned, from all history up to the period's end:
//   first_reply      the first reply given;
//   replies_100      the 100th reply given;
//   first_link       the first message with a link;
//   first_code       the first message with code;
//   streak_30        30 consecutive active days (first time completed);
//   helper_of_month  the most replies to questions (messages holding '?' or '？', by another
//                    member) in a calendar month that ended by the period's end; ties all win;
//                    dated on the month's last day; one badge per month won.
//
// Weights and point rules are stored per workspace in the `setting` table under
// "contribution/<field>" (ContributionRules load/save). Runs on the thread that owns the
// Database connection of the source.

#include "AnalyticsSource.h"
#include "Period.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace kindred {

class Database;

/// Weights of Q(x), the knowledge threshold and the point rules (see the file comment). Keys:
/// "contribution/k1", "contribution/k2", "contribution/k3", "contribution/long_post_chars",
/// "contribution/points_per_message", "contribution/cooldown_secs",
/// "contribution/min_message_chars", "contribution/points_per_replier",
/// "contribution/points_per_reactor".
struct ContributionRules
{
    double k1 = 0.3;          ///< interactions, 0..10
    double k2 = 0.3;          ///< content, 0..10
    double k3 = 0.4;          ///< knowledge, 0..10
    int longPostChars = 280;  ///< a long post has at least this many characters, 1..100000
    int pointsPerMessage = 1; ///< 0..1000
    int cooldownSecs = 60;    ///< 0..86400
    int minMessageChars = 5;  ///< 0..10000
    int pointsPerReplier = 2; ///< 0..1000
    int pointsPerReactor = 1; ///< 0..1000

    bool operator==(const ContributionRules &) const = default;

    /// The workspace's rules: the default of each unset or unreadable key, and all defaults
    /// when the stored set breaks the rules of validate().
    static ContributionRules load(const Database &db);
    /// Validates and stores the rules in one transaction; false with a translated error
    /// (context "ContributionRules").
    bool save(Database &db, QString *error) const;
    /// Every field in its range, and k1 + k2 + k3 > 0; false with a translated error.
    bool validate(QString *error) const;
};

/// What makes a message a knowledge post (bit flags of knowledgeFlags()).
enum KnowledgeFlag
{
    LongPost = 1, ///< >= longPostChars characters (Unicode code points)
    LinkPost = 2, ///< "http://" or "https://" (ASCII case-insensitive)
    CodePost = 4, ///< a ``` fence; inline code: `x` (a backtick, one or more characters other
                  ///< than a backtick or a line break, a backtick); or a line starting with
                  ///< four spaces or a tab followed by a non-blank character
    FilePost = 8  ///< an attachment (file, photo, video, ... : attachment_kind not empty)
};

enum class BadgeKind
{
    FirstReply = 0,
    Replies100,
    FirstLink,
    FirstCode,
    Streak30,
    HelperOfMonth
};

struct Badge
{
    BadgeKind kind = BadgeKind::FirstReply;
    QDate earned;  ///< local date
    QDate month;   ///< helper_of_month: the first day of the month won; else invalid
    int count = 0; ///< helper_of_month: replies to questions that month

    /// Stable key (first_reply, replies_100, first_link, first_code, streak_30,
    /// helper_of_month).
    static QString key(BadgeKind kind);
    /// Translated name (context "ContributionScore").
    static QString label(BadgeKind kind);
    /// "Helper of the month (2024-03)" / "First reply", with the date: for tooltips.
    QString text() const;
};

/// One member's row of the leaderboard (counts in the period unless noted).
struct ContributionRow
{
    qint64 memberId = 0;
    QString name;
    int rank = 0; ///< 1-based, by Q (ties share a rank)
    qint64 repliesGiven = 0;
    qint64 reactionsGiven = 0;
    qint64 messages = 0;                                  ///< content z
    qint64 knowledge = 0;                                 ///< knowledge posts w
    qint64 longPosts = 0, links = 0, code = 0, files = 0; ///< knowledge posts by kind
    double interactionShare = 0;
    double contentShare = 0;
    double knowledgeShare = 0;
    double q = 0;
    qint64 points = 0;           ///< earned in the period
    qint64 pointsTotal = 0;      ///< earned up to the period's end
    qint64 awardedMessages = 0;  ///< in the period (after cooldown and minimum length)
    qint64 distinctRepliers = 0; ///< new (message, replier) pairs in the period
    qint64 distinctReactors = 0; ///< new (message, reactor) pairs in the period
    QList<Badge> badges;         ///< oldest first

    qint64 interactions() const { return repliesGiven + reactionsGiven; }
};

struct ContributionBoard
{
    Period period;
    ContributionRules rules;
    qint64 totalInteractions = 0;
    qint64 totalMessages = 0;
    qint64 totalKnowledge = 0;
    QList<ContributionRow> rows; ///< every member seen by the period's end, by Q, best first

    /// The row of a member, or nullptr.
    const ContributionRow *row(qint64 memberId) const;
    /// Translated breakdown of one row, one line each: the three terms with their numbers,
    /// points, and (withBadges) the badges with their dates.
    QString why(const ContributionRow &row, bool withBadges = true) const;
};

class ContributionScore final
{
public:
    ContributionScore(const AnalyticsSource &source, const ContributionRules &rules);

    /// The leaderboard of `period`: rows ordered by Q desc, then points desc, then member id.
    /// False with a translated error (context "ContributionScore") on an invalid period or a
    /// failed query.
    bool compute(const Period &period, ContributionBoard *out, QString *error) const;

    /// KnowledgeFlag bits of one message (0 = not a knowledge post).
    static int knowledgeFlags(QStringView text, bool hasAttachment, int longPostChars);
    /// Unicode code points of a text (surrogate pairs count once).
    static qsizetype characters(QStringView text);
    /// Whether a text asks a question ('?' or the full-width '？').
    static bool isQuestion(QStringView text);
    /// Q of one row under weights k1..k3.
    static double score(double interactionShare, double contentShare, double knowledgeShare,
                        const ContributionRules &rules);

private:
    const AnalyticsSource &m_source;
    ContributionRules m_rules;
};

} // namespace kindred
