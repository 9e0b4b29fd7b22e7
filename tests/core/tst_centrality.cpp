// Centrality (core/analytics/Centrality.h) on small graphs computed by hand: betweenness
// (Brandes, directed, unweighted; raw and normalised), weighted PageRank with dangling nodes
// (the fixed point solved by hand from its linear equations), density and degrees; the graph
// builder's clean-up; the threaded and the sampled (Brandes–Pich) betweenness.
#include "analytics/Centrality.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace kindred;

namespace {

/// "0>1,1>2:3" -> arcs (weight after ':', default 1).
std::vector<DirectedGraph::Arc> arcs(const QString &text)
{
    std::vector<DirectedGraph::Arc> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList weighted = part.split(QLatin1Char(':'));
        const QStringList ends = weighted.first().split(QLatin1Char('>'));
        out.push_back({ends.at(0).toInt(), ends.at(1).toInt(),
                       weighted.size() > 1 ? weighted.at(1).toDouble() : 1.0});
    }
    return out;
}

/// Both directions of every "a-b" pair.
QString mutual(const QString &pairs)
{
    QStringList out;
    const QStringList list = pairs.split(QLatin1Char(','));
    for (const QString &pair : list) {
        const QStringList ends = pair.split(QLatin1Char('-'));
        out << ends.at(0) + QLatin1Char('>') + ends.at(1)
            << ends.at(1) + QLatin1Char('>') + ends.at(0);
    }
    return out.join(QLatin1Char(','));
}

QList<double> scaled(QList<double> values, double divisor)
{
    for (double &v : values)
        v /= divisor;
    return values;
}

} // namespace

class TestCentrality : public QObject
{
    Q_OBJECT

private slots:
    void measures_data();
    void measures();
    void degrees();
    void graphCleanUp();
    void threadsAgree();
    void pivots();
    void cancel();
};

void TestCentrality::measures_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("arcs");
    QTest::addColumn<QList<double>>("betweenness"); // raw
    QTest::addColumn<QList<double>>("pageRank");
    QTest::addColumn<double>("density");

    // 0→1→2: only the pair (0, 2) passes through 1. PageRank with dangling 2 and
    // b = (1−d)/3 + d·x2/3: x0 = b, x1 = b + d·x0 = 1.85b, x2 = b + d·x1 = 2.5725b, Σ = 1.
    QTest::newRow("path") << 3 << QStringLiteral("0>1,1>2") << QList<double>{0, 1, 0}
                          << scaled({1.0, 1.85, 2.5725}, 5.4225) << 2.0 / 6.0;
    // Hub 0 linked both ways with 4 leaves: the 4·3 ordered leaf pairs all pass through it.
    // x_c = 0.03 + 0.85·4·x_l, x_l = 0.03 + 0.85·x_c/4 -> x_c = 0.132 / 0.2775.
    const double hub = 0.132 / 0.2775, leaf = (1.0 - hub) / 4.0;
    QTest::newRow("star") << 5 << mutual(QStringLiteral("0-1,0-2,0-3,0-4"))
                          << QList<double>{12, 0, 0, 0, 0}
                          << QList<double>{hub, leaf, leaf, leaf, leaf} << 8.0 / 20.0;
    // Leaves → hub only: hub dangling; x_l = 0.03 + 0.17·x_c, 4·x_l + x_c = 1 -> x_c = 11/21.
    QTest::newRow("in-star") << 5 << QStringLiteral("1>0,2>0,3>0,4>0")
                             << QList<double>{0, 0, 0, 0, 0}
                             << QList<double>{11.0 / 21, 5.0 / 42, 5.0 / 42, 5.0 / 42, 5.0 / 42}
                             << 4.0 / 20.0;
    // 0→1→2→3→0: from every source the 2nd and 3rd nodes are inner nodes of 1 and 2 paths;
    // per node (n−1)(n−2)/2 = 3.
    QTest::newRow("directed cycle")
        << 4 << QStringLiteral("0>1,1>2,2>3,3>0") << QList<double>{3, 3, 3, 3}
        << QList<double>{0.25, 0.25, 0.25, 0.25} << 4.0 / 12.0;
    // 0→1, 1→2, 1→3 (2 and 3 dangling): 1 is on (0,2) and (0,3). b = 0.0375 + 0.2125·(x2+x3),
    // x0 = b, x1 = 1.85b, x2 = x3 = b + 0.425·x1 = 1.78625b.
    QTest::newRow("dangling") << 4 << QStringLiteral("0>1,1>2,1>3") << QList<double>{0, 2, 0, 0}
                              << scaled({1.0, 1.85, 1.78625, 1.78625}, 6.4225) << 3.0 / 12.0;
    // Weights split the walk: 0→1 (3), 0→2 (1): x1 = b + 0.85·0.75·b, x2 = b + 0.85·0.25·b.
    QTest::newRow("weighted dangling")
        << 3 << QStringLiteral("0>1:3,0>2:1") << QList<double>{0, 0, 0}
        << scaled({1.0, 1.6375, 1.2125}, 3.85) << 2.0 / 6.0;
    // Triangles {0,1,2} and {4,5,6} joined through 3 (2–3–4), all links both ways. 3 lies on
    // the 3·3·2 = 18 cross pairs; 2 on the pairs between {0,1} and {3,4,5,6}: 2·4·2 = 16.
    // PageRank by symmetry (a = 0,1,5,6; b = 2,4; c = 3), base = 0.15/7:
    // a = base + d(a/2 + b/3), b = base + d(a + c/2), c = base + d·2b/3.
    const double a = 2791.0 / 21917, b = 8013.0 / 43834, c = 2740.0 / 21917;
    QTest::newRow("two triangles and a bridge")
        << 7 << mutual(QStringLiteral("0-1,1-2,0-2,4-5,5-6,4-6,2-3,3-4"))
        << QList<double>{0, 0, 16, 18, 16, 0, 0} << QList<double>{a, a, b, c, b, a, a}
        << 16.0 / 42.0;
    QTest::newRow("pair") << 2 << QStringLiteral("0>1,1>0") << QList<double>{0, 0}
                          << QList<double>{0.5, 0.5} << 1.0;
    QTest::newRow("no arcs: every node dangling")
        << 3 << QString() << QList<double>{0, 0, 0} << QList<double>{1.0 / 3, 1.0 / 3, 1.0 / 3}
        << 0.0;
}

