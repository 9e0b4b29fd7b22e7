// ActivityPrediction: features by hand, the train/eval windows, a planted community where
// fading members must rank as churn risks, and the demo community.
#include "analytics/ActivityPrediction.h"
#include "analytics/LinearRegression.h"
#include "analytics/LogisticRegression.h"
#include "demo/DemoGenerator.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace kindred;

namespace {

const QDate kDay0(2024, 1, 1);

qint64 noonOf(int day)
{
    return QDateTime(kDay0.addDays(day), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

PersonRef person(const QString &name)
{
    return PersonRef{name, name, false};
}

/// Writes messages into a fresh workspace (community timezone UTC) through ImportWriter.
class Community
{
public:
    bool open(const QString &path, QString *error)
    {
        if (!m_db.open(path, error))
            return false;
        m_writer = std::make_unique<ImportWriter>(m_db.handle(),
                                                  m_db.defaultCommunityId(QStringLiteral("t")), 0);
        return m_writer->prepare(error) &&
               m_writer->beginChannel(
                   {QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}});
    }
    /// A message by `who` at noon of day `day`; returns its external id.
    QString post(const QString &who, int day, const QString &replyTo = {}, int secs = 0)
    {
        MessageInfo m;
        m.externalId = QString::number(++m_next);
        m.author = person(who);
        m.sentAt = noonOf(day) + secs;
        m.text = QStringLiteral("x");
        m.replyToExternalId = replyTo;
        m_failed = m_failed || !m_writer->addMessage(m);
        return m.externalId;
    }
    void event(EventInfo::Kind kind, const QString &who, int day)
    {
        EventInfo e;
        e.kind = kind;
        e.member = person(who);
        e.at = noonOf(day) - 3600;
        m_failed = m_failed || !m_writer->addEvent(e);
    }
    bool finish(QString *error)
    {
        if (m_failed) {
            *error = m_writer->lastError();
            return false;
        }
        return m_writer->finish(error);
    }
    Database &db() { return m_db; }

private:
    Database m_db;
    std::unique_ptr<ImportWriter> m_writer;
    int m_next = 0;
    bool m_failed = false;
};

/// Looks a member's id up by display name.
qint64 idOf(const AnalyticsSource &source, const QString &name)
{
    for (const MemberFacts &m : source.members())
        if (m.name == name)
            return m.id;
    return 0;
}

/// A planted community over `days` days: `regulars` members active on about half of the days
/// throughout; `faders` members whose activity thins out over the 40 days before a stop day
/// spread evenly across the history, then nothing. Names "reg N" and "fade N".
bool plant(Community &c, int days, int regulars, int faders, QString *error)
{
    QRandomGenerator rng(7);
    QString previous;
    for (int day = 0; day < days; ++day) {
        auto maybePost = [&](const QString &who, double p) {
            if (rng.generateDouble() >= p)
                return;
            // Every third message answers the previous one (someone else's, usually).
            const QString reply = !previous.isEmpty() && rng.bounded(3) == 0 ? previous : QString();
            previous = c.post(who, day, reply, int(rng.bounded(3600)));
        };
        for (int r = 0; r < regulars; ++r)
            maybePost(QStringLiteral("reg %1").arg(r), 0.5);
        for (int f = 0; f < faders; ++f) {
            const int stop = 40 + (days - 10) * f / faders; // 40 .. days − 10
            if (day > stop)
                continue;
            const int left = stop - day;
            maybePost(QStringLiteral("fade %1").arg(f),
                      left >= 40 ? 0.5 : 0.05 + 0.45 * left / 40.0);
        }
    }
    c.post(QStringLiteral("reg 0"), days - 1); // the last data day is days − 1
    return c.finish(error);
}

} // namespace

class TestActivityPrediction : public QObject
{
    Q_OBJECT
private slots:
    void featuresByHand();
    void plantedFadersRankFirst();
    void tooShortHistory();
    void missingClass();
    void demo();

private:
    static void checkHeldOut(const AnalyticsSource &source, const PredictionReport &r);
};

// Cut-off C = day 100 (UTC community, so local days are UTC days).
//  A: joins day 0; posts days 10, 50, 75, 95, 98, 99, 100, and 105, 120 after C.
//  B: first posts day 96 replying to A's day-95 post; replies day 101 to A's day-98 post.
//  L: posts day 80, leaves day 90 (left before C: not in the population).
//  D: posts day 5 only (outside the 90-day lookback [11, 100]: not in the population).
// A: active90 {50, 75, 95, 98, 99, 100} = 6, active30 [71, 100] = 5, active7 [94, 100] = 4,
//    previous 30 [41, 70] = 1 → trend 4; 5 messages in 30 days → log 6; days since 0;
//    tenure min(100, 90) = 90; replied by C: only the day-95 post (the day-98 reply comes on day
//    101, after C) → 1/6; labels: active on 105, 120 → 2, not churned.
// B: active90 = active30 = active7 = 1 (day 96), trend 1, messages log 2, days since 4, tenure
//    4, reply share 0; labels: day 101 → 1.
void TestActivityPrediction::featuresByHand()
{
    QTemporaryDir dir;
    Community c;
    QString error;
    QVERIFY2(c.open(dir.filePath(QStringLiteral("f.kindred")), &error), qPrintable(error));
    const QString A = QStringLiteral("A"), B = QStringLiteral("B");
    c.event(EventInfo::Kind::Join, A, 0);
    QString a95, a98;
    for (int day : {10, 50, 75, 95, 98, 99, 100, 105, 120}) {
        const QString id = c.post(A, day);
        a95 = day == 95 ? id : a95;
        a98 = day == 98 ? id : a98;
    }
    c.post(B, 96, a95);
    c.post(B, 101, a98);
    c.post(QStringLiteral("L"), 80);
    c.event(EventInfo::Kind::Leave, QStringLiteral("L"), 90);
    c.post(QStringLiteral("D"), 5);
    QVERIFY2(c.finish(&error), qPrintable(error));

    AnalyticsSource source(c.db());
    QVERIFY2(source.load(&error), qPrintable(error));
    const qint64 cut = kDay0.toJulianDay() + 100;
    PredictionFeatures features;
    QVERIFY2(features.load(source, cut - 89, cut + 30, &error), qPrintable(error));
    const auto rows = features.rowsAt(cut);
    QCOMPARE(rows.size(), size_t(2));
    const PredictionRow &a = rows[0].member == idOf(source, A) ? rows[0] : rows[1];
    const PredictionRow &b = rows[0].member == idOf(source, A) ? rows[1] : rows[0];
    QCOMPARE(a.member, idOf(source, A));
    QCOMPARE(b.member, idOf(source, B));
    const std::array<double, kPredictionFeatureCount> ea{4, 5,  6,         std::log(6.0),
                                                         0, 90, 1.0 / 6.0, 4};
    const std::array<double, kPredictionFeatureCount> eb{1, 1, 1, std::log(2.0), 4, 4, 0, 1};
    for (int j = 0; j < kPredictionFeatureCount; ++j) {
        QVERIFY2(std::abs(a.features[size_t(j)] - ea[size_t(j)]) < 1e-12,
                 qPrintable(PredictionFeatures::key(j)));
        QVERIFY2(std::abs(b.features[size_t(j)] - eb[size_t(j)]) < 1e-12,
                 qPrintable(PredictionFeatures::key(j)));
    }
    QCOMPARE(a.activeDays30, 5);
    QCOMPARE(a.daysSinceActive, 0);
    QCOMPARE(a.activeNext, 2);
    QVERIFY(!a.churned);
    QCOMPARE(b.daysSinceActive, 4);
    QCOMPARE(b.activeNext, 1);
    QVERIFY(!b.churned);

    // A cut-off whose horizon reaches past the loaded days has no labels.
    const auto unlabelled = features.rowsAt(cut + 1);
    QVERIFY(!unlabelled.empty());
    for (const auto &r : unlabelled)
        QCOMPARE(r.activeNext, -1);
}

/// The held-out figures are those of the eval rows, whose labels are the activity of
/// (C2, L], strictly after the train labels (C1, C2].
void TestActivityPrediction::checkHeldOut(const AnalyticsSource &source, const PredictionReport &r)
{
    // Windows: C1 = L − 60, C2 = L − 30; train labels (C1, C2], eval labels (C2, L].
    QCOMPARE(r.train.cutoff, r.lastDay.addDays(-60));
    QCOMPARE(r.eval.cutoff, r.lastDay.addDays(-30));
    QCOMPARE(r.live.cutoff, r.lastDay);
    QCOMPARE(r.train.featuresFrom, r.train.cutoff.addDays(-89));
    QCOMPARE(r.train.labelsFrom, r.train.cutoff.addDays(1));
    QCOMPARE(r.train.labelsTo, r.eval.cutoff);
    QCOMPARE(r.eval.labelsFrom, r.eval.cutoff.addDays(1));
    QCOMPARE(r.eval.labelsTo, r.lastDay);
    QVERIFY(r.train.labelsTo < r.eval.labelsFrom); // disjoint, eval strictly later
    QVERIFY(!r.live.labelsFrom.isValid() && !r.live.labelsTo.isValid());

    // Every figure is computed from the eval rows alone.
    QCOMPARE(int(r.evaluation.size()), r.eval.rows);
    std::vector<double> truth, predicted, baseline, probability, since;
    std::vector<int> churned;
    int churnedCount = 0;
    for (const auto &e : r.evaluation) {
        truth.push_back(e.activeDaysNext);
        predicted.push_back(e.predictedActiveDays);
        baseline.push_back(e.baselineActiveDays);
        churned.push_back(e.churned ? 1 : 0);
        probability.push_back(e.churnProbability);
        since.push_back(e.daysSinceActive);
        churnedCount += e.churned ? 1 : 0;
        QVERIFY(e.predictedActiveDays >= 0 && e.predictedActiveDays <= 30);
    }
    QCOMPARE(churnedCount, r.eval.churned);
    QCOMPARE(r.mae, LinearRegression::meanAbsoluteError(truth, predicted));
    QCOMPARE(r.rmse, LinearRegression::rootMeanSquaredError(truth, predicted));
    QCOMPARE(r.baselineMae, LinearRegression::meanAbsoluteError(truth, baseline));
    QCOMPARE(r.auc, LogisticRegression::auc(probability, churned));
    QCOMPARE(r.baselineAuc, LogisticRegression::auc(since, churned));
    QCOMPARE(r.logLoss, LogisticRegression::logLoss(probability, churned));

    // The eval labels are the activity of (C2, L], read independently.
    QHash<qint64, int> next;
    for (const auto &[day, member] :
         source.activity(r.eval.labelsFrom.toJulianDay(), r.eval.labelsTo.toJulianDay()))
        ++next[member];
    for (const auto &e : r.evaluation) {
        QCOMPARE(e.activeDaysNext, next.value(e.memberId));
        QCOMPARE(e.churned, next.value(e.memberId) == 0);
    }
}

void TestActivityPrediction::plantedFadersRankFirst()
{
    QTemporaryDir dir;
    Community c;
    QString error;
    QVERIFY2(c.open(dir.filePath(QStringLiteral("p.kindred")), &error), qPrintable(error));
    QVERIFY2(plant(c, 240, 60, 90, &error), qPrintable(error));
    AnalyticsSource source(c.db());
    QVERIFY2(source.load(&error), qPrintable(error));

    const PredictionReport r = ActivityPrediction::run(source);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.lastDay, kDay0.addDays(239));
    QCOMPARE(r.firstDay, kDay0);
    checkHeldOut(source, r);
    qInfo("planted: train %d rows (%d churned), eval %d rows (%d churned); MAE %.3f vs %.3f, "
          "RMSE %.3f vs %.3f, AUC %.3f vs %.3f",
          r.train.rows, r.train.churned, r.eval.rows, r.eval.churned, r.mae, r.baselineMae, r.rmse,
          r.baselineRmse, r.auc, r.baselineAuc);
    QVERIFY(r.train.churned > 0 && r.eval.churned > 0);
    QVERIFY2(r.auc > 0.85, qPrintable(QString::number(r.auc)));
    // OLS minimises squared error: it must beat "same as last 30 days" on RMSE.
    QVERIFY(r.rmse < r.baselineRmse);

