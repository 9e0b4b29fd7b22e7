#pragma once
// Recommendations (PRODUCT.md §3 "Recommendations", issue 6 item 5): item-based collaborative
// filtering over the member × thread engagement matrix.
//
// Thread     a root message and its replies in the same channel: a message's thread key is its
//            thread_external_id when the export gives one, else the key of the message it
//            replies to (reply_to_external_id, same channel only, followed to the root), else
//            its own external id. A reply whose parent is not in the workspace belongs to the
//            thread keyed by the missing parent's id.
// Engagement e(member, thread) = 3·[started it: authored the root message]
//                              + 2·[posted a reply in it at least once]
//                              + 1·[reacted to one of its messages at least once, with a time]
//            so 1..6; 0 = not engaged. Non-service messages only; authors and reactors are
//            resolved through merges (AnalyticsSource::resolve); bots and "You" are dropped.
// Similarity sim(i, j) = cosine of the two threads' member columns
//            = Σ_m e(m,i)·e(m,j) / (‖i‖·‖j‖), computed only between threads with >= minMembers
//            (2) engaged members; each thread keeps its topK (50) most similar threads
//            (ties: lower thread index) as neighbours N(i).
// Score      score(m, t) = Σ_{j engaged by m, t ∈ N(j)} sim(j, t)·e(m, j), for threads t that
//            m has not engaged with (never recommended again); ranked by score desc, then
//            more engaged members, then the newer thread (higher index; threads are numbered
//            in the order of their first message). The "because" list: the j with the largest
//            contribution.
// Partners   for a member m: the members n ≠ m who are active now (>= 1 active day in the
//            segment window of the period's end, not left) and between whom there is no
//            reply either way (ever, up to the period's end), ranked by the cosine of the two
//            members' engagement rows Σ_t e(m,t)·e(n,t) / (‖m‖·‖n‖) > 0 (ties: lower id).
// Evaluation leave-last-one-out by time: for each member with >= 3 engaged threads, the
//            thread t* whose first engagement is the latest (ties: higher index) is held out,
//            and so is every interaction of that member at or after that time, so the
//            held-out thread comes after all of the member's training interactions; the
//            member is evaluated when >= 2 training threads remain. Everyone else's
//            interactions stay in the training matrix. HR@k = share of the
//            evaluated members whose held-out thread is in their top k: CF (the score above,
//            trained on the training matrix) vs popularity (threads with the most engaged
//            members in training, ties: lower index), both excluding training threads.

#include "Period.h"

#include <QHash>
#include <QString>

#include <unordered_map>
#include <utility>
#include <vector>

namespace kindred {

class AnalyticsSource;

enum class EngagementKind
{
    Started = 0, ///< authored the root message (weight 3)
    Replied,     ///< posted a reply in the thread (weight 2)
    Reacted      ///< reacted to a message of the thread (weight 1)
};

/// One interaction of a member with a thread at `at` (UTC seconds).
struct ThreadInteraction
{
    qint64 memberId = 0;
    int thread = 0;
    EngagementKind kind = EngagementKind::Replied;
    qint64 at = 0;
};

struct ThreadInfo
{
    qint64 channelId = 0;
    QString channelName;
    QString key;              ///< the root's external id
    qint64 rootMessageId = 0; ///< 0 when the root is not in the workspace
    qint64 rootAuthorId = 0;  ///< resolved member, 0 when unknown
    qint64 startedAt = 0;     ///< UTC seconds of the root (else the earliest message)
    QString excerpt;          ///< first 120 characters of the root's text (one line)
    int messages = 0;         ///< non-service messages of the thread
};

/// Threads, interactions and reply pairs read from a workspace.
struct EngagementData
{
    std::vector<ThreadInfo> threads;
    std::vector<ThreadInteraction> interactions;       ///< sorted by time, member, thread
    std::vector<std::pair<qint64, qint64>> replyPairs; ///< (lower id, higher id), sorted, unique

    /// Reads the messages and timed reactions sent before `until` (UTC seconds), honouring the
    /// source's channel filter. False with a translated error when the workspace cannot be read.
    static bool load(const AnalyticsSource &source, qint64 until, EngagementData *out,
                     QString *error);
    bool replied(qint64 a, qint64 b) const;
};

/// The sparse member × thread matrix of engagement values e(m, t) (weights above).
class EngagementMatrix final
{
public:
    struct Cell
    {
        int thread = 0;
        double value = 0.0;
    };
    struct MemberCell
    {
        qint64 memberId = 0;
        double value = 0.0;
    };

    static double weight(EngagementKind kind);
    /// Aggregates `interactions` (e = Σ weight of the distinct kinds per member and thread).
    static EngagementMatrix build(const std::vector<ThreadInteraction> &interactions,
                                  int threadCount);

