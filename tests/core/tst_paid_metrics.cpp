// PaidMetrics on hand-computed memberships (renewal inside / outside / exactly at the grace
// period, early renewal, refunds, cancelled, trials converted or not, two currencies, payers
// never seen in the community), per-month renewals and pending, exchange rates, the stored
// settings, the 知识星球 preset import of tests/data/csv/zsxq_members.csv (a hand-written sample
// in the preset's layout, not a real export) with renewal linking, and the demo community.
#include "analytics/AnalyticsSource.h"
#include "analytics/KpiCalculator.h"
#include "analytics/PaidMetrics.h"
#include "demo/DemoGenerator.h"
#include "import/csv/CsvImportService.h"
#include "import/csv/CsvMapping.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

qint64 utcOf(const QString &text)
{
    const QDateTime dt = text.contains(QLatin1Char('T'))
                             ? QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm"))
                             : QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    QDateTime utc = dt;
    utc.setTimeSpec(Qt::UTC);
    return utc.toSecsSinceEpoch();
}

/// "id member status start expiry amount currency [plan]; ..." — member "A".."Z" (seen in the
/// community since 2020) or "xA".. (never seen); expiry "-" = none.
std::vector<MembershipRecord> records(const QString &spec)
{
    std::vector<MembershipRecord> out;
    for (const QString &row : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = row.simplified().split(QLatin1Char(' '));
        MembershipRecord r;
        r.id = f.at(0).toLongLong();
        const QString member = f.at(1);
        r.memberId = member.back().unicode();
        r.memberFirstSeen =
            member.startsWith(QLatin1Char('x')) ? 0 : utcOf(QStringLiteral("2020-01-01"));
        r.status = f.at(2);
        r.startedAt = utcOf(f.at(3));
        r.expiresAt = f.at(4) == QLatin1String("-") ? 0 : utcOf(f.at(4));
        r.amountMinor = f.at(5).toLongLong();
        r.currency = f.at(6);
        r.planName = f.size() > 7 ? f.at(7) : QString();
        out.push_back(r);
    }
    return out;
}

QString moneyText(const QMap<QString, qint64> &m)
{
    QStringList parts;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    return parts.join(QLatin1Char(';'));
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

const Period kMarch{QDate(2026, 3, 1), QDate(2026, 3, 31)};

} // namespace

class TestPaidMetrics : public QObject
{
    Q_OBJECT

private slots:
    void period_data();
    void period();
    void monthsAndPending();
    void renewalsMap();
    void exchangeRates_data();
    void exchangeRates();
    void convertedRevenue();
    void settings();
    void zsxqImport_data();
    void zsxqImport();
    void demo();
};

