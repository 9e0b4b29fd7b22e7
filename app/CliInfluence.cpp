#include "CliInfluence.h"
#include "CliSupport.h"

#include "analytics/AnalyticsSource.h"
#include "analytics/Influence.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <random>

namespace kindred::cli {
namespace {

QJsonObject influenceJson(const AnalyticsSource &source, const InfluenceResult &r,
                          const InfluenceOptions &options, bool withEdges)
{
    QJsonArray members;
    for (const InfluenceMember &m : r.members)
        members.append(
            QJsonObject{{QStringLiteral("id"), m.memberId},
                        {QStringLiteral("name"), m.name},
                        {QStringLiteral("in_degree"), m.degree.in},
                        {QStringLiteral("out_degree"), m.degree.out},
                        {QStringLiteral("in_weight"), m.degree.inWeight},
                        {QStringLiteral("out_weight"), m.degree.outWeight},
                        {QStringLiteral("betweenness"), m.betweenness},
                        {QStringLiteral("betweenness_normalised"), m.betweennessNormalised},
                        {QStringLiteral("pagerank"), m.pageRank},
                        {QStringLiteral("cluster"), m.cluster},
                        {QStringLiteral("neighbour_clusters"), m.neighbourClusters},
                        {QStringLiteral("kol_rank"), m.kolRank},
                        {QStringLiteral("bridge_rank"), m.bridgeRank}});
    QJsonObject o{{QStringLiteral("community"), source.communityName()},
                  {QStringLiteral("from"), r.period.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), r.period.to.toString(Qt::ISODate)},
                  {QStringLiteral("mentions"), options.graph.mentions},
                  {QStringLiteral("nodes"), r.nodes},
                  {QStringLiteral("edges"), r.edges},
                  {QStringLiteral("density"), r.density},
                  {QStringLiteral("addressing_messages"), r.addressingMessages},
                  {QStringLiteral("reply_links"), r.replyLinks},
                  {QStringLiteral("mention_links"), r.mentionLinks},
                  {QStringLiteral("pivots"), r.pivots},
                  {QStringLiteral("damping"), options.pageRank.damping},
                  {QStringLiteral("tolerance"), options.pageRank.tolerance},
                  {QStringLiteral("pagerank_iterations"), r.pageRankInfo.iterations},
                  {QStringLiteral("pagerank_converged"), r.pageRankInfo.converged},
                  {QStringLiteral("clusters"), QJsonArray::fromStringList(r.clusterNames)},
                  {QStringLiteral("personas_note"), r.personasNote},
                  {QStringLiteral("members"), members}};
    if (withEdges) {
        QJsonArray edges;
        for (const InteractionEdge &e : r.edgeList)
            edges.append(QJsonArray{e.from, e.to, e.weight, e.replies, e.mentions});
        o.insert(QStringLiteral("edge_columns"),
                 QJsonArray{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("weight"),
                            QStringLiteral("replies"), QStringLiteral("mentions")});
        o.insert(QStringLiteral("edge_list"), edges);
    }
    return o;
}

void printInfluence(const AnalyticsSource &source, const InfluenceResult &r, int top)
{
    printLine(QStringLiteral("%1  (%2)").arg(source.communityName(), r.period.toString()).toUtf8());
    printLine(QStringLiteral("graph: %1 members, %2 edges, density %3; %4 messages address "
                             "someone (%5 reply links, %6 mention links)")
                  .arg(r.nodes)
                  .arg(r.edges)
                  .arg(r.density, 0, 'g', 4)
                  .arg(r.addressingMessages)
                  .arg(r.replyLinks)
                  .arg(r.mentionLinks)
                  .toUtf8());
    printLine(QStringLiteral("PageRank: %1 iterations (%2); betweenness: %3")
                  .arg(r.pageRankInfo.iterations)
                  .arg(r.pageRankInfo.converged ? QStringLiteral("converged")
                                                : QStringLiteral("NOT converged"))
                  .arg(r.pivots > 0 ? QStringLiteral("estimated from %1 pivots").arg(r.pivots)
                                    : QStringLiteral("exact"))
                  .toUtf8());
    printLine(QByteArrayLiteral(
        "      id  in out   in_w  out_w   pagerank  betweenness  norm_btw  KOL bridge  name"));
    for (int i = 0; i < int(r.members.size()) && i < top; ++i) {
        const InfluenceMember &m = r.members[size_t(i)];
        printLine(
            QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10  %11")
                .arg(m.memberId, 8)
                .arg(m.degree.in, 3)
                .arg(m.degree.out, 3)
                .arg(m.degree.inWeight, 6, 'f', 0)
                .arg(m.degree.outWeight, 6, 'f', 0)
                .arg(m.pageRank, 10, 'f', 6)
                .arg(m.betweenness, 12, 'f', 1)
                .arg(m.betweennessNormalised, 9, 'f', 5)
                .arg(m.kolRank > 0 ? QString::number(m.kolRank) : QStringLiteral("-"), 4)
                .arg(m.bridgeRank > 0 ? QString::number(m.bridgeRank) : QStringLiteral("-"), 6)
                .arg(m.name)
                .toUtf8());
    }
    if (!r.personasNote.isEmpty())
        printLine(QStringLiteral("no persona clusters: %1").arg(r.personasNote).toUtf8());
}

/// A seeded directed graph of `n` members with heavy-tailed degrees: member u addresses
/// 1 + ⌊Pareto(α = 1.5) − 1⌋ (at most 500) others; each target is, with probability 0.8, the
/// target of a uniformly drawn earlier arc (preferential attachment: proportional to in-degree)
/// and otherwise a uniformly drawn member; with probability 0.4 the target answers back (arc
/// v → u); weights 1..3.
DirectedGraph syntheticGraph(int n, unsigned int seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> anyone(0, std::max(0, n - 1));
    std::vector<DirectedGraph::Arc> arcs;
    for (int u = 0; u < n; ++u) {
        const int out = std::min(500, int(std::pow(1.0 - unit(rng), -1.0 / 1.5)));
        for (int i = 0; i < out; ++i) {
            int v = anyone(rng);
            if (!arcs.empty() && unit(rng) < 0.8)
                v = arcs[size_t(std::uniform_int_distribution<size_t>(0, arcs.size() - 1)(rng))].to;
            arcs.push_back({u, v, double(1 + int(rng() % 3))});
            if (unit(rng) < 0.4) // reciprocity: the addressed member answers back
                arcs.push_back({v, u, double(1 + int(rng() % 3))});
        }
    }
    return DirectedGraph(n, std::move(arcs));
}

int runSynthetic(int n, const InfluenceOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const DirectedGraph graph = syntheticGraph(n, options.betweenness.seed);
    const qint64 buildMs = timer.restart();
    int maxIn = 0;
    for (const Degree &d : Centrality::degrees(graph))
        maxIn = std::max(maxIn, d.in);
    std::vector<double> betweenness;
    Centrality::betweenness(graph, options.betweenness, &betweenness);
    const qint64 betweennessMs = timer.restart();
    const PageRankResult pr = Centrality::pageRank(graph, options.pageRank);
    const qint64 pageRankMs = timer.restart();
    QJsonArray values;
    for (const double b : betweenness)
        values.append(b);
    printLine(QJsonDocument(QJsonObject{{QStringLiteral("nodes"), graph.nodeCount()},
                                        {QStringLiteral("edges"), graph.arcCount()},
                                        {QStringLiteral("max_in_degree"), maxIn},
                                        {QStringLiteral("pivots"), options.betweenness.pivots},
                                        {QStringLiteral("threads"), options.betweenness.threads},
                                        {QStringLiteral("build_ms"), buildMs},
                                        {QStringLiteral("betweenness_ms"), betweennessMs},
                                        {QStringLiteral("pagerank_ms"), pageRankMs},
                                        {QStringLiteral("pagerank_iterations"), pr.iterations},
                                        {QStringLiteral("betweenness"), values}})
                  .toJson(QJsonDocument::Compact));
    return 0;
}

bool parseDate(const QCommandLineParser &p, const QString &name, QDate *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    *out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out->isValid())
        *error =
            QStringLiteral("invalid --%1 date '%2' (expected YYYY-MM-DD)").arg(name, p.value(name));
    return out->isValid();
}

