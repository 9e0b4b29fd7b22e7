// Metric definitions of PRODUCT.md §3 on small hand-computed data.
#include "analytics/Engagement.h"
#include "analytics/KpiCalculator.h"
#include "analytics/MemberDirectory.h"
#include "analytics/Rankings.h"
#include "analytics/Segmentation.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}
PersonRef person(const char *id, const char *name, bool bot = false)
{
    return PersonRef{QString::fromLatin1(id), QString::fromUtf8(name), bot};
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void engagementSeries_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("dau");
        QTest::addColumn<int>("wau");
        QTest::addColumn<int>("mau");
        // Activity: day 100 {1,2}, 101 {1}, 105 {3}, 110 {2}; series over days 100..110.
        QTest::newRow("first day") << 100 << 2 << 2 << 2;
        QTest::newRow("second day") << 101 << 1 << 2 << 2;
        QTest::newRow("quiet day") << 103 << 0 << 2 << 2;
        QTest::newRow("member 3 arrives") << 105 << 1 << 3 << 3;
        QTest::newRow("week holds 100..106") << 106 << 0 << 3 << 3;
        QTest::newRow("day 100 leaves the week") << 107 << 0 << 2 << 3;
        QTest::newRow("only 3 in the week") << 108 << 0 << 1 << 3;
        QTest::newRow("last day") << 110 << 1 << 2 << 3;
    }
    void engagementSeries()
    {
        QFETCH(int, day);
        QFETCH(int, dau);
        QFETCH(int, wau);
        QFETCH(int, mau);
        const ActivityDays act{{90, 9}, {100, 1}, {100, 2}, {101, 1}, {105, 3}, {110, 2}};
        const auto rows = Engagement::series(act, 100, 110);
        QCOMPARE(rows.size(), 11);
        const DailyEngagement &r = rows.at(day - 100);
        QCOMPARE(r.date, QDate::fromJulianDay(day));
        QCOMPARE(r.dau, dau);
        QCOMPARE(r.wau, wau);
        // Member 9 (day 90) is inside the 30-day window of days 100..110.
        QCOMPARE(r.mau, mau + 1);
    }

    void stickiness()
    {
        const ActivityDays act{{100, 1}, {100, 2}, {101, 1}, {105, 3}, {110, 2}};
        const auto rows = Engagement::series(act, 100, 110);
        QCOMPARE(Engagement::meanDau(rows), 5.0 / 11.0);
        QCOMPARE(Engagement::stickiness(rows), (5.0 / 11.0) / 3.0);
        QCOMPARE(Engagement::stickiness({}), 0.0);
    }

    void segments_data()
    {
        QTest::addColumn<qint64>("joinDay");
        QTest::addColumn<qint64>("leftDay");
        QTest::addColumn<qint64>("lastActive");
        QTest::addColumn<int>("activeDays");
        QTest::addColumn<QString>("segment");
        // Evaluated on day 1000 with the default rules (90 / 14 / 30 / 4).
        QTest::newRow("left") << qint64(900) << qint64(990) << qint64(995) << 5 << "churned";
        QTest::newRow("silent exactly 90 days")
            << qint64(800) << qint64(0) << qint64(910) << 0 << "churned";
        QTest::newRow("active 89 days ago")
            << qint64(800) << qint64(0) << qint64(911) << 0 << "silent";
        QTest::newRow("never active, joined long ago")
            << qint64(700) << qint64(0) << qint64(0) << 0 << "churned";
        QTest::newRow("never active, joined 50 days ago")
            << qint64(950) << qint64(0) << qint64(0) << 0 << "silent";
        QTest::newRow("joined 13 days ago")
            << qint64(987) << qint64(0) << qint64(0) << 0 << "newcomer";
        QTest::newRow("joined 14 days ago")
            << qint64(986) << qint64(0) << qint64(990) << 1 << "occasional";
        QTest::newRow("active newcomer stays newcomer")
            << qint64(995) << qint64(0) << qint64(999) << 5 << "newcomer";
        QTest::newRow("4 days") << qint64(500) << qint64(0) << qint64(999) << 4 << "active";
        QTest::newRow("3 days") << qint64(500) << qint64(0) << qint64(999) << 3 << "occasional";
        QTest::newRow("1 day") << qint64(500) << qint64(0) << qint64(975) << 1 << "occasional";
        QTest::newRow("left after the end")
            << qint64(500) << qint64(1003) << qint64(999) << 6 << "active";
    }
    void segments()
    {
        QFETCH(qint64, joinDay);
        QFETCH(qint64, leftDay);
        QFETCH(qint64, lastActive);
        QFETCH(int, activeDays);
        QFETCH(QString, segment);
        SegmentInput in{joinDay, leftDay > 1000 ? 0 : leftDay, lastActive, activeDays};
        QCOMPARE(Segmentation::key(Segmentation::classify(in, 1000, SegmentRules{})), segment);
        QVERIFY(!Segmentation::explain(in, 1000, SegmentRules{}).isEmpty());
    }

    void segmentThresholdsAreConfigurable()
    {
        SegmentRules strict;
        strict.activeMinDays = 10;
        SegmentInput in{500, 0, 999, 6};
        QCOMPARE(Segmentation::classify(in, 1000, SegmentRules{}), Segment::Active);
        QCOMPARE(Segmentation::classify(in, 1000, strict), Segment::Occasional);
    }

    // A tiny community in Asia/Shanghai (UTC+8), computed by hand:
    //  A joins 2024-01-01; posts 03-01 16:30Z (local 03-02 00:30), 03-02 03:00Z, 03-03 10:00Z.
    //  B first posts 02-20 10:00Z, replies to A's first post 03-02 12:00Z, reacts to it
    //    03-03 01:00Z (local 03-03); that reaction has count 2 (one reactor unknown).
    //  C joins 02-28, leaves 03-01 (before the period). E joins 03-02 08:00Z, never posts.
    //  D is a bot posting 03-02 05:00Z.
    // Period 2024-03-02..03-03 local: DAU 2,2; MAU 2; stickiness 1; members at end 4 (A,B,C,E),
    // at start 3, joined 1 -> growth 1/3; messages 4 (1 reply) + reactions 2 = 6 -> rate 1.5;
    // segments: A occasional (2 days), B newcomer (first seen 12 days before), C churned (left),
    // E newcomer.
    void kpisOnHandComputedCommunity()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("k.kindred")), &error));
        const qint64 community = db.defaultCommunityId(QStringLiteral("t"));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE community SET timezone = 'Asia/Shanghai'")));
        ImportWriter w(db.handle(), community, 0);
        QVERIFY(w.prepare(&error));
        QVERIFY(w.beginChannel(
            {QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}));
        auto msg = [&](const char *id, PersonRef who, const char *at, const char *replyTo = "") {
            MessageInfo m;
            m.externalId = QString::fromLatin1(id);
            m.author = who;
            m.sentAt = utc(at);
            m.text = QStringLiteral("x");
            m.replyToExternalId = QString::fromLatin1(replyTo);
            return m;
        };
        auto ev = [&](EventInfo::Kind k, PersonRef who, const char *at) {
            EventInfo e;
            e.kind = k;
            e.member = who;
            e.at = utc(at);
            return e;
        };
        const auto A = person("user1", "A"), B = person("user2", "B"), C = person("user3", "C"),
                   D = person("user4", "bot", true), E = person("user5", "E");
        QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, A, "2024-01-01T00:00:00Z")));
        MessageInfo a1 = msg("10", A, "2024-03-01T16:30:00Z");
        a1.reactions.append({QStringLiteral("👍"), 2, {{B, utc("2024-03-03T01:00:00Z")}}});
        QVERIFY(w.addMessage(a1));
        QVERIFY(w.addMessage(msg("11", A, "2024-03-02T03:00:00Z")));
        QVERIFY(w.addMessage(msg("12", A, "2024-03-03T10:00:00Z")));
        QVERIFY(w.addMessage(msg("5", B, "2024-02-20T10:00:00Z")));
        QVERIFY(w.addMessage(msg("13", B, "2024-03-02T12:00:00Z", "10")));
        QVERIFY(w.addMessage(msg("14", D, "2024-03-02T05:00:00Z")));
        QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, C, "2024-02-28T00:00:00Z")));
        QVERIFY(w.addEvent(ev(EventInfo::Kind::Leave, C, "2024-03-01T00:00:00Z")));
        QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, E, "2024-03-02T08:00:00Z")));
        QVERIFY(w.finish(&error));

        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        QCOMPARE(source.members().size(), size_t(4));
        const Period period{QDate(2024, 3, 2), QDate(2024, 3, 3)};
        KpiCalculator calc(source);
        const KpiSet k = calc.compute(period);
        QCOMPARE(k.series.size(), 2);
        QCOMPARE(k.series.at(0).dau, 2);
        QCOMPARE(k.series.at(1).dau, 2);
        QCOMPARE(k.dauMean, 2.0);
        QCOMPARE(k.mau, 2);
        QCOMPARE(k.stickiness, 1.0);
        QCOMPARE(k.membersAtEnd, qint64(4));
        QCOMPARE(k.membersAtStart, qint64(3));
        QCOMPARE(k.joined, qint64(1));
        QCOMPARE(k.growthRate, 1.0 / 3.0);
        QCOMPARE(k.messages, qint64(4));
        QCOMPARE(k.replies, qint64(1));
        QCOMPARE(k.reactions, qint64(2));
        QCOMPARE(k.activityRate, 1.5);
        QCOMPARE(k.segments[size_t(Segment::Newcomer)], 2);
        QCOMPARE(k.segments[size_t(Segment::Occasional)], 1);
        QCOMPARE(k.segments[size_t(Segment::Churned)], 1);
        QCOMPARE(k.segments[size_t(Segment::Active)], 0);
        QCOMPARE(k.segments[size_t(Segment::Silent)], 0);

        // The previous period (02-29..03-01 local) has only... nobody active: B posted 02-20.
        const KpiSet prev = calc.compute(period.previous());
        QCOMPARE(prev.period.from, QDate(2024, 2, 29));
        QCOMPARE(prev.dauMean, 0.0);
        QCOMPARE(prev.mau, 1); // B, 02-20 is inside the 30 days ending 03-01

        // Rankings: A has 3 messages, 1 reply received, 2 reactions received.
        Rankings rankings(source);
        const auto top = rankings.topMembers(period, Rankings::MemberOrder::Messages, 10);
        QCOMPARE(top.size(), 2); // the bot is not ranked
        QCOMPARE(top.at(0).name, QStringLiteral("A"));
        QCOMPARE(top.at(0).messages, qint64(3));
        QCOMPARE(top.at(0).repliesReceived, qint64(1));
        QCOMPARE(top.at(0).reactionsReceived, qint64(2));
        const auto content = rankings.topContent(period, ContentWeights{}, 10);
        QCOMPARE(content.size(), 1);
        QCOMPARE(content.at(0).reactions, qint64(2));
        QCOMPARE(content.at(0).replies, qint64(1));
        QCOMPARE(content.at(0).score, 1.0 * 2 + 2.0 * 1);

        // Member directory: one row per member with the same segment as the counts.
        const auto rows = MemberDirectory(calc, source).rows(period);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).name, QStringLiteral("A"));
        QCOMPARE(rows.at(0).messagesInPeriod, qint64(3));
        QCOMPARE(Segmentation::key(rows.at(0).segment), QStringLiteral("occasional"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
