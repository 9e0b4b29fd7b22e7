#include "Recommendations.h"

#include "AnalyticsSource.h"
#include "KpiCalculator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace kindred {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
    }
    *error = QCoreApplication::translate("Recommendations", "Cannot read the engagement data: %1")
                 .arg(q.lastError().text());
    return false;
}

struct RawMessage
{
    qint64 id = 0;
    qint64 channel = 0;
    QString externalId;
    qint64 member = 0; ///< resolved, 0 = none/bot
    qint64 sentAt = 0;
    QString replyTo;
    QString threadId;
    QString text;
    bool service = false;
};

QString excerptOf(const QString &text)
{
    QString s = text.simplified();
    if (s.size() > 120)
        s = s.left(119) + QChar(0x2026);
    return s;
}

const std::vector<EngagementMatrix::Cell> &emptyCells()
{
    static const std::vector<EngagementMatrix::Cell> none;
    return none;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// EngagementData

bool EngagementData::replied(qint64 a, qint64 b) const
{
    const std::pair<qint64, qint64> key{std::min(a, b), std::max(a, b)};
    return std::binary_search(replyPairs.begin(), replyPairs.end(), key);
}

bool EngagementData::load(const AnalyticsSource &source, qint64 until, EngagementData *out,
                          QString *error)
{
    *out = EngagementData();
    QSqlQuery q(source.database().sql());
    const QVariantList args{source.communityId(), until};
    QHash<qint64, QString> channelNames;
    if (!run(q, QStringLiteral("SELECT id, name FROM channel WHERE community_id = ?"),
             {source.communityId()}, error))
        return false;
    while (q.next())
        channelNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();

    std::vector<RawMessage> msgs;
    if (!run(q,
             QStringLiteral("SELECT m.id, m.channel_id, m.external_id, m.member_id, m.sent_at, "
                            "m.reply_to_external_id, m.thread_external_id, m.text, m.is_service "
                            "FROM message m JOIN channel c ON c.id = m.channel_id WHERE "
                            "c.community_id = ? AND m.sent_at < ?") +
                 source.channelClause(QStringLiteral("m.channel_id")) +
                 QStringLiteral(" ORDER BY m.sent_at, m.id"),
             args, error))
        return false;
    while (q.next()) {
        RawMessage m;
        m.id = q.value(0).toLongLong();
        m.channel = q.value(1).toLongLong();
        m.externalId = q.value(2).toString();
        m.member = q.value(3).isNull() ? 0 : source.resolve(q.value(3).toLongLong());
        m.sentAt = q.value(4).toLongLong();
        m.replyTo = q.value(5).toString();
        m.threadId = q.value(6).toString();
        m.text = q.value(7).toString();
        m.service = q.value(8).toInt() != 0;
        msgs.push_back(std::move(m));
    }
    q.finish();

    // (channel, external id) -> message index.
    QHash<QPair<qint64, QString>, int> byExternal;
    byExternal.reserve(int(msgs.size()));
    for (int i = 0; i < int(msgs.size()); ++i)
        byExternal.insert({msgs[size_t(i)].channel, msgs[size_t(i)].externalId}, i);

    // Thread key of every message (memoised; reply chains are followed iteratively).
    std::vector<QString> keyOf(msgs.size());
    std::vector<char> done(msgs.size(), 0);
    for (int i = 0; i < int(msgs.size()); ++i) {
        std::vector<int> chain;
        int cur = i;
        QString key;
        for (int depth = 0; depth < 10000; ++depth) {
            if (done[size_t(cur)]) {
                key = keyOf[size_t(cur)];
                break;
            }
            const RawMessage &m = msgs[size_t(cur)];
            chain.push_back(cur);
            if (!m.threadId.isEmpty()) {
                key = m.threadId;
                break;
            }
            if (m.replyTo.isEmpty() || m.replyTo == m.externalId) {
                key = m.externalId;
                break;
            }
            const int parent = byExternal.value({m.channel, m.replyTo}, -1);
            if (parent < 0) {
                key = m.replyTo;
                break;
            }
            if (std::find(chain.begin(), chain.end(), parent) != chain.end()) { // cycle
                key = m.externalId;
                break;
            }
            cur = parent;
        }
        for (const int c : chain) {
            keyOf[size_t(c)] = key;
            done[size_t(c)] = 1;
        }
    }

    QHash<QPair<qint64, QString>, int> threadOf;
    std::vector<int> messageThread(msgs.size(), -1);
    QHash<qint64, int> threadOfMessageId;
    threadOfMessageId.reserve(int(msgs.size()));
    for (int i = 0; i < int(msgs.size()); ++i) {
        const RawMessage &m = msgs[size_t(i)];
        const QPair<qint64, QString> key{m.channel, keyOf[size_t(i)]};
        auto it = threadOf.find(key);
        if (it == threadOf.end()) {
            ThreadInfo t;
            t.channelId = m.channel;
            t.channelName = channelNames.value(m.channel);
            t.key = key.second;
            t.startedAt = m.sentAt;
            const int root = byExternal.value(key, -1);
            if (root >= 0) {
                const RawMessage &r = msgs[size_t(root)];
                t.rootMessageId = r.id;
                t.rootAuthorId = r.member;
                t.startedAt = r.sentAt;
                t.excerpt = excerptOf(r.text);
            } else {
                t.excerpt = excerptOf(m.text);
            }
            out->threads.push_back(t);
            it = threadOf.insert(key, int(out->threads.size()) - 1);
        }
        messageThread[size_t(i)] = it.value();
        threadOfMessageId.insert(m.id, it.value());
        if (m.service || m.member == 0)
            continue;
        ThreadInfo &t = out->threads[size_t(it.value())];
        ++t.messages;
        const bool isRoot = m.id == t.rootMessageId;
        out->interactions.push_back({m.member, it.value(),
                                     isRoot ? EngagementKind::Started : EngagementKind::Replied,
                                     m.sentAt});
        // Reply pair with the author of the replied-to message.
        if (!m.replyTo.isEmpty()) {
            const int parent = byExternal.value({m.channel, m.replyTo}, -1);
            if (parent >= 0) {
                const qint64 other = msgs[size_t(parent)].member;
                if (other != 0 && other != m.member)
                    out->replyPairs.push_back(
                        {std::min(other, m.member), std::max(other, m.member)});
            }
        }
    }

    // Reactions with a time.
    if (!run(q,
             QStringLiteral(
                 "SELECT rm.member_id, rm.reacted_at, r.message_id FROM reaction_member "
                 "rm JOIN reaction r ON r.id = rm.reaction_id JOIN message m ON m.id = "
                 "r.message_id JOIN channel c ON c.id = m.channel_id WHERE "
                 "c.community_id = ? AND rm.reacted_at IS NOT NULL AND rm.reacted_at < ?") +
                 source.channelClause(QStringLiteral("m.channel_id")),
             args, error))
        return false;
    while (q.next()) {
        const qint64 member = source.resolve(q.value(0).toLongLong());
        const int thread = threadOfMessageId.value(q.value(2).toLongLong(), -1);
        if (member == 0 || thread < 0)
            continue;
        out->interactions.push_back(
            {member, thread, EngagementKind::Reacted, q.value(1).toLongLong()});
    }
    q.finish();

    std::sort(out->interactions.begin(), out->interactions.end(),
              [](const ThreadInteraction &a, const ThreadInteraction &b) {
                  if (a.at != b.at)
                      return a.at < b.at;
                  if (a.memberId != b.memberId)
                      return a.memberId < b.memberId;
                  if (a.thread != b.thread)
                      return a.thread < b.thread;
                  return int(a.kind) < int(b.kind);
              });
    std::sort(out->replyPairs.begin(), out->replyPairs.end());
    out->replyPairs.erase(std::unique(out->replyPairs.begin(), out->replyPairs.end()),
                          out->replyPairs.end());
    return true;
}

// ---------------------------------------------------------------------------------------------
// EngagementMatrix

double EngagementMatrix::weight(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Started:
        return 3.0;
    case EngagementKind::Replied:
        return 2.0;
    case EngagementKind::Reacted:
        return 1.0;
    }
    return 0.0;
}

