#pragma once

// Two-batch overlap in serving (workload.overlap.ep_a2a "two_batch"), stage by stage.
// The engines split a step's batch in two and run the halves' layers as stages on one
// compute stream, alternating between the halves; each half's dispatch and combine
// travel while the other half computes the stage between their issue and their wait
// (SGLang's operations strategies for DeepSeek, `_compute_moe_deepseek_blog_prefill`
// and `_compute_moe_deepseek_blog_decode`, python/sglang/srt/batch_overlap/
// operations_strategy.py; the five-stage decode pipeline of DeepSeek's Day 6 post).
// A communication longer than the stage beside it is exposed, however much compute the
// rest of the layer has. Internal to core.

#include <cstdint>
#include <optional>
#include <string>

#include "model/costmodel.h"

namespace moe::detail {

// One MoE layer of one micro-batch (half the batch), forward, in the order the engine
// runs it. Seconds.
struct TwoBatchLayer {
    double output = 0;     // the previous layer's unpermute, weighted sum and residual
    double prepare = 0;    // input norm and the attention's input projections
    double core = 0;       // attention core, output projection and residual
    double router = 0;     // pre-MLP norm, router GEMM, top-k and permute
    double shared = 0;     // shared experts
    double routed = 0;     // the rank's grouped expert GEMMs
    double dispatch = 0;   // all-to-all dispatch
    double combine = 0;    // all-to-all combine

    double compute() const { return output + prepare + core + router + shared + routed; }
};

enum class TwoBatchPhase { Prefill, Decode };

// Whether two-batch overlap has a second half to run beside the first: a decode step
// needs two sequences per DP replica (a sequence's one token cannot be split; SGLang
// splits a decode batch by sequences); a prefill splits its prompts' tokens, even one
// prompt's (deepseek-ai/profile-data README, "Prefilling").
bool twoBatchHasPartner(const Context& ctx);

// Serving with two-batch overlap on the kernel-level model, with a second half: the
// phase whose schedule applies. Training (and the version 1 model) hide the all-to-all
// under the other micro-batch's compute as a whole.
std::optional<TwoBatchPhase> twoBatchPhase(const Context& ctx);

// Whether the hidden all-to-all leaves every SM to the compute beside it: a decode's
// DeepEP low-latency kernels do (deepseek-ai/profile-data README, "Decoding": "the
// all-to-all communication during decoding does not occupy GPU SMs"); the normal
// kernels of prefill hold theirs.
bool twoBatchFreesSms(const Context& ctx);

// The share of a GPU's SMs the hidden expert all-to-all holds from the compute beside
// it (docs/model.md, "Overlap"): the profile's workload.overlap.ep_sms (20 by default)
// over the GPU's SMs, at most one half; none where twoBatchFreesSms holds or without
// the kernel-level model.
double hiddenAllToAllSmShare(const Context& ctx);

// The communication of one micro-batch that waits on no compute, per MoE layer, in
// the steady state of `phase`'s schedule. The operations run on through the layers,
// cut into stages where SGLang yields. Prefill (delta 0), two stages a layer: [shared,
// combine waited, output, prepare, core, router, dispatch issued] [dispatch waited,
// routed, combine issued]; decode (delta 2, the other half two stages behind), five:
// [output, prepare] [core, router] [dispatch issued, shared] [dispatch waited, routed,
// combine issued] [combine waited]. So decode's dispatch travels beside its shared
// experts and the other half's output and prepare, its combine beside the other half's
// core and router.
double twoBatchExposedPerLayer(const TwoBatchLayer& layer, TwoBatchPhase phase);

// The stage's MoE layers averaged into one (kernel-level model, forward only), with
// `a2a` (the stage's dispatch and combine per micro-batch) spread over its MoE layers.
TwoBatchLayer kernelTwoBatchLayer(const Context& ctx, const StageShape& stage, std::int64_t rank,
                                  const AllToAllCost& a2a);

// The explanation's values for the stage's two-batch schedule ("decode: 59 x
// stall(output 0.016, ... ms)"), to follow time_s.overlapped's.
std::string twoBatchValues(const StageShape& stage, const TwoBatchLayer& layer, TwoBatchPhase phase);

} // namespace moe::detail
