// SegmentFlow (core/analytics/SegmentFlow.h): segment counts, change against the previous
// period, overlays, and the month-to-month flow matrix, on a small hand-computed community
// (in UTC and in Asia/Shanghai, where one post crosses midnight) and on the demo community.
#include "analytics/SegmentFlow.h"
#include "demo/DemoGenerator.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>
#include <numeric>

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

/// Thresholds small enough to compute by hand over three months.
SegmentRules smallRules()
{
    SegmentRules r;
    r.churnDays = 40;
    r.newcomerDays = 10;
    r.windowDays = 20;
    r.activeMinDays = 3;
    return r;
}

// The community (every time 12:00Z = 20:00 in Shanghai, same local day, except D's post):
//  A  joins 2023-12-01; posts 12-20, 12-21, 12-22, 01-25, 02-20, 02-21, 02-22, 03-30.
//  B  first seen posting 2024-01-05 (no join event); G reacts to that post with three emojis on
//     01-15, 01-16, 01-17 (G's only activity; G is first seen by the first reaction).
//  C  joins 2024-01-28, never active; its status is set to banned.
//  D  joins 2023-11-01, posts 2023-12-31 23:30Z (Shanghai: 2024-01-01 07:30), leaves 02-10.
//  E  first seen posting 2024-02-25; posts 02-26, 03-01, 03-02, 03-03, 03-20.
//  B's status is set to muted. A bot posts every day and the exporting account ("You") posts
//  once: neither is a member.
// With smallRules() (churn 40, newcomer 10, window 20, active >= 3 days), at the end of:
//  2023-11-30  D silent (joined 29 days before, no activity)
//  2023-12-31  A active (3 days in Dec 12..31); D occasional (UTC) / churned (Shanghai: last
//              touch = join Nov 1, 60 days before)
//  2024-01-31  A occasional (Jan 25), B silent (Jan 5), C newcomer (3 days), D silent (last
//              activity Dec 31 / Jan 1), G active (3 days in Jan 12..31)
//  2024-02-29  A active, B churned (Jan 5 <= Jan 20), C silent, D churned (left Feb 10),
//              E newcomer (4 days), G churned (Jan 17 <= Jan 20)
//  2024-03-15  A silent (Feb 22 is outside Feb 25..Mar 15), C churned (Jan 28 <= Feb 4),
//              E active (5 days), B, D, G churned
//  2024-03-31  A occasional (Mar 30), C churned, E occasional (Mar 20), B, D, G churned
bool buildCommunity(const QString &path, const QString &timezone, QString *error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    const qint64 community = db.defaultCommunityId(QStringLiteral("flow"));
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE community SET timezone = ?"));
        q.addBindValue(timezone);
        if (!q.exec())
            return false;
    }
    ImportWriter w(db.handle(), community, 0);
    if (!w.prepare(error) ||
        !w.beginChannel({QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}))
        return false;
    const auto A = person("user1", "A"), B = person("user2", "B"), C = person("user3", "C"),
               D = person("user4", "D"), E = person("user5", "E"), G = person("user7", "G"),
               bot = person("user6", "bot", true);
    PersonRef self = person("user8", "You");
    self.isSelf = true;
    int next = 1;
    auto post = [&](const PersonRef &who, qint64 at, QList<ReactionInfo> reactions = {}) {
        MessageInfo m;
        m.externalId = QString::number(next++);
        m.author = who;
        m.sentAt = at;
        m.text = QStringLiteral("x");
        m.reactions = std::move(reactions);
        return w.addMessage(m);
    };
    auto noon = [](const QDate &d) {
        return QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    };
    auto event = [&](EventInfo::Kind kind, const PersonRef &who, const QDate &d) {
        EventInfo e;
        e.kind = kind;
        e.member = who;
        e.at = noon(d);
        return w.addEvent(e);
    };
    bool ok = event(EventInfo::Kind::Join, A, QDate(2023, 12, 1)) &&
              event(EventInfo::Kind::Join, C, QDate(2024, 1, 28)) &&
              event(EventInfo::Kind::Join, D, QDate(2023, 11, 1)) &&
              event(EventInfo::Kind::Leave, D, QDate(2024, 2, 10));
    for (const QDate &d :
         {QDate(2023, 12, 20), QDate(2023, 12, 21), QDate(2023, 12, 22), QDate(2024, 1, 25),
          QDate(2024, 2, 20), QDate(2024, 2, 21), QDate(2024, 2, 22), QDate(2024, 3, 30)})
        ok = ok && post(A, noon(d));
    QList<ReactionInfo> reactions;
    const char *const emojis[] = {"👍", "❤", "🎉"};
    for (int i = 0; i < 3; ++i)
        reactions.append(ReactionInfo{
            QString::fromUtf8(emojis[i]), 1, {ReactorInfo{G, noon(QDate(2024, 1, 15 + i))}}});
    ok = ok && post(B, noon(QDate(2024, 1, 5)), reactions);
    ok = ok && post(D, utc("2023-12-31T23:30:00Z"));
    for (const QDate &d : {QDate(2024, 2, 25), QDate(2024, 2, 26), QDate(2024, 3, 1),
                           QDate(2024, 3, 2), QDate(2024, 3, 3), QDate(2024, 3, 20)})
        ok = ok && post(E, noon(d));
    for (QDate d(2023, 11, 1); ok && d <= QDate(2024, 3, 31); d = d.addDays(1))
        ok = post(bot, noon(d));
    ok = ok && post(self, noon(QDate(2024, 1, 10)));
    if (!ok || !w.finish(error))
        return false;
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("UPDATE member SET status = 'banned' WHERE display_name = 'C'")) &&
           q.exec(QStringLiteral("UPDATE member SET status = 'muted' WHERE display_name = 'B'"));
}

