#pragma once
// Binary logistic regression with an L2 penalty, fitted by Newton's method (iteratively
// reweighted least squares, IRLS), and the classification measures that go with it.
//
//   model      P(y = 1 | x) = σ(β0 + Σ_j βj·xj),  σ(t) = 1 / (1 + e^(−t))
//   objective  minimise  ℓ(β) = −Σ_i [yi·log pi + (1 − yi)·log(1 − pi)] + (λ/2)·Σ_{j≥1} βj²
//              (the intercept β0 is not penalised; λ = 0 is the maximum-likelihood fit)
//   Newton     g = Xᵀ(p − y) + λ·D·β,  H = Xᵀ·W·X + λ·D,  W = diag(pi·(1 − pi)),
//              D = diag(0, 1, …, 1);  β ← β − s·H⁻¹g (H by Eigen's LDLT), with the step s
//              halved (up to 30 times) until ℓ does not increase (damped Newton).
//   stops      converged when max_j |s·Δβj| < tolerance (default 1e-10), or after
//              maxIterations (default 100) steps without converging (converged() = false;
//              the last iterate is kept). On separable data only λ > 0 has a finite optimum.
//
//   AUC        Mann–Whitney: the probability that a random positive scores above a random
//              negative, ties counted half:
//              AUC = (Σ_{pos p} Σ_{neg n} [sp > sn] + ½·[sp = sn]) / (n₊·n₋),
//              computed from mid-ranks as (R₊ − n₊(n₊ + 1)/2) / (n₊·n₋) in O(n log n).
//   log-loss   −(1/n)·Σ [yi·log pi + (1 − yi)·log(1 − pi)], p clipped to [1e-15, 1 − 1e-15].
//   accuracy   share of rows with [pi >= threshold] = yi (threshold 0.5).
// References: Hastie, Tibshirani, Friedman, "The Elements of Statistical Learning", 2nd ed.,
// §4.4.1 (IRLS) and §4.4.4 (L2-penalised logistic regression); Hanley & McNeil (1982), "The
// meaning and use of the area under a ROC curve", Radiology 143 (AUC = Mann–Whitney U/(n₊n₋)).

#include "LinearRegression.h"

#include <QString>

#include <vector>

namespace kindred {

class LogisticRegression final
{
public:
    struct Options
    {
        double l2 = 1.0; ///< λ >= 0
        int maxIterations = 100;
        double tolerance = 1e-10;
    };

    /// Fits the model to labels 0/1. False with `error` on invalid rows (see LinearRegression),
    /// a label other than 0/1, λ < 0, or a singular Newton system (λ = 0 with collinear
    /// features); the previous fit is kept then.
    bool fit(const FeatureRows &x, const std::vector<int> &y, const Options &options,
             QString *error);
    bool fit(const FeatureRows &x, const std::vector<int> &y, QString *error)
    {
        return fit(x, y, Options{}, error);
    }

    bool isFitted() const { return m_fitted; }
    double intercept() const { return m_intercept; }
    /// βj for j = 1..p, in the order of the feature columns (log-odds per unit of xj).
    const std::vector<double> &coefficients() const { return m_coefficients; }
    int iterations() const { return m_iterations; }
    bool converged() const { return m_converged; }

    /// Linear predictor β0 + Σ βj·xj (log-odds).
    double logit(const std::vector<double> &x) const;
    /// σ(logit(x)).
    double probability(const std::vector<double> &x) const;
    std::vector<double> probabilities(const FeatureRows &x) const;

    /// Numerically stable σ(t).
    static double sigmoid(double t);
    /// Mann–Whitney AUC of `scores` for labels 0/1 (ties half); NaN when a class is missing or
    /// the lengths differ.
    static double auc(const std::vector<double> &scores, const std::vector<int> &labels);
    /// Mean log-loss (natural log); NaN when the lengths differ or are 0.
    static double logLoss(const std::vector<double> &probabilities, const std::vector<int> &labels);
    /// Share of rows classified right at `threshold`; NaN when the lengths differ or are 0.
    static double accuracy(const std::vector<double> &probabilities, const std::vector<int> &labels,
                           double threshold = 0.5);

private:
    bool m_fitted = false;
    double m_intercept = 0.0;
    std::vector<double> m_coefficients;
    int m_iterations = 0;
    bool m_converged = false;
};

} // namespace kindred
