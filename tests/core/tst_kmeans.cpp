// KMeans: standardisation, hand-computed silhouettes, recovery of well separated blobs, the
// choice of k, determinism, restarts and failure cases.
#include "analytics/KMeans.h"

#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace kindred;

namespace {

FeatureMatrix matrix(const QList<double> &values, int cols)
{
    FeatureMatrix m(int(values.size()) / cols, cols);
    for (int i = 0; i < values.size(); ++i)
        m.values[size_t(i)] = values.at(i);
    return m;
}

/// Three 2-D Gaussian blobs (SD 0.5) around (0, 0), (10, 0) and (0, 10), of 80, 100 and 120
/// points; `truth` gets each point's blob.
FeatureMatrix blobs(std::vector<int> *truth)
{
    const double centres[3][2] = {{0.0, 0.0}, {10.0, 0.0}, {0.0, 10.0}};
    const int sizes[3] = {80, 100, 120};
    std::mt19937 gen(42);
    std::normal_distribution<double> noise(0.0, 0.5);
    FeatureMatrix m(300, 2);
    truth->clear();
    int r = 0;
    for (int b = 0; b < 3; ++b)
        for (int i = 0; i < sizes[b]; ++i, ++r) {
            m.at(r, 0) = centres[b][0] + noise(gen);
            m.at(r, 1) = centres[b][1] + noise(gen);
            truth->push_back(b);
        }
    return m;
}

/// Whether two labelings are the same partition (equal up to a permutation of the labels).
bool samePartition(const std::vector<int> &a, const std::vector<int> &b)
{
    if (a.size() != b.size())
        return false;
    std::map<int, int> ab;
    std::map<int, int> ba;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto [itA, newA] = ab.emplace(a[i], b[i]);
        const auto [itB, newB] = ba.emplace(b[i], a[i]);
        if (itA->second != b[i] || itB->second != a[i])
            return false;
    }
    return true;
}

} // namespace

class TestKMeans : public QObject
{
    Q_OBJECT
private slots:
    void standardise_data()
    {
        QTest::addColumn<QList<double>>("column");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("sd");
        QTest::addColumn<QList<double>>("z");
        // 1..4: mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
        const double s = std::sqrt(1.25);
        QTest::newRow("1..4") << QList<double>{1, 2, 3, 4} << 2.5 << s
                              << QList<double>{-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s};
        QTest::newRow("two values") << QList<double>{0, 10} << 5.0 << 5.0 << QList<double>{-1, 1};
        QTest::newRow("constant") << QList<double>{5, 5, 5} << 5.0 << 0.0 << QList<double>{0, 0, 0};
        // 0.1 is not exact in binary: the sum's rounding must not turn into a ±1 z-score.
        QTest::newRow("constant 0.1") << QList<double>{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1} << 0.1
                                      << 0.0 << QList<double>{0, 0, 0, 0, 0, 0, 0};
        QTest::newRow("one row") << QList<double>{7} << 7.0 << 0.0 << QList<double>{0};
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population SD 2 (the textbook example).
        QTest::newRow("textbook") << QList<double>{2, 4, 4, 4, 5, 5, 7, 9} << 5.0 << 2.0
                                  << QList<double>{-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2};
    }
    void standardise()
    {
        QFETCH(QList<double>, column);
        QFETCH(double, mean);
        QFETCH(double, sd);
        QFETCH(QList<double>, z);
        // Column 0 is the data, column 1 its negation (same SD, negated z).
        FeatureMatrix x(int(column.size()), 2);
        for (int r = 0; r < column.size(); ++r) {
            x.at(r, 0) = column.at(r);
            x.at(r, 1) = -column.at(r);
        }
        const Standardised st = KMeans::standardise(x);
        QVERIFY(std::abs(st.mean[0] - mean) < 1e-12);
        QVERIFY(std::abs(st.mean[1] + mean) < 1e-12);
        QVERIFY2(std::abs(st.sd[0] - sd) < 1e-12, qPrintable(QString::number(st.sd[0], 'g', 17)));
        QVERIFY(std::abs(st.sd[1] - sd) < 1e-12);
        for (int r = 0; r < column.size(); ++r) {
            QVERIFY2(std::abs(st.z.at(r, 0) - z.at(r)) < 1e-12,
                     qPrintable(QStringLiteral("row %1: %2").arg(r).arg(st.z.at(r, 0))));
            QVERIFY(std::abs(st.z.at(r, 1) + z.at(r)) < 1e-12);
        }
    }

