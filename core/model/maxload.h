#pragma once

// The busiest of several bins when tokens are routed at random ("balls into bins"):
// with few tokens per step the busiest EP rank gets more than its expected share.

#include <cstdint>
#include <span>

namespace moe {

// A bin's expected count and how many bins expect it.
struct PoissonBins {
    double mean = 0;
    std::int64_t count = 0;
};

// E[max_i X_i] for independent X_i ~ Poisson(mean_i): the Poisson approximation of
// the counts of a multinomial (balls into bins), E[max] = sum over k >= 0 of
// (1 - prod_i P(X_i <= k)). Exact sums while the largest mean is at most 256; beyond,
// each count is taken as normal N(mean, mean) and the sum becomes an integral.
double expectedMaxPoisson(std::span<const PoissonBins> bins);

} // namespace moe
