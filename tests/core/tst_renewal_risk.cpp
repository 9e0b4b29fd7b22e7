// RenewalRisk: the time split of past expiries on a hand table (training labels known before
// the cut-off, evaluation after it, disjoint), and on the demo community: the model is trained
// on expiries before the cut-off and measured on the held-out expiries after it only, the list
// holds the unrenewed memberships expiring in the horizon, and too little history is said.
#include "analytics/AnalyticsSource.h"
#include "analytics/PaidMetrics.h"
#include "analytics/RenewalRisk.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kindred;

namespace {

qint64 utcDay(const QString &iso)
{
    return QDateTime(QDate::fromString(iso, Qt::ISODate), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestRenewalRisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void split_data();
    void split();
    void heldOutEvaluation();
    void listAndHorizon();
    void tooFewPastExpiries();

private:
    QTemporaryDir m_dir;
    Database m_db;
    AnalyticsSource *m_source = nullptr;
    PaidMetrics *m_paid = nullptr;
};

void TestRenewalRisk::initTestCase()
{
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("demo.kindred")), &error), qPrintable(error));
    QVERIFY2(DemoGenerator::build(m_db, DemoOptions{}, &error), qPrintable(error));
    m_source = new AnalyticsSource(m_db);
    QVERIFY2(m_source->load(&error), qPrintable(error));
    m_paid = new PaidMetrics(*m_source, PaidSettings{});
    QVERIFY2(m_paid->load(&error), qPrintable(error));
}

void TestRenewalRisk::split_data()
{
    QTest::addColumn<QString>("expiry"); // "" = none
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("seen");
    QTest::addColumn<QString>("expected"); // training | evaluation | none

    // As of 2026-10-31, cut-off 2026-05-04, grace 7 days (UTC days).
    QTest::newRow("label known before the cut-off") << "2026-04-26"
                                                    << "expired" << true << "training";
    QTest::newRow("grace ends on the cut-off day") << "2026-04-27"
                                                   << "expired" << true << "none";
    QTest::newRow("expires on the cut-off day") << "2026-05-04"
                                                << "expired" << true << "evaluation";
    QTest::newRow("label known the day before as-of") << "2026-10-23"
                                                      << "expired" << true << "evaluation";
    QTest::newRow("grace not over at as-of") << "2026-10-24"
                                             << "expired" << true << "none";
    QTest::newRow("upcoming") << "2026-11-20"
                              << "active" << true << "none";
    QTest::newRow("cancelled is a past expiry") << "2026-02-01"
                                                << "cancelled" << true << "training";
    QTest::newRow("trial") << "2026-02-01"
                           << "trial" << true << "none";
    QTest::newRow("refunded") << "2026-02-01"
                              << "refunded" << true << "none";
    QTest::newRow("never seen in the community") << "2026-02-01"
                                                 << "expired" << false << "none";
    QTest::newRow("no expiry") << ""
                               << "active" << true << "none";
}

void TestRenewalRisk::split()
{
    QFETCH(QString, expiry);
    QFETCH(QString, status);
    QFETCH(bool, seen);
    QFETCH(QString, expected);
    MembershipRecord m;
    m.id = 7;
    m.memberId = 3;
    m.memberFirstSeen = seen ? utcDay(QStringLiteral("2025-01-01")) : 0;
    m.status = status;
    m.amountMinor = 100;
    m.currency = QStringLiteral("CNY");
    m.expiresAt = expiry.isEmpty() ? 0 : utcDay(expiry);
    m.startedAt =
        (m.expiresAt > 0 ? m.expiresAt : utcDay(QStringLiteral("2026-06-01"))) - 30 * 86400;
    QList<qint64> training, evaluation;
    RenewalRisk::split({m}, CommunityClock(), 7, QDate(2026, 10, 31), QDate(2026, 5, 4), &training,
                       &evaluation);
    QCOMPARE(training.contains(7), expected == QLatin1String("training"));
    QCOMPARE(evaluation.contains(7), expected == QLatin1String("evaluation"));
}

