#include "ActivityPrediction.h"

#include "LinearRegression.h"
#include "LogisticRegression.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace kindred {

namespace {

constexpr int kMinRows = 10;

/// z = (x − mean) / sd with the mean and population sd of the rows it was fitted on.
struct Standardizer
{
    std::array<double, kPredictionFeatureCount> mean{};
    std::array<double, kPredictionFeatureCount> sd{};

    void fit(const std::vector<PredictionRow> &rows)
    {
        const double n = double(rows.size());
        for (int j = 0; j < kPredictionFeatureCount; ++j) {
            double sum = 0.0;
            for (const auto &r : rows)
                sum += r.features[size_t(j)];
            mean[size_t(j)] = sum / n;
            double squares = 0.0;
            for (const auto &r : rows) {
                const double d = r.features[size_t(j)] - mean[size_t(j)];
                squares += d * d;
            }
            sd[size_t(j)] = std::sqrt(squares / n);
        }
    }
    std::vector<double> apply(const PredictionRow &row) const
    {
        std::vector<double> z(kPredictionFeatureCount, 0.0);
        for (size_t j = 0; j < z.size(); ++j)
            z[j] = sd[j] > 1e-12 ? (row.features[j] - mean[j]) / sd[j] : 0.0;
        return z;
    }
    FeatureRows apply(const std::vector<PredictionRow> &rows) const
    {
        FeatureRows out;
        out.reserve(rows.size());
        for (const auto &r : rows)
            out.push_back(apply(r));
        return out;
    }
};

struct Models
{
    Standardizer scale;
    LinearRegression activity;
    LogisticRegression churn;
};

double clampDays(double days)
{
    return std::clamp(days, 0.0, double(kPredictionHorizonDays));
}

bool fitModels(const std::vector<PredictionRow> &rows, const PredictionOptions &options,
               Models *out, QString *error)
{
    out->scale.fit(rows);
    const FeatureRows z = out->scale.apply(rows);
    std::vector<double> activeNext;
    std::vector<int> churned;
    for (const auto &r : rows) {
        activeNext.push_back(r.activeNext);
        churned.push_back(r.churned ? 1 : 0);
    }
    LogisticRegression::Options logisticOptions;
    logisticOptions.l2 = options.l2;
    return out->activity.fit(z, activeNext, error, options.ridge) &&
           out->churn.fit(z, churned, logisticOptions, error);
}

/// The `top` terms βj·zj of largest magnitude.
std::vector<PredictionTerm> why(const std::vector<double> &beta, const std::vector<double> &z,
                                const PredictionRow &row, int top)
{
    std::vector<PredictionTerm> terms;
    for (int j = 0; j < kPredictionFeatureCount; ++j)
        terms.push_back({j, row.features[size_t(j)], beta[size_t(j)] * z[size_t(j)]});
    std::stable_sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    terms.resize(size_t(std::clamp(top, 0, kPredictionFeatureCount)));
    return terms;
}

PredictionWindow window(qint64 cutoff, const std::vector<PredictionRow> &rows, bool labelled)
{
    PredictionWindow w;
    w.cutoff = QDate::fromJulianDay(cutoff);
    w.featuresFrom = QDate::fromJulianDay(cutoff - kPredictionLookbackDays + 1);
    if (labelled) {
        w.labelsFrom = QDate::fromJulianDay(cutoff + 1);
        w.labelsTo = QDate::fromJulianDay(cutoff + kPredictionHorizonDays);
    }
    w.rows = int(rows.size());
    for (const auto &r : rows)
        w.churned += r.churned ? 1 : 0;
    return w;
}

/// Empty when the window can train or score a model, else why not.
QString checkWindow(const char *which, const PredictionWindow &w)
{
    if (w.rows < kMinRows)
        return QCoreApplication::translate(
                   "ActivityPrediction",
                   "the %1 window (cut-off %2) has %3 members active in the 90 days before it; "
                   "prediction needs at least %4")
            .arg(QCoreApplication::translate("ActivityPrediction", which),
                 w.cutoff.toString(Qt::ISODate))
            .arg(w.rows)
            .arg(kMinRows);
    if (w.churned == 0 || w.churned == w.rows)
        return QCoreApplication::translate(
                   "ActivityPrediction",
                   "the %1 window (cut-off %2) has %3 churned of %4 members: the churn model needs "
                   "both churned and retained members")
            .arg(QCoreApplication::translate("ActivityPrediction", which),
                 w.cutoff.toString(Qt::ISODate))
            .arg(w.churned)
            .arg(w.rows);
    return {};
}

PredictionReport failure(PredictionReport report, const QString &error)
{
    report.ok = false;
    report.error = error;
    return report;
}

void evaluate(const Models &models, const std::vector<PredictionRow> &rows,
              PredictionReport *report)
{
    std::vector<double> truth, predicted, baseline, probability, sinceActive;
    std::vector<int> churned;
    for (const auto &r : rows) {
        const std::vector<double> z = models.scale.apply(r);
        PredictionEvalRow e;
        e.memberId = r.member;
        e.activeDaysNext = r.activeNext;
        e.predictedActiveDays = clampDays(models.activity.predict(z));
        e.baselineActiveDays = r.activeDays30;
        e.churned = r.churned;
        e.churnProbability = models.churn.probability(z);
        e.daysSinceActive = r.daysSinceActive;
        report->evaluation.push_back(e);
        truth.push_back(e.activeDaysNext);
        predicted.push_back(e.predictedActiveDays);
        baseline.push_back(e.baselineActiveDays);
        churned.push_back(e.churned ? 1 : 0);
        probability.push_back(e.churnProbability);
        sinceActive.push_back(e.daysSinceActive);
    }
    report->mae = LinearRegression::meanAbsoluteError(truth, predicted);
    report->rmse = LinearRegression::rootMeanSquaredError(truth, predicted);
    report->baselineMae = LinearRegression::meanAbsoluteError(truth, baseline);
    report->baselineRmse = LinearRegression::rootMeanSquaredError(truth, baseline);
    report->auc = LogisticRegression::auc(probability, churned);
    report->baselineAuc = LogisticRegression::auc(sinceActive, churned);
    report->logLoss = LogisticRegression::logLoss(probability, churned);
    report->accuracy = LogisticRegression::accuracy(probability, churned);
    const double rate = double(report->eval.churned) / double(report->eval.rows);
    report->majorityAccuracy = std::max(rate, 1.0 - rate);
}

} // namespace

