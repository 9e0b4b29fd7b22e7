// Workspace settings in core: the community row (name, currency, timezone) through
// CommunityStore, the segment thresholds through SegmentRules::load/save, and that both change
// what the analytics compute on a small hand-built community.
#include "analytics/KpiCalculator.h"
#include "analytics/MemberDirectory.h"
#include "import/ImportWriter.h"
#include "report/ReportData.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

const QDate kEnd(2024, 3, 31); ///< last day of the period of the segment tests

qint64 utcAt(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

/// Member "a" active on 2 of the last 30 days, "b" on 5; both first seen 60 days earlier.
bool buildCommunity(Database &db, QString *error)
{
    const qint64 community = db.defaultCommunityId(QStringLiteral("t"));
    ImportWriter w(db.handle(), community, 0);
    if (!w.prepare(error) ||
        !w.beginChannel({QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}))
        return false;
    int n = 0;
    auto post = [&](const char *who, const QDate &day, int hour) {
        MessageInfo m;
        m.externalId = QString::number(++n);
        m.author = PersonRef{QString::fromLatin1(who), QString::fromLatin1(who), false};
        m.sentAt = utcAt(day, hour);
        m.text = QStringLiteral("x");
        return w.addMessage(m);
    };
    bool ok = post("a", kEnd.addDays(-59), 10) && post("b", kEnd.addDays(-59), 10) &&
              post("a", kEnd.addDays(-5), 10) && post("a", kEnd.addDays(-3), 10);
    for (int d = 1; d <= 5; ++d)
        ok = ok && post("b", kEnd.addDays(-d), 10);
    return ok && w.finish(error);
}

SegmentCounts segmentsNow(Database &db)
{
    AnalyticsSource source(db);
    QString error;
    if (!source.load(&error))
        return {};
    return KpiCalculator(source, SegmentRules::load(db)).compute(Period::ending(kEnd, 30)).segments;
}

} // namespace

class TestSettingsStores : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.kindred").arg(++m_files)); }

