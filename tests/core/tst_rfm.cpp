// Rfm: rank-based quintile scores on known distributions (ties share their mid-rank), the
// score-to-segment table, and RFM of the demo community's paying members (monotone scores,
// segments from the table, money in one currency).
#include "analytics/AnalyticsSource.h"
#include "analytics/PaidMetrics.h"
#include "analytics/Rfm.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(kindred::RfmSegment)

class TestRfm : public QObject
{
    Q_OBJECT

private slots:
    void quintiles_data();
    void quintiles();
    void segments_data();
    void segments();
    void segmentTableIsTotal();
    void demo();
};

void TestRfm::quintiles_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<std::vector<int>>("scores");

    QTest::newRow("empty") << std::vector<double>{} << true << std::vector<int>{};
    QTest::newRow("one value: rank 1 of 1")
        << std::vector<double>{42} << true << std::vector<int>{1};
    // n = 5 distinct: one per quintile.
    QTest::newRow("five distinct")
        << std::vector<double>{30, 10, 50, 20, 40} << true << std::vector<int>{3, 1, 5, 2, 4};
    // n = 10 distinct, ranks 1..10: 1 + floor(5·(r − 1)/10) = 1,1,2,2,3,3,4,4,5,5.
    QTest::newRow("ten distinct") << std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << true
                                  << std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    // Smaller is better (recency in days): 0 days is the best.
    QTest::newRow("lower is better")
        << std::vector<double>{0, 10, 20, 30, 40} << false << std::vector<int>{5, 4, 3, 2, 1};
    // All tied: mid-rank (1 + 5)/2 = 3 → 1 + floor(5·2/5) = 3 for everyone.
    QTest::newRow("all tied") << std::vector<double>{7, 7, 7, 7, 7} << true
                              << std::vector<int>{3, 3, 3, 3, 3};
    // Six zeros share ranks 1..6 (mid-rank 3.5 → 1 + floor(5·2.5/10) = 2); then ranks 7..10
    // → 1 + floor(3) = 4, 1 + floor(3.5) = 4, 1 + floor(4) = 5, 1 + floor(4.5) = 5.
    QTest::newRow("large tie at the bottom")
        << std::vector<double>{0, 3, 0, 0, 1, 0, 2, 0, 4, 0} << true
        << std::vector<int>{2, 5, 2, 2, 4, 2, 4, 2, 5, 2};
    // Ties at the top of 7: ranks 1, 2, then 3..7 tied (mid-rank 5 → 1 + floor(20/7) = 3).
    QTest::newRow("tie at the top") << std::vector<double>{9, 1, 9, 9, 2, 9, 9} << true
                                    << std::vector<int>{3, 1, 3, 3, 1, 3, 3};
    // Two tied pairs, lower is better: ranks (worst first) 40,40 → 1.5; 30 → 3; 10,10 → 4.5;
    // 0 → 6: scores 1 + floor(5·0.5/6) = 1, 1 + floor(5·2/6) = 2, 1 + floor(5·3.5/6) = 3,
    // 1 + floor(5·5/6) = 5.
    QTest::newRow("tied pairs, lower is better") << std::vector<double>{10, 40, 0, 30, 40, 10}
                                                 << false << std::vector<int>{3, 1, 5, 2, 1, 3};
}

void TestRfm::quintiles()
{
    QFETCH(std::vector<double>, values);
    QFETCH(bool, higherIsBetter);
    QFETCH(std::vector<int>, scores);
    QCOMPARE(Rfm::quintileScores(values, higherIsBetter), scores);
}

void TestRfm::segments_data()
{
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("f");
    QTest::addColumn<int>("m");
    QTest::addColumn<RfmSegment>("segment");
    QTest::newRow("555") << 5 << 5 << 5 << RfmSegment::Champions;
    QTest::newRow("444") << 4 << 4 << 4 << RfmSegment::Champions;
    QTest::newRow("453: money too low for champions") << 4 << 5 << 3 << RfmSegment::Loyal;
    QTest::newRow("341") << 3 << 4 << 1 << RfmSegment::Loyal;
    QTest::newRow("535") << 5 << 3 << 5 << RfmSegment::PotentialLoyalists;
    QTest::newRow("321") << 3 << 2 << 1 << RfmSegment::PotentialLoyalists;
    QTest::newRow("515") << 5 << 1 << 5 << RfmSegment::New;
    QTest::newRow("411") << 4 << 1 << 1 << RfmSegment::New;
    QTest::newRow("254") << 2 << 5 << 4 << RfmSegment::CantLoseThem;
    QTest::newRow("155") << 1 << 5 << 5 << RfmSegment::CantLoseThem;
    QTest::newRow("253: money too low to be can't-lose") << 2 << 5 << 3 << RfmSegment::AtRisk;
    QTest::newRow("131") << 1 << 3 << 1 << RfmSegment::AtRisk;
    QTest::newRow("225") << 2 << 2 << 5 << RfmSegment::Hibernating;
    QTest::newRow("311") << 3 << 1 << 1 << RfmSegment::Hibernating;
    QTest::newRow("125") << 1 << 2 << 5 << RfmSegment::Lost;
    QTest::newRow("111") << 1 << 1 << 1 << RfmSegment::Lost;
    QTest::newRow("out of range clamps") << 9 << 9 << 0 << RfmSegment::Loyal;
}

