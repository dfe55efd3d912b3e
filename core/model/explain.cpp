// explain(): reruns the cost model's building blocks with a Trace for the stage and
// GPU that the summary describes, then adds the step-level figures.

#include <cstdio>

#include "model/checkphrase.h"
#include "model/costmodel.h"
#include "model/evaluation.h"
#include "model/explanation.h"
#include "profile/profileio.h"
#include "model/topology.h"
#include "model/twobatchoverlap.h"
#include "base/units.h"

namespace moe {

using namespace detail;

void Trace::add(std::string key, std::string formula, std::string values, double value, std::string unit,
                std::string source)
{
    m_items.push_back(Explanation{std::move(key), std::move(formula), std::move(values), value, std::move(unit),
                                  std::move(source)});
}

std::string num(double value)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

namespace {

void explainSummary(Trace& trace, const Evaluation& ev, const Profile& profile, const Context& ctx)
{
    const TimeBreakdown& t = ev.time;
    const std::string m = num(ctx.microBatches);
    trace.add("params.total",
              "layers x (attention + norms) + dense layers x dense FFN + MoE layers x (experts + shared experts) x "
              "expert FFN + routers + embeddings + LM head",
              num(static_cast<double>(profile.model.layers)) + " x (" + num(ctx.arch.attentionParams) + " + "
                  + num(ctx.arch.normParamsPerLayer) + ") + ... (expert FFN " + num(ctx.arch.expertParams) + ")",
              ev.paramsTotal, "parameters", "Narayanan et al. 2021; Mixtral and DeepSeek-V3 architectures");
    trace.add("params.active_per_token", "as params.total, with top-k routed experts instead of all",
              "top-k " + num(static_cast<double>(profile.model.topK)), ev.paramsActivePerToken, "parameters");
    trace.add("flops_per_step",
              "tokens x forward FLOPs per token x (3 for training); forward = layers x (2 x attention params + score "
              "FLOPs x s) + FFN FLOPs of the top-k and shared experts + 2 V h",
              num(static_cast<double>(profile.workload.batch) * ctx.queryTokens) + " tokens x "
                  + num(ctx.arch.forwardFlopsPerToken(profile.model, ctx.context)) + " x "
                  + (ctx.training ? "3" : "1"),
              ev.flopsPerStep, "FLOP", "Korthikanti et al. 2022, Appendix A: 72 B s l h^2 (1 + s/(6h) + V/(12 l h))");
    for (const TimeComponent& c : kTimeComponents) {
        if (!c.perMicroBatch) {
            continue;  // explained below, each by its own formula
        }
        const double value = t.*c.field;
        trace.add(explanationKey(c), "micro-batches x the straggler stage's time per micro-batch",
                  m + " x " + num(value / ctx.microBatches) + " s (stage " + num(static_cast<double>(ev.stragglerStage)) + ")",
                  value, "s");
    }
    trace.add("time_s.pp_bubble",
              "(PP - 1) / v x the slowest stage's time per micro-batch; (p - 1)/(v m) of the ideal (1F1B: v = 1)",
              num(static_cast<double>(ctx.s.pp - 1)) + " / " + num(ctx.virtualStages) + " x "
                  + num(t.ppBubble * ctx.virtualStages / std::max<double>(1, static_cast<double>(ctx.s.pp - 1))) + " s",
              t.ppBubble, "s", "Narayanan et al. 2021");
    if (ctx.kernels && ctx.training) {
        // The step waits for the slowest optimizer step, which is on the stage with the
        // most parameters to update (the embedding's, say), not always the straggler's.
        std::int64_t slowest = 0;
        double slowestSeconds = -1;
        for (std::int64_t p = 0; p < ctx.s.pp; ++p) {
            const double seconds = kernelOptimizerSeconds(ctx, stageShape(ctx, p), kBusiestRank, nullptr);
            if (seconds > slowestSeconds) {
                slowestSeconds = seconds;
                slowest = p;
            }
        }
        kernelOptimizerSeconds(ctx, stageShape(ctx, slowest), kBusiestRank, &trace);
    } else {
        trace.add("time_s.optimizer",
                  ctx.training ? "not timed by the version 1 model; name a cluster.system for the kernel-level model"
                               : "no optimizer step outside training",
                  "0", t.optimizer, "s");
    }
    // A decode's low-latency kernels hold no SMs while they travel (twoBatchFreesSms).
    const double sms = ctx.kernels ? static_cast<double>(ctx.kernels->sms()) : 0;
    std::string smShare = ctx.kernels ? "; SM share " + num(hiddenAllToAllSmShare(ctx) * sms) + " / " + num(sms) : "";
    if (ctx.kernels && profile.workload.overlap && profile.workload.overlap->expert == ExpertOverlap::OneFOneB) {
        smShare += "; Megatron 1f1b: min(C/2, A/3) + min(D, E) + min(C/2, 2A/3) in the merged steps";
    }
    const std::string values = "min(" + num(profile.cluster.overlap) + " x " + num(t.communication()) + ", "
        + num(t.compute()) + ")" + smShare;
    if (const std::optional<TwoBatchPhase> phase = twoBatchPhase(ctx)) {
        // Serving's two-batch overlap, stage by stage (twobatchoverlap.h), with every
        // stage's time of the straggler stage's average MoE layer.
        const StageShape straggler = stageShape(ctx, ev.stragglerStage);
        const AllToAllCost a2a = allToAll(ctx, straggler, kBusiestRank, ctx.fewestPeers, nullptr);
        trace.add("time_s.overlapped",
                  "min(overlap x communication, compute); with two-batch overlap in serving, the all-to-all less "
                  "what SGLang's stages leave exposed: MoE layers x the stream's stall beyond compute per layer and "
                  "micro-batch, the halves' stages alternating (prefill [shared; combine waited; output, prepare, "
                  "core, router; dispatch] [routed; combine], decode [output, prepare] [core, router] [dispatch; "
                  "shared] [routed; combine] [combine waited], decode's second half two stages behind), less share "
                  "/ (1 - share) of it for the SMs the communication kernels hold",
                  values + "; " + twoBatchValues(straggler, kernelTwoBatchLayer(ctx, straggler, kBusiestRank, a2a), *phase),
                  t.overlapped, "s",
                  "DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication; SGLang "
                  "batch_overlap/operations_strategy.py (DeepSeek blog strategies); deepseek-ai/profile-data README");
    } else {
        trace.add("time_s.overlapped",
                  "min(overlap x communication, compute); with workload.overlap or a system, what the schedule hides "
                  "(the expert all-to-all beside the other micro-batch's compute, less share / (1 - share) of it for "
                  "the SMs the communication kernels hold), plus the gradient sync each stage hides behind its own "
                  "last backward pass (all but the last bucket; the step waits for the stage that leaves the most "
                  "exposed)",
                  values, t.overlapped, "s",
                  "DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication");
    }
    trace.add("time_s.total", "compute + communication + bubble + optimizer step - overlapped",
              num(t.compute()) + " + " + num(t.communication()) + " + " + num(t.ppBubble) + " + " + num(t.optimizer)
                  + " - " + num(t.overlapped),
              t.total, "s");
    trace.add("rates.tokens_per_s",
              "tokens per step / step time; a prefill counts whole prompts (prefix-cache hits included), a "
              "decode step the tokens it emits per sequence (1, or with speculation (1 - a^(d+1)) / (1 - a))",
              num(static_cast<double>(profile.workload.batch)) + " x " + num(ctx.countedTokens) + " / " + num(t.total),
              ev.rates.tokensPerS, "tokens/s");
    trace.add("rates.tokens_per_s_per_gpu", "tokens per second / GPUs used",
              num(ev.rates.tokensPerS) + " / " + num(static_cast<double>(ev.gpusUsed)), ev.rates.tokensPerSPerGpu,
              "tokens/s");
    trace.add("rates.mfu", "model FLOPs per step / (step time x GPUs x peak FLOP/s)",
              num(ev.flopsPerStep) + " / (" + num(t.total) + " x " + num(static_cast<double>(ev.gpusUsed)) + " x "
                  + num(profile.cluster.gpu.peakFor(profile.model.precision.gemm) * 1e12) + ")",
              ev.rates.mfu, "", "Korthikanti et al. 2022, Appendix A");
    // std::string("(") rather than "(": GCC 12 at -O3 inlines `"(" + std::string&&` into an
    // insert that it wrongly reports as an overlapping memcpy (-Wrestrict, GCC bug 105651).
    trace.add("rates.comm_fraction", "(communication - overlapped) / step time",
              std::string("(") + num(t.communication()) + " - " + num(t.overlapped) + ") / " + num(t.total),
              ev.rates.commFraction, "");
    trace.add("memory_bytes.total", "sum of the components on the GPU with the most memory",
              "GPU " + num(static_cast<double>(ev.memoryGpu)), ev.memory.total(), "bytes");
}

} // namespace

std::vector<Explanation> explain(const Profile& profile)
{
    return explain(profile, profile.strategy);
}

std::vector<Explanation> explain(const Profile& profile, const Strategy& strategy)
{
    const Evaluation ev = evaluate(profile, strategy);
    if (!ev.valid) {
        return {};
    }
    const Context ctx(profile, strategy);
    Trace trace;
    const StageShape straggler = stageShape(ctx, ev.stragglerStage);
    attentionSeconds(ctx, straggler, &trace);
    expertSeconds(ctx, straggler, kBusiestRank, &trace);
    denseSeconds(ctx, straggler, &trace);
    allToAll(ctx, straggler, kBusiestRank, ctx.fewestPeers, &trace);
    tensorParallelComm(ctx, straggler, &trace);
    pipelineComm(ctx, straggler, &trace);
    // The gradient sync and memory describe the stages that bound them.
    const std::int64_t stageSize = strategy.tp * strategy.dp;
    const StageShape memoryStage = stageShape(ctx, ev.memoryGpu / stageSize);
    const std::int64_t memoryRank = (ev.memoryGpu % stageSize) / strategy.etp % strategy.ep;
    memoryOf(ctx, memoryStage, memoryRank, &trace);
    double slowestSync = -1;
    std::int64_t syncStage = 0;
    for (std::int64_t p = 0; p < strategy.pp; ++p) {
        const double seconds = gradientSync(ctx, stageShape(ctx, p), kBusiestRank, nullptr).seconds;
        if (seconds > slowestSync) {
            slowestSync = seconds;
            syncStage = p;
        }
    }
    gradientSync(ctx, stageShape(ctx, syncStage), kBusiestRank, &trace);
    explainSummary(trace, ev, profile, ctx);
    return std::move(trace.items());
}

std::vector<Explanation> explainGpu(const Profile& profile, const Strategy& strategy, std::int64_t gpu)
{
    if (checkStrategy(profile, strategy) || gpu < 0 || gpu >= strategy.gpusUsed()) {
        return {};
    }
    const Context ctx(profile, strategy);
    const GpuCoordinates c = coordinatesOf(gpu, strategy, profile.cluster.gpusPerNode);
    const StageShape stage = stageShape(ctx, c.pp);
    Trace trace;
    attentionSeconds(ctx, stage, &trace);
    expertSeconds(ctx, stage, c.ep, &trace);
    denseSeconds(ctx, stage, &trace);
    memoryOf(ctx, stage, c.ep, &trace);
    return std::move(trace.items());
}

const char* checkName(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Strategy:
        return MOE_TRANSLATE_NOOP("CheckName", "strategy");
    case CheckKind::GpuCount:
        return MOE_TRANSLATE_NOOP("CheckName", "gpu_count");
    case CheckKind::MaxGpus:
        return MOE_TRANSLATE_NOOP("CheckName", "max_gpus");
    case CheckKind::Memory:
        return MOE_TRANSLATE_NOOP("CheckName", "memory");
    case CheckKind::Latency:
        return MOE_TRANSLATE_NOOP("CheckName", "latency");
    case CheckKind::Throughput:
        return MOE_TRANSLATE_NOOP("CheckName", "throughput");
    case CheckKind::Imbalance:
        return MOE_TRANSLATE_NOOP("CheckName", "imbalance");
    case CheckKind::DroppedTokens:
        return MOE_TRANSLATE_NOOP("CheckName", "dropped_tokens");
    }
    return "check";
}

