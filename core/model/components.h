#pragma once

// The one table of cost components (docs/architecture.md, "Adding a component").
//
// Each time and memory component of a step is a field of TimeBreakdown or
// MemoryBreakdown below and one row of kTimeComponents or kMemoryComponents: its JSON
// key, the label every view shows, its colour, its kind and what it is. JSON output,
// the CLI table, the charts, the report, the explanation and the baseline comparison
// all iterate these rows; none names a component itself. Adding a component is a
// field, a row, its formula (core/model/evaluator.cpp or memorymodel.cpp) and its
// test; the static_asserts below fail the build when a field has no row.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

// Marks a label for translation without Qt: lupdate reads it as QT_TRANSLATE_NOOP
// (app/explorer/CMakeLists.txt passes -tr-function-alias), core sees the text.
#define MOE_TRANSLATE_NOOP(context, text) text

namespace moe {

struct MemoryBreakdown {
    double attentionWeights = 0;
    double expertWeights = 0;  // routed and shared experts, and routers
    double denseWeights = 0;
    double embedding = 0;  // embeddings, LM head and final norm
    double gradients = 0;
    double optimizer = 0;
    double activations = 0;
    double kvCache = 0;
    double commBuffers = 0;
    double reserve = 0;

    double total() const;
};

struct TimeBreakdown {
    double attentionCompute = 0;
    double expertCompute = 0;
    double denseCompute = 0;
    double a2aDispatch = 0;
    double a2aCombine = 0;
    double tpComm = 0;
    double ppComm = 0;
    double ppBubble = 0;
    double dpComm = 0;
    double optimizer = 0;   // the optimizer step (kernel-level model, training)
    double overlapped = 0;  // communication hidden under compute: the credit
    double total = 0;       // the step: every cost less the credit