EngagementMatrix EngagementMatrix::build(const std::vector<ThreadInteraction> &interactions,
                                         int threadCount)
{
    // (member, thread) -> bit mask of the kinds seen.
    std::map<std::pair<qint64, int>, int> kinds;
    for (const ThreadInteraction &i : interactions)
        if (i.thread >= 0 && i.thread < threadCount)
            kinds[{i.memberId, i.thread}] |= 1 << int(i.kind);
    EngagementMatrix m;
    m.m_byThread.resize(size_t(std::max(0, threadCount)));
    for (const auto &[key, mask] : kinds) {
        double e = 0.0;
        for (const EngagementKind k :
             {EngagementKind::Started, EngagementKind::Replied, EngagementKind::Reacted})
            if (mask & (1 << int(k)))
                e += weight(k);
        m.m_byMember[key.first].push_back({key.second, e});         // map order: ascending thread
        m.m_byThread[size_t(key.second)].push_back({key.first, e}); // ascending member
        ++m.m_cells;
    }
    return m;
}

double EngagementMatrix::value(qint64 memberId, int thread) const
{
    const std::vector<Cell> &cells = threadsOf(memberId);
    const auto it = std::lower_bound(cells.begin(), cells.end(), thread,
                                     [](const Cell &c, int t) { return c.thread < t; });
    return it != cells.end() && it->thread == thread ? it->value : 0.0;
}