    // Only faders churn; in the eval window every churned row is a fader.
    QSet<qint64> faders;
    for (const MemberFacts &m : source.members())
        if (m.name.startsWith(QLatin1String("fade")))
            faders.insert(m.id);
    for (const auto &e : r.evaluation)
        QVERIFY(!e.churned || faders.contains(e.memberId));

    // Live: the members most at risk are the faders still in the population, and each
    // prediction carries its largest terms.
    QVERIFY(!r.members.empty());
    int fadersOnTop = 0;
    for (size_t i = 0; i < 10 && i < r.members.size(); ++i)
        fadersOnTop += faders.contains(r.members[i].memberId) ? 1 : 0;
    QVERIFY2(fadersOnTop >= 8, qPrintable(QString::number(fadersOnTop)));
    for (const auto &m : r.members) {
        QVERIFY(!m.name.isEmpty());
        QVERIFY(m.churnProbability >= 0 && m.churnProbability <= 1);
        QCOMPARE(m.churnWhy.size(), size_t(3));
        QCOMPARE(m.activityWhy.size(), size_t(3));
        QVERIFY(std::abs(m.churnWhy[0].contribution) >= std::abs(m.churnWhy[2].contribution));
    }
    for (size_t i = 1; i < r.members.size(); ++i)
        QVERIFY(r.members[i - 1].churnProbability >= r.members[i].churnProbability);
    QCOMPARE(r.coefficients.size(), size_t(kPredictionFeatureCount));
    // Fewer recent active days, more churn risk.
    QVERIFY(r.coefficients[1].churn < 0 || r.coefficients[0].churn < 0);
}

