#pragma once
// Top members and top content of a period (PRODUCT.md §3).
//   Top members: by messages sent, replies received and reactions received in the period.
//   Content score = wReactions·reactions + wReplies·replies + wForwards·forwards, optionally
//   decayed by age: score · 0.5^(age_days / halfLifeDays) at the period's end.
//   Replies are the messages of the same channel that reply to the post. Forwards of a post
//   are not recorded by the Telegram and WhatsApp exports, so they count 0 until an importer
//   provides them; the weight is kept so that the formula stays the spec's.

#include "AnalyticsSource.h"

#include <QList>

namespace kindred {

struct MemberRanking
{
    qint64 memberId = 0;
    QString name;
    qint64 messages = 0;
    qint64 repliesReceived = 0;
    qint64 reactionsReceived = 0;
};

struct ContentWeights
{
    double reactions = 1.0;
    double replies = 2.0;
    double forwards = 3.0;
    double halfLifeDays = 0.0; ///< 0 = no age decay
};

struct ContentRanking
{
    qint64 messageId = 0;
    QString channel;
    QString author;
    qint64 authorId = 0; ///< message.member_id (before merges), 0 = unknown
    qint64 sentAt = 0;   ///< UTC seconds
    QString text;
    qint64 reactions = 0;
    qint64 replies = 0;
    qint64 forwards = 0;
    double score = 0;
};

class Rankings final
{
public:
    enum class MemberOrder
    {
        Messages,
        RepliesReceived,
        ReactionsReceived
    };

    explicit Rankings(const AnalyticsSource &source);

    /// Members active in the period with their three counts, best first by `order`.
    QList<MemberRanking> topMembers(const Period &period, MemberOrder order, int limit) const;
    /// Messages of the period by score, best first (ties: newer first).
    QList<ContentRanking> topContent(const Period &period, const ContentWeights &w,
                                     int limit) const;
    /// The score of one post, as documented above (ageDays >= 0).
    static double score(const ContentRanking &c, const ContentWeights &w, double ageDays);

private:
    const AnalyticsSource &m_source;
};

} // namespace kindred