    double compute() const;        // the components of kind Compute
    double communication() const;  // the components of kind Communication
};

enum class TimeKind {
    Compute,        // kernels of the layers
    Communication,  // collectives and point-to-point transfers
    Pipeline,       // time a stage waits: the bubble
    Optimizer,      // the optimizer step after the backward pass
    OverlapCredit,  // communication hidden under compute, subtracted from the sum
};

enum class MemoryKind {
    Weights,
    Optimizer,    // gradients and optimizer state
    Activations,
    Cache,        // the KV cache
    Buffers,      // communication buffers and the runtime's reserve
};

struct TimeComponent {
    const char* key;    // in the JSON's "time_s" (docs/cli.md); the explanation's "time_s.KEY"
    const char* label;  // every view's name for it; the window translates it (context "Component")
    std::uint32_t colour;  // 0xRRGGBB, Okabe-Ito and neighbours: told apart with colour-blindness
    TimeKind kind;
    double TimeBreakdown::*field;
    // How explain.cpp derives it: micro-batches x the straggler stage's time per
    // micro-batch (each micro-batch pays it), or a formula of its own.
    bool perMicroBatch;
    const char* about;  // one line, for tooltips and the docs
};

struct MemoryComponent {
    const char* key;  // in the JSON's "memory_bytes"
    const char* label;
    std::uint32_t colour;
    MemoryKind kind;
    double MemoryBreakdown::*field;
    const char* about;
};

// In the order every view lists them. The overlap credit comes last: it is subtracted
// from the sum of the others, and the step total follows it.
inline constexpr TimeComponent kTimeComponents[] = {
    {"attention_compute", MOE_TRANSLATE_NOOP("Component", "attention compute"), 0x0072B2, TimeKind::Compute,
     &TimeBreakdown::attentionCompute, true, "attention projections and score kernels, forward (and backward)"},
    {"expert_compute", MOE_TRANSLATE_NOOP("Component", "expert compute"), 0x56B4E9, TimeKind::Compute,
     &TimeBreakdown::expertCompute, true, "routed and shared experts and the router, on the busiest EP rank"},
    {"dense_compute", MOE_TRANSLATE_NOOP("Component", "dense FFN, LM head"), 0x009E73, TimeKind::Compute,
     &TimeBreakdown::denseCompute, true, "dense FFN layers, embeddings, LM head and norms"},
    {"a2a_dispatch", MOE_TRANSLATE_NOOP("Component", "all-to-all dispatch"), 0xE69F00, TimeKind::Communication,
     &TimeBreakdown::a2aDispatch, true, "tokens sent to the EP ranks of their experts"},
    {"a2a_combine", MOE_TRANSLATE_NOOP("Component", "all-to-all combine"), 0xF0E442, TimeKind::Communication,
     &TimeBreakdown::a2aCombine, true, "expert outputs sent back to their tokens' ranks"},
    {"tp_comm", MOE_TRANSLATE_NOOP("Component", "TP collectives"), 0xD55E00, TimeKind::Communication,
     &TimeBreakdown::tpComm, true, "all-reduces (or reduce-scatters and all-gathers) of tensor parallelism"},
    {"pp_comm", MOE_TRANSLATE_NOOP("Component", "pipeline transfers"), 0xCC79A7, TimeKind::Communication,
     &TimeBreakdown::ppComm, true, "activations (and gradients) sent between pipeline stages"},
    {"pp_bubble", MOE_TRANSLATE_NOOP("Component", "pipeline bubble"), 0x999999, TimeKind::Pipeline,
     &TimeBreakdown::ppBubble, false, "time the stages wait while the pipeline fills and drains"},
    {"dp_comm", MOE_TRANSLATE_NOOP("Component", "gradient sync"), 0x8E4585, TimeKind::Communication,
     &TimeBreakdown::dpComm, false, "gradient all-reduce (or reduce-scatter) across data-parallel replicas"},
    {"optimizer", MOE_TRANSLATE_NOOP("Component", "optimizer step"), 0x8FD6B8, TimeKind::Optimizer,
     &TimeBreakdown::optimizer, false, "the optimizer's update of the weights this GPU holds"},
    {"overlapped", MOE_TRANSLATE_NOOP("Component", "hidden by overlap"), 0x009E73, TimeKind::OverlapCredit,
     &TimeBreakdown::overlapped, false, "communication hidden under compute, subtracted from the sum"},
};

inline constexpr MemoryComponent kMemoryComponents[] = {
    {"attention_weights", MOE_TRANSLATE_NOOP("Component", "attention weights"), 0x0072B2, MemoryKind::Weights,
     &MemoryBreakdown::attentionWeights, "attention projections and norms of the layers this GPU holds"},
    {"expert_weights", MOE_TRANSLATE_NOOP("Component", "expert weights"), 0x56B4E9, MemoryKind::Weights,
     &MemoryBreakdown::expertWeights, "routed experts in this GPU's slots, shared experts and routers"},
    {"dense_weights", MOE_TRANSLATE_NOOP("Component", "dense FFN weights"), 0x009E73, MemoryKind::Weights,
     &MemoryBreakdown::denseWeights, "the FFN of dense layers"},
    {"embedding", MOE_TRANSLATE_NOOP("Component", "embedding, LM head"), 0x8FD6B8, MemoryKind::Weights,
     &MemoryBreakdown::embedding, "embeddings, LM head and final norm, on the first and last stages"},
    {"gradients", MOE_TRANSLATE_NOOP("Component", "gradients"), 0xCC79A7, MemoryKind::Optimizer,
     &MemoryBreakdown::gradients, "gradients of the weights this GPU holds (training)"},
    {"optimizer", MOE_TRANSLATE_NOOP("Component", "optimizer state"), 0x8E4585, MemoryKind::Optimizer,
     &MemoryBreakdown::optimizer, "master weights and moments, sharded as the profile says (training)"},
    {"activations", MOE_TRANSLATE_NOOP("Component", "activations"), 0xE69F00, MemoryKind::Activations,
     &MemoryBreakdown::activations, "activations kept for the backward pass, or the working set of inference"},
    {"kv_cache", MOE_TRANSLATE_NOOP("Component", "KV cache"), 0xF0E442, MemoryKind::Cache, &MemoryBreakdown::kvCache,
     "keys and values (or MLA's latent) of the context, inference"},
    {"comm_buffers", MOE_TRANSLATE_NOOP("Component", "comm buffers"), 0xD55E00, MemoryKind::Buffers,
     &MemoryBreakdown::commBuffers, "send and receive buffers of the all-to-alls and collectives"},
    {"reserve", MOE_TRANSLATE_NOOP("Component", "runtime reserve"), 0x999999, MemoryKind::Buffers,
     &MemoryBreakdown::reserve, "CUDA context, allocator fragmentation and workspace the runtime keeps"},
};

inline constexpr std::size_t kTimeComponentCount = std::size(kTimeComponents);
inline constexpr std::size_t kMemoryComponentCount = std::size(kMemoryComponents);

// A field without a row would be missing from every view: the structs hold exactly
// one double per row (and the time's total).
static_assert(sizeof(TimeBreakdown) == (kTimeComponentCount + 1) * sizeof(double),
              "every field of TimeBreakdown needs its row in kTimeComponents");
static_assert(sizeof(MemoryBreakdown) == kMemoryComponentCount * sizeof(double),
              "every field of MemoryBreakdown needs its row in kMemoryComponents");

// The credit's row; every other row is a cost.
inline constexpr const TimeComponent& kOverlapCredit = kTimeComponents[kTimeComponentCount - 1];
static_assert(kTimeComponents[kTimeComponentCount - 1].kind == TimeKind::OverlapCredit, "the credit comes last");

// A component's signed part of the step: the credit counts negative, so the parts
// add up to TimeBreakdown::total.
inline double signedSeconds(const TimeBreakdown& time, const TimeComponent& component)
{
    const double seconds = time.*component.field;
    return component.kind == TimeKind::OverlapCredit ? -seconds : seconds;
}

// "time_s.attention_compute": the key of the component's explanation (explain.cpp)
// and of its value in the JSON.
std::string explanationKey(const TimeComponent& component);
std::string explanationKey(const MemoryComponent& component);

const char* toString(TimeKind kind);    // "compute", "communication", ...
const char* toString(MemoryKind kind);  // "weights", "optimizer", ...

} // namespace moe