void TestActivityPrediction::tooShortHistory()
{
    QTemporaryDir dir;
    Community c;
    QString error;
    QVERIFY2(c.open(dir.filePath(QStringLiteral("s.kindred")), &error), qPrintable(error));
    QVERIFY2(plant(c, 149, 20, 20, &error), qPrintable(error));
    AnalyticsSource source(c.db());
    QVERIFY2(source.load(&error), qPrintable(error));
    PredictionReport r = ActivityPrediction::run(source);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("149 days")) && r.error.contains(QLatin1String("150")),
             qPrintable(r.error));
    // asOf cuts the history too.
    PredictionOptions early;
    early.asOf = kDay0.addDays(100);
    r = ActivityPrediction::run(source, early);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("101 days")), qPrintable(r.error));
}

void TestActivityPrediction::missingClass()
{
    // Nobody ever fades: no churned member in the training window.
    QTemporaryDir dir;
    Community c;
    QString error;
    QVERIFY2(c.open(dir.filePath(QStringLiteral("m.kindred")), &error), qPrintable(error));
    QVERIFY2(plant(c, 200, 30, 0, &error), qPrintable(error));
    AnalyticsSource source(c.db());
    QVERIFY2(source.load(&error), qPrintable(error));
    const PredictionReport r = ActivityPrediction::run(source);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("0 churned of 30")), qPrintable(r.error));
    QVERIFY(r.members.empty());
}