/// "active>occasional=1;new>silent=2" -> cells; every cell not named is 0.
std::array<SegmentCounts, kFlowOrigins> parseCells(const QString &spec)
{
    std::array<SegmentCounts, kFlowOrigins> cells{};
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        const QStringList fromTo = kv.first().split(QLatin1Char('>'));
        Segment from = Segment::Silent, to = Segment::Silent;
        const bool isNew = fromTo.first() == QLatin1String("new");
        if ((!isNew && !Segmentation::fromKey(fromTo.first(), &from)) ||
            !Segmentation::fromKey(fromTo.last(), &to))
            qFatal("bad cell spec %s", qPrintable(part));
        cells.at(size_t(isNew ? kNewOrigin : int(from))).at(size_t(to)) = kv.last().toInt();
    }
    return cells;
}

/// "newcomer=1,active=2" -> counts; every segment not named is 0.
SegmentCounts parseCounts(const QString &spec)
{
    SegmentCounts c{};
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        Segment s = Segment::Silent;
        if (!Segmentation::fromKey(kv.first(), &s))
            qFatal("bad count spec %s", qPrintable(part));
        c.at(size_t(s)) = kv.last().toInt();
    }
    return c;
}

QString describe(const std::array<SegmentCounts, kFlowOrigins> &cells)
{
    QStringList parts;
    for (int o = 0; o < kFlowOrigins; ++o)
        for (Segment to : Segmentation::all())
            if (const int n = cells.at(size_t(o)).at(size_t(to)); n != 0)
                parts.append(QStringLiteral("%1>%2=%3")
                                 .arg(o == kNewOrigin ? QStringLiteral("new")
                                                      : Segmentation::key(Segment(o)),
                                      Segmentation::key(to))
                                 .arg(n));
    return parts.join(QLatin1Char(';'));
}

} // namespace

class TestSegmentFlow : public QObject
{
    Q_OBJECT

private:
    /// The hand-computed community in `timezone`, built once per timezone.
    Database *community(const QString &timezone)
    {
        auto &slot = m_communities[timezone];
        if (!slot) {
            slot = std::make_unique<Database>();
            QString error;
            const QString path = m_dir.filePath(QString::fromLatin1(timezone.toLatin1().toHex()) +
                                                QStringLiteral(".kindred"));
            if (!buildCommunity(path, timezone, &error) || !slot->open(path, &error)) {
                qWarning("community: %s", qPrintable(error));
                slot.reset();
                return nullptr;
            }
        }
        return slot.get();
    }

