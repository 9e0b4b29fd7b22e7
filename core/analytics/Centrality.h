#pragma once
// Centrality measures of a directed, weighted graph (social network analysis, PRODUCT.md §3
// "Influence"). Nodes are 0..n-1; an arc u→v with weight w > 0 ("u addressed v w times").
//
//   degree        in = distinct nodes with an arc to v, out = distinct targets of v's arcs;
//                 the weighted degrees sum the arc weights instead.
//   betweenness   Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
//                 25 (2001): directed, UNWEIGHTED shortest paths (every arc has length 1).
//                 raw(v) = Σ_{s≠v≠t} σ_st(v) / σ_st over ordered pairs (s, t), where σ_st is
//                 the number of shortest s→t paths and σ_st(v) those through v. normalised(v) =
//                 raw(v) / ((n−1)(n−2)) (the number of ordered pairs not involving v; 0 when
//                 n < 3), as networkx's betweenness_centrality(normalized=True) for digraphs.
//                 O(n·m) time, O(n + m) memory. With `pivots` k (0 < k < n): Brandes & Pich,
//                 "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17
//                 (2007): the dependencies of k sources drawn uniformly without replacement
//                 (partial Fisher–Yates with std::mt19937(seed)) scaled by n / k, an unbiased
//                 estimate in O(k·m).
//   PageRank      Brin & Page (1998), weighted: from u the walk follows arc u→v with
//                 probability w(u,v) / out_weight(u). Power iteration from x = 1/n:
//                   x'(v) = (1 − d)/n + d·( Σ_{u→v} x(u)·w(u,v)/out_weight(u) + D/n ),
//                 D = Σ of x over the dangling nodes (no out-arc), i.e. a dangling node's
//                 score is spread uniformly over all nodes. Stops when Σ_v |x'(v) − x(v)| <
//                 tolerance (default 1e-10) or after maxIterations (default 1000); the scores
//                 sum to 1. Defaults: d = 0.85.
//   density       m / (n·(n−1)) for m arcs (no self-loops) among n nodes; 0 when n < 2.

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <span>
#include <vector>

namespace kindred {

/// Immutable directed graph in compressed sparse row form: arcs sorted by source, then target.
class DirectedGraph
{
public:
    struct Arc
    {
        int from = 0;
        int to = 0;
        double weight = 1.0;
    };

    DirectedGraph() = default;
    /// Builds the graph of `nodeCount` nodes. Self-loops, arcs naming a node outside
    /// [0, nodeCount) and arcs with weight <= 0 are dropped; parallel arcs are merged (weights
    /// summed).
    DirectedGraph(int nodeCount, std::vector<Arc> arcs);

    int nodeCount() const { return m_nodeCount; }
    int arcCount() const { return int(m_target.size()); }
    std::span<const int> targets(int node) const
    {
        return {m_target.data() + m_start[size_t(node)],
                size_t(m_start[size_t(node) + 1] - m_start[size_t(node)])};
    }
    std::span<const double> weights(int node) const
    {
        return {m_weight.data() + m_start[size_t(node)],
                size_t(m_start[size_t(node) + 1] - m_start[size_t(node)])};
    }

private:
    int m_nodeCount = 0;
    std::vector<qint64> m_start{0}; ///< n + 1 offsets into m_target
    std::vector<int> m_target;
    std::vector<double> m_weight;
};

struct Degree
{
    int in = 0;
    int out = 0;
    double inWeight = 0.0;
    double outWeight = 0.0;
};

struct BetweennessOptions
{
    int pivots = 0; ///< 0 (or >= n): exact; else the Brandes–Pich estimate from k sources
    unsigned int seed = 2007; ///< std::mt19937 seed of the pivot sample
    int threads = 1;          ///< worker threads (sources split into contiguous blocks)
};

struct PageRankOptions
{
    double damping = 0.85;
    double tolerance = 1e-10; ///< on the L1 change of one iteration
    int maxIterations = 1000;
};

struct PageRankResult
{
    std::vector<double> scores; ///< per node, summing to 1
    int iterations = 0;
    double change = 0.0; ///< L1 change of the last iteration
    bool converged = false;
};

/// Called now and then with (sources done, sources in all); return false to cancel.
using CentralityProgress = std::function<bool(qint64 done, qint64 total)>;

class Centrality final
{
public:
    static std::vector<Degree> degrees(const DirectedGraph &graph);

    /// Raw betweenness per node (see the file comment). False when `progress` cancelled (the
    /// output is then incomplete).
    static bool betweenness(const DirectedGraph &graph, const BetweennessOptions &options,
                            std::vector<double> *raw, const CentralityProgress &progress = {});
    /// raw / ((n−1)(n−2)); 0 when n < 3.
    static double normalisedBetweenness(double raw, int nodeCount);

    static PageRankResult pageRank(const DirectedGraph &graph, const PageRankOptions &options = {});

    static double density(const DirectedGraph &graph);
};

} // namespace kindred