const std::vector<EngagementMatrix::Cell> &EngagementMatrix::threadsOf(qint64 memberId) const
{
    const auto it = m_byMember.find(memberId);
    return it == m_byMember.end() ? emptyCells() : it->second;
}

std::vector<qint64> EngagementMatrix::members() const
{
    std::vector<qint64> ids;
    ids.reserve(m_byMember.size());
    for (const auto &[id, cells] : m_byMember)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// ---------------------------------------------------------------------------------------------
// ThreadSimilarity

ThreadSimilarity ThreadSimilarity::compute(const EngagementMatrix &matrix, int topK, int minMembers)
{
    const int n = matrix.threadCount();
    ThreadSimilarity s;
    s.m_neighbours.resize(size_t(n));
    std::vector<char> eligible(size_t(n), 0);
    std::vector<double> norm(size_t(n), 0.0);
    for (int t = 0; t < n; ++t) {
        const auto &members = matrix.membersOf(t);
        eligible[size_t(t)] = int(members.size()) >= minMembers ? 1 : 0;
        double sq = 0.0;
        for (const auto &c : members)
            sq += c.value * c.value;
        norm[size_t(t)] = std::sqrt(sq);
    }
    std::vector<double> dot(size_t(n), 0.0);
    std::vector<int> touched;
    for (int i = 0; i < n; ++i) {
        if (!eligible[size_t(i)] || topK <= 0)
            continue;
        touched.clear();
        for (const auto &mc : matrix.membersOf(i))
            for (const auto &c : matrix.threadsOf(mc.memberId)) {
                if (c.thread == i || !eligible[size_t(c.thread)])
                    continue;
                if (dot[size_t(c.thread)] == 0.0)
                    touched.push_back(c.thread);
                dot[size_t(c.thread)] += mc.value * c.value;
            }
        std::vector<ThreadNeighbour> &list = s.m_neighbours[size_t(i)];
        list.reserve(touched.size());
        for (const int j : touched) {
            list.push_back({j, dot[size_t(j)] / (norm[size_t(i)] * norm[size_t(j)])});
            dot[size_t(j)] = 0.0;
        }
        const auto better = [](const ThreadNeighbour &a, const ThreadNeighbour &b) {
            return a.similarity != b.similarity ? a.similarity > b.similarity : a.thread < b.thread;
        };
        if (int(list.size()) > topK) {
            std::partial_sort(list.begin(), list.begin() + topK, list.end(), better);
            list.resize(size_t(topK));
        } else {
            std::sort(list.begin(), list.end(), better);
        }
    }
    return s;
}

double ThreadSimilarity::similarity(int i, int j) const
{
    if (i < 0 || i >= int(m_neighbours.size()))
        return 0.0;
    for (const ThreadNeighbour &n : m_neighbours[size_t(i)])
        if (n.thread == j)
            return n.similarity;
    return 0.0;
}

// ---------------------------------------------------------------------------------------------
// Recommendations

std::vector<ThreadRecommendation> Recommendations::recommend(const EngagementMatrix &matrix,
                                                             const ThreadSimilarity &similarity,
                                                             qint64 memberId, int count)
{
    const std::vector<EngagementMatrix::Cell> &own = matrix.threadsOf(memberId);
    std::unordered_map<int, ThreadRecommendation> scores;
    for (const auto &c : own)
        for (const ThreadNeighbour &nb : similarity.neighbours(c.thread)) {
            if (matrix.value(memberId, nb.thread) > 0.0)
                continue; // already engaged: never recommended
            ThreadRecommendation &r = scores[nb.thread];
            r.thread = nb.thread;
            r.score += nb.similarity * c.value;
            r.because.push_back({c.thread, nb.similarity, c.value});
        }
    std::vector<ThreadRecommendation> list;
    list.reserve(scores.size());
    for (auto &[t, r] : scores)
        if (r.score > 0.0)
            list.push_back(std::move(r));
    // Ties: the thread with more engaged members, then the newer one (higher index).
    const auto better = [&matrix](const ThreadRecommendation &a, const ThreadRecommendation &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const size_t ma = matrix.membersOf(a.thread).size(), mb = matrix.membersOf(b.thread).size();
        return ma != mb ? ma > mb : a.thread > b.thread;
    };
    if (int(list.size()) > count) {
        std::partial_sort(list.begin(), list.begin() + std::max(0, count), list.end(), better);
        list.resize(size_t(std::max(0, count)));
    } else {
        std::sort(list.begin(), list.end(), better);
    }
    for (ThreadRecommendation &r : list) {
        std::sort(r.because.begin(), r.because.end(),
                  [](const RecommendationReason &a, const RecommendationReason &b) {
                      return a.contribution() != b.contribution()
                                 ? a.contribution() > b.contribution()
                                 : a.thread < b.thread;
                  });
        if (r.because.size() > 3)
            r.because.resize(3);
    }
    return list;
}

std::vector<PartnerSuggestion>
Recommendations::partners(const EngagementMatrix &matrix, const EngagementData &data,
                          qint64 memberId, const QHash<qint64, bool> &candidates, int count)
{
    const auto &own = matrix.threadsOf(memberId);
    auto normOf = [&matrix](qint64 id) {
        double sq = 0.0;
        for (const auto &c : matrix.threadsOf(id))
            sq += c.value * c.value;
        return std::sqrt(sq);
    };
    std::unordered_map<qint64, double> dot;
    for (const auto &c : own)
        for (const auto &mc : matrix.membersOf(c.thread))
            if (mc.memberId != memberId && candidates.value(mc.memberId, false))
                dot[mc.memberId] += c.value * mc.value;
    const double own_norm = normOf(memberId);
    std::vector<PartnerSuggestion> list;
    for (const auto &[id, d] : dot) {
        if (d <= 0.0 || data.replied(memberId, id))
            continue;
        PartnerSuggestion p;
        p.memberId = id;
        p.similarity = d / (own_norm * normOf(id));
        list.push_back(p);
    }
    std::sort(list.begin(), list.end(), [](const PartnerSuggestion &a, const PartnerSuggestion &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.memberId < b.memberId;
    });
    if (int(list.size()) > count)
        list.resize(size_t(std::max(0, count)));
    for (PartnerSuggestion &p : list) {
        std::vector<std::pair<double, int>> shared;
        for (const auto &c : own) {
            const double other = matrix.value(p.memberId, c.thread);
            if (other > 0.0)
                shared.push_back({-c.value * other, c.thread});
        }
        std::sort(shared.begin(), shared.end());
        for (const auto &s : shared)
            p.sharedThreads.push_back(s.second);
    }
    return list;
}

RecommendationEvaluation
Recommendations::evaluate(const std::vector<ThreadInteraction> &interactions, int threadCount,
                          const RecommendationOptions &options, EngagementMatrix *training)
{
    QElapsedTimer timer;
    timer.start();
    RecommendationEvaluation ev;
    // First engagement time of every (member, thread).
    std::unordered_map<qint64, std::map<int, qint64>> first;
    for (const ThreadInteraction &i : interactions) {
        auto &threads = first[i.memberId];
        const auto it = threads.find(i.thread);
        if (it == threads.end() || i.at < it->second)
            threads[i.thread] = i.at;
    }
    struct Held
    {
        int thread = -1;
        qint64 at = 0;
    };
    std::unordered_map<qint64, Held> held;
    for (const auto &[member, threads] : first) {
        if (threads.size() < 3)
            continue;
        Held h;
        for (const auto &[t, at] : threads)
            if (h.thread < 0 || at >= h.at)
                h = {t, at};
        int before = 0;
        for (const auto &[t, at] : threads)
            if (t != h.thread && at < h.at)
                ++before;
        if (before >= 2)
            held[member] = h;
    }
    std::vector<ThreadInteraction> train;
    train.reserve(interactions.size());
    for (const ThreadInteraction &i : interactions) {
        const auto it = held.find(i.memberId);
        if (it != held.end() && (i.thread == it->second.thread || i.at >= it->second.at))
            continue;
        train.push_back(i);
    }
    const EngagementMatrix matrix = EngagementMatrix::build(train, threadCount);
    const ThreadSimilarity sim =
        ThreadSimilarity::compute(matrix, options.topK, options.minMembers);

    std::vector<int> popular(size_t(std::max(0, threadCount)));
    for (int t = 0; t < threadCount; ++t)
        popular[size_t(t)] = t;
    std::stable_sort(popular.begin(), popular.end(), [&matrix](int a, int b) {
        return matrix.membersOf(a).size() > matrix.membersOf(b).size();
    });

    std::vector<qint64> members;
    for (const auto &[m, h] : held)
        members.push_back(m);
    std::sort(members.begin(), members.end());
    for (const qint64 m : members) {
        const Held &h = held[m];
        ev.heldOut.push_back({m, h.thread});
        ++ev.evaluatedMembers;
        for (const ThreadRecommendation &r : recommend(matrix, sim, m, options.hitK))
            if (r.thread == h.thread) {
                ++ev.cfHits;
                break;
            }
        int shown = 0;
        for (const int t : popular) {
            if (shown >= options.hitK || matrix.membersOf(t).empty())
                break;
            if (matrix.value(m, t) > 0.0)
                continue;
            ++shown;
            if (t == h.thread) {
                ++ev.popularityHits;
                break;
            }
        }
    }
    if (ev.evaluatedMembers > 0) {
        ev.cfHitRate = double(ev.cfHits) / ev.evaluatedMembers;
        ev.popularityHitRate = double(ev.popularityHits) / ev.evaluatedMembers;
    }
    if (training)
        *training = matrix;
    ev.ms = timer.elapsed();
    return ev;
}

std::vector<PartnerSuggestion> RecommendationResult::partners(qint64 memberId) const
{
    std::vector<PartnerSuggestion> list =
        Recommendations::partners(matrix, data, memberId, activeNow, options.partnersPerMember);
    for (PartnerSuggestion &p : list)
        p.name = names.value(p.memberId);
    return list;
}

bool Recommendations::compute(const AnalyticsSource &source, const Period &period,
                              const RecommendationOptions &options, RecommendationResult *out,
                              QString *error)
{
    *out = RecommendationResult();
    out->period = period;
    out->options = options;
    QElapsedTimer timer;
    timer.start();
    if (!EngagementData::load(source, source.endOf(period), &out->data, error))
        return false;
    const int threads = int(out->data.threads.size());
    out->matrix = EngagementMatrix::build(out->data.interactions, threads);
    out->loadMs = timer.restart();
    out->similarity = ThreadSimilarity::compute(out->matrix, options.topK, options.minMembers);
    out->similarityMs = timer.restart();

    for (const MemberFacts &m : source.members())
        out->names.insert(m.id, m.name);
    QHash<qint64, qint64> lastSeen; // last interaction with a thread
    for (const ThreadInteraction &i : out->data.interactions)
        lastSeen[i.memberId] = std::max(lastSeen.value(i.memberId), i.at);
    const KpiCalculator calc(source, SegmentRules::load(source.database()));
    const QHash<qint64, SegmentInput> inputs = calc.segmentInputs(period);
    const qint64 endDay = period.to.toJulianDay();
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        const SegmentInput &in = it.value();
        if (in.activeDaysInWindow > 0 && in.leftDay == 0)
            out->activeNow.insert(it.key(), true);
        if (Segmentation::classify(in, endDay, calc.rules()) != Segment::Silent)
            continue;
        SilentRecommendations s;
        s.memberId = it.key();
        s.name = out->names.value(s.memberId);
        s.lastSeen = lastSeen.value(s.memberId);
        s.threads = recommend(out->matrix, out->similarity, s.memberId, options.threadsPerMember);
        out->silent.push_back(std::move(s));
    }
    std::sort(out->silent.begin(), out->silent.end(),
              [](const SilentRecommendations &a, const SilentRecommendations &b) {
                  return a.lastSeen != b.lastSeen ? a.lastSeen > b.lastSeen
                                                  : a.memberId < b.memberId;
              });
    out->recommendMs = timer.restart();
    out->evaluation = evaluate(out->data.interactions, threads, options);
    return true;
}

} // namespace kindred
