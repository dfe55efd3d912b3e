#include "model/maxload.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace moe {

namespace {

// Beyond this many standard deviations above its mean, no bin's count matters: the
// normal tail is below 1e-15 and even a million bins add under 1e-9.
constexpr double kTailSigmas = 8.0;
constexpr double kExactUpTo = 256.0;  // largest mean summed term by term
constexpr int kIntegralSteps = 256;   // Simpson intervals of the normal integral

// The window [low, high) of counts where P(max <= k) is neither 0 nor 1 to double precision.
struct Window {
    double low = 0;
    double high = 0;
};

Window windowOf(double largest)
{
    const double sigma = std::sqrt(largest);
    return {std::max(0.0, std::floor(largest - kTailSigmas * sigma)),
            std::ceil(largest + kTailSigmas * sigma + kTailSigmas)};
}

// Bins whose count cannot reach the window multiply by 1: they are skipped.
bool reaches(const PoissonBins& b, double low)
{
    return b.count > 0 && b.mean > 0 && b.mean + kTailSigmas * std::sqrt(b.mean) + kTailSigmas >= low;
}

double powCount(double p, std::int64_t count)
{
    return count == 1 ? p : std::pow(p, static_cast<double>(count));
}

// P(X <= k) of one bin for k = 0, 1, ..., by the pmf recurrence p(k) = p(k-1) mean / k.
struct PoissonCdf {
    double mean = 0;
    double pmf = 0;
    double cdf = 0;
    double next(double k)
    {
        pmf = k == 0 ? std::exp(-mean) : pmf * mean / k;
        cdf = std::min(1.0, cdf + pmf);
        return cdf;
    }
};

// `cdfs`: one per bin, room for bins.size(); a span so that the common case (uniform
// routing: two distinct means) keeps them on the stack.
double exactSum(std::span<const PoissonBins> bins, const Window& window, std::span<PoissonCdf> cdfs)
{
    for (std::size_t i = 0; i < bins.size(); ++i) {
        cdfs[i] = {bins[i].mean, 0, 0};
    }
    double expected = 0;
    for (double k = 0; k < window.high; ++k) {
        double allAtMost = 1;
        for (std::size_t i = 0; i < bins.size(); ++i) {
            // A bin that cannot reach the window multiplies by 1 where the sum changes.
            if (reaches(bins[i], window.low)) {
                allAtMost *= powCount(cdfs[i].next(k), bins[i].count);
            }
        }
        expected += 1 - allAtMost;
    }
    return expected;
}

double normalIntegral(std::span<const PoissonBins> bins, const Window& window)
{
    auto tail = [&](double x) {
        double allAtMost = 1;
        for (const auto& b : bins) {
            if (reaches(b, window.low)) {
                const double z = (x - b.mean) / std::sqrt(b.mean);
                allAtMost *= powCount(0.5 * std::erfc(-z / std::sqrt(2.0)), b.count);
            }
        }
        return 1 - allAtMost;
    };
    // Simpson's rule over the window; below it every P(max > x) is 1.
    const double h = (window.high - window.low) / kIntegralSteps;
    double sum = tail(window.low) + tail(window.high);
    for (int i = 1; i < kIntegralSteps; ++i) {
        sum += (i % 2 == 1 ? 4.0 : 2.0) * tail(window.low + i * h);
    }
    return window.low + sum * h / 3;
}

} // namespace

double expectedMaxPoisson(std::span<const PoissonBins> bins)
{
    double largest = 0;
    for (const auto& b : bins) {
        if (b.count > 0) {
            largest = std::max(largest, b.mean);
        }
    }
    if (largest <= 0) {
        return 0;
    }
    const Window window = windowOf(largest);
    if (largest <= kExactUpTo) {
        std::array<PoissonCdf, 4> onStack{};
        if (bins.size() <= onStack.size()) {
            return exactSum(bins, window, onStack);
        }
        std::vector<PoissonCdf> onHeap(bins.size());
        return exactSum(bins, window, onHeap);
    }
    return normalIntegral(bins, window);
}

} // namespace moe
