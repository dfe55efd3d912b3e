#include "model/twobatchoverlap.h"

#include "model/decodealltoall.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace moe::detail {

namespace {

// A step of a stage: compute on the stream, or the micro-batch's dispatch or combine
// issued (it travels from then on) or waited for (the stream stalls until it lands).
enum class Op { Compute, IssueDispatch, WaitDispatch, IssueCombine, WaitCombine };
struct Step {
    Op op;
    double seconds = 0;
};
constexpr std::size_t kMaxSteps = 5;
struct Stage {
    std::array<Step, kMaxSteps> steps{};
    std::size_t count = 0;
};
constexpr std::size_t kMaxStages = 5;
struct Schedule {
    std::array<Stage, kMaxStages> stages{};
    std::size_t count = 0;
    std::size_t delta = 0;  // stages the first half runs before the second starts
};

Stage stage(std::initializer_list<Step> steps)
{
    Stage s;
    for (const Step& step : steps) {
        s.steps[s.count++] = step;
    }
    return s;
}

Schedule scheduleOf(const TwoBatchLayer& l, TwoBatchPhase phase)
{
    Schedule s;
    if (phase == TwoBatchPhase::Prefill) {
        // No yield between layers: the last stage of one runs on into the next's
        // attention (the first layer's wait finds no combine pending).
        s.delta = 0;
        s.stages[s.count++] = stage({{Op::Compute, l.shared},
                                     {Op::WaitCombine},
                                     {Op::Compute, l.output + l.prepare + l.core + l.router},
                                     {Op::IssueDispatch}});
        s.stages[s.count++] = stage({{Op::WaitDispatch}, {Op::Compute, l.routed}, {Op::IssueCombine}});
    } else {
        s.delta = 2;
        s.stages[s.count++] = stage({{Op::Compute, l.output + l.prepare}});
        s.stages[s.count++] = stage({{Op::Compute, l.core + l.router}});
        s.stages[s.count++] = stage({{Op::IssueDispatch}, {Op::Compute, l.shared}});
        s.stages[s.count++] = stage({{Op::WaitDispatch}, {Op::Compute, l.routed}, {Op::IssueCombine}});
        s.stages[s.count++] = stage({{Op::WaitCombine}});
    }
    return s;
}

// One half's progress through its layers' stages.
struct Half {
    std::size_t next = 0;  // stages run, over all layers
    double dispatchLands = 0;
    double combineLands = 0;
};

// Runs `st` for `half` on the stream from `now`; returns when it ends.
double run(const Stage& st, const TwoBatchLayer& l, Half& half, double now)
{
    for (std::size_t i = 0; i < st.count; ++i) {
        const Step& step = st.steps[i];
        switch (step.op) {
        case Op::Compute:
            now += step.seconds;
            break;
        case Op::IssueDispatch:
            half.dispatchLands = now + l.dispatch;
            break;
        case Op::WaitDispatch:
            now = std::max(now, half.dispatchLands);
            break;
        case Op::IssueCombine:
            half.combineLands = now + l.combine;
            break;
        case Op::WaitCombine:
            now = std::max(now, half.combineLands);
            break;
        }
    }
    ++half.next;
    return now;
}

} // namespace

bool twoBatchHasPartner(const Context& ctx)
{
    return ctx.profile.workload.mode != Mode::Decode || ctx.seqsPerReplica >= 2;
}

std::optional<TwoBatchPhase> twoBatchPhase(const Context& ctx)
{
    const std::optional<OverlapPolicy>& overlap = ctx.profile.workload.overlap;
    if (!ctx.kernels || ctx.training || !overlap || overlap->expert != ExpertOverlap::TwoBatch
        || !twoBatchHasPartner(ctx)) {
        return std::nullopt;
    }
    return ctx.profile.workload.mode == Mode::Decode ? TwoBatchPhase::Decode : TwoBatchPhase::Prefill;
}

bool twoBatchFreesSms(const Context& ctx)
{
    return twoBatchPhase(ctx) == TwoBatchPhase::Decode && usesLowLatencyAllToAll(ctx, ctx.fewestPeers);
}

double hiddenAllToAllSmShare(const Context& ctx)
{
    if (!ctx.kernels || twoBatchFreesSms(ctx)) {
        return 0;
    }
    const std::optional<OverlapPolicy>& overlap = ctx.profile.workload.overlap;
    const double held = static_cast<double>(overlap ? overlap->expertSms : kDefaultExpertCommSms);
    return std::min(0.5, held / static_cast<double>(std::max<std::int64_t>(1, ctx.kernels->sms())));
}

double twoBatchExposedPerLayer(const TwoBatchLayer& layer, TwoBatchPhase phase)
{
    // SGLang's executor: the first half runs `delta` stages alone, then the halves
    // alternate a stage each. Measure the second half's third layer, a layer of the
    // steady state: the stream time the two halves take for it beyond their compute,
    // split between them. A fourth layer keeps the first half's stages running beside
    // it to its end (without them the second half drains alone, its waits bare).
    const Schedule s = scheduleOf(layer, phase);
    constexpr std::size_t kLayers = 4;
    const std::size_t total = kLayers * s.count;
    Half a;
    Half b;
    double now = 0;
    for (std::size_t i = 0; i < s.delta; ++i) {
        now = run(s.stages[a.next % s.count], layer, a, now);
    }
    double layerStart = 0;
    double layerEnd = 0;
    while (b.next < 3 * s.count) {
        if (a.next < total) {
            now = run(s.stages[a.next % s.count], layer, a, now);
        }
        now = run(s.stages[b.next % s.count], layer, b, now);
        // The period between the second half finishing its second and its third
        // layer: both halves mid-way, neither starting up nor draining.
        if (b.next == 2 * s.count) {
            layerStart = now;
        } else if (b.next == 3 * s.count) {
            layerEnd = now;
        }
    }
    const double stall = (layerEnd - layerStart) - 2 * layer.compute();
    return std::max(0.0, stall / 2);
}

std::string twoBatchValues(const StageShape& stage, const TwoBatchLayer& layer, TwoBatchPhase phase)
{
    auto ms = [](double seconds) { return num(seconds * 1e3); };
    return std::string(phase == TwoBatchPhase::Decode ? "decode" : "prefill") + ": "
        + num(static_cast<double>(stage.moeLayers)) + " x stall(output " + ms(layer.output) + ", prepare "
        + ms(layer.prepare) + ", core " + ms(layer.core) + ", router " + ms(layer.router) + ", shared "
        + ms(layer.shared) + ", routed " + ms(layer.routed) + ", dispatch " + ms(layer.dispatch) + ", combine "
        + ms(layer.combine) + " ms)";
}

} // namespace moe::detail
