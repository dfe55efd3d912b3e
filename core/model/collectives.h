#pragma once

// Bytes and times of collectives, from nccl-tests doc/PERFORMANCE.md: for a message
// of S bytes over n ranks, a ring all-reduce sends 2(n-1)/n x S per rank, and
// reduce-scatter, all-gather and all-to-all send (n-1)/n x S per rank. The time adds
// one start-up latency (alpha) per ring step, so small messages are latency-bound.

#include <cstdint>

#include "profile/profile.h"

namespace moe {

struct LinkSpeed {
    double bytesPerSecond = 0;  // bandwidth x network efficiency
    double latencyS = 0;
};

LinkSpeed effectiveLink(const Link& link, const Efficiency& efficiency);

double allReduceBytesPerRank(std::int64_t ranks, double messageBytes);
double allGatherBytesPerRank(std::int64_t ranks, double messageBytes);
double allToAllBytesPerRank(std::int64_t ranks, double messageBytes);

// Ring all-reduce: 2(n-1) steps, each paying the link latency.
double allReduceSeconds(std::int64_t ranks, double messageBytes, const LinkSpeed& link);

} // namespace moe
