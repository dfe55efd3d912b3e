#pragma once

// The cost model's building blocks, shared by evaluate() and explain(): each function
// computes one figure for one pipeline stage (and EP rank), and describes itself into
// a Trace when one is given. Internal to core.

#include <algorithm>
#include <cstdint>

#include "model/architecture.h"
#include "model/collectives.h"
#include "model/evaluation.h"
#include "model/expertloads.h"
#include "model/explanation.h"
#include "model/kerneltimer.h"
#include "profile/profile.h"

namespace moe::detail {

inline constexpr std::int64_t kBusiestRank = -1;  // per MoE layer, the rank with most load

struct Context {
    // `architecture`, when given, must be describeArchitecture(profile.model): a search
    // computes it once for millions of evaluations.
    Context(const Profile& profile, const Strategy& strategy, const Architecture* architecture = nullptr);

    const Profile& profile;
    const Model& model;
    const Strategy& s;
    Architecture arch;
    bool training;
    double seqsPerReplica;  // sequences on the busiest DP replica: ceil(B / DP)
    double microBatches;
    double seqsPerMicroBatch;  // b
    // Tokens per sequence this step computes: s in training; s x (1 - prefix cache hit)
    // in prefill; 1 + drafted tokens in decode.
    double queryTokens;
    double context;            // tokens attended to (and cached): s
    // Tokens per sequence the step counts in its throughput: the prompt (cache hits
    // included) in prefill and training, the expected accepted tokens in decode.
    double countedTokens;
    // MTP modules run in training, and in decode when they draft (workload.speculative).
    bool runsMtp;
    double tokensPerMicroBatch;  // per DP replica: b x query tokens
    double dispatchTokens;       // tokens one GPU dispatches per MoE layer and micro-batch
    double groupTokens;          // tokens entering one expert-parallel group per micro-batch
    std::int64_t groupSize;      // EP x ETP
    std::int64_t fewestPeers;    // same-node GPUs in the least local expert group
    double flopRate;  // peak x efficiency
    double hbmRate;
    LinkSpeed intra;
    LinkSpeed inter;
    LinkSpeed tpLink;
    LinkSpeed dpLink;
    double computePasses;  // forward 1, training 3, +1 with full recomputation
    double weightPasses;   // times the weights are read per micro-batch
    double virtualStages;  // model chunks per GPU (interleaved schedule), else 1
    // The kernel-level model, for profiles that name a system; otherwise the flat
    // roofline of version 1 applies.
    std::optional<KernelTimer> kernels;
    ExpertLoads loads;
};

struct StageShape {
    std::int64_t index = 0;
    std::int64_t firstLayer = 0;
    std::int64_t layers = 0;
    std::int64_t denseLayers = 0;
    std::int64_t moeLayers = 0;
    std::int64_t firstMoeLayer = 0;  // among MoE layers
    bool embedding = false;
    bool lmHead = false;
    // Multi-token-prediction modules (model.mtp_layers) run on the last stage after the
    // LM head; each is counted among the stage's layers (a MoE layer when the model has
    // experts) and adds a projection and another pass through the head.
    std::int64_t mtpLayers = 0;
    double inFlight = 1;  // micro-batches whose activations the stage holds
};

StageShape stageShape(const Context& ctx, std::int64_t stage);

// Per micro-batch on one GPU of the stage.
double attentionSeconds(const Context& ctx, const StageShape& stage, Trace* trace);
double denseSeconds(const Context& ctx, const StageShape& stage, Trace* trace);
double expertSeconds(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace);

struct CommCost {
    double seconds = 0;
    double bytes = 0;  // sent by the GPU
};
struct AllToAllCost {
    CommCost dispatch;
    CommCost combine;
    // Passes each holds: 1 in serving, 2 in training (forward and backward), 3 when the
    // "moe" module reruns the forward's in the backward pass.
    double passes = 1;
};
// Bytes per second of the expert dispatch and combine inside the scale-up domain:
// the link's rate, or less where the system publishes its EP kernels' rate.
struct IntraAllToAllRates {
    double dispatch;
    double combine;
};
IntraAllToAllRates intraAllToAllRates(const Context& ctx);
// Copies of one token that cross the NIC per dispatch (see costmodel.cpp).
double remoteDomainCopies(const Context& ctx, std::int64_t peersInNode);
AllToAllCost allToAll(const Context& ctx, const StageShape& stage, std::int64_t rank, std::int64_t peersInNode,
                      Trace* trace);
CommCost tensorParallelComm(const Context& ctx, const StageShape& stage, Trace* trace);
CommCost pipelineComm(const Context& ctx, const StageShape& stage, Trace* trace);
// Per step.
CommCost gradientSync(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace);

// Calls fn(row, layers) for the stage's MoE layers, grouping layers that share a row.
template <typename Fn>
void forEachMoeRow(const Context& ctx, const StageShape& stage, Fn&& fn)
{
    if (stage.moeLayers == 0 || ctx.loads.empty()) {
        return;
    }
    if (ctx.loads.sharedByAllLayers()) {
        fn(ctx.loads.row(0), static_cast<double>(stage.moeLayers));
        return;
    }
    // MTP modules after the last layer route like it.
    const std::int64_t lastRow = ctx.model.moeLayers() - 1;
    for (std::int64_t i = 0; i < stage.moeLayers; ++i) {
        fn(ctx.loads.row(std::min(stage.firstMoeLayer + i, lastRow)), 1.0);
    }
}

// The routed experts' time of `rank` on a row, or for kBusiestRank the slowest rank's:
// it waits for no one (the most tokens, or in decode the most distinct experts
// touched, whichever makes `seconds(row, r)` longer).
template <typename Fn>
double rankSeconds(const ExpertRow& row, std::int64_t rank, Fn&& seconds)
{
    if (rank != kBusiestRank) {
        return seconds(row, rank);
    }
    if (row.closedForm()) {
        return seconds(row, 0);
    }
    double slowest = 0;
    for (std::int64_t r = 0; r < row.ranks(); ++r) {
        slowest = std::max(slowest, seconds(row, r));
    }
    return slowest;
}

inline double shareFor(const ExpertRow& row, std::int64_t rank)
{
    return rank == kBusiestRank ? row.stepMaxShare() : row.stepShareOf(rank);
}


struct ParamsOnGpu {
    double attention = 0;
    double dense = 0;
    double routedExperts = 0;
    double sharedExperts = 0;  // shared experts and routers
    double embedding = 0;

    double total() const { return attention + dense + routedExperts + sharedExperts + embedding; }
};
ParamsOnGpu paramsOn(const Context& ctx, const StageShape& stage, std::int64_t rank);

MemoryBreakdown memoryOf(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace);
// Bytes of Adam state per parameter: the fp32 master weight and the two moments.
inline double optimizerBytesPerParam(const Training& training)
{
    return 4 + 2 * bytesOf(training.adamMoments);
}

// Expert slots and assignment share of `rank` summed over the stage's MoE layers.
std::int64_t expertSlotsOf(const Context& ctx, const StageShape& stage, std::int64_t rank);
double assignmentsOf(const Context& ctx, const StageShape& stage, std::int64_t rank);

double modelFlopsPerStep(const Context& ctx);

// The kernel-level versions (layerkernels.cpp), per micro-batch on one GPU of the stage;
// the optimizer step is per step.
double kernelAttentionSeconds(const Context& ctx, const StageShape& stage, Trace* trace);
double kernelDenseSeconds(const Context& ctx, const StageShape& stage, Trace* trace);
double kernelExpertSeconds(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace);
double kernelOptimizerSeconds(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace);

} // namespace moe::detail