void TestCentrality::measures()
{
    QFETCH(int, n);
    QFETCH(QString, arcs);
    QFETCH(QList<double>, betweenness);
    QFETCH(QList<double>, pageRank);
    QFETCH(double, density);

    const DirectedGraph graph(n, ::arcs(arcs));
    QCOMPARE(graph.nodeCount(), n);
    std::vector<double> raw;
    QVERIFY(Centrality::betweenness(graph, {}, &raw));
    QCOMPARE(int(raw.size()), n);
    for (int v = 0; v < n; ++v) {
        QVERIFY2(std::abs(raw[size_t(v)] - betweenness[v]) < 1e-12,
                 qPrintable(QStringLiteral("node %1: %2 != %3")
                                .arg(v)
                                .arg(raw[size_t(v)])
                                .arg(betweenness[v])));
        const double expectedNorm = n < 3 ? 0.0 : betweenness[v] / ((n - 1.0) * (n - 2.0));
        QVERIFY(std::abs(Centrality::normalisedBetweenness(raw[size_t(v)], n) - expectedNorm) <
                1e-12);
    }

    const PageRankResult pr = Centrality::pageRank(graph);
    QVERIFY(pr.converged);
    QVERIFY(pr.iterations > 0 && pr.iterations < 1000);
    QVERIFY(pr.change < 1e-10);
    QCOMPARE(int(pr.scores.size()), n);
    for (int v = 0; v < n; ++v)
        QVERIFY2(std::abs(pr.scores[size_t(v)] - pageRank[v]) < 1e-9,
                 qPrintable(QStringLiteral("node %1: %2 != %3")
                                .arg(v)
                                .arg(pr.scores[size_t(v)], 0, 'g', 12)
                                .arg(pageRank[v], 0, 'g', 12)));
    QVERIFY(std::abs(std::accumulate(pr.scores.begin(), pr.scores.end(), 0.0) - 1.0) < 1e-12);
    QVERIFY(std::abs(Centrality::density(graph) - density) < 1e-15);
}

void TestCentrality::degrees()
{
    const DirectedGraph graph(4, arcs(QStringLiteral("0>1:3,0>2,1>2:2,3>2")));
    const std::vector<Degree> d = Centrality::degrees(graph);
    QCOMPARE(int(d.size()), 4);
    QCOMPARE(d[0].out, 2);
    QCOMPARE(d[0].in, 0);
    QCOMPARE(d[0].outWeight, 4.0);
    QCOMPARE(d[1].in, 1);
    QCOMPARE(d[1].inWeight, 3.0);
    QCOMPARE(d[1].out, 1);
    QCOMPARE(d[1].outWeight, 2.0);
    QCOMPARE(d[2].in, 3);
    QCOMPARE(d[2].inWeight, 4.0);
    QCOMPARE(d[2].out, 0);
    QCOMPARE(d[3].out, 1);
    QCOMPARE(d[3].in, 0);
}

