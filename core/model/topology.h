#pragma once

// Where each rank lives. GPUs are numbered node by node; ranks follow Megatron-Core's
// order with TP fastest, then DP, then PP (a pipeline stage is a contiguous block of
// TP x DP GPUs). Inside a stage the same GPUs are regrouped for the MoE layers with
// ETP fastest, then EP, then EDP, so an expert-parallel group is a contiguous block of
// EP x ETP GPUs.

#include <cstdint>

#include <vector>

#include "profile/profile.h"

namespace moe {

struct GpuCoordinates {
    std::int64_t index = 0;
    std::int64_t node = 0;
    std::int64_t tp = 0;
    std::int64_t pp = 0;
    std::int64_t dp = 0;
    std::int64_t ep = 0;
    std::int64_t etp = 0;
    std::int64_t edp = 0;
};

// The layers [first, first + count) of pipeline stage `stage`: the first
// (layers mod PP) stages take one layer more.
struct LayerRange {
    std::int64_t first = 0;
    std::int64_t count = 0;
    bool contains(std::int64_t layer) const { return layer >= first && layer < first + count; }
};
LayerRange stageLayers(std::int64_t layers, std::int64_t pp, std::int64_t stage);

// The layers of pipeline stage `stage` under the profile's pipeline: the even split
// above, or what workload.pipeline.layout gives the stage. A layout of model chunks
// (PP x virtual stages entries, chunk j on stage j mod PP, as Megatron assigns them)
// gives a stage one range per chunk; empty ranges are left out.
struct StageLayers {
    std::vector<LayerRange> ranges;  // in layer order
    std::int64_t count() const;
    std::int64_t first() const { return ranges.empty() ? 0 : ranges.front().first; }
    bool contains(std::int64_t layer) const;
};
StageLayers stageLayers(std::int64_t layers, const Pipeline& pipeline, std::int64_t pp, std::int64_t stage);

GpuCoordinates coordinatesOf(std::int64_t gpu, const Strategy& strategy, std::int64_t gpusPerNode);

// How many GPUs of the block [start, start + size) share a node with `gpu`.
std::int64_t peersInNode(std::int64_t start, std::int64_t size, std::int64_t gpu, std::int64_t gpusPerNode);

// The fewest same-node peers any GPU has in its expert-parallel group: that GPU sends
// the largest share of its all-to-all over the NIC.
std::int64_t fewestExpertPeersInNode(const Strategy& strategy, std::int64_t gpusPerNode);

// Whether every aligned block of `size` GPUs fits in one node.
bool blockWithinNode(std::int64_t size, std::int64_t gpusPerNode);

} // namespace moe