// The check's detail as a phrase (context "Check"): the window translates it, the
// CLI and the JSON print its English (describeCheck).
Phrase checkPhrase(const Check& check, const Evaluation& ev)
{
    const Strategy& s = ev.strategy;
    const auto count = [](std::int64_t n) { return arg::integer(static_cast<double>(n)); };
    // A GPU's index is a name, not a quantity: no group separator ("GPU 1920").
    const PhraseArg memoryGpu = arg::name(std::to_string(ev.memoryGpu));
    switch (check.kind) {
    case CheckKind::Strategy:
        return {"Check", MOE_TRANSLATE_NOOP("Check", "EP x ETP = %1 divides TP x DP = %2; TP %3, PP %4, DP %5, EP %6"),
                {arg::integer(check.value), arg::integer(check.limit), count(s.tp), count(s.pp), count(s.dp), count(s.ep)}};
    case CheckKind::GpuCount:
        if (check.ok) {
            return {"Check", MOE_TRANSLATE_NOOP("Check", "%1 of %2 GPUs"), {arg::integer(check.value), arg::integer(check.limit)}};
        }
        return {"Check", MOE_TRANSLATE_NOOP("Check", "%1 of %2 GPUs: not enough GPUs in the cluster"),
                {arg::integer(check.value), arg::integer(check.limit)}};
    case CheckKind::MaxGpus:
        return {"Check", MOE_TRANSLATE_NOOP("Check", "%1 GPUs, limit %2"), {arg::integer(check.value), arg::integer(check.limit)}};
    case CheckKind::Memory:
        if (check.ok) {
            return {"Check", MOE_TRANSLATE_NOOP("Check", "%1 of %2 allowed on GPU %3"),
                    {arg::bytes(check.value), arg::bytes(check.limit), memoryGpu}};
        }
        return {"Check", MOE_TRANSLATE_NOOP("Check", "%1 of %2 allowed on GPU %3 (over by %4)"),
                {arg::bytes(check.value), arg::bytes(check.limit), memoryGpu,
                 arg::bytes(check.value - check.limit)}};
    case CheckKind::Latency:
        return {"Check", MOE_TRANSLATE_NOOP("Check", "%1 per step, limit %2"),
                {arg::seconds(check.value / 1e3), arg::seconds(check.limit / 1e3)}};
    case CheckKind::Throughput:
        return {"Check", MOE_TRANSLATE_NOOP("Check", "%1, at least %2 required"), {arg::rate(check.value), arg::rate(check.limit)}};
    case CheckKind::Imbalance:
        return {"Check", MOE_TRANSLATE_NOOP("Check", "busiest EP rank at %1x the mean, limit %2x"),
                {arg::number(check.value), arg::number(check.limit)}};
    case CheckKind::DroppedTokens:
        if (check.ok) {
            return {"Check", MOE_TRANSLATE_NOOP("Check", "no token over expert capacity"), {}};
        }
        return {"Check", MOE_TRANSLATE_NOOP("Check", "%1 of assignments exceed expert capacity and are dropped"),
                {arg::percent(check.value)}};
    }
    return {};
}

std::string describeCheck(const Check& check, const Evaluation& ev)
{
    return checkPhrase(check, ev).english();
}

} // namespace moe
