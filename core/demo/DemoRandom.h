#pragma once
// Deterministic random numbers for the demo generator. The engine is std::mt19937_64, whose
// output the C++ standard fixes bit for bit; every distribution is implemented here (the
// std::*_distribution classes differ between standard libraries), so one seed gives the same
// demo community on every machine.

#include <QtGlobal>

#include <cmath>
#include <random>
#include <vector>

namespace kindred::demo {

class DemoRng
{
public:
    explicit DemoRng(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform integer in [0, n); n > 0 (modulo bias below 2^-40 for the sizes used here).
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    /// Uniform integer in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    /// Exponential with the given mean.
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    /// Standard normal (Box–Muller, one value per call).
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /// Poisson with mean lambda (Knuth below 30, rounded normal above).
    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda >= 30) {
            const double v = lambda + std::sqrt(lambda) * normal();
            return v < 0 ? 0 : int(v + 0.5);
        }
        const double limit = std::exp(-lambda);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    /// Index drawn with probability proportional to weights[i] (weights >= 0, sum > 0).
    template <typename Container> int weighted(const Container &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }
    /// Picks one element of a non-empty array.
    template <typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    std::mt19937_64 m_engine;
};

/// Cumulative weight table for repeated weighted draws in O(log n).
class WeightedTable
{
public:
    void build(const std::vector<double> &weights)
    {
        m_cumulative.resize(weights.size());
        double sum = 0;
        for (size_t i = 0; i < weights.size(); ++i) {
            sum += weights[i];
            m_cumulative[i] = sum;
        }
    }
    int draw(DemoRng &rng) const
    {
        if (m_cumulative.empty())
            return -1;
        const double x = rng.uniform() * m_cumulative.back();
        size_t lo = 0, hi = m_cumulative.size() - 1;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (m_cumulative[mid] > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return int(lo);
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace kindred::demo