    /// The invariants of every flow table: row sums = counts at the end of the previous month
    /// (+ the new members), column sums = counts at the end of the month, consecutive months
    /// chain up, counts equal KpiCalculator's and SegmentFlow::counts.
    static void checkSums(const SegmentFlow &flow, const QList<MonthFlow> &months,
                          const AnalyticsSource &source)
    {
        for (int i = 0; i < months.size(); ++i) {
            const MonthFlow &f = months.at(i);
            QCOMPARE(f.before, f.month.addDays(-1));
            for (Segment s : Segmentation::all()) {
                QCOMPARE(f.rowSum(int(s)), f.countsBefore.at(size_t(s)));
                QCOMPARE(f.columnSum(s), f.countsAfter.at(size_t(s)));
            }
            QCOMPARE(f.membersBefore() + f.newMembers(), f.membersAfter());
            QCOMPARE(f.countsAfter, flow.counts(f.after));
            if (i > 0) {
                QCOMPARE(f.month, months.at(i - 1).month.addMonths(1));
                QCOMPARE(f.countsBefore, months.at(i - 1).countsAfter);
            }
            // New members = members first seen during the month (local days).
            int firstSeen = 0;
            const qint64 start = source.clock().startOf(f.month);
            const qint64 end = source.clock().startOf(f.after.addDays(1));
            for (const MemberFacts &m : source.members())
                if (m.firstSeen >= start && m.firstSeen < end)
                    ++firstSeen;
            QCOMPARE(f.newMembers(), firstSeen);
        }
    }

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<Database>> m_communities;
    QTemporaryDir m_demoDir;
    Database m_demo;

private slots:
    void flowCells_data()
    {
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("month");
        QTest::addColumn<QString>("cells");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString utcZone = QStringLiteral("UTC"), sh = QStringLiteral("Asia/Shanghai");
        const QDate end(2024, 3, 31);
        QTest::newRow("utc january")
            << utcZone << end << 0
            << "active>occasional=1;occasional>silent=1;new>newcomer=1;new>active=1;new>silent=1"
            << "active=1,occasional=1"
            << "newcomer=1,active=1,occasional=1,silent=2";
        QTest::newRow("shanghai january: D's post is on Jan 1")
            << sh << end << 0
            << "active>occasional=1;churned>silent=1;new>newcomer=1;new>active=1;new>silent=1"
            << "active=1,churned=1"
            << "newcomer=1,active=1,occasional=1,silent=2";
        for (const QString &tz : {utcZone, sh})
            QTest::addRow("%s february", qPrintable(tz))
                << tz << end << 1
                << "occasional>active=1;silent>churned=2;newcomer>silent=1;active>churned=1;"
                   "new>newcomer=1"
                << "newcomer=1,active=1,occasional=1,silent=2"
                << "newcomer=1,active=1,silent=1,churned=3";
        QTest::newRow("utc march")
            << utcZone << end << 2
            << "active>occasional=1;churned>churned=3;silent>churned=1;newcomer>occasional=1"
            << "newcomer=1,active=1,silent=1,churned=3"
            << "occasional=2,churned=4";
        QTest::newRow("utc march cut on the 15th")
            << utcZone << QDate(2024, 3, 15) << 2
            << "active>silent=1;churned>churned=3;silent>churned=1;newcomer>active=1"
            << "newcomer=1,active=1,silent=1,churned=3"
            << "active=1,silent=1,churned=4";
    }
    void flowCells()
    {
        QFETCH(QString, timezone);
        QFETCH(QDate, to);
        QFETCH(int, month);
        QFETCH(QString, cells);
        QFETCH(QString, before);
        QFETCH(QString, after);
        Database *db = community(timezone);
        QVERIFY(db);
        AnalyticsSource source(*db);
        QString error;
        QVERIFY2(source.load(&error), qPrintable(error));
        QCOMPARE(source.members().size(), size_t(6)); // A B C D E G; not the bot, not "You"
        const SegmentFlow flow(source, smallRules());
        const QList<MonthFlow> months = flow.monthly(Period{QDate(2024, 1, 1), to});
        QCOMPARE(months.size(), 3);
        const MonthFlow &f = months.at(month);
        QCOMPARE(f.month, QDate(2024, 1 + month, 1));
        QCOMPARE(f.after, std::min(f.month.addMonths(1).addDays(-1), to));
        QCOMPARE(f.complete, f.after == f.month.addMonths(1).addDays(-1));
        QCOMPARE(describe(f.cells), describe(parseCells(cells)));
        QCOMPARE(f.countsBefore, parseCounts(before));
        QCOMPARE(f.countsAfter, parseCounts(after));
        checkSums(flow, months, source);
    }

