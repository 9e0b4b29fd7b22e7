#include "LogisticRegression.h"

#include "RegressionDesign.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kindred {

namespace {

// −log σ(t) and −log(1 − σ(t)) = −log σ(−t) without overflow: log(1 + e^(−t)).
double softplusNeg(double t)
{
    return t > 0 ? std::log1p(std::exp(-t)) : -t + std::log1p(std::exp(t));
}

double objective(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, const Eigen::VectorXd &beta,
                 double l2)
{
    const Eigen::VectorXd eta = x * beta;
    double sum = 0.0;
    for (Eigen::Index i = 0; i < eta.size(); ++i)
        sum += y(i) > 0.5 ? softplusNeg(eta(i)) : softplusNeg(-eta(i));
    return sum + 0.5 * l2 * beta.tail(beta.size() - 1).squaredNorm();
}

} // namespace

double LogisticRegression::sigmoid(double t)
{
    if (t >= 0)
        return 1.0 / (1.0 + std::exp(-t));
    const double e = std::exp(t);
    return e / (1.0 + e);
}

bool LogisticRegression::fit(const FeatureRows &rows, const std::vector<int> &labels,
                             const Options &options, QString *error)
{
    Eigen::MatrixXd x;
    if (!regression::designMatrix(rows, labels.size(), &x, error))
        return false;
    if (!(options.l2 >= 0.0) || !std::isfinite(options.l2)) {
        *error = QCoreApplication::translate("Regression", "the L2 penalty must be >= 0");
        return false;
    }
    Eigen::VectorXd y(Eigen::Index(labels.size()));
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] != 0 && labels[i] != 1) {
            *error = QCoreApplication::translate("Regression", "label %1 is %2, not 0 or 1")
                         .arg(i + 1)
                         .arg(labels[i]);
            return false;
        }
        y(Eigen::Index(i)) = labels[i];
    }
    const Eigen::Index params = x.cols();
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(params, options.l2);
    penalty(0) = 0.0;

    Eigen::VectorXd beta = Eigen::VectorXd::Zero(params);
    double current = objective(x, y, beta, options.l2);
    int iterations = 0;
    bool converged = false;
    while (iterations < options.maxIterations && !converged) {
        ++iterations;
        const Eigen::VectorXd eta = x * beta;
        Eigen::VectorXd p(eta.size()), w(eta.size());
        for (Eigen::Index i = 0; i < eta.size(); ++i) {
            p(i) = sigmoid(eta(i));
            w(i) = p(i) * (1.0 - p(i));
        }
        const Eigen::VectorXd gradient = x.transpose() * (p - y) + penalty.cwiseProduct(beta);
        Eigen::MatrixXd hessian = x.transpose() * w.asDiagonal() * x;
        hessian.diagonal() += penalty;
        const Eigen::LDLT<Eigen::MatrixXd> ldlt(hessian);
        const Eigen::VectorXd step = ldlt.solve(gradient);
        if (ldlt.info() != Eigen::Success || !step.allFinite()) {
            *error = QCoreApplication::translate(
                "Regression", "the Newton system is singular (collinear features?)");
            return false;
        }
        double scale = 1.0;
        Eigen::VectorXd next = beta - step;
        double value = objective(x, y, next, options.l2);
        for (int halvings = 0; halvings < 30 && !(value <= current); ++halvings) {
            scale *= 0.5;
            next = beta - scale * step;
            value = objective(x, y, next, options.l2);
        }
        if (!(value <= current)) {
            converged = true; // no descent left at machine precision: at the optimum
            break;
        }
        converged = (scale * step).cwiseAbs().maxCoeff() < options.tolerance;
        beta = next;
        current = value;
    }
    m_intercept = beta(0);
    m_coefficients.assign(beta.data() + 1, beta.data() + beta.size());
    m_iterations = iterations;
    m_converged = converged;
    m_fitted = true;
    return true;
}

double LogisticRegression::logit(const std::vector<double> &x) const
{
    double sum = m_intercept;
    const size_t n = std::min(x.size(), m_coefficients.size());
    for (size_t j = 0; j < n; ++j)
        sum += m_coefficients[j] * x[j];
    return sum;
}

double LogisticRegression::probability(const std::vector<double> &x) const
{
    return sigmoid(logit(x));
}

std::vector<double> LogisticRegression::probabilities(const FeatureRows &x) const
{
    std::vector<double> out;
    out.reserve(x.size());
    for (const auto &row : x)
        out.push_back(probability(row));
    return out;
}

double LogisticRegression::auc(const std::vector<double> &scores, const std::vector<int> &labels)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (scores.size() != labels.size())
        return nan;
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    // Mid-ranks (1-based) of each tie group, summed over the positives.
    double rankSumPositive = 0.0;
    double positives = 0.0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double midRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t k = i; k < j; ++k) {
            if (labels[order[k]] == 1) {
                rankSumPositive += midRank;
                positives += 1.0;
            }
        }
        i = j;
    }
    const double negatives = double(scores.size()) - positives;
    if (positives == 0.0 || negatives == 0.0)
        return nan;
    return (rankSumPositive - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

double LogisticRegression::logLoss(const std::vector<double> &probabilities,
                                   const std::vector<int> &labels)
{
    if (probabilities.empty() || probabilities.size() != labels.size())
        return std::numeric_limits<double>::quiet_NaN();
    constexpr double eps = 1e-15;
    double sum = 0.0;
    for (size_t i = 0; i < labels.size(); ++i) {
        const double p = std::clamp(probabilities[i], eps, 1.0 - eps);
        sum -= labels[i] == 1 ? std::log(p) : std::log(1.0 - p);
    }
    return sum / double(labels.size());
}

double LogisticRegression::accuracy(const std::vector<double> &probabilities,
                                    const std::vector<int> &labels, double threshold)
{
    if (probabilities.empty() || probabilities.size() != labels.size())
        return std::numeric_limits<double>::quiet_NaN();
    size_t right = 0;
    for (size_t i = 0; i < labels.size(); ++i)
        right += (probabilities[i] >= threshold ? 1 : 0) == labels[i] ? 1 : 0;
    return double(right) / double(labels.size());
}

} // namespace kindred
