#pragma once

// What redundant expert slots cost: the weights they hold on a GPU, and the expert
// weights a GPU must copy in to go from the plain contiguous placement (one slot per
// expert, no replicas) to the profile's placement, with the time on the links.

#include "model/costmodel.h"

namespace moe::detail {

ExpertSlotCost expertSlotCost(const Context& ctx);

} // namespace moe::detail