bool parseCount(const QCommandLineParser &p, const QString &name, int min, int *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    *out = p.value(name).toInt(&ok);
    if (!ok || *out < min)
        *error = QStringLiteral("--%1 must be an integer >= %2, not '%3'")
                     .arg(name)
                     .arg(min)
                     .arg(p.value(name));
    return ok && *out >= min;
}

} // namespace

int runInfluence(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (YYYY-MM-DD); default: 89 days before --to."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Last day (YYYY-MM-DD); default: the last message day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object.")});
    p.addOption({QStringLiteral("edges"), QStringLiteral("With --json: the edge list.")});
    p.addOption({QStringLiteral("top"), QStringLiteral("Text output: members listed (default 20)."),
                 QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("pivots"),
                 QStringLiteral("Estimate betweenness from K sampled sources (0 = exact)."),
                 QStringLiteral("K"), QStringLiteral("0")});
    p.addOption({QStringLiteral("threads"),
                 QStringLiteral("Betweenness worker threads (default: the ideal count)."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("no-mentions"), QStringLiteral("Link replies only.")});
    p.addOption(
        {QStringLiteral("no-personas"), QStringLiteral("Skip the persona clusters (no bridges).")});
    p.addOption({QStringLiteral("timing"), QStringLiteral("Print each step's time on stderr.")});
    p.addOption({QStringLiteral("synthetic"),
                 QStringLiteral("Benchmark: time betweenness and PageRank on a seeded synthetic "
                                "graph of N members (no workspace; one JSON line)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of --synthetic and of --pivots."),
                 QStringLiteral("S"), QStringLiteral("2007")});
    int code = 0;
    const bool synthetic = args.contains(QStringLiteral("--synthetic"));
    if (!parse(p, args, !synthetic, &code))
        return code;
    InfluenceOptions options;
    options.graph.mentions = !p.isSet(QStringLiteral("no-mentions"));
    options.personas = !p.isSet(QStringLiteral("no-personas"));
    options.betweenness.threads = QThread::idealThreadCount();
    int top = 20;
    QString error;
    if (!parseCount(p, QStringLiteral("top"), 0, &top, &error) ||
        !parseCount(p, QStringLiteral("pivots"), 0, &options.betweenness.pivots, &error) ||
        !parseCount(p, QStringLiteral("threads"), 1, &options.betweenness.threads, &error))
        return fail(QStringLiteral("influence: ") + error);
    int seed = 2007;
    if (!parseCount(p, QStringLiteral("seed"), 0, &seed, &error))
        return fail(QStringLiteral("influence: ") + error);
    options.betweenness.seed = unsigned(seed);
    if (synthetic) {
        int n = 0;
        if (!parseCount(p, QStringLiteral("synthetic"), 1, &n, &error))
            return fail(QStringLiteral("influence: ") + error);
        return runSynthetic(n, options);
    }
    Database db;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    QDate from, to = source.lastMessageDate();
    if (!parseDate(p, QStringLiteral("from"), &from, &error) ||
        !parseDate(p, QStringLiteral("to"), &to, &error))
        return fail(QStringLiteral("influence: ") + error);
    if (!to.isValid())
        return fail(QStringLiteral("influence: the workspace has no messages"));
    const Period period{from.isValid() ? from : to.addDays(-89), to};
    if (!period.isValid())
        return fail(QStringLiteral("influence: the period %1 is empty").arg(period.toString()));
    InfluenceResult result;
    if (!Influence::compute(source, period, options, &result, &error))
        return fail(QStringLiteral("influence: ") + error);
    if (p.isSet(QStringLiteral("timing")))
        std::fprintf(stderr,
                     "timing: graph %lld ms, betweenness %lld ms (%d nodes, %d edges, %s, %d "
                     "threads), pagerank %lld ms, personas %lld ms\n",
                     static_cast<long long>(result.graphMs),
                     static_cast<long long>(result.betweennessMs), result.nodes, result.edges,
                     result.pivots > 0 ? "sampled" : "exact", options.betweenness.threads,
                     static_cast<long long>(result.pageRankMs),
                     static_cast<long long>(result.personasMs));
    if (p.isSet(QStringLiteral("json")))
        printLine(
            QJsonDocument(influenceJson(source, result, options, p.isSet(QStringLiteral("edges"))))
                .toJson(QJsonDocument::Compact));
    else
        printInfluence(source, result, top);
    return 0;
}

} // namespace kindred::cli
