#pragma once
// The message rules of FlagEngine (flood, link spam from newcomers, blocked words, repeated
// text across channels, mass mentions) applied to the chat messages of one member, sorted by
// time. Internal to core/moderation: FlagEngine loads the messages and stores the hits.
// Definitions and thresholds: FlagRules.h.

#include "FlagRules.h"

#include <QList>
#include <QString>

#include <vector>

namespace kindred {

/// One chat message of the member being evaluated.
struct FlagMessage
{
    qint64 id;
    qint64 channelId;
    qint64 communityId;
    qint64 sentAt;
    QString key; ///< dedup key
    QString text;
    bool target;
    /// Flags stored before this run on the message: kEarlierFlood, kEarlierRepeat.
    quint8 earlier = 0;
};
constexpr quint8 kEarlierFlood = 1;
constexpr quint8 kEarlierRepeat = 2;

struct FlagHit
{
    FlagRule rule;
    const FlagMessage *msg;
    double score;
    QString why;
    int severityBump = 0; ///< added to the rule's severity (capped at 3): invite links
};

/// Evaluates the message rules on one member's messages (sorted by sent_at, then id). Hits
/// name only messages with `target` set (a flood burst or repeated-text cluster: one that
/// holds a target and no message flagged before for that rule, see FlagMessage::earlier).
class FlagMessageRules final
{
public:
    FlagMessageRules(const FlagRules &rules, const FlagMatcher &matcher)
        : m_rules(rules), m_matcher(matcher)
    {
    }

    /// Appends the hits of every enabled message rule. joinedAt: the member's joined_at (UTC
    /// seconds, 0 when unknown); the newcomer period starts at min(joinedAt, first message).
    void evaluate(const std::vector<FlagMessage> &msgs, qint64 joinedAt,
                  QList<FlagHit> *hits) const;

private:
    void flood(const std::vector<FlagMessage> &msgs, QList<FlagHit> *hits) const;
    void repeated(const std::vector<FlagMessage> &msgs, QList<FlagHit> *hits) const;
    void linkSpam(const FlagMessage &m, int rank, qint64 anchor, QList<FlagHit> *hits) const;

    const FlagRules &m_rules;
    const FlagMatcher &m_matcher;
};

} // namespace kindred
