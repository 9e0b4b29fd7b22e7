#include "LinearRegression.h"

#include "RegressionDesign.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace kindred {

bool LinearRegression::fit(const FeatureRows &x, const std::vector<double> &y, QString *error,
                           double ridge)
{
    Eigen::MatrixXd design;
    if (!regression::designMatrix(x, y.size(), &design, error))
        return false;
    Eigen::VectorXd target(Eigen::Index(y.size()));
    for (size_t i = 0; i < y.size(); ++i) {
        if (!std::isfinite(y[i])) {
            *error = QCoreApplication::translate("Regression", "target %1 is not a finite number")
                         .arg(i + 1);
            return false;
        }
        target(Eigen::Index(i)) = y[i];
    }
    if (!(ridge >= 0.0) || !std::isfinite(ridge)) {
        *error = QCoreApplication::translate("Regression", "the ridge penalty must be >= 0");
        return false;
    }
    const Eigen::Index params = design.cols();
    Eigen::VectorXd beta;
    int rank = int(params);
    if (ridge == 0.0) {
        if (design.rows() < params) {
            *error = QCoreApplication::translate("Regression",
                                                 "%1 observations cannot determine %2 parameters")
                         .arg(design.rows())
                         .arg(params);
            return false;
        }
        const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(design);
        beta = qr.solve(target);
        rank = int(qr.rank());
    } else {
        Eigen::MatrixXd normal = design.transpose() * design;
        normal.diagonal().tail(params - 1).array() += ridge;
        const Eigen::LDLT<Eigen::MatrixXd> ldlt(normal);
        beta = ldlt.solve(design.transpose() * target);
        if (ldlt.info() != Eigen::Success || !beta.allFinite()) {
            *error = QCoreApplication::translate("Regression",
                                                 "the ridge normal equations are singular");
            return false;
        }
    }
    m_intercept = beta(0);
    m_coefficients.assign(beta.data() + 1, beta.data() + beta.size());
    m_rank = rank;
    m_fitted = true;
    return true;
}

double LinearRegression::predict(const std::vector<double> &x) const
{
    double sum = m_intercept;
    const size_t n = std::min(x.size(), m_coefficients.size());
    for (size_t j = 0; j < n; ++j)
        sum += m_coefficients[j] * x[j];
    return sum;
}

std::vector<double> LinearRegression::predict(const FeatureRows &x) const
{
    std::vector<double> out;
    out.reserve(x.size());
    for (const auto &row : x)
        out.push_back(predict(row));
    return out;
}

double LinearRegression::meanAbsoluteError(const std::vector<double> &truth,
                                           const std::vector<double> &predicted)
{
    if (truth.empty() || truth.size() != predicted.size())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (size_t i = 0; i < truth.size(); ++i)
        sum += std::abs(truth[i] - predicted[i]);
    return sum / double(truth.size());
}

double LinearRegression::rootMeanSquaredError(const std::vector<double> &truth,
                                              const std::vector<double> &predicted)
{
    if (truth.empty() || truth.size() != predicted.size())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (size_t i = 0; i < truth.size(); ++i)
        sum += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
    return std::sqrt(sum / double(truth.size()));
}

} // namespace kindred