void TestPaidMetrics::period_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("paying");
    QTest::addColumn<int>("outside");
    QTest::addColumn<int>("expiring");
    QTest::addColumn<int>("renewed");
    QTest::addColumn<int>("refundedExcluded");
    QTest::addColumn<int>("cancelled");
    QTest::addColumn<int>("trials");
    QTest::addColumn<int>("converted");
    QTest::addColumn<QString>("revenue");
    QTest::addColumn<int>("refunds");
    QTest::addColumn<QString>("refundAmount");

    // Period March 2026 (UTC), grace 7 days, trial window 30 days, 10 members at the end.
    QTest::newRow("renewal 5 days after expiry (inside grace)")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 A active 2026-03-15 2027-03-15 19900 CNY"
        << 1 << 0 << 1 << 1 << 0 << 0 << 0 << 0 << "CNY=19900" << 0 << "";
    QTest::newRow("renewal 8 days after expiry (outside grace)")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 A active 2026-03-18 2027-03-18 19900 CNY"
        << 1 << 0 << 1 << 0 << 0 << 0 << 0 << 0 << "CNY=19900" << 0 << "";
    QTest::newRow("renewal exactly 7 days after (boundary, inside)")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 A active 2026-03-17 2027-03-17 19900 CNY"
        << 1 << 0 << 1 << 1 << 0 << 0 << 0 << 0 << "CNY=19900" << 0 << "";
    QTest::newRow("renewal 7 days and 1 minute after (outside)")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; "
           "2 A active 2026-03-17T00:01 2027-03-17 19900 CNY"
        << 1 << 0 << 1 << 0 << 0 << 0 << 0 << 0 << "CNY=19900" << 0 << "";
    QTest::newRow("early renewal before expiry")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 A active 2026-03-01 2027-03-01 19900 CNY"
        << 1 << 0 << 1 << 1 << 0 << 0 << 0 << 0 << "CNY=19900" << 0 << "";
    QTest::newRow("another member's membership is no renewal")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 B active 2026-03-12 2027-03-12 19900 CNY"
        << 1 << 0 << 1 << 0 << 0 << 0 << 0 << 0 << "CNY=19900" << 0 << "";
    QTest::newRow("expired without renewal: not paying at the end")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY" << 0 << 0 << 1 << 0 << 0 << 0 << 0 << 0
        << "" << 0 << "";
    QTest::newRow("covering the end: paying without paying in the period")
        << "1 A active 2025-06-01 2026-06-01 19900 CNY" << 1 << 0 << 0 << 0 << 0 << 0 << 0 << 0
        << "" << 0 << "";
    QTest::newRow("expiring exactly at the end instant still covers it")
        << "1 A active 2025-04-01 2026-04-01 19900 CNY" << 1 << 0 << 0 << 0 << 0 << 0 << 0 << 0
        << "" << 0 << "";
    QTest::newRow("refunded: left out of renewals, a refund in its start month")
        << "1 A refunded 2025-03-10 2026-03-10 19900 CNY; 2 B refunded 2026-03-05 2027-03-05 19900 "
           "CNY"
        << 0 << 0 << 0 << 0 << 1 << 0 << 0 << 0 << "" << 1 << "CNY=19900";
    QTest::newRow("refunded renewal does not renew")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 A refunded 2026-03-12 2027-03-12 19900 "
           "CNY"
        << 0 << 0 << 1 << 0 << 0 << 0 << 0 << 0 << "" << 1 << "CNY=19900";
    QTest::newRow("cancelled counts as expiring, not renewed")
        << "1 A cancelled 2025-03-10 2026-03-10 19900 CNY; 2 B cancelled 2025-03-20 2026-03-20 "
           "19900 CNY; "
           "3 B active 2026-03-22 2027-03-22 19900 CNY"
        << 1 << 0 << 2 << 1 << 0 << 2 << 0 << 0 << "CNY=19900" << 0 << "";
    QTest::newRow("cancelled but paid for past the end: paying")
        << "1 A cancelled 2026-02-15 2026-05-15 8700 CNY" << 1 << 0 << 0 << 0 << 0 << 0 << 0 << 0
        << "" << 0 << "";
    QTest::newRow("trial converted within 30 days")
        << "1 C trial 2026-03-02 2026-03-09 0 CNY; 2 C active 2026-03-12 2026-04-11 2900 CNY" << 1
        << 0 << 0 << 0 << 0 << 0 << 1 << 1 << "CNY=2900" << 0 << "";
    QTest::newRow("trial converted after 42 days (too late)")
        << "1 C trial 2026-03-02 2026-03-09 0 CNY; 2 C active 2026-04-20 2026-05-20 2900 CNY" << 0
        << 0 << 0 << 0 << 0 << 0 << 1 << 0 << "" << 0 << "";
    QTest::newRow("a trial is no renewal and no revenue")
        << "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 A trial 2026-03-12 2026-03-19 0 CNY" << 0
        << 0 << 1 << 0 << 0 << 0 << 1 << 0 << "" << 0 << "";
    QTest::newRow("two currencies are never added")
        << "1 D active 2026-03-03 2027-03-03 2900 USD; 2 E active 2026-03-20 2027-03-20 19900 CNY; "
           "3 F active 2026-03-21 2026-04-20 2900 CNY"
        << 3 << 0 << 0 << 0 << 0 << 0 << 0 << 0 << "CNY=22800;USD=2900" << 0 << "";
    QTest::newRow("a payer never seen in the community")
        << "1 xG active 2026-03-05 2027-03-05 19900 CNY; 2 H active 2026-03-06 2027-03-06 19900 CNY"
        << 1 << 1 << 0 << 0 << 0 << 0 << 0 << 0 << "CNY=39800" << 0 << "";
    QTest::newRow("no expiry never expires") << "1 A active 2025-01-01 - 9900 CNY" << 1 << 0 << 0
                                             << 0 << 0 << 0 << 0 << 0 << "" << 0 << "";
}

