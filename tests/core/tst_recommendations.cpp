// Recommendations: engagement matrix, item-based CF, learning partners and the
// leave-last-one-out evaluation (core/analytics/Recommendations.h).

#include "analytics/AnalyticsSource.h"
#include "analytics/Recommendations.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace kindred;

namespace {

ThreadInteraction ti(qint64 member, int thread, EngagementKind kind, qint64 at)
{
    return ThreadInteraction{member, thread, kind, at};
}

/// The hand-computed community (e = engagement, '-' = none; T3 has one member only):
///          T0  T1  T2  T3
///    m1     3   2   -   -
///    m2     2   -   2   -
///    m3     -   2   1   3
/// ‖T0‖ = √13, ‖T1‖ = √8, ‖T2‖ = √5; T3 is not eligible (1 member).
/// sim(T0,T1) = 6/√104, sim(T0,T2) = 4/√65, sim(T1,T2) = 2/√40.
std::vector<ThreadInteraction> tiny()
{
    using K = EngagementKind;
    return {ti(1, 0, K::Started, 100), ti(1, 1, K::Replied, 110), ti(2, 0, K::Replied, 120),
            ti(2, 2, K::Replied, 130), ti(2, 2, K::Replied, 131), // twice: still 2
            ti(3, 1, K::Replied, 140), ti(3, 2, K::Reacted, 150), ti(3, 3, K::Started, 160)};
}

const double kSim01 = 6.0 / std::sqrt(104.0);
const double kSim02 = 4.0 / std::sqrt(65.0);
const double kSim12 = 2.0 / std::sqrt(40.0);

/// Two communities of interest: members 1..15 engage 6 of the threads 0..19, members
/// 101..130 engage 6 of the threads 20..39 (more members, so the popular threads are theirs:
/// popularity can only hit for the second community, CF stays inside each member's own).
std::vector<ThreadInteraction> twoCommunities()
{
    std::mt19937 rng(7);
    std::vector<ThreadInteraction> out;
    auto add = [&](qint64 member, int first, int count) {
        std::vector<int> threads(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            threads[size_t(i)] = first + i;
        std::shuffle(threads.begin(), threads.end(), rng);
        for (int i = 0; i < 6; ++i)
            out.push_back(
                ti(member, threads[size_t(i)], EngagementKind::Replied, 1000 * member + 10 * i));
    };
    for (qint64 m = 1; m <= 15; ++m)
        add(m, 0, 20);
    for (qint64 m = 101; m <= 130; ++m)
        add(m, 20, 20);
    return out;
}

} // namespace

class TestRecommendations : public QObject
{
    Q_OBJECT

private slots:
    void weights_data();
    void weights();
    void similarity_data();
    void similarity();
    void scores_data();
    void scores();
    void neverRecommendsEngagedThreads();
    void topKCapsNeighbours();
    void partners_data();
    void partners();
    void evaluationHoldsOut();
    void cfBeatsPopularityOnTwoCommunities();
    void demo();
};

void TestRecommendations::weights_data()
{
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<double>("expected");
    QTest::newRow("started") << QList<int>{0} << 3.0;
    QTest::newRow("replied") << QList<int>{1} << 2.0;
    QTest::newRow("reacted") << QList<int>{2} << 1.0;
    QTest::newRow("replied twice") << QList<int>{1, 1} << 2.0;
    QTest::newRow("started+replied+reacted") << QList<int>{0, 1, 2, 2} << 6.0;
    QTest::newRow("replied+reacted") << QList<int>{2, 1} << 3.0;
}

void TestRecommendations::weights()
{
    QFETCH(QList<int>, kinds);
    QFETCH(double, expected);
    std::vector<ThreadInteraction> list;
    for (int i = 0; i < kinds.size(); ++i)
        list.push_back(ti(5, 1, EngagementKind(kinds[i]), i));
    const EngagementMatrix m = EngagementMatrix::build(list, 2);
    QCOMPARE(m.value(5, 1), expected);
    QCOMPARE(m.value(5, 0), 0.0);
    QCOMPARE(m.cells(), 1);
}

void TestRecommendations::similarity_data()
{
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("j");
    QTest::addColumn<double>("expected");
    QTest::newRow("T0-T1") << 0 << 1 << kSim01;
    QTest::newRow("T1-T0") << 1 << 0 << kSim01;
    QTest::newRow("T0-T2") << 0 << 2 << kSim02;
    QTest::newRow("T1-T2") << 1 << 2 << kSim12;
    QTest::newRow("T2-T1") << 2 << 1 << kSim12;
    QTest::newRow("T2-T3 (T3 has 1 member)") << 2 << 3 << 0.0;
    QTest::newRow("T3-T1") << 3 << 1 << 0.0;
    QTest::newRow("self") << 0 << 0 << 0.0;
}

void TestRecommendations::similarity()
{
    QFETCH(int, i);
    QFETCH(int, j);
    QFETCH(double, expected);
    const EngagementMatrix m = EngagementMatrix::build(tiny(), 4);
    QCOMPARE(m.value(1, 0), 3.0);
    QCOMPARE(m.value(2, 2), 2.0);
    QCOMPARE(m.value(3, 2), 1.0);
    const ThreadSimilarity s = ThreadSimilarity::compute(m, 50);
    QVERIFY(qFuzzyCompare(1.0 + s.similarity(i, j), 1.0 + expected));
    QVERIFY(s.neighbours(3).empty());
    // T0's neighbours: T1 (0.588) before T2 (0.496).
    QCOMPARE(int(s.neighbours(0).size()), 2);
    QCOMPARE(s.neighbours(0)[0].thread, 1);
    QCOMPARE(s.neighbours(0)[1].thread, 2);
}

void TestRecommendations::scores_data()
{
    QTest::addColumn<qint64>("member");
    QTest::addColumn<QList<int>>("threads");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<int>("topReason");
    // m1 (T0=3, T1=2): T2 = 3·sim(T0,T2) + 2·sim(T1,T2); T3 has no similarity.
    QTest::newRow("m1") << qint64(1) << QList<int>{2} << QList<double>{3 * kSim02 + 2 * kSim12}
                        << 0;
    // m2 (T0=2, T2=2): T1 = 2·sim(T0,T1) + 2·sim(T2,T1).
    QTest::newRow("m2") << qint64(2) << QList<int>{1} << QList<double>{2 * kSim01 + 2 * kSim12}
                        << 0;
    // m3 (T1=2, T2=1, T3=3): T0 = 2·sim(T1,T0) + 1·sim(T2,T0); T1 contributes most.
    QTest::newRow("m3") << qint64(3) << QList<int>{0} << QList<double>{2 * kSim01 + kSim02} << 1;
    QTest::newRow("unknown member") << qint64(9) << QList<int>{} << QList<double>{} << -1;
}

void TestRecommendations::scores()
{
    QFETCH(qint64, member);
    QFETCH(QList<int>, threads);
    QFETCH(QList<double>, scores);
    QFETCH(int, topReason);
    const EngagementMatrix m = EngagementMatrix::build(tiny(), 4);
    const ThreadSimilarity s = ThreadSimilarity::compute(m, 50);
    const std::vector<ThreadRecommendation> recs = Recommendations::recommend(m, s, member, 10);
    QCOMPARE(int(recs.size()), threads.size());
    for (int i = 0; i < threads.size(); ++i) {
        QCOMPARE(recs[size_t(i)].thread, threads[i]);
        QVERIFY2(qFuzzyCompare(recs[size_t(i)].score, scores[i]),
                 qPrintable(QString::number(recs[size_t(i)].score, 'g', 17)));
        double sum = 0;
        for (const RecommendationReason &r : recs[size_t(i)].because)
            sum += r.contribution();
        QVERIFY(qFuzzyCompare(sum, scores[i])); // the reasons explain the whole score
        QCOMPARE(recs[size_t(i)].because.front().thread, topReason);
    }
}

void TestRecommendations::neverRecommendsEngagedThreads()
{
    const std::vector<ThreadInteraction> data = twoCommunities();
    const EngagementMatrix m = EngagementMatrix::build(data, 40);
    const ThreadSimilarity s = ThreadSimilarity::compute(m, 50);
    int total = 0;
    for (const qint64 member : m.members())
        for (const ThreadRecommendation &r : Recommendations::recommend(m, s, member, 10)) {
            QCOMPARE(m.value(member, r.thread), 0.0);
            ++total;
        }
    QVERIFY(total > 100);
}

void TestRecommendations::topKCapsNeighbours()
{
    const EngagementMatrix m = EngagementMatrix::build(tiny(), 4);
    const ThreadSimilarity s = ThreadSimilarity::compute(m, 1);
    QCOMPARE(int(s.neighbours(0).size()), 1);
    QCOMPARE(s.neighbours(0)[0].thread, 1); // the most similar one is kept
    QCOMPARE(s.similarity(0, 2), 0.0);
    // m2 (T0, T2): only T0 → T1 (cap 1) and T2 → T0 (its best) remain: T1 = 2·sim(T0,T1).
    const std::vector<ThreadRecommendation> recs = Recommendations::recommend(m, s, 2, 10);
    QCOMPARE(int(recs.size()), 1);
    QVERIFY(qFuzzyCompare(recs[0].score, 2 * kSim01));
}

void TestRecommendations::partners_data()
{
    QTest::addColumn<qint64>("member");
    QTest::addColumn<QList<qint64>>("active");
    QTest::addColumn<bool>("reply12");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addColumn<QList<double>>("cosines");
    QTest::addColumn<int>("firstShared");
    // Rows m1 (3,2,0,0), m2 (2,0,2,0), m3 (0,2,1,3): cos(m1,m2) = 6/√104,
    // cos(m1,m3) = 4/√182, cos(m2,m3) = 2/√112.
    QTest::newRow("m1, all active")
        << qint64(1) << QList<qint64>{1, 2, 3} << false << QList<qint64>{2, 3}
        << QList<double>{6 / std::sqrt(104.0), 4 / std::sqrt(182.0)} << 0;
    QTest::newRow("m1, replied to m2")
        << qint64(1) << QList<qint64>{1, 2, 3} << true << QList<qint64>{3}
        << QList<double>{4 / std::sqrt(182.0)} << 1;
    QTest::newRow("m1, m2 not active") << qint64(1) << QList<qint64>{3} << false << QList<qint64>{3}
                                       << QList<double>{4 / std::sqrt(182.0)} << 1;
    QTest::newRow("m3") << qint64(3) << QList<qint64>{1, 2} << false << QList<qint64>{1, 2}
                        << QList<double>{4 / std::sqrt(182.0), 2 / std::sqrt(112.0)} << 1;
}

void TestRecommendations::partners()
{
    QFETCH(qint64, member);
    QFETCH(QList<qint64>, active);
    QFETCH(bool, reply12);
    QFETCH(QList<qint64>, expected);
    QFETCH(QList<double>, cosines);
    QFETCH(int, firstShared);
    const EngagementMatrix m = EngagementMatrix::build(tiny(), 4);
    EngagementData data;
    if (reply12)
        data.replyPairs.push_back({1, 2});
    QHash<qint64, bool> candidates;
    for (const qint64 id : active)
        candidates.insert(id, true);
    const std::vector<PartnerSuggestion> list =
        Recommendations::partners(m, data, member, candidates, 5);
    QCOMPARE(int(list.size()), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(list[size_t(i)].memberId, expected[i]);
        QVERIFY(qFuzzyCompare(list[size_t(i)].similarity, cosines[i]));
        QVERIFY(!data.replied(member, list[size_t(i)].memberId));
        for (const int t : list[size_t(i)].sharedThreads) {
            QVERIFY(m.value(member, t) > 0);
            QVERIFY(m.value(list[size_t(i)].memberId, t) > 0);
        }
    }
    QCOMPARE(list.front().sharedThreads.front(), firstShared);
}

void TestRecommendations::evaluationHoldsOut()
{
    using K = EngagementKind;
    // m1: T0 @10 (+ reaction @40), T1 @20, T2 @30, T3 @50, reply in T0 @70 → held out T3
    //     (latest first engagement); training keeps what is before 50: T0 = 3+1, T1, T2.
    // m2: only 2 threads → not evaluated.
    // m3: T0 @10, T1 @60, T2 @60 → tie: holds out T2 (higher index), 1 thread before → skipped.
    const std::vector<ThreadInteraction> data{
        ti(1, 0, K::Started, 10), ti(1, 1, K::Replied, 20), ti(1, 2, K::Replied, 30),
        ti(1, 0, K::Reacted, 40), ti(1, 3, K::Replied, 50), ti(1, 0, K::Replied, 70),
        ti(2, 0, K::Replied, 15), ti(2, 3, K::Replied, 16), ti(3, 0, K::Replied, 10),
        ti(3, 1, K::Replied, 60), ti(3, 2, K::Replied, 60)};
    EngagementMatrix training;
    const RecommendationEvaluation ev =
        Recommendations::evaluate(data, 4, RecommendationOptions{}, &training);
    QCOMPARE(ev.evaluatedMembers, 1);
    QCOMPARE(int(ev.heldOut.size()), 1);
    QCOMPARE(ev.heldOut[0], (std::pair<qint64, int>{1, 3}));
    QCOMPARE(training.value(1, 3), 0.0); // never trained on the held-out interaction
    QCOMPARE(training.value(1, 0), 4.0); // started + reacted; the reply @70 is not in training
    QCOMPARE(training.value(2, 3), 2.0); // others keep everything
    QCOMPARE(training.value(3, 2), 2.0);

    const std::vector<ThreadInteraction> two = twoCommunities();
    EngagementMatrix train2;
    const RecommendationEvaluation ev2 =
        Recommendations::evaluate(two, 40, RecommendationOptions{}, &train2);
    QCOMPARE(ev2.evaluatedMembers, 45);
    for (const auto &[member, thread] : ev2.heldOut)
        QCOMPARE(train2.value(member, thread), 0.0);
    QCOMPARE(train2.cells(), 45 * 5);
}

void TestRecommendations::cfBeatsPopularityOnTwoCommunities()
{
    const RecommendationEvaluation ev =
        Recommendations::evaluate(twoCommunities(), 40, RecommendationOptions{});
    QCOMPARE(ev.evaluatedMembers, 45);
    QVERIFY2(
        ev.cfHitRate > ev.popularityHitRate,
        qPrintable(
            QStringLiteral("CF %1 vs popularity %2").arg(ev.cfHitRate).arg(ev.popularityHitRate)));
    QCOMPARE(ev.cfHitRate, double(ev.cfHits) / 45);
    QCOMPARE(ev.popularityHitRate, double(ev.popularityHits) / 45);
    qInfo("two communities: HR@10 CF %.3f, popularity %.3f", ev.cfHitRate, ev.popularityHitRate);
}

void TestRecommendations::demo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error), qPrintable(error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY2(source.load(&error), qPrintable(error));
    const QDate last = source.lastMessageDate();
    RecommendationResult r;
    QVERIFY2(
        Recommendations::compute(source, Period{last, last}, RecommendationOptions{}, &r, &error),
        qPrintable(error));
    QVERIFY(r.data.threads.size() > 1000);
    QVERIFY(!r.silent.empty());
    const RecommendationEvaluation &ev = r.evaluation;
    QVERIFY(ev.evaluatedMembers > 100);
    QVERIFY(std::isfinite(ev.cfHitRate) && std::isfinite(ev.popularityHitRate));
    QVERIFY(ev.cfHitRate >= 0 && ev.cfHitRate <= 1);
    QCOMPARE(ev.cfHitRate, double(ev.cfHits) / ev.evaluatedMembers);
    qInfo("demo: %d threads, %d cells, %d silent, HR@10 CF %.4f vs popularity %.4f over %d "
          "members; load %lld ms, similarity %lld ms, recommend %lld ms, evaluation %lld ms",
          int(r.data.threads.size()), r.matrix.cells(), int(r.silent.size()), ev.cfHitRate,
          ev.popularityHitRate, ev.evaluatedMembers, r.loadMs, r.similarityMs, r.recommendMs,
          ev.ms);

    int withRecs = 0;
    for (const SilentRecommendations &s : r.silent) {
        QVERIFY(s.threads.size() <= 10);
        withRecs += s.threads.empty() ? 0 : 1;
        for (const ThreadRecommendation &t : s.threads) {
            QCOMPARE(r.matrix.value(s.memberId, t.thread), 0.0);
            QVERIFY(t.score > 0);
            QVERIFY(!t.because.empty());
            QVERIFY(r.matrix.value(s.memberId, t.because.front().thread) > 0);
        }
        QVERIFY(!r.activeNow.value(s.memberId)); // silent = no activity in the window
    }
    QVERIFY(withRecs > 0);

    // Partners of the most engaged member: active now, never replied to each other.
    qint64 busiest = 0;
    size_t most = 0;
    for (const qint64 id : r.matrix.members())
        if (r.matrix.threadsOf(id).size() > most) {
            most = r.matrix.threadsOf(id).size();
            busiest = id;
        }
    const std::vector<PartnerSuggestion> partners = r.partners(busiest);
    QVERIFY(!partners.empty());
    for (const PartnerSuggestion &p : partners) {
        QVERIFY(p.memberId != busiest);
        QVERIFY(r.activeNow.value(p.memberId));
        QVERIFY(!r.data.replied(busiest, p.memberId));
        QVERIFY(!p.sharedThreads.empty());
        QVERIFY(p.similarity > 0 && p.similarity <= 1.0 + 1e-12);
    }
    QVERIFY(!r.data.replyPairs.empty());
}

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
