#pragma once

// The all-to-all traffic matrix of one step: bytes each GPU sends each other GPU in
// the MoE layers' dispatch and combine (issue 15, point 2). It splits the volumes the
// cost model charges (allToAll() in costmodel.cpp) by destination:
//
//   bytes(i -> j) = micro-batches x passes x sum over the MoE layers of i's stage of
//                   tokens(i) x k x hidden x activation bytes x
//                   (share(rank j) x dispatch scale + share(rank i) x combine scale)
//
// for GPUs i != j of one expert-parallel group (EP x ETP GPUs): i dispatches the
// copies of its tokens routed to j's EP rank, and returns to j the results of the
// copies j routed to i's rank. tokens(i) is a GPU's dispatched tokens per micro-batch
// (batch / DP / micro-batches x query tokens / TP), share(r) the expected share of a
// layer's assignments that EP rank r processes, passes 2 in training (backward
// repeats both), the scales 1 except under the kernel-level model, which sends at the
// dispatch and combine data types (FP8 with one fp32 scale per 128 values). With
// uniform routing a row sums to the GPU's all-to-all bytes in the per-GPU list
// (outside decode, where that list also counts the busiest rank's random excess,
// maxload.h; the matrix shows expected bytes).
//
// GPUs in different groups exchange nothing. On large clusters GPUs fold into nodes
// (and nodes into blocks of nodes), summing the bytes between them; a folded cell on
// the diagonal is the traffic inside the node, over NVLink.

#include <cstdint>
#include <vector>

#include "profile/profile.h"

namespace moe {

struct TrafficLink {
    std::int64_t from = -1;  // a bin (GPU, node or block of nodes); -1 when there is no traffic
    std::int64_t to = -1;
    double bytes = 0;
    bool intraNode = false;
};

struct TrafficMatrix {
    std::int64_t bins = 0;        // rows and columns
    std::int64_t gpusPerBin = 1;  // 1: GPU x GPU; a multiple of gpus per node: nodes
    std::int64_t gpusPerNode = 1;
    std::int64_t gpusUsed = 0;
    std::vector<double> bytes;    // bins x bins, row = sender, per step

    bool byNode() const { return gpusPerBin > 1; }
    double at(std::int64_t from, std::int64_t to) const
    {
        return bytes[static_cast<std::size_t>(from * bins + to)];
    }
    // Whether the bytes of cell (from, to) stay inside one node: GPUs of one node, or
    // the diagonal of a folded matrix.
    bool intraNode(std::int64_t from, std::int64_t to) const;
    // The busiest cell off the diagonal: between two GPUs, or when folded between two
    // nodes (blocks of nodes). Ties go to the first in row order.
    TrafficLink hottest() const;
    // The first and one-past-last GPU of bin `bin`.
    std::int64_t firstGpu(std::int64_t bin) const { return bin * gpusPerBin; }
    std::int64_t endGpu(std::int64_t bin) const;
};

// At most `maxBins` rows: GPUs when the used GPUs fit, else nodes, else blocks of
// whole nodes. An invalid strategy or a model without experts gives an empty matrix.
TrafficMatrix trafficMatrix(const Profile& profile, const Strategy& strategy, std::int64_t maxBins = 64);

} // namespace moe
