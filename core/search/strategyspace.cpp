#include "search/strategyspace.h"

#include <numeric>

#include "base/divisors.h"
#include "profile/profileio.h"

namespace moe {

namespace {

constexpr std::int64_t kMaxCandidates = 4096;


// Multiples of `step` up to `limit`; past kMaxCandidates only step x 2^k and step x 3 x 2^k.
std::vector<std::int64_t> multiplesOf(std::int64_t step, std::int64_t limit)
{
    std::vector<std::int64_t> values;
    if (limit / step <= kMaxCandidates) {
        for (std::int64_t v = step; v <= limit; v += step) {
            values.push_back(v);
        }
        return values;
    }
    for (std::int64_t k = 1; step * k <= limit; k *= 2) {
        values.push_back(step * k);
        if (k >= 2 && step * k / 2 * 3 <= limit) {
            values.push_back(step * k / 2 * 3);
        }
    }
    std::sort(values.begin(), values.end());
    return values;
}

std::vector<std::int64_t> candidates(const Profile& p, StrategyDimension d)
{
    const Strategy& s = p.strategy;
    const std::int64_t gpus = p.cluster.gpuCount;
    switch (d) {
    case StrategyDimension::Tp:
        return detail::divisors(p.model.heads, gpus / (s.pp * s.dp) > 0 ? gpus / (s.pp * s.dp) : 1);
    case StrategyDimension::Pp:
        return multiplesOf(1, std::min(p.model.layers, std::max<std::int64_t>(1, gpus / (s.tp * s.dp))));
    case StrategyDimension::Dp: {
        // EP x ETP must divide TP x DP, so DP moves in steps of EP x ETP / gcd(EP x ETP, TP).
        const std::int64_t group = s.ep * s.etp;
        return multiplesOf(group / std::gcd(group, s.tp), std::max<std::int64_t>(1, gpus / (s.tp * s.pp)));
    }
    case StrategyDimension::Ep:
        return detail::divisors(s.tp * s.dp / s.etp > 0 ? s.tp * s.dp / s.etp : 1, std::max<std::int64_t>(1, p.model.experts + s.redundantExperts));
    case StrategyDimension::Etp:
        return detail::divisors(s.tp * s.dp / s.ep > 0 ? s.tp * s.dp / s.ep : 1, std::max<std::int64_t>(1, p.model.expertHidden));
    case StrategyDimension::MicroBatches:
        return multiplesOf(1, std::min<std::int64_t>(kMaxCandidates, std::max<std::int64_t>(1, p.workload.batch / s.dp)));
    case StrategyDimension::Batch: {
        // Training needs the batch divisible by DP x micro-batches.
        const std::int64_t step = p.workload.mode == Mode::Training ? s.dp * p.workload.microBatches : 1;
        return multiplesOf(step, std::max<std::int64_t>(p.workload.batch, 65536));
    }
    }
    return {};
}

} // namespace

std::int64_t& dimensionValue(Profile& p, StrategyDimension d)
{
    switch (d) {
    case StrategyDimension::Tp:
        return p.strategy.tp;
    case StrategyDimension::Pp:
        return p.strategy.pp;
    case StrategyDimension::Dp:
        return p.strategy.dp;
    case StrategyDimension::Ep:
        return p.strategy.ep;
    case StrategyDimension::Etp:
        return p.strategy.etp;
    case StrategyDimension::MicroBatches:
        return p.workload.microBatches;
    case StrategyDimension::Batch:
        return p.workload.batch;
    }
    return p.strategy.tp;
}

const char* toString(StrategyDimension dimension)
{
    switch (dimension) {
    case StrategyDimension::Tp:
        return "TP";
    case StrategyDimension::Pp:
        return "PP";
    case StrategyDimension::Dp:
        return "DP";
    case StrategyDimension::Ep:
        return "EP";
    case StrategyDimension::Etp:
        return "ETP";
    case StrategyDimension::MicroBatches:
        return "micro-batches";
    case StrategyDimension::Batch:
        return "batch";
    }
    return "TP";
}

bool strategyIsLegal(const Profile& profile)
{
    return profile.strategy.gpusUsed() <= profile.cluster.gpuCount && !checkStrategy(profile, profile.strategy);
}

std::vector<std::int64_t> legalValues(const Profile& profile, StrategyDimension dimension)
{
    Profile trial = profile;
    std::vector<std::int64_t> legal;
    for (const std::int64_t value : candidates(profile, dimension)) {
        dimensionValue(trial, dimension) = value;
        if (strategyIsLegal(trial)) {
            legal.push_back(value);
        }
    }
    return legal;
}

} // namespace moe