    void leadingEmptyMonthsAreLeftOut()
    {
        Database *db = community(QStringLiteral("UTC"));
        QVERIFY(db);
        AnalyticsSource source(*db);
        QString error;
        QVERIFY(source.load(&error));
        const SegmentFlow flow(source, smallRules());
        // October 2023 has no member yet (D joins Nov 1): the table starts in November, where
        // D arrives and is silent at the end (joined 29 days before, never active).
        const QList<MonthFlow> months =
            flow.monthly(Period{QDate(2023, 10, 15), QDate(2024, 3, 31)});
        QCOMPARE(months.size(), 5);
        QCOMPARE(months.first().label(), QStringLiteral("2023-11"));
        QCOMPARE(describe(months.first().cells), QStringLiteral("new>silent=1"));
        QCOMPARE(months.last().label(), QStringLiteral("2024-03"));
        QVERIFY(months.last().complete);
        checkSums(flow, months, source);
        QVERIFY(flow.monthly(Period{QDate(2024, 3, 1), QDate(2024, 2, 1)}).isEmpty());
        QVERIFY(flow.monthly(Period{QDate(2023, 1, 1), QDate(2023, 10, 31)}).isEmpty());
    }

    void monthsEnding_data()
    {
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("from");
        QTest::newRow("one month") << QDate(2024, 3, 15) << 1 << QDate(2024, 3, 1);
        QTest::newRow("across a year") << QDate(2024, 2, 29) << 12 << QDate(2023, 3, 1);
        QTest::newRow("month end") << QDate(2024, 12, 31) << 3 << QDate(2024, 10, 1);
    }
    void monthsEnding()
    {
        QFETCH(QDate, end);
        QFETCH(int, months);
        QFETCH(QDate, from);
        const Period p = SegmentFlow::monthsEnding(end, months);
        QCOMPARE(p.from, from);
        QCOMPARE(p.to, end);
        QVERIFY(!SegmentFlow::monthsEnding(end, 0).isValid());
    }

    void breakdown_data()
    {
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("banned");
        QTest::addColumn<QString>("muted");
        // February (29 days) against Jan 3..31; C (banned) is silent, B (muted) churned.
        QTest::newRow("february") << QStringLiteral("UTC") << QDate(2024, 2, 1)
                                  << QDate(2024, 2, 29) << "newcomer=1,active=1,silent=1,churned=3"
                                  << "newcomer=1,active=1,occasional=1,silent=2"
                                  << "silent=1"
                                  << "churned=1";
        // The 31 days ending Jan 31 against the 31 ending Dec 31; C (banned) is a newcomer,
        // B (muted) silent; on Dec 31 D is occasional in UTC, churned in Shanghai.
        QTest::newRow("january utc")
            << QStringLiteral("UTC") << QDate(2024, 1, 1) << QDate(2024, 1, 31)
            << "newcomer=1,active=1,occasional=1,silent=2"
            << "active=1,occasional=1"
            << "newcomer=1"
            << "silent=1";
        QTest::newRow("january shanghai")
            << QStringLiteral("Asia/Shanghai") << QDate(2024, 1, 1) << QDate(2024, 1, 31)
            << "newcomer=1,active=1,occasional=1,silent=2"
            << "active=1,churned=1"
            << "newcomer=1"
            << "silent=1";
    }
    void breakdown()
    {
        QFETCH(QString, timezone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, current);
        QFETCH(QString, previous);
        QFETCH(QString, banned);
        QFETCH(QString, muted);
        Database *db = community(timezone);
        QVERIFY(db);
        AnalyticsSource source(*db);
        QString error;
        QVERIFY(source.load(&error));
        const SegmentFlow flow(source, smallRules());
        const Period period{from, to};
        const SegmentBreakdown b = flow.breakdown(period);
        QCOMPARE(b.period.to, to);
        QCOMPARE(b.previousPeriod.to, from.addDays(-1));
        QCOMPARE(b.previousPeriod.days(), period.days());
        QCOMPARE(b.current, parseCounts(current));
        QCOMPARE(b.previous, parseCounts(previous));
        QCOMPARE(b.banned, parseCounts(banned));
        QCOMPARE(b.muted, parseCounts(muted));
        QCOMPARE(b.bannedTotal(), 1);
        QCOMPARE(b.mutedTotal(), 1);
        QCOMPARE(b.flaggedTotal(), 0); // no flag recorded
        // Same counts as the Dashboard's KpiCalculator.
        const KpiCalculator calc(source, smallRules());
        QCOMPARE(b.current, calc.compute(period).segments);
        QCOMPARE(b.previous, calc.compute(period.previous()).segments);
        for (Segment s : Segmentation::all()) {
            const int cur = b.current.at(size_t(s)), prev = b.previous.at(size_t(s));
            QCOMPARE(b.change(s), cur - prev);
            if (prev == 0)
                QVERIFY(std::isnan(b.relativeChange(s)));
            else
                QCOMPARE(b.relativeChange(s), double(cur - prev) / prev);
        }
    }

