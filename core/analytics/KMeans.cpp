#include "KMeans.h"

#include <QCoreApplication>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace kindred {

namespace {

using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Eigen::MatrixXd toEigen(const FeatureMatrix &x)
{
    return Eigen::Map<const RowMajorMatrix>(x.values.data(), x.rows, x.cols);
}

/// Platform-independent draws: mt19937 output is fixed by the standard, the distributions
/// are not.
class Random
{
public:
    explicit Random(unsigned int seed) : m_gen(seed) {}
    /// Uniform in [0, 1).
    double uniform() { return double(m_gen()) / 4294967296.0; }
    /// Uniform in [0, n).
    int index(int n) { return std::min(n - 1, int(uniform() * double(n))); }

private:
    std::mt19937 m_gen;
};

struct Run
{
    std::vector<int> labels;
    Eigen::MatrixXd centroids;
    Eigen::VectorXd nearest; ///< squared distance of each point to its own centroid
    int iterations = 0;
    bool converged = false;
};

/// Nearest centroid of every point (the lowest index on ties) and its squared distance.
void assign(const Eigen::MatrixXd &x, const Eigen::MatrixXd &c, std::vector<int> *labels,
            Eigen::VectorXd *nearest)
{
    const Eigen::Index n = x.rows();
    Eigen::MatrixXd d(n, c.rows());
    for (Eigen::Index j = 0; j < c.rows(); ++j) {
        d.col(j).setZero();
        for (Eigen::Index f = 0; f < x.cols(); ++f) // column by column: contiguous, vectorised
            d.col(j).array() += (x.col(f).array() - c(j, f)).square();
    }
    labels->resize(size_t(n));
    nearest->resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        Eigen::Index best = 0;
        d.row(i).minCoeff(&best); // Eigen returns the first minimum
        (*labels)[size_t(i)] = int(best);
        (*nearest)(i) = d(i, best);
    }
}

/// k-means++ seeding; false when fewer than k distinct points exist.
bool seed(const Eigen::MatrixXd &x, int k, Random &rng, Eigen::MatrixXd *centroids)
{
    const int n = int(x.rows());
    centroids->resize(k, x.cols());
    centroids->row(0) = x.row(rng.index(n));
    Eigen::VectorXd d2 = (x.rowwise() - centroids->row(0)).rowwise().squaredNorm();
    for (int c = 1; c < k; ++c) {
        const double total = d2.sum();
        if (!(total > 0.0))
            return false;
        const double target = rng.uniform() * total;
        double acc = 0.0;
        int pick = -1;
        for (int i = 0; i < n; ++i) {
            if (d2(i) <= 0.0)
                continue;
            pick = i; // the last positive one when rounding leaves acc <= target
            acc += d2(i);
            if (acc > target)
                break;
        }
        centroids->row(c) = x.row(pick);
        d2 = d2.cwiseMin((x.rowwise() - centroids->row(c)).rowwise().squaredNorm());
    }
    return true;
}

/// Centroids as the means of the labels; an empty cluster takes the point farthest from its
/// own centroid among those not moved yet and whose cluster keeps another point.
void update(const Eigen::MatrixXd &x, int k, std::vector<int> *labels,
            const Eigen::VectorXd &nearest, Eigen::MatrixXd *centroids)
{
    const Eigen::Index n = x.rows();
    std::vector<int> counts(size_t(k), 0);
    for (int l : *labels)
        ++counts[size_t(l)];
    std::vector<bool> moved(size_t(n), false);
    for (int j = 0; j < k; ++j) {
        if (counts[size_t(j)] > 0)
            continue;
        Eigen::Index far = -1;
        for (Eigen::Index i = 0; i < n; ++i) {
            const int from = (*labels)[size_t(i)];
            if (moved[size_t(i)] || counts[size_t(from)] < 2 || !(nearest(i) > 0.0))
                continue;
            if (far < 0 || nearest(i) > nearest(far))
                far = i;
        }
        if (far < 0)
            continue; // nothing to move: the cluster keeps its previous centroid
        --counts[size_t((*labels)[size_t(far)])];
        (*labels)[size_t(far)] = j;
        counts[size_t(j)] = 1;
        moved[size_t(far)] = true;
    }
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, x.cols());
    for (Eigen::Index i = 0; i < n; ++i)
        sums.row((*labels)[size_t(i)]) += x.row(i);
    for (int j = 0; j < k; ++j)
        if (counts[size_t(j)] > 0)
            centroids->row(j) = sums.row(j) / double(counts[size_t(j)]);
}

