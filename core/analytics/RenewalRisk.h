#pragma once
// Renewal risk of the paid memberships about to expire (PRODUCT.md §3 "Prediction ... with the
// model's accuracy on held-out history shown beside it").
//
// Rows: paid memberships (PaidMetrics terms) of members with expires_at in the `horizonDays`
// (30 or 60) days after the as-of day (local days asOf+1 .. asOf+horizon, inclusive) that have
// not been renewed yet (no renewing membership started by the as-of day).
//
// Features of a membership M evaluated on local day d (windows end on d, inclusive):
//   recent      active days in d-29..d
//   before      active days in d-59..d-30
//   trend       recent − before
//   lastActive  days since the last active day (capped at 365; never active = 365)
//   level       LevelCalculator held level on d (1..4)
//   segment     one-hot of the Segmentation segment on d (active is the reference column):
//               churned, newcomer, occasional, silent
// For upcoming rows d = the as-of day. For past expiries d = expiry day − leadDays (14), so the
// model learns from what was known two weeks before an expiry; their level is the one held at
// the end of the month before d (a month-end review), to bound the number of level runs.
// Only members seen in the community (MembershipRecord::memberFirstSeen > 0) have rows.
//
// Label: 1 = not renewed within graceDays (PaidMetrics::renewals), 0 = renewed. risk =
// P(not renewed) from LogisticRegression (L2 λ = 1, features standardised on the training set).
//
// Training and evaluation (held-out by time, disjoint by construction):
//   training    past expiries whose label was known before the cut-off:
//               expiry day + grace < cutoff
//   evaluation  expiries with cutoff <= expiry day and expiry day + grace < asOf
//   cutoff      default asOf − 180 days.
// Measures on the evaluation set only: AUC and accuracy (threshold 0.5) of the model; the
// baseline scores by lastActive alone (AUC of lastActive; accuracy of "not renewed when inactive
// for >= 30 days"). The model is not usable (rows then rank by the baseline; `reason` says
// why) when training has fewer than minTrainingRows rows or fewer than 3 of either class, or the
// fit fails. The measures are NaN when the evaluation set lacks a class.

#include "PaidMetrics.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace kindred {

struct RenewalRiskOptions
{
    int horizonDays = 30; ///< 1..366 (the page offers 30 and 60)
    int leadDays = 14;    ///< feature day before a past expiry
    QDate cutoff;         ///< invalid = asOf − 180 days
    int minTrainingRows = 20;
    double l2 = 1.0;
};

/// Feature vector of one membership on its evaluation day (see the file comment).
struct RenewalFeatures
{
    int recentActiveDays = 0;
    int beforeActiveDays = 0;
    int daysSinceActive = 365;
    int level = 1;
    QString segmentKey; ///< Segmentation::key
    int trend() const { return recentActiveDays - beforeActiveDays; }
    /// Model columns: recent, before, trend, lastActive, level, churned, newcomer, occasional,
    /// silent.
    std::vector<double> toVector() const;
};

struct RenewalRiskRow
{
    qint64 membershipId = 0;
    qint64 memberId = 0;
    QString name;
    QString planName;
    qint64 amountMinor = 0;
    QString currency;
    qint64 expiresAt = 0; ///< UTC seconds
    QDate expiryDate;     ///< local
    int daysToExpiry = 0; ///< expiryDate − asOf
    RenewalFeatures features;
    double risk = 0; ///< P(not renewed) (model), or the baseline rank share when unusable
    QString why;     ///< translated feature values and top contributions (context
                     ///< "RenewalRisk")
};

struct RenewalRiskQuality
{
    QDate cutoff;
    bool usable = false;
    QString reason; ///< translated, when not usable
    int trainingRows = 0, trainingNotRenewed = 0;
    int evaluationRows = 0, evaluationNotRenewed = 0;
    double auc = 0, accuracy = 0;                 ///< model, evaluation set (NaN when undefined)
    double baselineAuc = 0, baselineAccuracy = 0; ///< lastActive baseline, evaluation set
    QList<qint64> trainingIds, evaluationIds;     ///< membership ids (disjoint)
    std::vector<double> coefficients;             ///< standardised columns, RenewalFeatures order
    double intercept = 0;
};

struct RenewalRiskReport
{
    QDate asOf;
    RenewalRiskOptions options;
    QList<RenewalRiskRow> rows; ///< highest risk first
    RenewalRiskQuality quality;
};

class RenewalRisk final
{
public:
    /// Computes the list and the model quality; `paid` must be loaded. An invalid asOf gives an
    /// empty report with quality.reason set.
    static RenewalRiskReport compute(const AnalyticsSource &source, const PaidMetrics &paid,
                                     const QDate &asOf, const RenewalRiskOptions &options = {});

    /// Labelled past expiries split as in the file comment, exposed for tests: fills the ids
    /// of training and evaluation memberships (label known: renewed or not).
    static void split(const std::vector<MembershipRecord> &records, const CommunityClock &clock,
                      int graceDays, const QDate &asOf, const QDate &cutoff,
                      QList<qint64> *training, QList<qint64> *evaluation);
};

} // namespace kindred
