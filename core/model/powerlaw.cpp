#include "model/powerlaw.h"

#include <cmath>

namespace moe {

namespace {

// The inverse CDF of sample_power_law: ((xmax^(1-a) - xmin^(1-a)) u + xmin^(1-a))^(1/(1-a)),
// and its limit xmin (xmax / xmin)^u at a = 1, where the formula divides by zero.
double quantile(double u, double alpha, double xmin, double xmax)
{
    if (std::abs(1 - alpha) < 1e-9) {
        return xmin * std::pow(xmax / xmin, u);
    }
    const double e = 1 - alpha;
    return std::pow((std::pow(xmax, e) - std::pow(xmin, e)) * u + std::pow(xmin, e), 1 / e);
}

// Water-filling: shares above `cap` are set to it and the excess is spread over the
// others in proportion to their shares, until none is above (at most `experts` rounds).
void capShares(std::vector<double>& share, double cap)
{
    for (std::size_t round = 0; round < share.size(); ++round) {
        double excess = 0;
        double free = 0;
        for (double& s : share) {
            if (s > cap) {
                excess += s - cap;
                s = cap;
            } else if (s < cap) {
                free += s;
            }
        }
        if (excess <= 0 || free <= 0) {
            return;
        }
        for (double& s : share) {
            if (s < cap) {
                s += excess * s / free;
            }
        }
    }
}

std::vector<double> computeWeights(std::int64_t experts, double alpha, double tokens, std::int64_t topK)
{
    const auto n = static_cast<std::size_t>(experts);
    const bool manyTokens = tokens * static_cast<double>(topK) > static_cast<double>(experts);
    const double xmin = manyTokens ? 1.0 : 0.01;
    const double xmax = manyTokens ? 0.8 * tokens : 2.0;
    std::vector<double> share(n, 1.0 / static_cast<double>(experts));
    if (!(xmax > xmin)) {
        return share;  // fewer than 1.25 tokens: the bounds meet and every expert is alike
    }
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double u = 1 - (static_cast<double>(i) + 0.5) / static_cast<double>(experts);
        share[i] = quantile(u, alpha, xmin, xmax);
        total += share[i];
    }
    for (double& s : share) {
        s /= total;
    }
    capShares(share, 1.0 / static_cast<double>(topK));
    return share;
}

} // namespace

std::vector<double> powerLawWeights(std::int64_t experts, double alpha, double tokens, std::int64_t topK)
{
    // A search evaluates one routing many times in a row (a configuration's skew fixes,
    // search/skewfixes.h, share its tokens), and the quantiles' pow() calls were a fifth
    // of a skewed search's time: each thread keeps its last result.
    struct Last {
        std::int64_t experts = -1;
        double alpha = 0;
        double tokens = 0;
        std::int64_t topK = 0;
        std::vector<double> weights;
    };
    thread_local Last last;
    if (last.experts != experts || last.alpha != alpha || last.tokens != tokens || last.topK != topK) {
        last = {experts, alpha, tokens, topK, computeWeights(experts, alpha, tokens, topK)};
    }
    return last.weights;
}

} // namespace moe
