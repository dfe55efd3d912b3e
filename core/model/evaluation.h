#pragma once

// What the cost model returns: plain values, one step of the workload (a training
// iteration, a prefill of the batch, or one decode step). Memory and time describe the
// GPU that bounds the step; `gpus` lists every GPU when asked for.

#include <array>
#include <memory>
#include <cstdint>
#include <string>
#include <vector>

#include "base/phrase.h"
#include "model/components.h"
#include "profile/profile.h"

namespace moe {

struct CommBytes {
    double a2a = 0;
    double tp = 0;
    double pp = 0;
    double dp = 0;
};

struct Rates {
    double tokensPerS = 0;
    double tokensPerSPerGpu = 0;
    double mfu = 0;
    double commFraction = 0;  // exposed communication over the step
    double timePerOutputTokenS = 0;  // decode only
};

struct LoadBalance {
    double imbalance = 1;  // busiest EP rank over the mean, worst MoE layer
    // The same with routing's randomness in one micro-batch (balls into bins).
    double stepImbalance = 1;
    std::int64_t expertsPerGpuMax = 0;  // expert slots over all of a GPU's MoE layers
    std::int64_t expertsPerGpuMin = 0;
    double droppedTokenShare = 0;  // assignments over capacity, worst MoE layer
};

// Redundant expert slots and moving experts (rebalancecost.h); per-GPU detail only.
struct ExpertSlotCost {
    double redundantBytesPerGpu = 0;  // weights of the redundant slots on a GPU of the fullest stage
    // Going from the contiguous placement without replicas to this one: expert weights
    // the slowest-to-fill GPU copies in, the part over the NIC, all GPUs together, and
    // the time on the links.
    double rebalanceBytesPerGpu = 0;
    double rebalanceInterNodeBytesPerGpu = 0;
    double rebalanceBytesTotal = 0;
    double rebalanceSeconds = 0;
};

enum class CheckKind { Strategy, GpuCount, MaxGpus, Memory, Latency, Throughput, Imbalance, DroppedTokens };

struct Check {
    CheckKind kind = CheckKind::Strategy;
    bool ok = true;
    double value = 0;
    double limit = 0;
};

// One GPU of the cluster. Idle GPUs (index >= gpus used) have used == false and zeros.
struct GpuState {
    std::int64_t index = 0;
    std::int64_t node = 0;
    bool used = false;
    std::int64_t tp = 0;
    std::int64_t pp = 0;
    std::int64_t dp = 0;
    std::int64_t ep = 0;
    std::int64_t etp = 0;
    std::int64_t edp = 0;
    std::int64_t experts = 0;  // expert slots over all its MoE layers
    double tokens = 0;         // token-to-expert assignments it processes per step
    double a2aBytes = 0;       // bytes it sends in all-to-alls per step
    double computeS = 0;       // its compute time per step
    MemoryBreakdown memory;
};

// How one routing row spreads a MoE layer's assignments over experts and EP ranks.
// Layers that share a row share one of these.
struct ExpertPlacement {
    std::vector<double> expertTokens;       // per expert, per step, all replicas together
    // Per expert, per step: assignments routed to it beyond its replicas' capacity
    // (dropped, so not in expertTokens); all 0 when nothing is dropped.
    std::vector<double> expertDroppedTokens;
    std::vector<double> rankTokens;         // per EP rank, per step, in one expert-parallel group
    std::vector<std::int64_t> rankExperts;  // expert slots per EP rank
    // The experts EP rank r hosts: expertIds[rankOffsets[r] .. rankOffsets[r + 1]).
    std::vector<std::int64_t> expertIds;
    std::vector<std::int64_t> rankOffsets;
    double imbalance = 1;
};

// One MoE layer.
struct LayerLoad {
    std::int64_t layer = 0;  // index among all layers
    std::shared_ptr<const ExpertPlacement> placement;
};

struct Evaluation {
    bool valid = false;
    std::string error;  // why the strategy cannot run, when !valid
    std::string errorPath;
    Phrase errorPhrase;  // `error` as a phrase the window translates; no text where there is none

    Strategy strategy;
    std::int64_t microBatches = 1;
    std::int64_t gpusUsed = 0;
    double paramsTotal = 0;
    double paramsActivePerToken = 0;
    double flopsPerStep = 0;  // model FLOPs, without recomputation

    MemoryBreakdown memory;  // the GPU with the most memory
    ExpertSlotCost expertSlots;
    double capacityBytes = 0;
    std::int64_t memoryGpu = 0;  // its index
    TimeBreakdown time;          // the straggler
    std::int64_t stragglerStage = 0;
    CommBytes commBytes;         // sent by the straggler per step
    Rates rates;
    LoadBalance load;
    std::array<Check, 8> checks{};
    int checkCount = 0;
    bool ok = false;  // every check passes

    // Filled only for Detail::PerGpu. `layers` has one entry per MoE layer, in order;
    // an EP rank's GPUs host a layer's experts only in the pipeline stage that holds
    // the layer (see stageLayers() in topology.h).
    std::vector<GpuState> gpus;
    std::vector<LayerLoad> layers;
};

enum class Detail { Summary, PerGpu };

struct Architecture;

// Evaluates the profile's own strategy, or `strategy` when given.
Evaluation evaluate(const Profile& profile, Detail detail = Detail::Summary);
Evaluation evaluate(const Profile& profile, const Strategy& strategy, Detail detail = Detail::Summary);
// The same, reusing the model's architecture (describeArchitecture(profile.model)).
Evaluation evaluate(const Profile& profile, const Strategy& strategy, Detail detail, const Architecture& architecture);

const char* checkName(CheckKind kind);
std::string describeCheck(const Check& check, const Evaluation& evaluation);

} // namespace moe