bool lloyd(const Eigen::MatrixXd &x, int k, const KMeansOptions &options, Random &rng, Run *run)
{
    if (!options.initialCentroids.values.empty())
        run->centroids = toEigen(options.initialCentroids);
    else if (!seed(x, k, rng, &run->centroids))
        return false;
    const int maxIterations = std::max(1, options.maxIterations);
    assign(x, run->centroids, &run->labels, &run->nearest);
    run->iterations = 0;
    run->converged = false;
    std::vector<int> next;
    Eigen::VectorXd nextNearest;
    for (int it = 1; it <= maxIterations; ++it) {
        update(x, k, &run->labels, run->nearest, &run->centroids);
        assign(x, run->centroids, &next, &nextNearest);
        run->iterations = it;
        const bool same = next == run->labels;
        run->labels.swap(next);
        run->nearest.swap(nextNearest);
        if (same) {
            run->converged = true;
            break;
        }
    }
    return true;
}

} // namespace

Standardised KMeans::standardise(const FeatureMatrix &x)
{
    Standardised s;
    s.z = FeatureMatrix(x.rows, x.cols);
    s.mean.assign(size_t(x.cols), 0.0);
    s.sd.assign(size_t(x.cols), 0.0);
    if (x.rows == 0)
        return s;
    for (int c = 0; c < x.cols; ++c) {
        double sum = 0.0;
        for (int r = 0; r < x.rows; ++r)
            sum += x.at(r, c);
        const double mean = sum / double(x.rows);
        double ss = 0.0;
        for (int r = 0; r < x.rows; ++r)
            ss += (x.at(r, c) - mean) * (x.at(r, c) - mean);
        double sd = std::sqrt(ss / double(x.rows));
        // Rounding leaves ~1e-17 spreads in constant columns: treat them as constant.
        if (sd <= 1e-12 * std::max(1.0, std::abs(mean)))
            sd = 0.0;
        s.mean[size_t(c)] = mean;
        s.sd[size_t(c)] = sd;
        for (int r = 0; r < x.rows; ++r)
            s.z.at(r, c) = sd > 0.0 ? (x.at(r, c) - mean) / sd : 0.0;
    }
    return s;
}

bool KMeans::fit(const FeatureMatrix &x, int k, const KMeansOptions &options, KMeansResult *out,
                 QString *error)
{
    if (k < 1 || x.cols < 1 || x.rows < k || x.values.size() != size_t(x.rows) * size_t(x.cols)) {
        *error = QCoreApplication::translate("KMeans", "cannot make %1 clusters of %2 rows")
                     .arg(k)
                     .arg(x.rows);
        return false;
    }
    for (double v : x.values) {
        if (!std::isfinite(v)) {
            *error = QCoreApplication::translate("KMeans", "the data hold a non-finite value");
            return false;
        }
    }
    const FeatureMatrix &init = options.initialCentroids;
    if (!init.values.empty() && (init.rows != k || init.cols != x.cols ||
                                 init.values.size() != size_t(k) * size_t(x.cols))) {
        *error = QCoreApplication::translate("KMeans", "the initial centroids are not %1 × %2")
                     .arg(k)
                     .arg(x.cols);
        return false;
    }
    const Eigen::MatrixXd data = toEigen(x);
    Random rng(options.seed);
    Run best;
    double bestInertia = std::numeric_limits<double>::infinity();
    const int restarts = init.values.empty() ? std::max(1, options.restarts) : 1;
    for (int r = 0; r < restarts; ++r) {
        Run run;
        if (!lloyd(data, k, options, rng, &run)) {
            *error =
                QCoreApplication::translate("KMeans", "fewer than %1 distinct rows: cannot make %1 "
                                                      "clusters")
                    .arg(k);
            return false;
        }
        const double inertia = run.nearest.sum();
        if (inertia < bestInertia) {
            bestInertia = inertia;
            best = std::move(run);
        }
    }
    KMeansResult result;
    result.k = k;
    result.labels = best.labels;
    result.centroids = FeatureMatrix(k, x.cols);
    for (int j = 0; j < k; ++j)
        for (int c = 0; c < x.cols; ++c)
            result.centroids.at(j, c) = best.centroids(j, c);
    result.sizes.assign(size_t(k), 0);
    for (int l : result.labels)
        ++result.sizes[size_t(l)];
    result.inertia = bestInertia;
    result.iterations = best.iterations;
    result.converged = best.converged;
    *out = std::move(result);
    return true;
}