PredictionReport ActivityPrediction::run(const AnalyticsSource &source,
                                         const PredictionOptions &options)
{
    PredictionReport report;
    report.firstDay = source.firstMessageDate();
    report.lastDay = options.asOf.isValid() ? options.asOf : source.lastMessageDate();
    if (!report.firstDay.isValid() || !report.lastDay.isValid())
        return failure(report,
                       QCoreApplication::translate("ActivityPrediction",
                                                   "the community has no messages to learn from"));
    const qint64 last = report.lastDay.toJulianDay();
    const qint64 needed = kPredictionLookbackDays + 2 * kPredictionHorizonDays;
    const qint64 span = report.firstDay.daysTo(report.lastDay) + 1;
    if (span < needed)
        return failure(
            report,
            QCoreApplication::translate(
                "ActivityPrediction",
                "the history spans %1 days (%2 to %3); prediction needs at least %4 "
                "(90 days of behaviour and two 30-day windows to learn and to check)")
                .arg(std::max<qint64>(span, 0))
                .arg(report.firstDay.toString(Qt::ISODate), report.lastDay.toString(Qt::ISODate))
                .arg(needed));

    const qint64 trainCut = last - 2 * kPredictionHorizonDays;
    const qint64 evalCut = last - kPredictionHorizonDays;
    PredictionFeatures features;
    QString error;
    if (!features.load(source, trainCut - kPredictionLookbackDays + 1, last, &error))
        return failure(report, error);
    const std::vector<PredictionRow> trainRows = features.rowsAt(trainCut);
    const std::vector<PredictionRow> evalRows = features.rowsAt(evalCut);
    const std::vector<PredictionRow> liveRows = features.rowsAt(last);
    report.train = window(trainCut, trainRows, true);
    report.eval = window(evalCut, evalRows, true);
    report.live = window(last, liveRows, false);
    for (const QString &problem :
         {checkWindow(QT_TRANSLATE_NOOP("ActivityPrediction", "training"), report.train),
          checkWindow(QT_TRANSLATE_NOOP("ActivityPrediction", "evaluation"), report.eval)})
        if (!problem.isEmpty())
            return failure(report, problem);

    // Held-out figures: fitted on the train window, scored on the eval window.
    Models held;
    if (!fitModels(trainRows, options, &held, &error))
        return failure(report, error);
    evaluate(held, evalRows, &report);

    // Live: the same procedure one window later, applied at L.
    Models live;
    if (!fitModels(evalRows, options, &live, &error))
        return failure(report, error);
    report.activityIntercept = live.activity.intercept();
    report.churnIntercept = live.churn.intercept();
    for (int j = 0; j < kPredictionFeatureCount; ++j)
        report.coefficients.push_back({j, live.scale.mean[size_t(j)], live.scale.sd[size_t(j)],
                                       live.activity.coefficients()[size_t(j)],
                                       live.churn.coefficients()[size_t(j)]});
    QHash<qint64, QString> names;
    for (const MemberFacts &m : source.members())
        names.insert(m.id, m.name);
    for (const auto &r : liveRows) {
        const std::vector<double> z = live.scale.apply(r);
        MemberPrediction p;
        p.memberId = r.member;
        p.name = names.value(r.member);
        p.activeDaysNext = clampDays(live.activity.predict(z));
        p.churnProbability = live.churn.probability(z);
        p.activeDays30 = r.activeDays30;
        p.daysSinceActive = r.daysSinceActive;
        p.activityWhy = why(live.activity.coefficients(), z, r, options.topTerms);
        p.churnWhy = why(live.churn.coefficients(), z, r, options.topTerms);
        report.members.push_back(std::move(p));
    }
    std::stable_sort(report.members.begin(), report.members.end(),
                     [](const MemberPrediction &a, const MemberPrediction &b) {
                         return a.churnProbability > b.churnProbability;
                     });
    report.ok = true;
    return report;
}

} // namespace kindred