void TestRfm::segments()
{
    QFETCH(int, r);
    QFETCH(int, f);
    QFETCH(int, m);
    QFETCH(RfmSegment, segment);
    QCOMPARE(Rfm::segmentFor(r, f, m), segment);
    QVERIFY(!Rfm::name(segment).isEmpty());
}

void TestRfm::segmentTableIsTotal()
{
    // Every triple lands in a segment whose defining conditions it meets.
    QHash<RfmSegment, int> count;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m) {
                const RfmSegment s = Rfm::segmentFor(r, f, m);
                ++count[s];
                switch (s) {
                case RfmSegment::Champions:
                    QVERIFY(r >= 4 && f >= 4 && m >= 4);
                    break;
                case RfmSegment::Loyal:
                    QVERIFY(r >= 3 && f >= 4);
                    break;
                case RfmSegment::PotentialLoyalists:
                    QVERIFY(r >= 3 && f >= 2 && f <= 3);
                    break;
                case RfmSegment::New:
                    QVERIFY(r >= 4 && f == 1);
                    break;
                case RfmSegment::CantLoseThem:
                    QVERIFY(r <= 2 && f >= 4 && m >= 4);
                    break;
                case RfmSegment::AtRisk:
                    QVERIFY(r <= 2 && f >= 3);
                    break;
                case RfmSegment::Hibernating:
                    QVERIFY(r >= 2 && r <= 3 && f <= 2);
                    break;
                case RfmSegment::Lost:
                    QVERIFY(r == 1 && f <= 2);
                    break;
                }
            }
    QCOMPARE(count.size(), 8); // every segment is reachable
    QStringList keys;
    for (RfmSegment s : Rfm::all())
        keys.append(Rfm::key(s));
    QCOMPARE(keys.size(), 8);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 8);
}

void TestRfm::demo()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error), qPrintable(error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY2(source.load(&error), qPrintable(error));
    PaidMetrics paid(source);
    QVERIFY2(paid.load(&error), qPrintable(error));
    const QDate asOf(2026, 10, 31);
    const RfmResult rfm = Rfm::compute(source, paid, asOf);
    QVERIFY2(rfm.error.isEmpty(), qPrintable(rfm.error));
    QCOMPARE(rfm.currency, QStringLiteral("CNY")); // most paying members pay in CNY
    const PaidReport year =
        PaidMetrics::compute(paid.memberships(), 0, Period{asOf.addDays(-364), asOf},
                             source.clock(), paid.settings(), source.endOf(Period{asOf, asOf}));
    QVERIFY(rfm.rows.size() > 100);
    QVERIFY(rfm.rows.size() <= year.payingMemberIds.size());
    QHash<RfmSegment, int> bySegment;
    QList<int> mScores(6, 0);
    for (const RfmRow &a : rfm.rows) {
        QVERIFY(year.payingMemberIds.contains(a.memberId));
        QVERIFY(a.moneyMinor > 0);
        QCOMPARE(a.segment, Rfm::segmentFor(a.r, a.f, a.m));
        QVERIFY(!a.why.isEmpty());
        ++bySegment[a.segment];
        ++mScores[a.m];
        for (const RfmRow &b : rfm.rows) {
            // Monotone: better raw value, never a lower score; equal raw value, equal score.
            const int ra = a.recencyDays < 0 ? 1 << 30 : a.recencyDays;
            const int rb = b.recencyDays < 0 ? 1 << 30 : b.recencyDays;
            if (ra < rb)
                QVERIFY(a.r >= b.r);
            if (ra == rb)
                QCOMPARE(a.r, b.r);
            if (a.frequency > b.frequency)
                QVERIFY(a.f >= b.f);
            if (a.moneyMinor == b.moneyMinor)
                QCOMPARE(a.m, b.m);
        }
    }
    qInfo("RFM: %lld rows; champions %d, loyal %d, at risk %d, lost %d", qint64(rfm.rows.size()),
          bySegment.value(RfmSegment::Champions), bySegment.value(RfmSegment::Loyal),
          bySegment.value(RfmSegment::AtRisk), bySegment.value(RfmSegment::Lost));
    QVERIFY(bySegment.value(RfmSegment::Champions) > 0);
    QVERIFY(bySegment.value(RfmSegment::Lost) > 0);
    // Rows ordered by segment.
    for (qsizetype i = 1; i < rfm.rows.size(); ++i)
        QVERIFY(int(rfm.rows.at(i - 1).segment) <= int(rfm.rows.at(i).segment));

    // Converted money: USD payers join in, so there are more rows than in CNY alone.
    RfmOptions opt;
    QVERIFY(
        ExchangeRates::parse(QStringLiteral("CNY"), QStringLiteral("USD=7.2"), &opt.rates, &error));
    const RfmResult converted = Rfm::compute(source, paid, asOf, opt);
    QCOMPARE(converted.currency, QStringLiteral("CNY"));
    QVERIFY(converted.rows.size() > rfm.rows.size());
    // Messages as frequency.
    opt = RfmOptions{};
    opt.frequency = RfmOptions::Frequency::Messages;
    const RfmResult byMessages = Rfm::compute(source, paid, asOf, opt);
    QCOMPARE(byMessages.rows.size(), rfm.rows.size());
    QVERIFY(!Rfm::compute(source, paid, QDate(), {}).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
