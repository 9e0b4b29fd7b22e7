#include "Centrality.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace kindred {

DirectedGraph::DirectedGraph(int nodeCount, std::vector<Arc> arcs)
    : m_nodeCount(std::max(0, nodeCount))
{
    std::erase_if(arcs, [n = m_nodeCount](const Arc &a) {
        return a.from == a.to || a.from < 0 || a.to < 0 || a.from >= n || a.to >= n ||
               !(a.weight > 0.0);
    });
    std::sort(arcs.begin(), arcs.end(), [](const Arc &a, const Arc &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    m_start.assign(size_t(m_nodeCount) + 1, 0);
    m_target.reserve(arcs.size());
    m_weight.reserve(arcs.size());
    int lastFrom = -1, lastTo = -1;
    for (const Arc &a : arcs) {
        if (a.from == lastFrom && a.to == lastTo) {
            m_weight.back() += a.weight;
            continue;
        }
        m_target.push_back(a.to);
        m_weight.push_back(a.weight);
        ++m_start[size_t(a.from) + 1];
        lastFrom = a.from;
        lastTo = a.to;
    }
    std::partial_sum(m_start.begin(), m_start.end(), m_start.begin());
}

std::vector<Degree> Centrality::degrees(const DirectedGraph &graph)
{
    std::vector<Degree> out(size_t(graph.nodeCount()));
    for (int u = 0; u < graph.nodeCount(); ++u) {
        const auto targets = graph.targets(u);
        const auto weights = graph.weights(u);
        for (size_t i = 0; i < targets.size(); ++i) {
            Degree &from = out[size_t(u)];
            Degree &to = out[size_t(targets[i])];
            ++from.out;
            from.outWeight += weights[i];
            ++to.in;
            to.inWeight += weights[i];
        }
    }
    return out;
}

namespace {

/// Brandes' single-source step for every source of `sources`, accumulating into `bc`.
/// Unweighted BFS; the dependency of v is accumulated over v's successors on shortest paths
/// (w with dist(w) = dist(v) + 1), in order of non-increasing distance.
void accumulate(const DirectedGraph &g, std::span<const int> sources, std::vector<double> &bc,
                std::atomic<qint64> &done, const std::atomic<bool> &cancelled)
{
    const size_t n = size_t(g.nodeCount());
    std::vector<int> dist(n, -1);
    std::vector<double> sigma(n, 0.0);
    std::vector<double> delta(n, 0.0);
    std::vector<int> order; // BFS order = non-decreasing distance
    order.reserve(n);
    for (const int s : sources) {
        if (cancelled.load(std::memory_order_relaxed))
            return;
        order.clear();
        dist[size_t(s)] = 0;
        sigma[size_t(s)] = 1.0;
        order.push_back(s);
        for (size_t head = 0; head < order.size(); ++head) {
            const int v = order[head];
            const int dv = dist[size_t(v)];
            for (const int w : g.targets(v)) {
                if (dist[size_t(w)] < 0) {
                    dist[size_t(w)] = dv + 1;
                    order.push_back(w);
                }
                if (dist[size_t(w)] == dv + 1)
                    sigma[size_t(w)] += sigma[size_t(v)];
            }
        }
        for (size_t i = order.size(); i-- > 0;) {
            const int v = order[i];
            const int dv = dist[size_t(v)];
            double d = 0.0;
            for (const int w : g.targets(v))
                if (dist[size_t(w)] == dv + 1)
                    d += sigma[size_t(v)] / sigma[size_t(w)] * (1.0 + delta[size_t(w)]);
            delta[size_t(v)] = d;
            if (v != s)
                bc[size_t(v)] += d;
        }
        for (const int v : order) {
            dist[size_t(v)] = -1;
            sigma[size_t(v)] = 0.0;
            delta[size_t(v)] = 0.0;
        }
        done.fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace

bool Centrality::betweenness(const DirectedGraph &graph, const BetweennessOptions &options,
                             std::vector<double> *raw, const CentralityProgress &progress)
{
    const int n = graph.nodeCount();
    raw->assign(size_t(n), 0.0);
    auto sources = std::vector<int>(size_t(n));
    std::iota(sources.begin(), sources.end(), 0);
    const bool sampled = options.pivots > 0 && options.pivots < n;
    if (sampled) {
        std::mt19937 rng(options.seed);
        for (int i = 0; i < options.pivots; ++i) {
            std::uniform_int_distribution<int> pick(i, n - 1);
            std::swap(sources[size_t(i)], sources[size_t(pick(rng))]);
        }
        sources.resize(size_t(options.pivots));
        std::sort(sources.begin(), sources.end());
    }
    const qint64 total = qint64(sources.size());
    const int threads = std::clamp(options.threads, 1, std::max(1, int(sources.size())));
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    std::atomic<int> running{threads - 1};
    std::vector<std::vector<double>> partial(size_t(threads) - 1, std::vector<double>(size_t(n)));
    std::vector<std::thread> workers;
    const size_t block = (sources.size() + size_t(threads) - 1) / size_t(threads);
    auto blockOf = [&](int t) {
        const size_t begin = std::min(sources.size(), size_t(t) * block);
        const size_t end = std::min(sources.size(), begin + block);
        return std::span<const int>(sources.data() + begin, end - begin);
    };
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&, t] {
            accumulate(graph, blockOf(t), partial[size_t(t) - 1], done, cancelled);
            running.fetch_sub(1);
        });
    // The calling thread works on block 0 in slices so that it can report progress.
    const std::span<const int> own = blockOf(0);
    constexpr size_t kSlice = 16;
    for (size_t i = 0; i < own.size() && !cancelled; i += kSlice) {
        accumulate(graph, own.subspan(i, std::min(kSlice, own.size() - i)), *raw, done, cancelled);
        if (progress && !progress(done.load(), total))
            cancelled = true;
    }
    while (running.load() > 0 && !cancelled) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (progress && !progress(done.load(), total))
            cancelled = true;
    }
    for (std::thread &w : workers)
        w.join();
    if (cancelled)
        return false;
    for (const std::vector<double> &p : partial)
        for (size_t v = 0; v < p.size(); ++v)
            (*raw)[size_t(v)] += p[v];
    if (sampled) {
        const double scale = double(n) / double(options.pivots);
        for (double &b : *raw)
            b *= scale;
    }
    if (progress)
        progress(total, total);
    return true;
}

double Centrality::normalisedBetweenness(double raw, int nodeCount)
{
    return nodeCount < 3 ? 0.0 : raw / (double(nodeCount - 1) * double(nodeCount - 2));
}

PageRankResult Centrality::pageRank(const DirectedGraph &graph, const PageRankOptions &options)
{
    PageRankResult r;
    const int n = graph.nodeCount();
    if (n == 0) {
        r.converged = true;
        return r;
    }
    std::vector<double> outWeight(size_t(n), 0.0);
    for (int u = 0; u < n; ++u)
        for (const double w : graph.weights(u))
            outWeight[size_t(u)] += w;
    const double d = options.damping;
    std::vector<double> x(size_t(n), 1.0 / n);
    auto next = std::vector<double>(size_t(n));
    while (r.iterations < options.maxIterations) {
        double dangling = 0.0;
        for (int u = 0; u < n; ++u)
            if (outWeight[size_t(u)] == 0.0)
                dangling += x[size_t(u)];
        const double base = (1.0 - d) / n + d * dangling / n;
        std::fill(next.begin(), next.end(), base);
        for (int u = 0; u < n; ++u) {
            if (outWeight[size_t(u)] == 0.0)
                continue;
            const double share = d * x[size_t(u)] / outWeight[size_t(u)];
            const auto targets = graph.targets(u);
            const auto weights = graph.weights(u);
            for (size_t i = 0; i < targets.size(); ++i)
                next[size_t(targets[i])] += share * weights[i];
        }
        double change = 0.0;
        for (int v = 0; v < n; ++v)
            change += std::abs(next[size_t(v)] - x[size_t(v)]);
        x.swap(next);
        ++r.iterations;
        r.change = change;
        if (change < options.tolerance) {
            r.converged = true;
            break;
        }
    }
    r.scores = std::move(x);
    return r;
}

double Centrality::density(const DirectedGraph &graph)
{
    const double n = graph.nodeCount();
    return n < 2 ? 0.0 : graph.arcCount() / (n * (n - 1.0));
}

} // namespace kindred