double KMeans::silhouette(const FeatureMatrix &x, const std::vector<int> &labels,
                          const SilhouetteOptions &options)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const int n = x.rows;
    if (labels.size() != size_t(n) || n < 2 || x.cols < 1)
        return nan;
    int clusters = 0;
    for (int l : labels) {
        if (l < 0)
            return nan;
        clusters = std::max(clusters, l + 1);
    }
    std::vector<int> counts(size_t(clusters), 0);
    for (int l : labels)
        ++counts[size_t(l)];
    if (std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; }) < 2)
        return nan;

    std::vector<int> points(static_cast<size_t>(n));
    std::iota(points.begin(), points.end(), 0);
    if (n > options.exactCap) {
        const int m = std::clamp(options.sampleSize, 1, n);
        Random rng(options.seed);
        for (int t = 0; t < m; ++t)
            std::swap(points[size_t(t)], points[size_t(t + rng.index(n - t))]);
        points.resize(size_t(m));
    }

    // Rows grouped by cluster (a counting sort): each cluster's distances are one segment.
    const Eigen::MatrixXd data = toEigen(x);
    std::vector<Eigen::Index> begin(size_t(clusters) + 1, 0);
    for (int c = 0; c < clusters; ++c)
        begin[size_t(c) + 1] = begin[size_t(c)] + counts[size_t(c)];
    std::vector<Eigen::Index> next(begin.begin(), begin.end() - 1);
    std::vector<Eigen::Index> rowOf(static_cast<size_t>(n), 0);
    Eigen::MatrixXd grouped(n, data.cols());
    for (int j = 0; j < n; ++j) {
        rowOf[size_t(j)] = next[size_t(labels[size_t(j)])]++;
        grouped.row(rowOf[size_t(j)]) = data.row(j);
    }
    std::vector<double> sums(static_cast<size_t>(clusters), 0.0);
    double total = 0.0;
    Eigen::VectorXd dist(n);
    for (int i : points) {
        const Eigen::RowVectorXd xi = grouped.row(rowOf[size_t(i)]);
        dist.setZero();
        for (Eigen::Index c = 0; c < grouped.cols(); ++c)
            dist.array() += (grouped.col(c).array() - xi(c)).square();
        dist = dist.cwiseSqrt();
        for (int c = 0; c < clusters; ++c)
            sums[size_t(c)] = dist.segment(begin[size_t(c)], counts[size_t(c)]).sum();
        const int own = labels[size_t(i)];
        if (counts[size_t(own)] < 2)
            continue; // s(i) = 0 for a point alone in its cluster
        const double a = sums[size_t(own)] / double(counts[size_t(own)] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < clusters; ++c)
            if (c != own && counts[size_t(c)] > 0)
                b = std::min(b, sums[size_t(c)] / double(counts[size_t(c)]));
        const double scale = std::max(a, b);
        if (scale > 0.0)
            total += (b - a) / scale;
    }
    return total / double(points.size());
}

bool KMeans::chooseK(const FeatureMatrix &x, int kMin, int kMax, const KMeansOptions &options,
                     const SilhouetteOptions &silhouetteOptions, KChoice *out, QString *error)
{
    if (kMin < 2 || kMax < kMin) {
        *error = QCoreApplication::translate("KMeans", "invalid range of k: %1..%2 (needs 2 <= "
                                                       "kMin <= kMax)")
                     .arg(kMin)
                     .arg(kMax);
        return false;
    }
    KChoice choice;
    double bestScore = -std::numeric_limits<double>::infinity();
    QString lastError;
    for (int k = kMin; k <= kMax; ++k) {
        KScore score;
        score.k = k;
        score.silhouette = std::numeric_limits<double>::quiet_NaN();
        score.inertia = std::numeric_limits<double>::quiet_NaN();
        KMeansResult result;
        if (k < x.rows && fit(x, k, options, &result, &lastError)) {
            score.silhouette = silhouette(x, result.labels, silhouetteOptions);
            score.inertia = result.inertia;
            if (score.silhouette > bestScore) { // NaN never wins; ties keep the smaller k
                bestScore = score.silhouette;
                choice.k = k;
                choice.result = std::move(result);
            }
        }
        choice.scores.push_back(score);
    }
    if (choice.k == 0) {
        *error = lastError.isEmpty()
                     ? QCoreApplication::translate("KMeans", "%1 rows are too few for %2 clusters")
                           .arg(x.rows)
                           .arg(kMin)
                     : lastError;
        return false;
    }
    *out = std::move(choice);
    return true;
}

} // namespace kindred
