#pragma once
// The directed interaction graph of a period (社交网络分析, PRODUCT.md §3 "Influence").
//
// Messages: the non-service messages sent in [start, end) of the period (UTC seconds of the
// community's local days), honouring the source's channel filter. A message by A "addresses"
// member B when
//   * reply    its reply_to_external_id names a message of the SAME channel whose author is B
//              (the replied-to message may be older than the period and may be a service
//              row, e.g. a join line); replies across channels never link (external ids are
//              only unique per channel);
//   * mention  its text holds "@token" where '@' is not preceded by a word character and
//              token is the longest run of word characters (Unicode letters, digits, '_') after
//              it, and token equals, ignoring case, an identity's username, an identity's
//              display name or a member's display name that names exactly one member (names
//              shared by two members are ambiguous and ignored; names with spaces cannot be
//              mentioned this way).
// Authors and targets are resolved through merges to the surviving member
// (AnalyticsSource::resolve); bots, the exporting account "You" and unknown members are
// dropped, and so is a message addressing its own author (self-replies, self-mentions).
//
// Edge A→B: weight = number of A's messages that address B (a message that both replies to
// and mentions B counts once); `replies` and `mentions` count the messages with either link.
// Nodes: the members with at least one edge (sent or received), ascending member id.

#include "Centrality.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace kindred {

class AnalyticsSource;
struct Period;

struct InteractionEdge
{
    qint64 from = 0; ///< member id of the author
    qint64 to = 0;   ///< member id addressed
    int weight = 0;  ///< messages by `from` addressing `to`
    int replies = 0;
    int mentions = 0;
};

struct InteractionGraphOptions
{
    bool mentions = true; ///< also link @mentions (replies are always linked)
};

class InteractionGraph final
{
public:
    /// Reads the graph of `period`. False with a translated `error` when the messages cannot
    /// be read.
    static bool build(const AnalyticsSource &source, const Period &period,
                      const InteractionGraphOptions &options, InteractionGraph *out,
                      QString *error);

    /// The "@token" names of `text`, as the file comment defines them (not case-folded).
    static QStringList mentionTokens(const QString &text);

    const std::vector<qint64> &members() const { return m_members; }
    /// Node index of `memberId`, or -1.
    int indexOf(qint64 memberId) const { return m_index.value(memberId, -1); }
    /// Sorted by (from, to).
    const std::vector<InteractionEdge> &edges() const { return m_edges; }
    /// The graph over node indexes, arc weight = edge weight.
    DirectedGraph graph() const;

    int addressingMessages() const { return m_addressing; } ///< messages with >= 1 edge
    int replyLinks() const { return m_replyLinks; }         ///< Σ edge.replies
    int mentionLinks() const { return m_mentionLinks; }     ///< Σ edge.mentions

private:
    std::vector<qint64> m_members;
    QHash<qint64, int> m_index;
    std::vector<InteractionEdge> m_edges;
    int m_addressing = 0;
    int m_replyLinks = 0;
    int m_mentionLinks = 0;
};

} // namespace kindred
