#pragma once
// k-means clustering for the personas (PRODUCT.md §3).
//
//   standardise  z = (x − mean) / sd per column, sd the population standard deviation
//                (divide by n); a constant column (sd = 0) gives z = 0.
//   fit          Lloyd's algorithm minimising the inertia Σ_i ‖x_i − c_{label(i)}‖² (squared
//                Euclidean), seeded by k-means++ (Arthur & Vassilvitskii, "k-means++: the
//                advantages of careful seeding", SODA 2007: first centre uniform, then each
//                next centre drawn with probability ∝ D(x)², the squared distance to the
//                nearest centre chosen so far). `restarts` runs, the lowest inertia kept (the
//                first on ties). Every random draw comes from one std::mt19937 seeded with
//                `seed` (uniform variates as mt19937() / 2³², so results are identical on every
//                platform). A point goes to the nearest centre, the lowest index on ties. An
//                empty cluster gets the point farthest from its own centre (among points not
//                moved yet this iteration whose cluster keeps another point). Stops when no
//                label changes, or after `maxIterations` updates.
//   silhouette   Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation
//                of cluster analysis", J. Comput. Appl. Math. 20 (1987): for point i in
//                cluster A, a(i) = mean Euclidean distance to the other points of A, b(i) =
//                min over the other non-empty clusters C of the mean distance to C's points,
//                s(i) = (b − a) / max(a, b), and s(i) = 0 when A has one point. The result is
//                the mean of s(i) over the points: exactly, O(n²·d), for n <= exactCap (3,000);
//                above, over a sample of sampleSize (1,000) points drawn without replacement
//                (partial Fisher–Yates, std::mt19937 with `seed`), each sampled s(i) still
//                exact against all n points: O(sampleSize·n·d).
//   chooseK      fits every k of [kMin, kMax] and keeps the k with the highest silhouette
//                (the smaller k on ties).
// Eigen does the arithmetic; the interface uses plain row-major matrices.

#include <QString>

#include <vector>

namespace kindred {

/// rows × cols doubles, row-major: row r = one observation.
struct FeatureMatrix
{
    int rows = 0;
    int cols = 0;
    std::vector<double> values; ///< size rows · cols

    FeatureMatrix() = default;
    FeatureMatrix(int r, int c) : rows(r), cols(c), values(size_t(r) * size_t(c), 0.0) {}
    double &at(int r, int c) { return values[size_t(r) * size_t(cols) + size_t(c)]; }
    double at(int r, int c) const { return values[size_t(r) * size_t(cols) + size_t(c)]; }
};

struct Standardised
{
    FeatureMatrix z;
    std::vector<double> mean; ///< per column
    std::vector<double> sd;   ///< per column, population SD (0 for a constant column)
};

struct KMeansOptions
{
    int restarts = 10;        ///< independent k-means++ seedings; the lowest inertia wins
    int maxIterations = 300;  ///< Lloyd updates per run
    unsigned int seed = 1987; ///< std::mt19937 seed
    /// When k × cols: the starting centroids instead of k-means++ (one run, no restarts).
    FeatureMatrix initialCentroids;
};

struct KMeansResult
{
    int k = 0;
    std::vector<int> labels; ///< per row, 0..k−1
    FeatureMatrix centroids; ///< k × cols
    std::vector<int> sizes;  ///< points per cluster
    double inertia = 0.0;    ///< Σ squared distances to the own centroid
    int iterations = 0;      ///< Lloyd updates of the kept run
    bool converged = false;  ///< the kept run stopped with no label change
};

struct SilhouetteOptions
{
    int exactCap = 3000;      ///< n at or below this: exact mean over all points
    int sampleSize = 1000;    ///< above: mean over this many sampled points
    unsigned int seed = 1987; ///< std::mt19937 seed of the sample
};

/// Silhouette of one k tried by chooseK (NaN when the fit failed, e.g. k > distinct points).
struct KScore
{
    int k = 0;
    double silhouette = 0.0;
    double inertia = 0.0;
};

struct KChoice
{
    int k = 0;                  ///< the chosen k
    KMeansResult result;        ///< its clustering
    std::vector<KScore> scores; ///< one per k of [kMin, kMax], in order
};

class KMeans final
{
public:
    /// Column z-scores of `x` (see above). Rows with non-finite values are not checked here.
    static Standardised standardise(const FeatureMatrix &x);

    /// Clusters the rows of `x` into k clusters. False with a translated `error` (context
    /// "KMeans") when k < 1, x has fewer than k rows, no columns, a non-finite value, fewer
    /// than k distinct rows, or initial centroids of another shape; `out` is left unchanged
    /// then.
    static bool fit(const FeatureMatrix &x, int k, const KMeansOptions &options, KMeansResult *out,
                    QString *error);

    /// Mean silhouette of the partition `labels` (values >= 0, one per row) of `x`, in [−1, 1];
    /// NaN when labels do not match the rows or fewer than 2 clusters are non-empty.
    static double silhouette(const FeatureMatrix &x, const std::vector<int> &labels,
                             const SilhouetteOptions &options = {});

    /// Tries every k of [kMin, kMax] (2 <= kMin <= kMax); false with `error` when the range is
    /// invalid or no k could be fitted.
    static bool chooseK(const FeatureMatrix &x, int kMin, int kMax, const KMeansOptions &options,
                        const SilhouetteOptions &silhouetteOptions, KChoice *out, QString *error);
};

} // namespace kindred