void TestRenewalRisk::heldOutEvaluation()
{
    const QDate asOf(2026, 10, 31);
    const RenewalRiskReport report = RenewalRisk::compute(*m_source, *m_paid, asOf);
    const RenewalRiskQuality &q = report.quality;
    QCOMPARE(q.cutoff, asOf.addDays(-180));
    QVERIFY2(q.usable, qPrintable(q.reason));
    qInfo("trained on %d (%d not renewed), evaluated on %d (%d not renewed): AUC %.3f, accuracy "
          "%.3f; baseline AUC %.3f, accuracy %.3f",
          q.trainingRows, q.trainingNotRenewed, q.evaluationRows, q.evaluationNotRenewed, q.auc,
          q.accuracy, q.baselineAuc, q.baselineAccuracy);
    // Disjoint sets, split by time around the cut-off.
    const QSet<qint64> train(q.trainingIds.begin(), q.trainingIds.end());
    const QSet<qint64> eval(q.evaluationIds.begin(), q.evaluationIds.end());
    QCOMPARE(train.size(), q.trainingRows);
    QCOMPARE(eval.size(), q.evaluationRows);
    QVERIFY(!train.intersects(eval));
    QVERIFY(q.trainingRows >= 20 && q.evaluationRows >= 30);
    const QHash<qint64, qint64> renewed =
        PaidMetrics::renewals(m_paid->memberships(), m_paid->settings().graceDays);
    const CommunityClock &clock = m_source->clock();
    int evalNotRenewed = 0, trainNotRenewed = 0;
    for (const MembershipRecord &m : m_paid->memberships()) {
        if (train.contains(m.id)) {
            QVERIFY(clock.dateOf(m.expiresAt).addDays(7) < q.cutoff);
            // The renewal that labels it started before the cut-off too.
            if (renewed.contains(m.id)) {
                for (const MembershipRecord &n : m_paid->memberships())
                    if (n.id == renewed.value(m.id))
                        QVERIFY(clock.dateOf(n.startedAt) < q.cutoff);
            } else {
                ++trainNotRenewed;
            }
        }
        if (eval.contains(m.id)) {
            QVERIFY(clock.dateOf(m.expiresAt) >= q.cutoff);
            QVERIFY(clock.dateOf(m.expiresAt).addDays(7) < asOf);
            if (!renewed.contains(m.id))
                ++evalNotRenewed;
        }
    }
    QCOMPARE(trainNotRenewed, q.trainingNotRenewed);
    QCOMPARE(evalNotRenewed, q.evaluationNotRenewed);
    // Measured on the evaluation set: both classes present, so AUC is defined.
    QVERIFY(evalNotRenewed > 0 && evalNotRenewed < q.evaluationRows);
    QVERIFY(std::isfinite(q.auc) && std::isfinite(q.baselineAuc));
    QVERIFY(q.accuracy >= 0.0 && q.accuracy <= 1.0);
    // Engagement predicts renewal in the demo (engaged members renew more).
    QVERIFY2(q.auc > 0.55, qPrintable(QString::number(q.auc)));
    QCOMPARE(int(q.coefficients.size()), int(RenewalFeatures{}.toVector().size()));

    // A different cut-off moves the split, still disjoint.
    RenewalRiskOptions opt;
    opt.cutoff = QDate(2026, 7, 1);
    const RenewalRiskReport later = RenewalRisk::compute(*m_source, *m_paid, asOf, opt);
    QVERIFY(later.quality.trainingRows > q.trainingRows);
    QVERIFY(later.quality.evaluationRows < q.evaluationRows);
    const QSet<qint64> t2(later.quality.trainingIds.begin(), later.quality.trainingIds.end());
    QVERIFY(!t2.intersects(
        QSet<qint64>(later.quality.evaluationIds.begin(), later.quality.evaluationIds.end())));
}