void TestPaidMetrics::period()
{
    QFETCH(QString, spec);
    QFETCH(int, paying);
    QFETCH(int, outside);
    QFETCH(int, expiring);
    QFETCH(int, renewed);
    QFETCH(int, refundedExcluded);
    QFETCH(int, cancelled);
    QFETCH(int, trials);
    QFETCH(int, converted);
    QFETCH(QString, revenue);
    QFETCH(int, refunds);
    QFETCH(QString, refundAmount);
    const PaidReport r = PaidMetrics::compute(records(spec), 10, kMarch, CommunityClock(),
                                              PaidSettings{}, utcOf(QStringLiteral("2027-01-01")));
    QCOMPARE(r.payingMembers, qint64(paying));
    QCOMPARE(r.payingOutsideCommunity, qint64(outside));
    QCOMPARE(r.conversionRate, paying / 10.0);
    QCOMPARE(r.renewalsInPeriod.expiring, qint64(expiring));
    QCOMPARE(r.renewalsInPeriod.renewed, qint64(renewed));
    QCOMPARE(r.renewalsInPeriod.refundedExcluded, qint64(refundedExcluded));
    QCOMPARE(r.renewalsInPeriod.cancelled, qint64(cancelled));
    QCOMPARE(r.renewalRate, expiring > 0 ? double(renewed) / expiring : 0.0);
    QCOMPARE(r.trials, qint64(trials));
    QCOMPARE(r.trialsConverted, qint64(converted));
    QCOMPARE(moneyText(r.revenue), revenue);
    QCOMPARE(r.refunds.count, qint64(refunds));
    QCOMPARE(moneyText(r.refunds.amountMinor), refundAmount);
    // The single period month is the whole period here.
    QCOMPARE(r.renewalsByMonth.size(), 1);
    QCOMPARE(r.renewalsByMonth.first().expiring, qint64(expiring));
    QCOMPARE(r.renewalsByMonth.first().renewed, qint64(renewed));
}