    void flaggedOverlay_data()
    {
        QTest::addColumn<QString>("flags");   // "name:status,..." rows of `flag`
        QTest::addColumn<QString>("merge");   // "G>D": G's row merged into D's, or ""
        QTest::addColumn<QString>("flagged"); // expected overlay at the end of February
        // On 2024-02-29 (smallRules): A active, B churned, C silent, D churned, E newcomer,
        // G churned.
        QTest::newRow("none") << QString() << QString() << QString();
        QTest::newRow("open flag on A") << "A:open" << QString() << "active=1";
        QTest::newRow("handled flags do not count")
            << "B:dismissed,C:actioned" << QString() << QString();
        QTest::newRow("open and dismissed") << "A:open,C:dismissed" << QString() << "active=1";
        QTest::newRow("two open flags, one member") << "E:open,E:open" << QString() << "newcomer=1";
        QTest::newRow("one per segment") << "A:open,B:open,C:open,E:open" << QString()
                                         << "newcomer=1,active=1,silent=1,churned=1";
        // G merged into D: G's flag counts for D (churned: left on Feb 10), G is no member.
        QTest::newRow("merged identity counts for its survivor") << "G:open"
                                                                 << "G>D"
                                                                 << "churned=1";
        QTest::newRow("survivor and merged identity are one member") << "G:open,D:open"
                                                                     << "G>D"
                                                                     << "churned=1";
        QTest::newRow("bots are never members") << "bot:open" << QString() << QString();
    }
    void flaggedOverlay()
    {
        QFETCH(QString, flags);
        QFETCH(QString, merge);
        QFETCH(QString, flagged);
        const QString path = m_dir.filePath(
            QStringLiteral("flagged-%1.kindred")
                .arg(QString::fromLatin1(QByteArray(QTest::currentDataTag()).toHex())));
        QString error;
        QVERIFY2(buildCommunity(path, QStringLiteral("UTC"), &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        auto idOf = [&](const QString &name) {
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT id FROM member WHERE display_name = ?"));
            q.addBindValue(name);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(0);
        };
        if (!merge.isEmpty()) {
            const QStringList pair = merge.split(QLatin1Char('>'));
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("UPDATE member SET merged_into = ? WHERE id = ?"));
            q.addBindValue(idOf(pair.last()));
            q.addBindValue(idOf(pair.first()));
            QVERIFY(q.exec());
        }
        int n = 0;
        for (const QString &spec : flags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList kv = spec.split(QLatin1Char(':'));
            const qint64 member = idOf(kv.first());
            QVERIFY2(member > 0, qPrintable(spec));
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral(
                "INSERT INTO flag (community_id, rule, member_id, occurred_at, raised_at, "
                "severity, status, dedup_key) SELECT community_id, 'flood', id, :t, :t, 2, "
                ":status, :key FROM member WHERE id = :m"));
            q.bindValue(QStringLiteral(":t"), utc("2024-02-20T12:00:00Z"));
            q.bindValue(QStringLiteral(":status"), kv.last());
            q.bindValue(QStringLiteral(":key"), QStringLiteral("test:%1").arg(++n));
            q.bindValue(QStringLiteral(":m"), member);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        const SegmentBreakdown b =
            SegmentFlow(source, smallRules()).breakdown({QDate(2024, 2, 1), QDate(2024, 2, 29)});
        QCOMPARE(b.flagged, parseCounts(flagged));
        QCOMPARE(b.flaggedTotal(), int(std::accumulate(b.flagged.begin(), b.flagged.end(), 0)));
        for (Segment s : Segmentation::all())
            QVERIFY(b.flagged.at(size_t(s)) <= b.current.at(size_t(s)));
        // The segments themselves do not depend on the flags.
        QCOMPARE(b.current,
                 parseCounts(merge.isEmpty()
                                 ? QStringLiteral("newcomer=1,active=1,silent=1,churned=3")
                                 : QStringLiteral("newcomer=1,active=1,silent=1,churned=2")));
    }

    void rulesChangeTheCounts()
    {
        Database *db = community(QStringLiteral("UTC"));
        QVERIFY(db);
        AnalyticsSource source(*db);
        QString error;
        QVERIFY(source.load(&error));
        // With a churn period of 60 days, B and G (last touch Jan 5 / Jan 17) are silent, not
        // churned, on Feb 29; D (left) stays churned.
        SegmentRules longChurn = smallRules();
        longChurn.churnDays = 60;
        QCOMPARE(SegmentFlow(source, longChurn).counts(QDate(2024, 2, 29)),
                 parseCounts(QStringLiteral("newcomer=1,active=1,silent=3,churned=1")));
        QCOMPARE(SegmentFlow(source, smallRules()).counts(QDate(2024, 2, 29)),
                 parseCounts(QStringLiteral("newcomer=1,active=1,silent=1,churned=3")));
    }

    void demoCommunity()
    {
        QString error;
        QVERIFY(m_demoDir.isValid());
        QVERIFY2(m_demo.open(m_demoDir.filePath(QStringLiteral("demo.kindred")), &error),
                 qPrintable(error));
        QVERIFY2(DemoGenerator::build(m_demo, DemoOptions{}, &error), qPrintable(error));
        AnalyticsSource source(m_demo);
        QVERIFY(source.load(&error));
        const SegmentRules rules = SegmentRules::load(m_demo);
        QCOMPARE(rules, SegmentRules{});
        const SegmentFlow flow(source, rules);
        const QDate last = source.lastMessageDate();
        QCOMPARE(last, DemoOptions{}.endDate);

        // Every member seen by the end is in exactly one segment.
        const QHash<qint64, Segment> seg = flow.segmentsOn(last);
        QCOMPARE(qsizetype(seg.size()), qsizetype(source.members().size()));
        for (const MemberFacts &m : source.members())
            QVERIFY(seg.contains(m.id));
        const Period period = Period::ending(last, 30);
        const SegmentBreakdown b = flow.breakdown(period);
        QCOMPARE(b.total(), int(source.members().size()));
        QCOMPARE(b.current, KpiCalculator(source, rules).compute(period).segments);
        for (Segment s : Segmentation::all())
            QVERIFY2(b.current.at(size_t(s)) > 0, qPrintable(Segmentation::key(s)));
        QVERIFY(b.bannedTotal() + b.mutedTotal() <= b.total());
        // The demo raises flags on import: the flagged overlay is the distinct surviving
        // members with an open flag who are members at the period's end.
        {
            QSet<qint64> open;
            QSqlQuery q(m_demo.sql());
            QVERIFY(q.exec(QStringLiteral("SELECT member_id FROM flag WHERE status = 'open'")));
            while (q.next())
                open.insert(source.resolve(q.value(0).toLongLong()));
            int expected = 0;
            for (const MemberFacts &m : source.members())
                expected += open.contains(m.id) ? 1 : 0;
            QVERIFY(expected > 0);
            QCOMPARE(b.flaggedTotal(), expected);
        }

        // Twelve months of flow: sums consistent, members only ever added.
        const QList<MonthFlow> months = flow.monthly(SegmentFlow::monthsEnding(last, 12));
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.last().after, last);
        QCOMPARE(months.last().countsAfter, b.current);
        checkSums(flow, months, source);
        int moved = 0;
        for (const MonthFlow &f : months) {
            moved += f.membersBefore() - f.stayed();
            // A churned member only comes back by activity: never into "newcomer".
            QCOMPARE(f.cell(int(Segment::Churned), Segment::Newcomer), 0);
        }
        QVERIFY(moved > 0);
    }
};

QTEST_GUILESS_MAIN(TestSegmentFlow)
#include "tst_segment_flow.moc"
