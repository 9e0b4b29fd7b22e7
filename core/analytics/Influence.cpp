#include "Influence.h"

#include "AnalyticsSource.h"
#include "Personas.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace kindred {

int InfluenceResult::rowOf(qint64 memberId) const
{
    for (size_t i = 0; i < members.size(); ++i)
        if (members[i].memberId == memberId)
            return int(i);
    return -1;
}

bool Influence::compute(const AnalyticsSource &source, const Period &period,
                        const InfluenceOptions &options, InfluenceResult *out, QString *error,
                        const CentralityProgress &progress)
{
    *out = InfluenceResult();
    out->period = period;
    QElapsedTimer timer;
    timer.start();
    InteractionGraph interactions;
    if (!InteractionGraph::build(source, period, options.graph, &interactions, error))
        return false;
    const DirectedGraph graph = interactions.graph();
    out->graphMs = timer.restart();
    const int n = graph.nodeCount();
    out->nodes = n;
    out->edges = graph.arcCount();
    out->density = Centrality::density(graph);
    out->addressingMessages = interactions.addressingMessages();
    out->replyLinks = interactions.replyLinks();
    out->mentionLinks = interactions.mentionLinks();
    out->pivots = options.betweenness.pivots > 0 && options.betweenness.pivots < n
                      ? options.betweenness.pivots
                      : 0;

    std::vector<double> betweenness;
    if (!Centrality::betweenness(graph, options.betweenness, &betweenness, progress)) {
        error->clear();
        return false;
    }
    out->betweennessMs = timer.restart();
    out->pageRankInfo = Centrality::pageRank(graph, options.pageRank);
    out->pageRankMs = timer.restart();
    const std::vector<Degree> degrees = Centrality::degrees(graph);

    // Persona clusters of the graph's members.
    QHash<qint64, int> clusterOf;
    if (options.personas && n > 0) {
        PersonasResult personas;
        QString why;
        if (Personas::compute(source, period, PersonasOptions{}, &personas, &why)) {
            for (size_t c = 0; c < personas.personas.size(); ++c) {
                out->clusterNames.append(personas.personas[c].name);
                for (const qint64 m : personas.personas[c].members)
                    clusterOf.insert(m, int(c));
            }
        } else {
            out->personasNote = why;
        }
    }
    out->personasMs = timer.restart();

    QHash<qint64, QString> names;
    for (const MemberFacts &m : source.members())
        names.insert(m.id, m.name);
    const std::vector<qint64> &ids = interactions.members();
    auto neighbourClusters = std::vector<QSet<int>>(size_t(n));
    for (const InteractionEdge &e : interactions.edges()) {
        const int a = interactions.indexOf(e.from), b = interactions.indexOf(e.to);
        if (const int c = clusterOf.value(e.to, -1); c >= 0)
            neighbourClusters[size_t(a)].insert(c);
        if (const int c = clusterOf.value(e.from, -1); c >= 0)
            neighbourClusters[size_t(b)].insert(c);
    }
    out->members.resize(size_t(n));
    for (int v = 0; v < n; ++v) {
        InfluenceMember &m = out->members[size_t(v)];
        m.memberId = ids[size_t(v)];
        m.name = names.value(m.memberId);
        m.degree = degrees[size_t(v)];
        m.betweenness = betweenness[size_t(v)];
        m.betweennessNormalised = Centrality::normalisedBetweenness(m.betweenness, n);
        m.pageRank = out->pageRankInfo.scores[size_t(v)];
        m.cluster = clusterOf.value(m.memberId, -1);
        m.neighbourClusters = int(neighbourClusters[size_t(v)].size());
    }
    out->pageRankInfo.scores.clear();

    std::sort(out->members.begin(), out->members.end(),
              [](const InfluenceMember &a, const InfluenceMember &b) {
                  return a.pageRank != b.pageRank ? a.pageRank > b.pageRank
                                                  : a.memberId < b.memberId;
              });
    for (int i = 0; i < std::min(options.kolCount, n); ++i)
        out->members[size_t(i)].kolRank = i + 1;
    std::vector<size_t> byBetweenness;
    for (size_t i = 0; i < out->members.size(); ++i)
        if (out->members[i].betweenness > 0.0 && out->members[i].neighbourClusters >= 2)
            byBetweenness.push_back(i);
    std::sort(byBetweenness.begin(), byBetweenness.end(), [out](size_t a, size_t b) {
        const InfluenceMember &x = out->members[a], &y = out->members[b];
        return x.betweenness != y.betweenness ? x.betweenness > y.betweenness
                                              : x.memberId < y.memberId;
    });
    for (size_t i = 0; i < byBetweenness.size() && int(i) < options.bridgeCount; ++i)
        out->members[byBetweenness[i]].bridgeRank = int(i) + 1;
    out->edgeList = interactions.edges();
    return true;
}

} // namespace kindred