void TestRenewalRisk::listAndHorizon()
{
    const QDate asOf(2026, 10, 31);
    const RenewalRiskReport r30 = RenewalRisk::compute(*m_source, *m_paid, asOf);
    RenewalRiskOptions opt;
    opt.horizonDays = 60;
    const RenewalRiskReport r60 = RenewalRisk::compute(*m_source, *m_paid, asOf, opt);
    QVERIFY(!r30.rows.isEmpty());
    QVERIFY(r60.rows.size() > r30.rows.size());
    QSet<qint64> in60;
    for (const RenewalRiskRow &row : r60.rows) {
        QVERIFY(row.daysToExpiry >= 1 && row.daysToExpiry <= 60);
        in60.insert(row.membershipId);
    }
    const QHash<qint64, qint64> renewed =
        PaidMetrics::renewals(m_paid->memberships(), m_paid->settings().graceDays);
    const qint64 asOfEnd = m_source->clock().startOf(asOf.addDays(1));
    for (qsizetype i = 0; i < r30.rows.size(); ++i) {
        const RenewalRiskRow &row = r30.rows.at(i);
        QVERIFY(in60.contains(row.membershipId));
        QVERIFY(row.daysToExpiry >= 1 && row.daysToExpiry <= 30);
        QCOMPARE(row.expiryDate, asOf.addDays(row.daysToExpiry));
        QVERIFY(row.risk >= 0.0 && row.risk <= 1.0);
        QVERIFY(!row.why.isEmpty());
        if (i > 0)
            QVERIFY(r30.rows.at(i - 1).risk >= row.risk);
        // Not already renewed by the as-of day.
        if (renewed.contains(row.membershipId))
            for (const MembershipRecord &n : m_paid->memberships())
                if (n.id == renewed.value(row.membershipId))
                    QVERIFY(n.startedAt >= asOfEnd);
    }
    // Every paid, unrenewed membership of a seen member expiring in the 30 days is listed.
    int expected = 0;
    for (const MembershipRecord &m : m_paid->memberships()) {
        if (!m.isPaid() || m.expiresAt == 0 || m.memberFirstSeen == 0)
            continue;
        const qint64 d = asOf.daysTo(m_source->clock().dateOf(m.expiresAt));
        if (d < 1 || d > 30)
            continue;
        bool renewedAlready = false;
        if (renewed.contains(m.id))
            for (const MembershipRecord &n : m_paid->memberships())
                if (n.id == renewed.value(m.id))
                    renewedAlready = n.startedAt < asOfEnd;
        if (!renewedAlready)
            ++expected;
    }
    QCOMPARE(int(r30.rows.size()), expected);
}

void TestRenewalRisk::tooFewPastExpiries()
{
    const QDate asOf(2026, 10, 31);
    RenewalRiskOptions opt;
    opt.cutoff = QDate(2025, 12, 1); // one month of history before it: no expiry yet
    const RenewalRiskReport r = RenewalRisk::compute(*m_source, *m_paid, asOf, opt);
    QVERIFY(!r.quality.usable);
    QCOMPARE(r.quality.trainingRows, 0);
    QVERIFY(r.quality.reason.contains(QStringLiteral("2025-12-01")));
    QVERIFY(r.quality.evaluationRows > 0);
    QVERIFY(std::isnan(r.quality.auc));
    QVERIFY(std::isfinite(r.quality.baselineAuc)); // the baseline still gets measured
    // Without a model the list ranks by the baseline: days since last active.
    QVERIFY(!r.rows.isEmpty());
    for (const RenewalRiskRow &row : r.rows)
        QCOMPARE(row.risk, row.features.daysSinceActive / 365.0);
    for (qsizetype i = 1; i < r.rows.size(); ++i)
        QVERIFY(r.rows.at(i - 1).features.daysSinceActive >= r.rows.at(i).features.daysSinceActive);

    RenewalRiskOptions many;
    many.minTrainingRows = 100000;
    const RenewalRiskReport r2 = RenewalRisk::compute(*m_source, *m_paid, asOf, many);
    QVERIFY(!r2.quality.usable);
    QVERIFY(r2.quality.reason.contains(QStringLiteral("100000")));
    QVERIFY(!RenewalRisk::compute(*m_source, *m_paid, QDate(), {}).quality.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestRenewalRisk)
#include "tst_renewal_risk.moc"