void TestPaidMetrics::monthsAndPending()
{
    // Jan–Mar 2026 in Asia/Shanghai (UTC+8): an expiry at 2026-01-31T20:00 UTC is 1 February
    // locally. As of 2026-03-30, a March expiry without renewal whose grace is not over is
    // pending; a trial whose window is open too.
    const QString spec = QStringLiteral(
        "1 A expired 2025-01-10 2026-01-10 19900 CNY Y; 2 A active 2026-01-12 2027-01-12 19900 CNY "
        "Y;"
        "3 B expired 2025-01-31T20:00 2026-01-31T20:00 19900 CNY Y;"
        "4 C expired 2026-01-15 2026-02-14 2900 CNY M; 5 C active 2026-02-14 2026-03-16 2900 CNY M;"
        "6 C active 2026-03-16 2026-04-15 2900 CNY M;"
        "7 D expired 2026-02-26 2026-03-28 2900 CNY M; 8 E trial 2026-03-20 2026-03-27 0 CNY T;"
        "9 F refunded 2026-02-01 2026-03-03 2900 USD M");
    const CommunityClock clock(QTimeZone("Asia/Shanghai"));
    const Period q1{QDate(2026, 1, 1), QDate(2026, 3, 31)};
    const PaidReport r = PaidMetrics::compute(records(spec), 5, q1, clock, PaidSettings{},
                                              utcOf(QStringLiteral("2026-03-30")));
    QCOMPARE(r.renewalsByMonth.size(), 3);
    const RenewalMonth &jan = r.renewalsByMonth.at(0), &feb = r.renewalsByMonth.at(1),
                       &mar = r.renewalsByMonth.at(2);
    QCOMPARE(jan.month, QDate(2026, 1, 1));
    QCOMPARE(jan.expiring, qint64(1)); // 1 (renewed by 2)
    QCOMPARE(jan.renewed, qint64(1));
    QCOMPARE(feb.expiring, qint64(2)); // 3 (local 1 Feb, not renewed) and 4 (renewed by 5)
    QCOMPARE(feb.renewed, qint64(1));
    QCOMPARE(feb.pending, qint64(0));
    QCOMPARE(mar.expiring, qint64(2)); // 5 (renewed by 6) and 7 (grace open on 30 Mar)
    QCOMPARE(mar.renewed, qint64(1));
    QCOMPARE(mar.pending, qint64(1));
    QCOMPARE(mar.refundedExcluded, qint64(1)); // 9
    QCOMPARE(r.renewalsInPeriod.expiring, qint64(5));
    QCOMPARE(r.renewalsInPeriod.renewed, qint64(3));
    QCOMPARE(r.renewalRate, 3.0 / 5.0);
    QCOMPARE(r.trials, qint64(1));
    QCOMPARE(r.trialsConverted, qint64(0));
    QCOMPARE(r.trialsPending, qint64(1));
    // Revenue by month, plan and currency (local months): Jan Y 19900 (2), Jan M 2900 (4),
    // Feb M 2900+2900 (5, 7), Mar M 2900 (6); 9 refunded.
    QStringList cells;
    for (const RevenueCell &c : r.revenueByMonth)
        cells.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(c.month.toString(QStringLiteral("yyyy-MM")), c.planName, c.currency)
                         .arg(c.amountMinor)
                         .arg(c.memberships));
    QCOMPARE(cells,
             QStringList(
                 {QStringLiteral("2026-01 M CNY 2900 1"), QStringLiteral("2026-01 Y CNY 19900 1"),
                  QStringLiteral("2026-02 M CNY 5800 2"), QStringLiteral("2026-03 M CNY 2900 1")}));
    QCOMPARE(moneyText(r.revenue), QStringLiteral("CNY=31500"));
    // ARPPU: 31500 over the 3 distinct CNY payers A, C, D.
    QCOMPARE(r.payersByCurrency.value(QStringLiteral("CNY")), qint64(3));
    QCOMPARE(r.arppu.value(QStringLiteral("CNY")), 31500.0 / 3.0);
    QCOMPARE(moneyText(r.refunds.amountMinor), QStringLiteral("USD=2900"));
    // Paying at the end (covering 1 Apr local) or paid in Q1: A, C, D (E is a trial, F refunded,
    // B lapsed in 2025's membership, paid nothing in Q1).
    QCOMPARE(r.payingMemberIds, QList<qint64>({'A', 'C', 'D'}));
}

void TestPaidMetrics::renewalsMap()
{
    // Two candidates: the earliest qualifying start renews; a membership never renews itself
    // or one that starts at the same time.
    const auto recs = records(QStringLiteral(
        "1 A expired 2025-03-10 2026-03-10 19900 CNY; 2 A active 2026-03-12 2027-03-12 19900 CNY;"
        "3 A active 2026-03-14 2027-03-14 19900 CNY; 4 B expired 2025-05-01 2026-05-01 100 CNY;"
        "5 B expired 2025-05-01 2026-05-01 100 CNY"));
    const QHash<qint64, qint64> map = PaidMetrics::renewals(recs, 7);
    QCOMPARE(map.value(1), qint64(2));
    QCOMPARE(map.value(2), qint64(3)); // overlapping: 3 starts before 2 expires (early renewal)
    QVERIFY(!map.contains(4));
    QVERIFY(!map.contains(5));
    QCOMPARE(PaidMetrics::renewals(recs, 0).value(1), qint64(0)); // 2 days late, grace 0
}