    void silhouette_data()
    {
        QTest::addColumn<int>("dims");
        QTest::addColumn<QList<double>>("points");
        QTest::addColumn<QList<int>>("labels");
        QTest::addColumn<double>("expected");
        // s(i) = (b − a) / max(a, b); a = mean distance within the own cluster, b = the
        // smallest mean distance to another cluster.
        // 0, 1 | 4, 5: point 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 3.5 / 4.5 = 7/9; point 1:
        // a = 1, b = (3 + 4) / 2 = 3.5, s = 2.5 / 3.5 = 5/7; 4 and 5 mirror 1 and 0.
        // Mean = (7/9 + 5/7) / 2 = 94/126 = 47/63.
        QTest::newRow("two pairs")
            << 1 << QList<double>{0, 1, 4, 5} << QList<int>{0, 0, 1, 1} << 47.0 / 63.0;
        // 0, 1 | 5: point 0: a = 1, b = 5, s = 4/5; point 1: a = 1, b = 4, s = 3/4; point 5 is
        // alone: s = 0. Mean = (0.8 + 0.75 + 0) / 3 = 31/60.
        QTest::newRow("singleton")
            << 1 << QList<double>{0, 1, 5} << QList<int>{0, 0, 1} << 31.0 / 60.0;
        // Square corners (0,0), (0,1) | (3,0), (3,1): for every point a = 1 and
        // b = (3 + √10) / 2, s = 1 − 2 / (3 + √10).
        QTest::newRow("2-D") << 2 << QList<double>{0, 0, 0, 1, 3, 0, 3, 1} << QList<int>{0, 0, 1, 1}
                             << 1.0 - 2.0 / (3.0 + std::sqrt(10.0));
        // 0, 4 | 1, 5 (a bad partition): point 0: a = 4, b = (1 + 5) / 2 = 3, s = −1/4;
        // point 1: a = 4, b = (1 + 3) / 2 = 2, s = −1/2; point 4: a = 4, b = (3 + 1) / 2 = 2,
        // s = −1/2; point 5: a = 4, b = (5 + 1) / 2 = 3, s = −1/4. Mean = −3/8.
        QTest::newRow("bad partition")
            << 1 << QList<double>{0, 1, 4, 5} << QList<int>{0, 1, 0, 1} << -0.375;
        // 0, 1 | 10 | 20, 21: point 0: a = 1, b = min(10, 20.5) = 10, s = 9/10; point 1: a = 1,
        // b = min(9, 19.5) = 9, s = 8/9; 10 alone: 0; point 20: a = 1, b = min(10, 19.5) = 10,
        // s = 9/10; point 21: a = 1, b = min(11, 20.5) = 11, s = 10/11.
        // Mean = (9/10 + 8/9 + 0 + 9/10 + 10/11) / 5 = (3562/990) / 5 = 3562/4950.
        QTest::newRow("three clusters")
            << 1 << QList<double>{0, 1, 10, 20, 21} << QList<int>{0, 0, 1, 2, 2} << 3562.0 / 4950.0;
        // Labels need not be dense: 0 and 7 are the two clusters of "two pairs".
        QTest::newRow("sparse labels")
            << 1 << QList<double>{0, 1, 4, 5} << QList<int>{7, 7, 0, 0} << 47.0 / 63.0;
    }
    void silhouette()
    {
        QFETCH(int, dims);
        QFETCH(QList<double>, points);
        QFETCH(QList<int>, labels);
        QFETCH(double, expected);
        const FeatureMatrix x = matrix(points, dims);
        const std::vector<int> l(labels.begin(), labels.end());
        const double s = KMeans::silhouette(x, l);
        QVERIFY2(
            std::abs(s - expected) < 1e-12,
            qPrintable(QStringLiteral("%1 vs %2").arg(s, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }

    void silhouetteUndefined()
    {
        const FeatureMatrix x = matrix({0, 1, 4, 5}, 1);
        QVERIFY(std::isnan(KMeans::silhouette(x, {0, 0, 0, 0})));
        QVERIFY(std::isnan(KMeans::silhouette(x, {0, 0, 1})));
        QVERIFY(std::isnan(KMeans::silhouette(x, {0, 0, -1, 1})));
    }

    void silhouetteSample()
    {
        std::vector<int> truth;
        const FeatureMatrix x = blobs(&truth);
        const double exact = KMeans::silhouette(x, truth);
        SilhouetteOptions sampled;
        sampled.exactCap = 100;
        sampled.sampleSize = 120;
        const double s1 = KMeans::silhouette(x, truth, sampled);
        const double s2 = KMeans::silhouette(x, truth, sampled);
        QCOMPARE(s1, s2);
        QVERIFY2(std::abs(s1 - exact) < 0.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s1).arg(exact)));
        // Sampling every point is the exact mean (in another order).
        sampled.sampleSize = 300;
        QVERIFY(std::abs(KMeans::silhouette(x, truth, sampled) - exact) < 1e-12);
    }

    void recoversBlobs()
    {
        std::vector<int> truth;
        const FeatureMatrix x = blobs(&truth);
        KMeansResult r;
        QString error;
        QVERIFY2(KMeans::fit(x, 3, {}, &r, &error), qPrintable(error));
        QCOMPARE(r.k, 3);
        QVERIFY(r.converged);
        QVERIFY(samePartition(r.labels, truth));
        std::vector<int> sizes = r.sizes;
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<int>{80, 100, 120}));
        // Inertia = Σ squared distances to the centroids, which are the blob means.
        double inertia = 0.0;
        for (int i = 0; i < x.rows; ++i)
            for (int c = 0; c < 2; ++c) {
                const double d = x.at(i, c) - r.centroids.at(r.labels[size_t(i)], c);
                inertia += d * d;
            }
        QVERIFY(std::abs(inertia - r.inertia) < 1e-9 * inertia);
    }

    void chooseKPicksThree()
    {
        std::vector<int> truth;
        const FeatureMatrix x = blobs(&truth);
        KChoice c;
        QString error;
        QVERIFY2(KMeans::chooseK(x, 2, 6, {}, {}, &c, &error), qPrintable(error));
        QCOMPARE(c.k, 3);
        QVERIFY(samePartition(c.result.labels, truth));
        QCOMPARE(c.scores.size(), size_t(5));
        for (size_t i = 0; i < c.scores.size(); ++i) {
            QCOMPARE(c.scores[i].k, int(i) + 2);
            QVERIFY(std::isfinite(c.scores[i].silhouette));
            if (c.scores[i].k != 3)
                QVERIFY(c.scores[i].silhouette < c.scores[1].silhouette);
        }
        QVERIFY(c.scores[1].silhouette > 0.8);
        // Inertia falls as k grows.
        for (size_t i = 1; i < c.scores.size(); ++i)
            QVERIFY(c.scores[i].inertia <= c.scores[i - 1].inertia);
    }

    void deterministicAndRestarts()
    {
        // Overlapping blobs: local optima exist, so restarts matter.
        std::mt19937 gen(7);
        std::normal_distribution<double> noise(0.0, 1.0);
        FeatureMatrix x(400, 3);
        for (double &v : x.values)
            v = noise(gen);
        KMeansOptions one;
        one.restarts = 1;
        KMeansResult a, b, c;
        QString error;
        QVERIFY(KMeans::fit(x, 5, {}, &a, &error));
        QVERIFY(KMeans::fit(x, 5, {}, &b, &error));
        QCOMPARE(a.labels, b.labels);
        QCOMPARE(a.inertia, b.inertia);
        QCOMPARE(a.centroids.values, b.centroids.values);
        // The first restart draws what a single run draws: more restarts never do worse.
        QVERIFY(KMeans::fit(x, 5, one, &c, &error));
        QVERIFY(a.inertia <= c.inertia);
        for (int size : a.sizes)
            QVERIFY(size > 0);
    }

    void everyPointItsOwnCluster()
    {
        const FeatureMatrix x = matrix({0, 1, 4, 5}, 1);
        KMeansResult r;
        QString error;
        QVERIFY(KMeans::fit(x, 4, {}, &r, &error));
        QCOMPARE(r.inertia, 0.0);
        QCOMPARE(r.sizes, (std::vector<int>{1, 1, 1, 1}));
    }

    void emptyClusterIsRefilled()
    {
        // 0, 1, 10, 11 from centroids 0.5, 10.5, 100: cluster 2 starts empty. Every point is
        // 0.5 from its centroid; the first of them (0) moves to cluster 2. Then the centroids
        // are 1, 10.5 and 0, no label changes: clusters {1}, {10, 11}, {0}, inertia 0.5.
        const FeatureMatrix x = matrix({0, 1, 10, 11}, 1);
        KMeansOptions o;
        o.initialCentroids = matrix({0.5, 10.5, 100}, 1);
        KMeansResult r;
        QString error;
        QVERIFY2(KMeans::fit(x, 3, o, &r, &error), qPrintable(error));
        QCOMPARE(r.labels, (std::vector<int>{2, 0, 1, 1}));
        QCOMPARE(r.sizes, (std::vector<int>{1, 2, 1}));
        QCOMPARE(r.inertia, 0.5);
        QCOMPARE(r.centroids.values, (std::vector<double>{1, 10.5, 0}));
        QVERIFY(r.converged);
        // Centroids of the wrong shape are refused.
        o.initialCentroids = matrix({0.5, 10.5}, 1);
        QVERIFY(!KMeans::fit(x, 3, o, &r, &error));
    }

    void failures()
    {
        KMeansResult r;
        QString error;
        QVERIFY(!KMeans::fit(matrix({0, 1}, 1), 3, {}, &r, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!KMeans::fit(matrix({1, 1, 1, 2, 2}, 1), 3, {}, &r, &error));
        QVERIFY2(error.contains(QStringLiteral("distinct")), qPrintable(error));
        QVERIFY(!KMeans::fit(matrix({0, 1, std::nan(""), 3}, 1), 2, {}, &r, &error));
        QVERIFY(!KMeans::fit(matrix({0, 1}, 1), 0, {}, &r, &error));
        KChoice c;
        QVERIFY(!KMeans::chooseK(matrix({0, 1, 2}, 1), 1, 3, {}, {}, &c, &error));
        QVERIFY(!KMeans::chooseK(matrix({0, 1, 2}, 1), 3, 2, {}, {}, &c, &error));
        // k = 3 needs more than 3 rows for a silhouette; k = 2 works.
        QVERIFY(KMeans::chooseK(matrix({0, 1, 5}, 1), 2, 3, {}, {}, &c, &error));
        QCOMPARE(c.k, 2);
        QVERIFY(std::isnan(c.scores[1].silhouette));
    }
};

QTEST_GUILESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