private slots:
    void communityDefaultsBeforeAnyImport()
    {
        Database db;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("empty.kindred"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        CommunitySettings s;
        QVERIFY2(CommunityStore(db).read(&s, &error), qPrintable(error));
        QCOMPARE(s.id, qint64(0));
        QCOMPARE(s.name, QStringLiteral("empty"));
        QCOMPARE(s.currency, QStringLiteral("CNY"));
        QCOMPARE(s.timezone, QStringLiteral("UTC"));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM community")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // reading creates nothing
    }

    void communityRoundTrip()
    {
        const QString path = newPath();
        QString error;
        qint64 id = 0;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            id = db.defaultCommunityId(QStringLiteral("old"));
            const CommunitySettings wanted{0, QStringLiteral("  Qt 中文社群 "),
                                           QStringLiteral("USD"), QStringLiteral(" Asia/Shanghai")};
            QVERIFY2(CommunityStore(db).update(wanted, &error), qPrintable(error));
        }
        Database db; // a fresh connection reads what was committed
        QVERIFY2(db.open(path, &error), qPrintable(error));
        CommunitySettings s;
        QVERIFY2(CommunityStore(db).read(&s, &error), qPrintable(error));
        QCOMPARE(s, (CommunitySettings{id, QStringLiteral("Qt 中文社群"), QStringLiteral("USD"),
                                       QStringLiteral("Asia/Shanghai")}));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        QCOMPARE(source.communityName(), QStringLiteral("Qt 中文社群"));
        QCOMPARE(source.clock().zone().id(), QByteArray("Asia/Shanghai"));
    }

    void communityUpdateCreatesTheCommunity()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        const CommunitySettings wanted{0, QStringLiteral("n"), QStringLiteral("EUR"),
                                       QStringLiteral("Europe/Berlin")};
        QVERIFY2(CommunityStore(db).update(wanted, &error), qPrintable(error));
        CommunitySettings s;
        QVERIFY(CommunityStore(db).read(&s, &error));
        QVERIFY(s.id > 0);
        QCOMPARE(s.id, db.defaultCommunityId());
        QCOMPARE(s.timezone, QStringLiteral("Europe/Berlin"));
    }

    void communityRejections_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<QString>("mentions"); // a part of the error
        QTest::newRow("bad timezone") << "c"
                                      << "CNY"
                                      << "Mars/Olympus"
                                      << "Mars/Olympus";
        QTest::newRow("empty timezone") << "c"
                                        << "CNY"
                                        << ""
                                        << "time zone";
        QTest::newRow("currency yuan") << "c"
                                       << "yuan"
                                       << "UTC"
                                       << "yuan";
        QTest::newRow("lower-case code") << "c"
                                         << "cny"
                                         << "UTC"
                                         << "cny";
        QTest::newRow("two letters") << "c"
                                     << "CN"
                                     << "UTC"
                                     << "CN";
        QTest::newRow("digits") << "c"
                                << "123"
                                << "UTC"
                                << "123";
        QTest::newRow("non-ASCII letters")
            << "c" << QStringLiteral("ÄÖÜ") << "UTC" << QStringLiteral("ÄÖÜ");
        QTest::newRow("empty name") << ""
                                    << "CNY"
                                    << "UTC"
                                    << "name";
        QTest::newRow("blank name") << "   "
                                    << "CNY"
                                    << "UTC"
                                    << "name";
    }
    void communityRejections()
    {
        QFETCH(QString, name);
        QFETCH(QString, currency);
        QFETCH(QString, timezone);
        QFETCH(QString, mentions);
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        const qint64 id = db.defaultCommunityId(QStringLiteral("before"));
        const CommunitySettings bad{id, name, currency, timezone};
        QVERIFY(!CommunityStore::validate(bad, &error));
        error.clear();
        QVERIFY(!CommunityStore(db).update(bad, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        CommunitySettings s;
        QVERIFY(CommunityStore(db).read(&s, &error));
        QCOMPARE(s, (CommunitySettings{id, QStringLiteral("before"), QStringLiteral("CNY"),
                                       QStringLiteral("UTC")}));
    }

    void rulesDefaultWhenUnset()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        const SegmentRules r = SegmentRules::load(db);
        QCOMPARE(r, SegmentRules{});
        QCOMPARE(r.churnDays, 90);
        QCOMPARE(r.newcomerDays, 14);
        QCOMPARE(r.windowDays, 30);
        QCOMPARE(r.activeMinDays, 4);
    }

    void rulesRoundTrip()
    {
        const QString path = newPath();
        QString error;
        const SegmentRules wanted{120, 7, 21, 2};
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(wanted.save(db, &error), qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(SegmentRules::load(db), wanted);
        QCOMPARE(db.setting(QStringLiteral("segments/churn_days")), QStringLiteral("120"));
        QCOMPARE(db.setting(QStringLiteral("segments/newcomer_days")), QStringLiteral("7"));
        QCOMPARE(db.setting(QStringLiteral("segments/window_days")), QStringLiteral("21"));
        QCOMPARE(db.setting(QStringLiteral("segments/active_min_days")), QStringLiteral("2"));
        // Back to the defaults.
        QVERIFY(SegmentRules{}.save(db, &error));
        QCOMPARE(SegmentRules::load(db), SegmentRules{});
    }

    void rulesRejections_data()
    {
        QTest::addColumn<int>("churn");
        QTest::addColumn<int>("newcomer");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("activeMin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << 90 << 14 << 30 << 4 << true;
        QTest::newRow("all one day but newcomer") << 2 << 1 << 1 << 1 << true;
        QTest::newRow("active on every day of the window") << 90 << 14 << 30 << 30 << true;
        QTest::newRow("newcomer one day short of churn") << 90 << 89 << 30 << 4 << true;
        QTest::newRow("ten years") << 3650 << 14 << 3650 << 4 << true;
        QTest::newRow("zero churn") << 0 << 14 << 30 << 4 << false;
        QTest::newRow("zero newcomer") << 90 << 0 << 30 << 4 << false;
        QTest::newRow("negative window") << 90 << 14 << -30 << 4 << false;
        QTest::newRow("zero active days") << 90 << 14 << 30 << 0 << false;
        QTest::newRow("active beyond the window") << 90 << 14 << 30 << 31 << false;
        QTest::newRow("newcomer equals churn") << 30 << 30 << 30 << 4 << false;
        QTest::newRow("newcomer beyond churn") << 30 << 60 << 30 << 4 << false;
        QTest::newRow("over ten years") << 3651 << 14 << 30 << 4 << false;
    }
    void rulesRejections()
    {
        QFETCH(int, churn);
        QFETCH(int, newcomer);
        QFETCH(int, window);
        QFETCH(int, activeMin);
        QFETCH(bool, valid);
        const SegmentRules r{churn, newcomer, window, activeMin};
        QString error;
        QCOMPARE(r.validate(&error), valid);
        QCOMPARE(error.isEmpty(), valid);
        Database db;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        error.clear();
        QCOMPARE(r.save(db, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        QCOMPARE(SegmentRules::load(db), valid ? r : SegmentRules{}); // a rejection stores nothing
    }

    void rulesLoadIgnoresBadStoredValues()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        QVERIFY(db.setSetting(QStringLiteral("segments/churn_days"), QStringLiteral("ninety")));
        QVERIFY(db.setSetting(QStringLiteral("segments/window_days"), QStringLiteral("60")));
        SegmentRules expected;
        expected.windowDays = 60; // the readable key is used, the unreadable one defaults
        QCOMPARE(SegmentRules::load(db), expected);
        QVERIFY(db.setSetting(QStringLiteral("segments/window_days"), QStringLiteral("3")));
        QCOMPARE(SegmentRules::load(db), SegmentRules{}); // 4 active days in a 3-day window
    }

    void changedRuleChangesSegments()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        QVERIFY2(buildCommunity(db, &error), qPrintable(error));
        SegmentCounts c = segmentsNow(db);
        QCOMPARE(c[size_t(Segment::Active)], 1);     // b: 5 days
        QCOMPARE(c[size_t(Segment::Occasional)], 1); // a: 2 days < 4

        SegmentRules rules;
        rules.activeMinDays = 2;
        QVERIFY2(rules.save(db, &error), qPrintable(error));
        c = segmentsNow(db);
        QCOMPARE(c[size_t(Segment::Active)], 2);
        QCOMPARE(c[size_t(Segment::Occasional)], 0);

        // The report and the member directory use the stored rules too.
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        ReportData report;
        QVERIFY2(ReportData::build(source, Period::ending(kEnd, 30), 5, &report, &error),
                 qPrintable(error));
        QCOMPARE(report.current.segments[size_t(Segment::Active)], 2);
        QCOMPARE(report.rules, rules); // what the report's definitions paragraph states
        const KpiCalculator calc(source, SegmentRules::load(db));
        for (const MemberRow &row : MemberDirectory(calc, source).rows(Period::ending(kEnd, 30)))
            QCOMPARE(row.segment, Segment::Active);

        // A churn period shorter than a's silence since day -3 makes a churned.
        rules = SegmentRules{2, 1, 30, 2};
        QVERIFY2(rules.save(db, &error), qPrintable(error));
        c = segmentsNow(db);
        QCOMPARE(c[size_t(Segment::Churned)], 1);
        QCOMPARE(c[size_t(Segment::Active)], 1);
    }

    void timezoneMovesTheDay()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        QVERIFY2(buildCommunity(db, &error), qPrintable(error));
        // One more message on 03-10 at 20:00 UTC, which is 03-11 04:00 in Shanghai.
        ImportWriter w(db.handle(), db.defaultCommunityId(), 0);
        QVERIFY(w.prepare(&error));
        QVERIFY(w.beginChannel(
            {QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}));
        MessageInfo m;
        m.externalId = QStringLiteral("late");
        m.author = PersonRef{QStringLiteral("c"), QStringLiteral("c"), false};
        m.sentAt = utcAt(QDate(2024, 3, 10), 20);
        m.text = QStringLiteral("evening");
        QVERIFY(w.addMessage(m));
        QVERIFY(w.finish(&error));

        const Period days{QDate(2024, 3, 10), QDate(2024, 3, 11)};
        auto dau = [&]() {
            AnalyticsSource source(db);
            QList<int> out;
            if (source.load(&error))
                for (const DailyEngagement &d : KpiCalculator(source).compute(days).series)
                    out.append(d.dau);
            return out;
        };
        QCOMPARE(dau(), (QList<int>{1, 0}));
        CommunitySettings s;
        QVERIFY(CommunityStore(db).read(&s, &error));
        s.timezone = QStringLiteral("Asia/Shanghai");
        QVERIFY2(CommunityStore(db).update(s, &error), qPrintable(error));
        QCOMPARE(dau(), (QList<int>{0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStores)
#include "tst_settings_stores.moc"