void TestPaidMetrics::exchangeRates_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("rates");
    QTest::addColumn<bool>("ok");
    QTest::newRow("ok") << "cny"
                        << "USD=7.2, EUR=7.8" << true;
    QTest::newRow("no rates") << "CNY"
                              << "" << true;
    QTest::newRow("bad base") << "RMB1"
                              << "" << false;
    QTest::newRow("zero rate") << "CNY"
                               << "USD=0" << false;
    QTest::newRow("no equals") << "CNY"
                               << "USD 7.2" << false;
    QTest::newRow("bad code") << "CNY"
                              << "US=7.2" << false;
}

void TestPaidMetrics::exchangeRates()
{
    QFETCH(QString, base);
    QFETCH(QString, rates);
    QFETCH(bool, ok);
    ExchangeRates r;
    QString error;
    QCOMPARE(ExchangeRates::parse(base, rates, &r, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok)
        QCOMPARE(r.base, base.toUpper());
}

void TestPaidMetrics::convertedRevenue()
{
    ExchangeRates rates;
    QString error;
    QVERIFY(
        ExchangeRates::parse(QStringLiteral("CNY"), QStringLiteral("USD=7.25"), &rates, &error));
    const auto recs = records(QStringLiteral(
        "1 A active 2026-03-03 2027-03-03 2900 USD; 2 B active 2026-03-04 2027-03-04 19900 CNY;"
        "3 C active 2026-03-05 2027-03-05 1000 EUR"));
    const PaidReport r = PaidMetrics::compute(recs, 3, kMarch, CommunityClock(), PaidSettings{},
                                              utcOf(QStringLiteral("2026-04-01")), rates);
    // 2900 USD cents × 7.25 = 21025 fen; + 19900; EUR has no rate and is left out (listed).
    QCOMPARE(r.revenueConverted, qint64(21025 + 19900));
    QCOMPARE(r.missingRates, QStringList({QStringLiteral("EUR")}));
    QCOMPARE(moneyText(r.revenue), QStringLiteral("CNY=19900;EUR=1000;USD=2900"));
    qint64 out = 0;
    QVERIFY(rates.convert(-101, QStringLiteral("CNY"), &out));
    QCOMPARE(out, qint64(-101));
    QVERIFY(!ExchangeRates{}.convert(100, QStringLiteral("CNY"), &out));
}

void TestPaidMetrics::settings()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("s.kindred")), &error), qPrintable(error));
    QCOMPARE(PaidSettings::load(db), PaidSettings{});
    PaidSettings s;
    s.graceDays = 3;
    s.trialConversionDays = 14;
    QVERIFY2(s.save(db, &error), qPrintable(error));
    QCOMPARE(PaidSettings::load(db), s);
    QCOMPARE(db.setting(QStringLiteral("paid/grace_days")), QStringLiteral("3"));
    PaidSettings bad;
    bad.graceDays = 400;
    QVERIFY(!bad.save(db, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(PaidSettings::load(db), s); // unchanged
    QVERIFY(db.setSetting(QStringLiteral("paid/grace_days"), QStringLiteral("-1")));
    QCOMPARE(PaidSettings::load(db), PaidSettings{}); // invalid stored set: the defaults
}

void TestPaidMetrics::zsxqImport_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("file");
    // The same nine terms: Chinese column names with local times, and the API's field names
    // with offsets (+0800), which must give the same instants.
    QTest::newRow("zsxq") << QStringLiteral("zsxq")
                          << QStringLiteral(KINDRED_TEST_DATA_DIR "/csv/zsxq_members.csv");
    QTest::newRow("zsxq-api") << QStringLiteral("zsxq-api")
                              << QStringLiteral(KINDRED_TEST_DATA_DIR "/csv/zsxq_members_api.csv");
}