void TestActivityPrediction::demo()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error), qPrintable(error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY2(source.load(&error), qPrintable(error));

    const PredictionReport r = ActivityPrediction::run(source);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.lastDay, DemoOptions{}.endDate);
    checkHeldOut(source, r);
    qInfo("demo: windows train %s (labels %s..%s), eval %s (labels %s..%s), live %s",
          qPrintable(r.train.cutoff.toString(Qt::ISODate)),
          qPrintable(r.train.labelsFrom.toString(Qt::ISODate)),
          qPrintable(r.train.labelsTo.toString(Qt::ISODate)),
          qPrintable(r.eval.cutoff.toString(Qt::ISODate)),
          qPrintable(r.eval.labelsFrom.toString(Qt::ISODate)),
          qPrintable(r.eval.labelsTo.toString(Qt::ISODate)),
          qPrintable(r.live.cutoff.toString(Qt::ISODate)));
    qInfo("demo: train %d rows (%d churned), eval %d rows (%d churned), live %d members",
          r.train.rows, r.train.churned, r.eval.rows, r.eval.churned, r.live.rows);
    qInfo("demo: active days MAE %.3f (baseline 'same as last 30 days' %.3f), RMSE %.3f (%.3f)",
          r.mae, r.baselineMae, r.rmse, r.baselineRmse);
    qInfo("demo: churn AUC %.3f (baseline 'days since last active' %.3f), log-loss %.3f, "
          "accuracy %.3f (majority %.3f)",
          r.auc, r.baselineAuc, r.logLoss, r.accuracy, r.majorityAccuracy);
    for (const auto &k : r.coefficients)
        qInfo("demo: %-13s mean %8.3f sd %7.3f  activity %+7.3f  churn %+7.3f",
              qPrintable(PredictionFeatures::key(k.feature)), k.mean, k.sd, k.activity, k.churn);

    QVERIFY(r.train.rows >= 100 && r.eval.rows >= 100);
    QVERIFY(r.train.churned > 0 && r.eval.churned > 0);
    QCOMPARE(int(r.members.size()), r.live.rows);
    QVERIFY(std::isfinite(r.mae) && r.mae >= 0);
    QVERIFY2(r.auc > 0.75, qPrintable(QString::number(r.auc)));
    QVERIFY(r.rmse < r.baselineRmse);
}

QTEST_GUILESS_MAIN(TestActivityPrediction)
#include "tst_activity_prediction.moc"
