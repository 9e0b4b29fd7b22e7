#pragma once
// Ordinary least squares with an intercept (the seeds' activity model: 活跃度 = a·x1 + b·x2 +
// c·x3 "solved by least squares", with an intercept added).
//
//   model     ŷ = β0 + Σ_j βj·xj
//   fit       β = argmin Σ_i (yi − ŷi)²  (+ λ·Σ_{j≥1} βj² when ridge λ > 0)
//   solver    λ = 0: column-pivoting Householder QR of X = [1 | x] (Eigen
//             ColPivHouseholderQR), which never forms XᵀX and so keeps the accuracy of the data;
//             rank-deficient X gives a least-squares solution with the dependent columns'
//             coefficients set to 0 (rank() tells).
//             λ > 0: the ridge normal equations (XᵀX + λ·D) β = Xᵀy, D = diag(0, 1, …, 1) (the
//             intercept is not shrunk), solved by Eigen's LDLT.
//   errors    MAE = Σ|yi − ŷi| / n, RMSE = √(Σ(yi − ŷi)² / n).
// Reference: Hastie, Tibshirani, Friedman, "The Elements of Statistical Learning", 2nd ed.,
// §3.2 (least squares) and §3.4.1 (ridge); Golub & Van Loan, "Matrix Computations", §5.4 (QR
// with column pivoting).

#include <QString>

#include <vector>

namespace kindred {

/// Rows of feature values (every row the same length), one row per observation.
using FeatureRows = std::vector<std::vector<double>>;

class LinearRegression final
{
public:
    /// Fits the model. `ridge` >= 0 (0 = plain OLS by QR). False with `error` when the rows are
    /// empty, of unequal widths, fewer than the parameters (plain OLS), contain a non-finite
    /// value, or do not match `y` in number; the previous fit is kept then.
    bool fit(const FeatureRows &x, const std::vector<double> &y, QString *error,
             double ridge = 0.0);

    bool isFitted() const { return m_fitted; }
    double intercept() const { return m_intercept; }
    /// βj for j = 1..p, in the order of the feature columns.
    const std::vector<double> &coefficients() const { return m_coefficients; }
    /// Numerical rank of [1 | x] found by the QR (p + 1 for ridge fits).
    int rank() const { return m_rank; }

    double predict(const std::vector<double> &x) const;
    std::vector<double> predict(const FeatureRows &x) const;

    /// Mean absolute error; NaN when the lengths differ or are 0.
    static double meanAbsoluteError(const std::vector<double> &truth,
                                    const std::vector<double> &predicted);
    /// Root mean squared error; NaN when the lengths differ or are 0.
    static double rootMeanSquaredError(const std::vector<double> &truth,
                                       const std::vector<double> &predicted);

private:
    bool m_fitted = false;
    double m_intercept = 0.0;
    std::vector<double> m_coefficients;
    int m_rank = 0;
};

} // namespace kindred
