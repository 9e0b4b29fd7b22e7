// `kindred paid` and the "paid" object of `kindred stats --json` on the demo community (they
// agree; the grace option changes renewals and is stored with --save; conversion with rates;
// RFM and renewal-risk sections), bad options, and `kindred import --format csv --mapping
// preset:zsxq` of tests/data/csv/zsxq_members.csv (hand-written sample in the preset's layout).
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred::test;

class TestCliPaid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statsAgreesWithPaid();
    void graceOption();
    void conversionRfmRisk();
    void badOptions();
    void zsxqPreset();

private:
    QJsonObject json(const QStringList &args)
    {
        const CliRun run = runKindred(args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCliPaid::initTestCase()
{
    m_ws = m_dir.filePath(QStringLiteral("demo.kindred"));
    const CliRun run = runKindred({QStringLiteral("demo"), QStringLiteral("--workspace"), m_ws});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliPaid::statsAgreesWithPaid()
{
    const QStringList range = {QStringLiteral("--workspace"), m_ws,
                               QStringLiteral("--from"),      QStringLiteral("2025-11-01"),
                               QStringLiteral("--to"),        QStringLiteral("2026-10-31"),
                               QStringLiteral("--json")};
    const QJsonObject stats = json(QStringList{QStringLiteral("stats")} + range);
    const QJsonObject paid = json(QStringList{QStringLiteral("paid")} + range);
    const QJsonObject s = stats.value(QStringLiteral("paid")).toObject();
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.keys(),
             QStringList({QStringLiteral("conversion_rate"), QStringLiteral("paying_members"),
                          QStringLiteral("renewal_rate"), QStringLiteral("revenue")}));
    for (const QString &key : s.keys())
        QCOMPARE(s.value(key), paid.value(key));
    QCOMPARE(s.value(QStringLiteral("revenue")).toObject().keys(),
             QStringList({QStringLiteral("CNY"), QStringLiteral("USD")}));
    const double conversion = s.value(QStringLiteral("conversion_rate")).toDouble();
    QVERIFY2(conversion >= 0.2 && conversion <= 0.35, qPrintable(QString::number(conversion)));
    QCOMPARE(paid.value(QStringLiteral("members")).toInteger(),
             stats.value(QStringLiteral("members")).toInteger());
    // Revenue by month adds up per currency.
    qint64 cny = 0;
    for (const QJsonValue &v : paid.value(QStringLiteral("revenue_by_month")).toArray())
        if (v[QStringLiteral("currency")].toString() == QLatin1String("CNY"))
            cny += v[QStringLiteral("amount_minor")].toInteger();
    QCOMPARE(cny, s.value(QStringLiteral("revenue"))[QStringLiteral("CNY")].toInteger());
    QCOMPARE(paid.value(QStringLiteral("renewals_by_month")).toArray().size(), 12);
}

void TestCliPaid::graceOption()
{
    const QStringList base = {
        QStringLiteral("paid"),       QStringLiteral("--workspace"), m_ws,
        QStringLiteral("--from"),     QStringLiteral("2025-11-01"),  QStringLiteral("--to"),
        QStringLiteral("2026-10-31"), QStringLiteral("--json")};
    const QJsonObject g7 = json(base);
    const QJsonObject g0 = json(base + QStringList{QStringLiteral("--grace"), QStringLiteral("0")});
    const QJsonObject g30 =
        json(base + QStringList{QStringLiteral("--grace"), QStringLiteral("30")});
    QCOMPARE(g7.value(QStringLiteral("grace_days")).toInt(), 7);
    QCOMPARE(g0.value(QStringLiteral("grace_days")).toInt(), 0);
    const auto renewed = [](const QJsonObject &o) {
        return o.value(QStringLiteral("renewals"))[QStringLiteral("renewed")].toInt();
    };
    // Late renewals (1–6 days, 9–25 days in the demo) count only with a longer grace.
    QVERIFY(renewed(g0) < renewed(g7));
    QVERIFY(renewed(g7) < renewed(g30));
    // Not stored without --save.
    QCOMPARE(json(base).value(QStringLiteral("grace_days")).toInt(), 7);
    QCOMPARE(runKindred(base + QStringList{QStringLiteral("--grace"), QStringLiteral("30"),
                                           QStringLiteral("--save")})
                 .exitCode,
             0);
    QCOMPARE(json(base).value(QStringLiteral("renewals")), g30.value(QStringLiteral("renewals")));
    QCOMPARE(runKindred(base + QStringList{QStringLiteral("--grace"), QStringLiteral("7"),
                                           QStringLiteral("--save")})
                 .exitCode,
             0);
    QCOMPARE(json(base).value(QStringLiteral("renewals")), g7.value(QStringLiteral("renewals")));
}

void TestCliPaid::conversionRfmRisk()
{
    const QJsonObject o =
        json({QStringLiteral("paid"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--base"),
              QStringLiteral("CNY"), QStringLiteral("--rates"), QStringLiteral("USD=7.2"),
              QStringLiteral("--rfm"), QStringLiteral("--risk"), QStringLiteral("--horizon"),
              QStringLiteral("60"), QStringLiteral("--json")});
    const QJsonObject revenue = o.value(QStringLiteral("revenue")).toObject();
    const QJsonObject converted = o.value(QStringLiteral("converted")).toObject();
    QCOMPARE(converted.value(QStringLiteral("base")).toString(), QStringLiteral("CNY"));
    QCOMPARE(converted.value(QStringLiteral("revenue_minor")).toInteger(),
             revenue.value(QStringLiteral("CNY")).toInteger() +
                 qRound64(revenue.value(QStringLiteral("USD")).toInteger() * 7.2));
    QVERIFY(converted.value(QStringLiteral("missing_rates")).toArray().isEmpty());
    const QJsonObject rfm = o.value(QStringLiteral("rfm")).toObject();
    QCOMPARE(rfm.value(QStringLiteral("segments")).toObject().size(), 8);
    QVERIFY(rfm.value(QStringLiteral("rows")).toArray().size() > 100);
    const QJsonObject risk = o.value(QStringLiteral("renewal_risk")).toObject();
    QCOMPARE(risk.value(QStringLiteral("horizon_days")).toInt(), 60);
    QVERIFY(risk.value(QStringLiteral("model"))[QStringLiteral("usable")].toBool());
    QVERIFY(risk.value(QStringLiteral("model"))[QStringLiteral("auc")].isDouble());
    QVERIFY(!risk.value(QStringLiteral("rows")).toArray().isEmpty());
}

void TestCliPaid::badOptions()
{
    const QStringList base = {QStringLiteral("paid"), QStringLiteral("--workspace"), m_ws};
    QCOMPARE(
        runKindred(base + QStringList{QStringLiteral("--grace"), QStringLiteral("x")}).exitCode, 1);
    QCOMPARE(
        runKindred(base + QStringList{QStringLiteral("--grace"), QStringLiteral("400")}).exitCode,
        1);
    QCOMPARE(runKindred(base + QStringList{QStringLiteral("--base"), QStringLiteral("CNY"),
                                           QStringLiteral("--rates"), QStringLiteral("USD=-1")})
                 .exitCode,
             1);
    QCOMPARE(
        runKindred(base + QStringList{QStringLiteral("--horizon"), QStringLiteral("0")}).exitCode,
        1);
    QCOMPARE(runKindred({QStringLiteral("paid"), QStringLiteral("--workspace"),
                         m_dir.filePath(QStringLiteral("missing.kindred"))})
                 .exitCode,
             1);
}

void TestCliPaid::zsxqPreset()
{
    const QString ws = m_dir.filePath(QStringLiteral("zsxq.kindred"));
    const QJsonObject result = json(
        {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--mapping"), QStringLiteral("preset:zsxq"),
         QStringLiteral(KINDRED_TEST_DATA_DIR "/csv/zsxq_members.csv")});
    QCOMPARE(result.value(QStringLiteral("rows_added")).toInt(), 9);
    QCOMPARE(result.value(QStringLiteral("members_added")).toInt(), 6);
    const QJsonObject paid =
        json({QStringLiteral("paid"), QStringLiteral("--workspace"), ws, QStringLiteral("--from"),
              QStringLiteral("2025-11-01"), QStringLiteral("--to"), QStringLiteral("2025-11-30"),
              QStringLiteral("--json")});
    QCOMPARE(paid.value(QStringLiteral("revenue"))[QStringLiteral("CNY")].toInteger(), 19900);
    QCOMPARE(paid.value(QStringLiteral("renewals"))[QStringLiteral("renewed")].toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCliPaid)
#include "tst_cli_paid.moc"