void TestPaidMetrics::zsxqImport()
{
    QFETCH(QString, preset);
    QFETCH(QString, file);
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("z.kindred")), &error), qPrintable(error));
    CommunitySettings cs;
    cs.name = QStringLiteral("星球");
    cs.timezone = QStringLiteral("Asia/Shanghai");
    cs.currency = QStringLiteral("CNY");
    QVERIFY2(CommunityStore(db).update(cs, &error), qPrintable(error));
    CsvMapping mapping;
    QVERIFY2(CsvMapping::load(QStringLiteral("preset:") + preset, &mapping, &error),
             qPrintable(error));
    QVERIFY(CsvMapping::presetNames().contains(preset));
    QCOMPARE(mapping.target, CsvTarget::Memberships);
    QVERIFY2(mapping.validate(&error), qPrintable(error));
    CsvImportService service(db);
    CsvImportResult result;
    CsvImportFailure failure;
    QVERIFY2(service.importFile(file, mapping, &result, &failure),
             qPrintable(failure.lines().join(QLatin1Char('\n'))));
    QCOMPARE(result.rowsAdded, qint64(9));
    QCOMPARE(result.membersAdded, qint64(6));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership")), qint64(9));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership WHERE status = 'trial'")),
             qint64(2));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership WHERE status = 'active'")),
             qint64(4)); // normal ×3 and 正常
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(amount_minor) FROM membership")),
             qint64(6 * 19900 + 16900));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT currency) FROM membership")),
             qint64(1));
    // 加入时间 2025-11-03 20:15:11 in the community's zone (UTC+8).
    QCOMPARE(scalar(db, QStringLiteral("SELECT min(started_at) FROM membership m JOIN identity i "
                                       "ON i.member_id = m.member_id WHERE i.external_id = "
                                       "'48844112821218' AND m.status = 'active'")),
             QDateTime(QDate(2025, 11, 3), QTime(12, 15, 11), Qt::UTC).toSecsSinceEpoch());
    // Renewal linking at import: 小林同学 renewed 2 days after expiry (linked); Momo came back
    // 22 days late (not linked); 阿杰's paid membership follows a trial (not a renewal).
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership WHERE renewal_of IS NOT "
                                       "NULL")),
             qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership n JOIN membership m ON "
                                       "m.id = n.renewal_of WHERE m.expires_at = "
                                       "strftime('%s', '2025-11-01 01:00:00')")),
             qint64(1));

    // The metrics on the import: nobody was seen in a chat, so no "paying members", but the
    // revenue and the renewals count.
    AnalyticsSource source(db);
    QVERIFY2(source.load(&error), qPrintable(error));
    PaidMetrics paid(source);
    QVERIFY2(paid.load(&error), qPrintable(error));
    QCOMPARE(int(paid.memberships().size()), 9);
    const PaidReport nov = paid.compute(Period{QDate(2025, 11, 1), QDate(2025, 11, 30)});
    QCOMPARE(nov.revenue.value(QStringLiteral("CNY")), qint64(19900));
    QCOMPARE(nov.renewalsInPeriod.expiring, qint64(1));
    QCOMPARE(nov.renewalsInPeriod.renewed, qint64(1));
    QCOMPARE(nov.payingMembers, qint64(0));
    QCOMPARE(nov.payingOutsideCommunity, qint64(3)); // 小林同学 paid; Momo, Eva covered
    const PaidReport y2026 = paid.compute(Period{QDate(2026, 1, 1), QDate(2026, 6, 30)});
    // Expiring in 2026 H1: Momo (Jan, back after 22 days: not renewed), Eva (Jun, not renewed).
    QCOMPARE(y2026.renewalsInPeriod.expiring, qint64(2));
    QCOMPARE(y2026.renewalsInPeriod.renewed, qint64(0));
    QCOMPARE(y2026.trials, qint64(1));
    QCOMPARE(y2026.revenue.value(QStringLiteral("CNY")), qint64(2 * 19900));

    // Importing the same file again adds nothing and keeps the link.
    CsvImportResult again;
    QVERIFY(service.importFile(file, mapping, &again, &failure));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership")), qint64(9));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership WHERE renewal_of IS NOT "
                                       "NULL")),
             qint64(1));
}

