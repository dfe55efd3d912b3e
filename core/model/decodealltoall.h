#pragma once

// The expert all-to-all of a decode step across nodes: DeepEP's low-latency dispatch
// and combine (deepeplowlatency.h) in place of the bandwidth model the other modes use
// (issue 14, point 1; docs/serving.md). Internal to core.

#include <cstdint>

#include "model/costmodel.h"
#include "model/deepeplowlatency.h"

namespace moe::detail {

// Decode with the kernel-level model (a profile naming a system), its EP group
// spanning more than one node: the serving engines run DeepEP's low-latency kernels
// (DeepSeek Day 6; SGLang's large-scale EP deployment).
bool usesLowLatencyAllToAll(const Context& ctx, std::int64_t peersInNode);

// One MoE layer's dispatch or combine of `bytes` (the larger of what the GPU sends
// and what the busiest one receives, all k copies, at the payload's data type).
double lowLatencyAllToAllSeconds(const Context& ctx, LowLatencyKernel kernel, double bytes);

// The explanation of both, per micro-batch of the stage.
void traceLowLatencyAllToAll(const Context& ctx, const StageShape& stage, double dispatchBytes, double combineBytes,
                             const AllToAllCost& cost, Trace& trace);

} // namespace moe::detail
