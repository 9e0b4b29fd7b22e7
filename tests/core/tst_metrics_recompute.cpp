// The metrics on real and demo data, checked against an independent recomputation in plain
// SQL (different code path: GROUP BY day strings instead of sliding windows in C++).
#include "analytics/KpiCalculator.h"
#include "demo/DemoGenerator.h"
#include "import/ImportService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {
qint64 sqlCount(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Active members over local days [from, to] recomputed in SQL; `offset` = the community's
// UTC offset in seconds (fixed for UTC and Asia/Shanghai since 1991).
const char *kActiveSql =
    "SELECT count(DISTINCT member) FROM ("
    " SELECT m.member_id AS member, date(m.sent_at + :off, 'unixepoch') AS day FROM message m "
    "  JOIN member b ON b.id = m.member_id WHERE m.is_service = 0 AND b.is_bot = 0 "
    " UNION ALL SELECT rm.member_id, date(rm.reacted_at + :off, 'unixepoch') FROM "
    "  reaction_member rm JOIN member b ON b.id = rm.member_id WHERE rm.reacted_at IS NOT NULL "
    "  AND b.is_bot = 0) WHERE day BETWEEN :from AND :to";

int activeBetween(Database &db, int offset, const QDate &from, const QDate &to)
{
    QSqlQuery q(db.sql());
    q.prepare(QString::fromLatin1(kActiveSql));
    q.bindValue(QStringLiteral(":off"), offset);
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    return (q.exec() && q.next()) ? q.value(0).toInt() : -1;
}
} // namespace

class TestMetricsRecompute : public QObject
{
    Q_OBJECT
private slots:
    void engagementOnRealExport()
    {
        // chat-analytics BIG fixture: 5,475 messages of 20 authors (UTC community).
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        ImportService service(db);
        ImportResult r;
        ImportError e;
        QVERIFY2(service.importFile(QStringLiteral(KINDRED_EXPORTS_DIR
                                                   "/telegram/chat-analytics__BIG_20A_5475M.json"),
                                    QString(), &r, &e),
                 qPrintable(e.toString()));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        const QDate last = source.lastMessageDate();
        const Period period = Period::ending(last, 90);
        const KpiSet k = KpiCalculator(source).compute(period);
        QCOMPARE(k.series.size(), 90);
        int nonZero = 0;
        for (const DailyEngagement &d : k.series) {
            QCOMPARE(d.dau, activeBetween(db, 0, d.date, d.date));
            QCOMPARE(d.wau, activeBetween(db, 0, d.date.addDays(-6), d.date));
            QCOMPARE(d.mau, activeBetween(db, 0, d.date.addDays(-29), d.date));
            nonZero += d.dau > 0;
        }
        QVERIFY2(nonZero > 10, "the fixture should have activity in the window");
        QCOMPARE(k.membersAtEnd, qint64(20));
        QCOMPARE(k.messages,
                 sqlCount(db,
                          QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0 "
                                         "AND date(sent_at, 'unixepoch') BETWEEN ? AND ?"),
                          {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)}));
    }

    void kpisAndSegmentsOnDemoCommunity()
    {
        // The demo community lives in Asia/Shanghai (UTC+8) and has reactions with reactors.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error));
        DemoOptions small;
        small.members = 400;
        small.days = 200;
        QVERIFY2(DemoGenerator::build(db, small, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        QCOMPARE(source.clock().zone().id(), QByteArray("Asia/Shanghai"));
        const int off = 8 * 3600;
        const Period period = Period::ending(source.lastMessageDate(), 30);
        const KpiSet k = KpiCalculator(source).compute(period);
        for (const DailyEngagement &d : k.series) {
            QCOMPARE(d.dau, activeBetween(db, off, d.date, d.date));
            QCOMPARE(d.mau, activeBetween(db, off, d.date.addDays(-29), d.date));
        }
        QVERIFY(k.mau > 0);

        const QString endIso = period.to.toString(Qt::ISODate);
        const QString startIso = period.from.toString(Qt::ISODate);
        // Members at the end: persons (not bots) first seen on or before the last local day.
        QCOMPARE(k.membersAtEnd,
                 sqlCount(db,
                          QStringLiteral("SELECT count(*) FROM member WHERE is_bot = 0 AND "
                                         "merged_into IS NULL AND first_seen IS NOT NULL AND "
                                         "date(first_seen + 28800, 'unixepoch') <= ?"),
                          {endIso}));
        QCOMPARE(k.joined,
                 sqlCount(db,
                          QStringLiteral("SELECT count(*) FROM member WHERE is_bot = 0 AND "
                                         "first_seen IS NOT NULL AND date(coalesce(joined_at, "
                                         "first_seen) + 28800, 'unixepoch') BETWEEN ? AND ?"),
                          {startIso, endIso}));

        // Segments recomputed in SQL with the default rules (90 / 14 / 30 / 4 days).
        const QString segmentSql = QStringLiteral(
            "WITH act AS (SELECT DISTINCT member, day FROM ("
            "  SELECT m.member_id AS member, date(m.sent_at + 28800, 'unixepoch') AS day FROM "
            "message m"
            "   WHERE m.is_service = 0 AND m.member_id IS NOT NULL"
            "  UNION ALL SELECT member_id, date(reacted_at + 28800, 'unixepoch') FROM "
            "reaction_member"
            "   WHERE reacted_at IS NOT NULL) WHERE day <= :end),"
            " mem AS (SELECT id, date(coalesce(joined_at, first_seen) + 28800, 'unixepoch') AS "
            "joined,"
            "  CASE WHEN left_at IS NULL THEN NULL ELSE date(left_at + 28800, 'unixepoch') END AS "
            "left"
            "  FROM member WHERE is_bot = 0 AND merged_into IS NULL AND first_seen IS NOT NULL"
            "  AND date(first_seen + 28800, 'unixepoch') <= :end),"
            " f AS (SELECT mem.id, mem.joined, mem.left,"
            "  (SELECT max(day) FROM act WHERE act.member = mem.id) AS last,"
            "  (SELECT count(*) FROM act WHERE act.member = mem.id AND day > date(:end, '-30 "
            "days')) AS days"
            "  FROM mem)"
            " SELECT CASE"
            "  WHEN left IS NOT NULL AND left <= :end THEN 'churned'"
            "  WHEN max(coalesce(last, joined), joined) <= date(:end, '-90 days') THEN 'churned'"
            "  WHEN joined > date(:end, '-14 days') THEN 'newcomer'"
            "  WHEN days >= 4 THEN 'active' WHEN days >= 1 THEN 'occasional' ELSE 'silent' END AS "
            "s,"
            "  count(*) FROM f GROUP BY s");
        QSqlQuery q(db.sql());
        q.prepare(segmentSql);
        q.bindValue(QStringLiteral(":end"), endIso);
        QVERIFY(q.exec());
        QHash<QString, int> sqlSegments;
        while (q.next())
            sqlSegments.insert(q.value(0).toString(), q.value(1).toInt());
        int total = 0;
        for (Segment s : Segmentation::all()) {
            QCOMPARE(k.segments[size_t(s)], sqlSegments.value(Segmentation::key(s)));
            total += k.segments[size_t(s)];
        }
        QCOMPARE(qint64(total), k.membersAtEnd);
        QVERIFY(k.segments[size_t(Segment::Active)] > 0);
        QVERIFY(k.segments[size_t(Segment::Churned)] > 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricsRecompute)
#include "tst_metrics_recompute.moc"