void TestPaidMetrics::demo()
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
    const Period year{QDate(2025, 11, 1), QDate(2026, 10, 31)};
    const PaidReport r = paid.compute(year);
    qInfo("demo year: %lld paying of %lld (%.3f), renewals %lld/%lld, trials %lld→%lld, "
          "refunds %lld",
          r.payingMembers, r.members, r.conversionRate, r.renewalsInPeriod.renewed,
          r.renewalsInPeriod.expiring, r.trials, r.trialsConverted, r.refunds.count);
    QVERIFY2(r.conversionRate >= 0.20 && r.conversionRate <= 0.35,
             qPrintable(QString::number(r.conversionRate)));
    QCOMPARE(r.members, KpiCalculator(source).compute(year).membersAtEnd);
    QCOMPARE(r.revenue.keys(), QStringList({QStringLiteral("CNY"), QStringLiteral("USD")}));
    QVERIFY(r.trials > 50 && r.trialsConverted > 0 && r.trialsConverted < r.trials);
    QVERIFY(r.refunds.count > 0);
    QVERIFY(r.renewalRate > 0.2 && r.renewalRate < 0.8);
    QCOMPARE(r.payingOutsideCommunity, qint64(0));
    // Revenue cells add up to the per-currency totals.
    QMap<QString, qint64> sum;
    for (const RevenueCell &c : r.revenueByMonth)
        sum[c.currency] += c.amountMinor;
    QCOMPARE(sum, r.revenue);
    QCOMPARE(r.revenueByMonth.first().month, QDate(2025, 11, 1));
    // Stored links = computed renewals (one renewing row per renewed row in the demo).
    const QHash<qint64, qint64> renewals =
        PaidMetrics::renewals(paid.memberships(), PaidSettings{}.graceDays);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership WHERE renewal_of IS NOT "
                                       "NULL")),
             qint64(renewals.size()));
    for (auto it = renewals.cbegin(); it != renewals.cend(); ++it) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT renewal_of FROM membership WHERE id = ?"));
        q.addBindValue(it.value());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), it.key());
    }
    // Engaged members renew more: renewal share of expiries whose member was active in the 30
    // days before the expiry vs the others.
    qint64 engagedDue = 0, engagedRenewed = 0, quietDue = 0, quietRenewed = 0;
    for (const MembershipRecord &m : paid.memberships()) {
        if (!m.isPaid() || m.expiresAt == 0 || m.expiresAt > source.endOf(year))
            continue;
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM message WHERE member_id = ? AND sent_at "
                                 ">= ? AND sent_at < ? AND is_service = 0"));
        q.addBindValue(m.memberId);
        q.addBindValue(m.expiresAt - 30 * 86400);
        q.addBindValue(m.expiresAt);
        QVERIFY(q.exec() && q.next());
        const bool engaged = q.value(0).toLongLong() > 0;
        (engaged ? engagedDue : quietDue) += 1;
        if (renewals.contains(m.id))
            (engaged ? engagedRenewed : quietRenewed) += 1;
    }
    qInfo("renewal: engaged %lld/%lld, quiet %lld/%lld", engagedRenewed, engagedDue, quietRenewed,
          quietDue);
    QVERIFY(engagedDue > 20 && quietDue > 20);
    QVERIFY(double(engagedRenewed) / engagedDue > double(quietRenewed) / quietDue + 0.1);
}

QTEST_GUILESS_MAIN(TestPaidMetrics)
#include "tst_paid_metrics.moc"
