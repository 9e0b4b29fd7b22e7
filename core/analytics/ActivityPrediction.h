#pragma once
// Prediction (PRODUCT.md §3): next-30-day activity and churn risk per member, with the
// models' error on held-out history beside them ("no figure without its error").
//
// Models, on the behavioural features of PredictionFeatures.h, standardised with the mean and
// (population) standard deviation of the rows the model is fitted on (z = (x − mean) / sd; 0
// where sd = 0):
//   activity  OLS (LinearRegression) of active_next on z; predictions clamped to [0, 30];
//   churn     L2-penalised logistic regression (LogisticRegression, IRLS, λ = 1 on the summed
//             log-loss) of churned on z.
// "Why": each term βj·zj is how far feature j moves this member's prediction away from the
// training average (days for activity, log-odds for churn); the largest |βj·zj| are listed.
//
// Windows. L = the last data day (options.asOf, else the local day of the last message; data
// after L is ignored), h = 30, W = 90 (the features' lookback):
//   train   cut-off C1 = L − 2h: features from days [C1 − W + 1, C1], labels from (C1, C1 + h]
//   eval    cut-off C2 = L − h = C1 + h: features from [C2 − W + 1, C2], labels from (C2, L]
//   live    cut-off L: features from [L − W + 1, L], no labels
// The reported errors come from the model fitted on the train window alone and scored on the
// eval window: every eval label lies after every train label (C1 + h = C2 < C2 + 1), so the
// figures are one-step-ahead errors on labels the model never saw (the eval features reuse days
// of the train labels' window, as any live prediction reuses the past). The per-member
// predictions come from the same procedure moved one step on: the models refitted on the
// latest fully labelled window (the eval window's features and labels) and applied at L. The
// reported error is thus the error of this procedure one window earlier.
// Baselines on the same eval rows: activity "same as last 30 days" (ŷ = active_30d); churn
// score "days since last active" (AUC of days_since).
// Needs L − first message day + 1 >= W + 2h = 150 days, >= 10 members in the train and eval
// populations, and both churned and retained members in each; otherwise ok = false with a
// translated error (context "ActivityPrediction").

#include "AnalyticsSource.h"
#include "PredictionFeatures.h"

#include <QDate>
#include <QString>

#include <vector>

namespace kindred {

struct PredictionOptions
{
    QDate asOf;         ///< last data day L; invalid = the day of the last message
    double ridge = 0.0; ///< ridge λ of the activity OLS (0 = plain least squares by QR)
    double l2 = 1.0;    ///< L2 λ of the churn model
    int topTerms = 3;   ///< terms listed as the "why" of each prediction
};

/// One term of a prediction: feature index (PredictionFeatures::key), its raw value and βj·zj.
struct PredictionTerm
{
    int feature = 0;
    double value = 0.0;
    double contribution = 0.0;
};

struct MemberPrediction
{
    qint64 memberId = 0;
    QString name;
    double activeDaysNext = 0.0;   ///< predicted active days in the next 30, in [0, 30]
    double churnProbability = 0.0; ///< P(no activity in the next 30 days)
    int activeDays30 = 0;
    int daysSinceActive = 0;
    std::vector<PredictionTerm> activityWhy; ///< largest |βj·zj| first (days)
    std::vector<PredictionTerm> churnWhy;    ///< largest |βj·zj| first (log-odds)
};

struct PredictionWindow
{
    QDate cutoff;       ///< C: last day the features see
    QDate featuresFrom; ///< C − 89
    QDate labelsFrom;   ///< C + 1 (invalid for the live window)
    QDate labelsTo;     ///< C + 30 (invalid for the live window)
    int rows = 0;       ///< members in the population
    int churned = 0;    ///< of them churned (labelled windows)
};

/// Coefficients of the live models for one feature (per standard deviation of the feature).
struct PredictionCoefficient
{
    int feature = 0;
    double mean = 0.0;
    double sd = 0.0;
    double activity = 0.0; ///< days per sd
    double churn = 0.0;    ///< log-odds per sd
};

/// One eval row: label and what the train-window models and the baselines said.
struct PredictionEvalRow
{
    qint64 memberId = 0;
    int activeDaysNext = 0;
    double predictedActiveDays = 0.0;
    int baselineActiveDays = 0; ///< active_30d at C2
    bool churned = false;
    double churnProbability = 0.0;
    int daysSinceActive = 0; ///< the baseline churn score
};

struct PredictionReport
{
    bool ok = false;
    QString error;
    QDate firstDay; ///< first message day
    QDate lastDay;  ///< L
    PredictionWindow train, eval, live;

    // Held-out figures (eval rows only, train-window models).
    double mae = 0.0, rmse = 0.0;
    double baselineMae = 0.0, baselineRmse = 0.0;
    double auc = 0.0, baselineAuc = 0.0;
    double logLoss = 0.0;
    double accuracy = 0.0;         ///< at probability 0.5
    double majorityAccuracy = 0.0; ///< always guessing the more frequent class
    std::vector<PredictionEvalRow> evaluation;

    // Live models (refitted on the eval window) and their predictions at L.
    double activityIntercept = 0.0;
    double churnIntercept = 0.0;
    std::vector<PredictionCoefficient> coefficients;
    std::vector<MemberPrediction> members; ///< highest churn probability first
};

class ActivityPrediction final
{
public:
    /// Runs the whole procedure above on a loaded source.
    static PredictionReport run(const AnalyticsSource &source,
                                const PredictionOptions &options = {});
};

} // namespace kindred