void TestCentrality::graphCleanUp()
{
    // Self-loop, out-of-range node, zero weight dropped; the two 0→1 arcs merged.
    const DirectedGraph graph(3, arcs(QStringLiteral("0>1:2,1>1,0>5,2>0:0,0>1:3,2>1")));
    QCOMPARE(graph.arcCount(), 2);
    QCOMPARE(int(graph.targets(0).size()), 1);
    QCOMPARE(graph.targets(0)[0], 1);
    QCOMPARE(graph.weights(0)[0], 5.0);
    QCOMPARE(int(graph.targets(1).size()), 0);
    QCOMPARE(graph.targets(2)[0], 1);
    QCOMPARE(Centrality::density(graph), 2.0 / 6.0);
}

namespace {

/// A seeded random digraph: each node links to 1..4 others, preferring low ids.
DirectedGraph randomGraph(int n, unsigned int seed)
{
    std::mt19937 rng(seed);
    std::vector<DirectedGraph::Arc> out;
    for (int u = 0; u < n; ++u) {
        const int k = 1 + int(rng() % 4);
        for (int i = 0; i < k; ++i) {
            const int v = int(std::sqrt(double(rng() % (unsigned(n) * unsigned(n)))));
            out.push_back({u, v, 1.0 + double(rng() % 3)});
        }
    }
    return DirectedGraph(n, std::move(out));
}

} // namespace

void TestCentrality::threadsAgree()
{
    const DirectedGraph graph = randomGraph(300, 7);
    std::vector<double> one, three;
    QVERIFY(Centrality::betweenness(graph, {0, 1, 1}, &one));
    QVERIFY(Centrality::betweenness(graph, {0, 1, 3}, &three));
    double total = 0.0;
    for (size_t v = 0; v < one.size(); ++v) {
        QVERIFY(std::abs(one[v] - three[v]) <= 1e-9 * std::max(1.0, one[v]));
        total += one[v];
    }
    QVERIFY(total > 0.0);
}

void TestCentrality::pivots()
{
    const DirectedGraph graph = randomGraph(400, 11);
    std::vector<double> exact, all, sampled, again, otherSeed;
    QVERIFY(Centrality::betweenness(graph, {}, &exact));
    // k >= n is the exact computation.
    QVERIFY(Centrality::betweenness(graph, {400, 1, 1}, &all));
    QCOMPARE(all, exact);
    QVERIFY(Centrality::betweenness(graph, {100, 5, 1}, &sampled));
    QVERIFY(Centrality::betweenness(graph, {100, 5, 2}, &again));
    QVERIFY(Centrality::betweenness(graph, {100, 6, 1}, &otherSeed));
    for (size_t v = 0; v < sampled.size(); ++v)
        QVERIFY(std::abs(sampled[v] - again[v]) <= 1e-9 * std::max(1.0, sampled[v]));
    QVERIFY(sampled != otherSeed);
    // Unbiased and scaled by n / k: the totals agree within a few per cent.
    const double sumExact = std::accumulate(exact.begin(), exact.end(), 0.0);
    const double sumSampled = std::accumulate(sampled.begin(), sampled.end(), 0.0);
    QVERIFY2(std::abs(sumSampled - sumExact) < 0.1 * sumExact,
             qPrintable(QStringLiteral("%1 vs %2").arg(sumSampled).arg(sumExact)));
    // The estimate follows the exact values: Pearson correlation above 0.9.
    const double n = double(exact.size());
    const double meanE = sumExact / n, meanS = sumSampled / n;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (size_t v = 0; v < exact.size(); ++v) {
        sxy += (exact[v] - meanE) * (sampled[v] - meanS);
        sxx += (exact[v] - meanE) * (exact[v] - meanE);
        syy += (sampled[v] - meanS) * (sampled[v] - meanS);
    }
    const double r = sxy / std::sqrt(sxx * syy);
    QVERIFY2(r > 0.9, qPrintable(QStringLiteral("correlation %1").arg(r)));
}

void TestCentrality::cancel()
{
    const DirectedGraph graph = randomGraph(500, 3);
    std::vector<double> raw;
    qint64 calls = 0;
    QVERIFY(!Centrality::betweenness(graph, {0, 1, 2}, &raw, [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 4;
    }));
    QVERIFY(calls > 0);
}

QTEST_GUILESS_MAIN(TestCentrality)
#include "tst_centrality.moc"
