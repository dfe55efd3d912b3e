#pragma once

// The legal values of one strategy dimension with the others held fixed: what a
// slider snaps to. A value is legal when checkStrategy() accepts the strategy with it
// and the GPUs it needs exist in the cluster.

#include <cstdint>
#include <vector>

#include "profile/profile.h"

namespace moe {

enum class StrategyDimension { Tp, Pp, Dp, Ep, Etp, MicroBatches, Batch };

const char* toString(StrategyDimension dimension);  // "TP", ..., "micro-batches", "batch"

// The profile's value of a dimension: a strategy field, the micro-batches or the batch.
std::int64_t& dimensionValue(Profile& profile, StrategyDimension dimension);

// The profile's strategy passes checkStrategy() and its GPUs exist in the cluster: what
// makes each of its values legal with the others held.
bool strategyIsLegal(const Profile& profile);

// Ascending. Very long ranges are thinned to round values (multiples of the smallest
// step by a power of two, or by three times one), at most a few hundred of them.
std::vector<std::int64_t> legalValues(const Profile& profile, StrategyDimension dimension);

} // namespace moe