    int threadCount() const { return int(m_byThread.size()); }
    double value(qint64 memberId, int thread) const;
    /// The member's engaged threads, ascending thread index (empty when none).
    const std::vector<Cell> &threadsOf(qint64 memberId) const;
    /// The thread's engaged members, ascending member id.
    const std::vector<MemberCell> &membersOf(int thread) const
    {
        return m_byThread[size_t(thread)];
    }
    /// Members with >= 1 engaged thread, ascending id.
    std::vector<qint64> members() const;
    int cells() const { return m_cells; }

private:
    std::unordered_map<qint64, std::vector<Cell>> m_byMember;
    std::vector<std::vector<MemberCell>> m_byThread;
    int m_cells = 0;
};

struct ThreadNeighbour
{
    int thread = 0;
    double similarity = 0.0;
};

/// Cosine similarity between threads, capped to each thread's topK neighbours.
class ThreadSimilarity final
{
public:
    static ThreadSimilarity compute(const EngagementMatrix &matrix, int topK, int minMembers = 2);
    /// Neighbours of `thread`, highest similarity first (ties: lower index).
    const std::vector<ThreadNeighbour> &neighbours(int thread) const
    {
        return m_neighbours[size_t(thread)];
    }
    /// sim(i, j) when j is among i's neighbours, else 0.
    double similarity(int i, int j) const;

private:
    std::vector<std::vector<ThreadNeighbour>> m_neighbours;
};

struct RecommendationReason
{
    int thread = 0; ///< the engaged thread j
    double similarity = 0.0;
    double engagement = 0.0;
    double contribution() const { return similarity * engagement; }
};

struct ThreadRecommendation
{
    int thread = 0;
    double score = 0.0;
    std::vector<RecommendationReason> because; ///< largest contribution first (at most 3)
};

struct PartnerSuggestion
{
    qint64 memberId = 0;
    QString name;
    double similarity = 0.0;
    std::vector<int> sharedThreads; ///< largest e(m,t)·e(n,t) first (ties: lower index)
};

struct RecommendationOptions
{
    int topK = 50;      ///< neighbours kept per thread
    int minMembers = 2; ///< threads with fewer engaged members have no similarities
    int threadsPerMember = 10;
    int partnersPerMember = 5;
    int hitK = 10; ///< HR@hitK
};

struct RecommendationEvaluation
{
    int evaluatedMembers = 0;
    int cfHits = 0;
    int popularityHits = 0;
    double cfHitRate = 0.0;                      ///< cfHits / evaluatedMembers (0 when none)
    double popularityHitRate = 0.0;              ///< popularityHits / evaluatedMembers
    std::vector<std::pair<qint64, int>> heldOut; ///< (member, thread) pairs held out
    qint64 ms = 0;
};

struct SilentRecommendations
{
    qint64 memberId = 0;
    QString name;
    qint64 lastSeen = 0; ///< UTC seconds of the last interaction with a thread (0: none)
    std::vector<ThreadRecommendation> threads;
};

struct RecommendationResult
{
    Period period;
    RecommendationOptions options;
    EngagementData data;
    EngagementMatrix matrix;
    ThreadSimilarity similarity;
    QHash<qint64, QString> names;
    QHash<qint64, bool> activeNow; ///< members with >= 1 active day in the window, not left
    std::vector<SilentRecommendations> silent; ///< silent members, most recently seen first
    RecommendationEvaluation evaluation;
    qint64 loadMs = 0, similarityMs = 0, recommendMs = 0;

    /// The learning partners of `memberId` (see the file comment).
    std::vector<PartnerSuggestion> partners(qint64 memberId) const;
};

class Recommendations final
{
public:
    /// CF recommendations of `thread`s for `memberId`, at most `count`.
    static std::vector<ThreadRecommendation> recommend(const EngagementMatrix &matrix,
                                                       const ThreadSimilarity &similarity,
                                                       qint64 memberId, int count);
    /// Partners of `memberId` among `candidates` (see the file comment).
    static std::vector<PartnerSuggestion> partners(const EngagementMatrix &matrix,
                                                   const EngagementData &data, qint64 memberId,
                                                   const QHash<qint64, bool> &candidates,
                                                   int count);
    /// Leave-last-one-out HR@k of CF vs popularity. `training` receives the training matrix.
    static RecommendationEvaluation evaluate(const std::vector<ThreadInteraction> &interactions,
                                             int threadCount, const RecommendationOptions &options,
                                             EngagementMatrix *training = nullptr);
    /// Everything for the period ending `period.to` (interactions before its end; segments
    /// with the workspace's SegmentRules). False with a translated error.
    static bool compute(const AnalyticsSource &source, const Period &period,
                        const RecommendationOptions &options, RecommendationResult *out,
                        QString *error);
};

} // namespace kindred
