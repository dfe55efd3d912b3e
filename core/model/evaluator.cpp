// evaluate(): runs the cost model over every pipeline stage, finds the straggler and
// the fullest GPU, and assembles rates, load balance and the verdict.

#include <algorithm>
#include <cmath>
#include <span>
#include <unordered_map>

#include "model/costmodel.h"
#include "model/rebalancecost.h"
#include "model/topology.h"
#include "model/twobatchoverlap.h"
#include "profile/profileio.h"

namespace moe {

using namespace detail;

namespace {

// What is hidden under compute: version 1's typed fraction of all communication, or
// (version 2) what the schedule overlaps.
struct OverlapRule {
    double fraction = 0;
    bool expert = false;
    bool tensor = false;
    // The share of the SMs the expert dispatch and combine kernels hold while they run
    // beside compute (kernel-level model only): the compute beside them runs on the
    // rest, so hiding W seconds of all-to-all costs W x share / (1 - share) of compute.
    double commSmShare = 0;
    // Megatron-Core's all-to-all overlap (ep_a2a "1f1b" in the kernel-level model):
    // communication hides only beside the compute its schedule pairs it with.
    bool megatronPairs = false;
    // Two-batch overlap in serving (kernel-level model): each half's dispatch and
    // combine hide only beside the stage the engine runs between their issue and
    // their wait (twobatchoverlap.h; StageTime::twoBatchExposed).
    bool twoBatch = false;
};

struct StageTime {
    double attention = 0;
    double expert = 0;
    double dense = 0;
    AllToAllCost a2a;
    CommCost tp;
    CommCost pp;
    double moeAttention = 0;  // the attention of the stage's MoE layers
    double mergedShare = 1;  // micro-batch steps Megatron's 1F1B overlap merges (megatronMergedShare)
    // The all-to-all a micro-batch leaves exposed under serving's two-batch overlap,
    // stage by stage (twobatchoverlap.h): simulated once here, not per hidden() call.
    double twoBatchExposed = 0;

    double compute() const { return attention + expert + dense; }
    double communication() const { return a2a.dispatch.seconds + a2a.combine.seconds + tp.seconds + pp.seconds; }
    // Communication hidden under compute; never more than the compute.
    double hidden(const OverlapRule& rule) const
    {
        if (rule.fraction > 0) {
            return std::min(rule.fraction * communication(), compute());
        }
        // The expert all-to-all of one micro-batch (or half-batch) runs beside the
        // other's compute; TP collectives beside the GEMMs. What one hides uses up
        // compute the other cannot use again.
        double budget = compute();
        double hidden = 0;
        if (rule.expert) {
            const double a2a = std::min(rule.megatronPairs ? megatronPaired()
                                            : rule.twoBatch ? std::max(0.0, a2aSeconds() - twoBatchExposed)
                                                            : a2aSeconds(),
                                        budget);
            hidden += a2a * (1 - rule.commSmShare / (1 - rule.commSmShare));
            budget -= a2a;
        }
        if (rule.tensor) {
            hidden += std::min(tp.seconds, budget);
        }
        return hidden;
    }
    double a2aSeconds() const { return a2a.dispatch.seconds + a2a.combine.seconds; }
    // Megatron-Core runs the forward of one micro-batch beside the backward of another,
    // layer by layer (megatron/core/models/common/model_chunk_schedule_plan.py,
    // TransformerLayerSchedulePlan.run): the backward's combine beside the forward's
    // attention, both dispatches beside both MLPs (the experts), the forward's combine
    // beside the backward's attention. Each pair hides the shorter of the two; a
    // forward is a third of a block's compute and its backward two thirds. Dispatch and
    // combine each hold one forward and one backward pass (and a recomputed forward's
    // under "moe", which Megatron-Core refuses beside this overlap: it stays exposed).
    // Only the merged steps hide.
    double megatronPaired() const
    {
        const double trainingPasses = std::max(2.0, a2a.passes);
        const double combinePass = a2a.combine.seconds / trainingPasses;
        const double paired = std::min(combinePass, moeAttention / 3)
            + std::min(2 * a2a.dispatch.seconds / trainingPasses, expert) + std::min(combinePass, 2 * moeAttention / 3);
        return mergedShare * paired;
    }
    // Per micro-batch after overlap: what the pipeline schedule runs on.
    double effective(const OverlapRule& rule) const { return compute() + communication() - hidden(rule); }
};

// The share of a stage's micro-batch steps that Megatron-Core's all-to-all overlap
// merges into forward-backward pairs: all but the warm-up forwards (and as many
// cool-down backwards). Its interleaved schedule warms up with (PP - stage - 1) x 2 +
// (v - 1) x PP chunks plus one more under the overlap (get_pp_rank_microbatches in
// megatron/core/pipeline_parallel/schedules.py; the group size defaults to PP);
// without pipelining one micro-batch runs alone (combined_1f1b_schedule_for_no_pipelining).
double megatronMergedShare(const Context& ctx, std::int64_t stage)
{
    const double pp = static_cast<double>(ctx.s.pp);
    const double v = ctx.virtualStages;
    const double chunks = ctx.microBatches * v;
    double warmup = 1;
    if (ctx.s.pp > 1) {
        const double remaining = pp - static_cast<double>(stage) - 1;
        warmup = (v > 1 ? remaining * 2 + (v - 1) * pp : remaining) + 1;
    }
    return std::clamp((chunks - warmup) / chunks, 0.0, 1.0);
}

StageTime stageTime(const Context& ctx, const StageShape& stage, std::int64_t rank, std::int64_t peers)
{
    StageTime t;
    t.attention = attentionSeconds(ctx, stage, nullptr);
    t.moeAttention = stage.layers > 0
        ? t.attention * static_cast<double>(stage.moeLayers) / static_cast<double>(stage.layers)
        : 0.0;
    t.mergedShare = megatronMergedShare(ctx, stage.index);
    t.dense = denseSeconds(ctx, stage, nullptr);
    t.expert = expertSeconds(ctx, stage, rank, nullptr);
    t.a2a = allToAll(ctx, stage, rank, peers, nullptr);
    t.tp = tensorParallelComm(ctx, stage, nullptr);
    t.pp = pipelineComm(ctx, stage, nullptr);
    if (const std::optional<TwoBatchPhase> phase = twoBatchPhase(ctx)) {
        t.twoBatchExposed = static_cast<double>(stage.moeLayers)
            * twoBatchExposedPerLayer(kernelTwoBatchLayer(ctx, stage, rank, t.a2a), *phase);
    }
    return t;
}

// What makes two pipeline stages cost the same.
struct StageKey {
    std::int64_t layers;
    std::int64_t denseLayers;
    std::int64_t moeLayers;
    std::int64_t firstMoeLayer;  // only when MoE layers have rows of their own
    bool embedding;
    bool lmHead;
    double pipelineSeconds;  // its sends and links
    bool operator==(const StageKey&) const = default;
};

StageKey stageKey(const Context& ctx, const StageShape& stage)
{
    return StageKey{stage.layers,
                    stage.denseLayers,
                    stage.moeLayers,
                    ctx.loads.sharedByAllLayers() ? 0 : stage.firstMoeLayer,
                    stage.embedding,
                    stage.lmHead,
                    pipelineComm(ctx, stage, nullptr).seconds};
}

// The first stage of every distinct shape, ascending, or 0 when every stage must be
// visited (per-layer routing rows, or pipeline links that change from stage to
// stage). Shapes differ only by: stage 0 (embedding, no backward send), the last stage
// (LM head, no forward send), one layer more for the first (layers mod PP) stages,
// and the dense/MoE boundary; interior stages on either side are alike.
std::size_t representativeStages(const Context& ctx, std::array<std::int64_t, 8>& out)
{
    const std::int64_t pp = ctx.s.pp;
    const std::int64_t stageSize = ctx.s.tp * ctx.s.dp;
    const std::int64_t perNode = ctx.profile.cluster.domainSize();
    const bool linksVary = stageSize < perNode && pp * stageSize > perNode;
    if (!ctx.loads.sharedByAllLayers() || linksVary) {
        return 0;
    }
    const std::int64_t layers = ctx.model.layers;
    const std::int64_t base = layers / pp;
    const std::int64_t extra = layers % pp;
    // The stage holding the first MoE layer (the boundary), if the model has both kinds.
    const std::int64_t firstMoe = ctx.model.experts > 0 ? ctx.model.denseLayers : layers;
    std::int64_t boundary = 0;
    if (firstMoe > 0 && firstMoe < layers) {
        boundary = firstMoe < extra * (base + 1) ? firstMoe / (base + 1) : extra + (firstMoe - extra * (base + 1)) / base;
    }
    const std::int64_t candidates[] = {0, 1, std::max<std::int64_t>(extra, 1), boundary, boundary + 1,
                                       std::max(extra, boundary + 1), pp - 1};
    std::size_t count = 0;
    for (const std::int64_t p : candidates) {
        if (p >= 0 && p < pp && std::find(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(count), p)
                                    == out.begin() + static_cast<std::ptrdiff_t>(count)) {
            out[count++] = p;
        }
    }
    // Ascending, so ties go to the earliest stage as in a full sweep (insertion sort:
    // at most seven values).
    for (std::size_t i = 1; i < count; ++i) {
        for (std::size_t j = i; j > 0 && out[j - 1] > out[j]; --j) {
            std::swap(out[j - 1], out[j]);
        }
    }
    return count;
}

// In closed form every stage's rank 0 is both the fullest and the busiest; otherwise
// every rank is a candidate for the most memory.
bool rankZeroBounds(const Context& ctx)
{
    if (ctx.loads.empty()) {
        return true;
    }
    if (!ctx.loads.sharedByAllLayers()) {
        return false;
    }
    const ExpertRow& row = ctx.loads.row(0);
    return row.busiestRank() == 0 && row.fullestRank() == 0 && ctx.s.redundantExperts == 0
        && ctx.s.placement != PlacementPolicy::Balanced && ctx.s.placement != PlacementPolicy::Eplb
        && ctx.s.placement != PlacementPolicy::Manual && ctx.profile.workload.routing.kind == RoutingKind::Uniform;
}

void addCheck(Evaluation& ev, CheckKind kind, bool ok, double value, double limit)
{
    ev.checks[static_cast<std::size_t>(ev.checkCount++)] = Check{kind, ok, value, limit};
    ev.ok = ev.ok && ok;
}

void assembleChecks(Evaluation& ev, const Profile& p)
{
    const Constraints& c = p.constraints;
    ev.ok = true;
    addCheck(ev, CheckKind::Strategy, true, static_cast<double>(ev.strategy.ep * ev.strategy.etp),
             static_cast<double>(ev.strategy.tp * ev.strategy.dp));
    addCheck(ev, CheckKind::GpuCount, ev.gpusUsed <= p.cluster.gpuCount, static_cast<double>(ev.gpusUsed),
             static_cast<double>(p.cluster.gpuCount));
    if (c.maxGpus) {
        addCheck(ev, CheckKind::MaxGpus, ev.gpusUsed <= *c.maxGpus, static_cast<double>(ev.gpusUsed),
                 static_cast<double>(*c.maxGpus));
    }
    const double memoryLimit = ev.capacityBytes * c.maxMemoryFraction;
    addCheck(ev, CheckKind::Memory, ev.memory.total() <= memoryLimit, ev.memory.total(), memoryLimit);
    if (c.maxLatencyMs) {
        const double latencyMs = ev.time.total * 1e3;
        addCheck(ev, CheckKind::Latency, latencyMs <= *c.maxLatencyMs, latencyMs, *c.maxLatencyMs);
    }
    if (c.minTokensPerS) {
        addCheck(ev, CheckKind::Throughput, ev.rates.tokensPerS >= *c.minTokensPerS, ev.rates.tokensPerS,
                 *c.minTokensPerS);
    }
    if (c.maxImbalance) {
        addCheck(ev, CheckKind::Imbalance, ev.load.imbalance <= *c.maxImbalance, ev.load.imbalance, *c.maxImbalance);
    }
    if (p.model.experts > 0) {
        addCheck(ev, CheckKind::DroppedTokens, ev.load.droppedTokenShare <= 0, ev.load.droppedTokenShare, 0);
    }
}

// `stages`: the representative stages (every shape once), or empty for all stages.
void fillLoadBalance(Evaluation& ev, const Context& ctx, std::span<const std::int64_t> stages)
{
    if (ctx.loads.empty()) {
        return;
    }
    const std::int64_t rows = ctx.loads.sharedByAllLayers() ? 1 : ctx.model.moeLayers();
    for (std::int64_t i = 0; i < rows; ++i) {
        const ExpertRow& row = ctx.loads.row(i);
        ev.load.imbalance = std::max(ev.load.imbalance, row.imbalance());
        ev.load.stepImbalance = std::max(ev.load.stepImbalance, row.stepImbalance());
        ev.load.droppedTokenShare = std::max(ev.load.droppedTokenShare, row.droppedShare());
    }
    ev.load.expertsPerGpuMin = std::numeric_limits<std::int64_t>::max();
    const std::int64_t count = stages.empty() ? ctx.s.pp : static_cast<std::int64_t>(stages.size());
    for (std::int64_t i = 0; i < count; ++i) {
        const StageShape stage = stageShape(ctx, stages.empty() ? i : stages[static_cast<std::size_t>(i)]);
        std::int64_t fewest = 0;
        forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) {
            fewest += static_cast<std::int64_t>(layers) * row.minSlots();
        });
        ev.load.expertsPerGpuMax = std::max(ev.load.expertsPerGpuMax, expertSlotsOf(ctx, stage, kBusiestRank));
        ev.load.expertsPerGpuMin = std::min(ev.load.expertsPerGpuMin, fewest);
    }
}

// What every GPU holding EP rank r in stage p shares.
struct RankState {
    bool ready = false;
    std::int64_t experts = 0;
    double tokens = 0;
    double computeS = 0;
    MemoryBreakdown memory;
};

void fillPerGpu(Evaluation& ev, const Context& ctx, const Profile& p)
{
    const Strategy& s = ctx.s;
    const std::int64_t count = std::max(p.cluster.gpuCount, ev.gpusUsed);
    const std::int64_t perNode = p.cluster.gpusPerNode;
    // Filled in one pass: resizing first would write the whole list twice (at the GPU
    // cap, 1,048,576 entries of 184 bytes).
    ev.gpus.clear();
    ev.gpus.reserve(static_cast<std::size_t>(count));
    const double m = ctx.microBatches;
    // Peers on the same NVLink-class fabric (the scale-up domain, a node by default).
    const std::int64_t domain = p.cluster.domainSize();
    // GPUs of one stage and EP rank cost the same, and their all-to-all differs only by
    // how many group peers share their node, so each distinct case is computed once.
    std::vector<RankState> ranks(static_cast<std::size_t>(s.pp * s.ep));
    std::unordered_map<std::int64_t, double> a2aBytes;
    // The last case looked up: neighbouring GPUs often share it.
    std::int64_t lastA2aKey = -1;
    double lastA2aBytes = 0;
    for (std::int64_t g = 0; g < count; ++g) {
        GpuState& gpu = ev.gpus.emplace_back();
        gpu.index = g;
        gpu.node = g / perNode;
        if (g >= ev.gpusUsed) {
            continue;
        }
        const GpuCoordinates c = coordinatesOf(g, s, perNode);
        gpu.used = true;
        gpu.tp = c.tp;
        gpu.pp = c.pp;
        gpu.dp = c.dp;
        gpu.ep = c.ep;
        gpu.etp = c.etp;
        gpu.edp = c.edp;
        const std::int64_t key = c.pp * s.ep + c.ep;
        RankState& rank = ranks[static_cast<std::size_t>(key)];
        if (!rank.ready) {
            const StageShape stage = stageShape(ctx, c.pp);
            rank.ready = true;
            rank.experts = expertSlotsOf(ctx, stage, c.ep);
            rank.tokens = m * assignmentsOf(ctx, stage, c.ep);
            rank.computeS = m * (attentionSeconds(ctx, stage, nullptr) + denseSeconds(ctx, stage, nullptr)
                                 + expertSeconds(ctx, stage, c.ep, nullptr));
            rank.memory = memoryOf(ctx, stage, c.ep, nullptr);
        }
        const std::int64_t peers = peersInNode(g - (g % ctx.groupSize), ctx.groupSize, g, domain);
        const std::int64_t a2aKey = key * (domain + 1) + peers;
        if (a2aKey != lastA2aKey) {
            const auto [bytes, inserted] = a2aBytes.try_emplace(a2aKey, 0.0);
            if (inserted) {
                const AllToAllCost a2a = allToAll(ctx, stageShape(ctx, c.pp), c.ep, peers, nullptr);
                bytes->second = m * (a2a.dispatch.bytes + a2a.combine.bytes);
            }
            lastA2aKey = a2aKey;
            lastA2aBytes = bytes->second;
        }
        gpu.experts = rank.experts;
        gpu.tokens = rank.tokens;
        gpu.a2aBytes = lastA2aBytes;
        gpu.computeS = rank.computeS;
        gpu.memory = rank.memory;
    }

    const std::int64_t moeLayers = ctx.model.moeLayers();
    ev.layers.reserve(static_cast<std::size_t>(moeLayers));
    const double assignmentsPerStep = m * ctx.groupTokens * static_cast<double>(ctx.model.topK);
    for (std::int64_t i = 0; i < moeLayers; ++i) {
        // Rows shared by all layers place experts identically: describe them once.
        if (i > 0 && ctx.loads.sharedByAllLayers()) {
            ev.layers.push_back(LayerLoad{ctx.model.denseLayers + i, ev.layers.front().placement});
            continue;
        }
        const ExpertRow& row = ctx.loads.row(i);
        auto placement = std::make_shared<ExpertPlacement>();
        placement->imbalance = row.imbalance();
        const double allGroups = assignmentsPerStep * static_cast<double>(s.edp());
        for (double share : row.expertShares()) {
            placement->expertTokens.push_back(share * allGroups);
        }
        for (double share : row.expertDroppedShares()) {
            placement->expertDroppedTokens.push_back(share * allGroups);
        }
        placement->rankOffsets.push_back(0);
        const auto byRank = row.expertsByRank();
        for (std::int64_t r = 0; r < s.ep; ++r) {
            placement->rankTokens.push_back(row.shareOf(r) * assignmentsPerStep);
            placement->rankExperts.push_back(row.slotsOf(r));
            const auto& ids = byRank[static_cast<std::size_t>(r)];
            placement->expertIds.insert(placement->expertIds.end(), ids.begin(), ids.end());
            placement->rankOffsets.push_back(static_cast<std::int64_t>(placement->expertIds.size()));
        }
        ev.layers.push_back(LayerLoad{ctx.model.denseLayers + i, std::move(placement)});
    }
}

// Version 2 profiles derive what is hidden from the schedule: those with
// workload.overlap, and those naming a system (whose defaults apply). Version 1
// profiles keep their typed cluster.overlap fraction.
std::optional<OverlapPolicy> overlapPolicy(const Profile& profile)
{
    if (profile.workload.overlap) {
        return profile.workload.overlap;
    }
    if (profile.cluster.kernels && profile.cluster.overlap == 0) {
        return OverlapPolicy{};
    }
    return std::nullopt;
}

// The bubble of `perMicroBatch` (the slowest stage's time for one micro-batch):
// 1F1B (PP - 1) slots, interleaved (PP - 1)/v (Narayanan et al. 2021), DualPipe
// (PP/2 - 1)(F&B + B - 3W) (DeepSeek-V3 report, Table 2) with the forward F a third
// of the micro-batch, the backward B two thirds, the weight-gradient part W a third,
// and F&B = B, the forward hidden inside the overlapped backward: (PP/2 - 1) / 3.
double pipelineBubble(const Context& ctx, double perMicroBatch)
{
    const double pp = static_cast<double>(ctx.s.pp);
    if (ctx.profile.workload.pipeline.schedule == PipelineSchedule::DualPipe) {
        return std::max(0.0, pp / 2 - 1) * perMicroBatch / 3;
    }
    return (pp - 1) * perMicroBatch / ctx.virtualStages;
}

// Megatron-Core reduces gradients in buckets as the last micro-batch's backward
// produces them: all but the last bucket hide behind that backward, as long as it
// lasts. Buckets hold max(40M, 1M x DP) parameters (Megatron-Core's default).
double hiddenGradientSync(const Context& ctx, const StageShape& stage, double syncSeconds, double backwardSeconds)
{
    const ParamsOnGpu params = paramsOn(ctx, stage, kBusiestRank);
    const double bucket = std::max(40e6, 1e6 * static_cast<double>(ctx.s.dp));
    const double lastBucket = syncSeconds * std::min(1.0, bucket / std::max(1.0, params.total()));
    const double exposed = std::max(lastBucket, syncSeconds - backwardSeconds);
    return syncSeconds - exposed;
}

} // namespace

Evaluation evaluate(const Profile& profile, Detail detail)
{
    return evaluate(profile, profile.strategy, detail);
}

Evaluation evaluate(const Profile& profile, const Strategy& strategy, Detail detail)
{
    return evaluate(profile, strategy, detail, describeArchitecture(profile.model));
}

Evaluation evaluate(const Profile& profile, const Strategy& strategy, Detail detail, const Architecture& architecture)
{
    Evaluation ev;
    ev.strategy = strategy;
    if (auto error = checkStrategy(profile, strategy)) {
        ev.error = error->message;
        ev.errorPath = error->path;
        ev.errorPhrase = error->phrase;
        return ev;
    }
    const Context ctx(profile, strategy, &architecture);
    ev.valid = true;
    ev.microBatches = profile.workload.microBatches;
    ev.gpusUsed = strategy.gpusUsed();
    ev.paramsTotal = ctx.arch.totalParams;
    ev.paramsActivePerToken = ctx.arch.activeParamsPerToken;
    ev.flopsPerStep = modelFlopsPerStep(ctx);
    ev.capacityBytes = profile.cluster.gpu.memoryGiB * 1024.0 * 1024.0 * 1024.0;

    const bool onlyRankZero = rankZeroBounds(ctx);
    const std::optional<OverlapPolicy> policy = overlapPolicy(profile);
    OverlapRule overlap = policy ? OverlapRule{0, policy->expert != ExpertOverlap::None, policy->tpComm}
                                 : OverlapRule{profile.cluster.overlap, false, false};
    // Two-batch overlap hides one half's all-to-all beside the other's compute: a decode
    // step of one sequence per replica has no other half (twoBatchHasPartner).
    if (policy && policy->expert == ExpertOverlap::TwoBatch && !twoBatchHasPartner(ctx)) {
        overlap.expert = false;
    }
    if (overlap.expert && ctx.kernels) {
        overlap.megatronPairs = policy->expert == ExpertOverlap::OneFOneB;
        overlap.commSmShare = hiddenAllToAllSmShare(ctx);
        overlap.twoBatch = twoBatchPhase(ctx).has_value();
    }
    StageTime slowest;
    double slowestTotal = -1;
    double maxMemory = -1;
    CommCost dp;           // the longest gradient sync of any stage
    double dpExposed = 0;  // the most any stage leaves exposed of its own sync
    double optimizer = 0;
    // Stages of the same shape cost the same; the first of them holds the most
    // micro-batches in flight, so only it can be the fullest or the slowest first.
    // representativeStages() names the first stage of every shape; the key check
    // below drops any that turn out alike.
    std::array<StageKey, 16> seen{};  // no allocation: a search evaluates millions
    std::array<double, 16> seenEffective{};
    std::size_t seenCount = 0;
    auto visit = [&](std::int64_t p) {
        const StageShape stage = stageShape(ctx, p);
        const StageKey key = stageKey(ctx, stage);
        if (std::find(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(seenCount), key)
            != seen.begin() + static_cast<std::ptrdiff_t>(seenCount)) {
            return;
        }
        const StageTime t = stageTime(ctx, stage, kBusiestRank, ctx.fewestPeers);
        if (seenCount < seen.size()) {
            seenEffective[seenCount] = t.effective(overlap);
            seen[seenCount++] = key;
        }
        if (t.effective(overlap) > slowestTotal) {
            slowestTotal = t.effective(overlap);
            slowest = t;
            ev.stragglerStage = p;
        }
        const std::int64_t ranks = onlyRankZero || profile.model.experts == 0 ? 1 : strategy.ep;
        for (std::int64_t r = 0; r < ranks; ++r) {
            const MemoryBreakdown mem = memoryOf(ctx, stage, r, nullptr);
            if (mem.total() > maxMemory) {
                maxMemory = mem.total();
                ev.memory = mem;
                // The first GPU of the stage holding EP rank r.
                ev.memoryGpu = p * strategy.tp * strategy.dp + r * strategy.etp;
            }
        }
        const CommCost sync = gradientSync(ctx, stage, kBusiestRank, nullptr);
        if (sync.seconds > dp.seconds) {
            dp = sync;
        }
        // Each stage hides its own sync behind its own last backward (about two thirds
        // of a micro-batch's compute), and never behind compute its all-to-all already
        // hides under; the step waits for the stage that leaves the most exposed.
        double hidden = 0;
        if (policy && policy->dpGrad && sync.seconds > 0) {
            const double spare = std::max(0.0, ctx.microBatches * (t.compute() - t.hidden(overlap)));
            hidden = std::min(spare, hiddenGradientSync(ctx, stage, sync.seconds, 2.0 / 3.0 * t.compute()));
        }
        dpExposed = std::max(dpExposed, sync.seconds - hidden);
        if (ctx.kernels) {
            optimizer = std::max(optimizer, kernelOptimizerSeconds(ctx, stage, kBusiestRank, nullptr));
        }
    };
    std::array<std::int64_t, 8> representatives{};
    const std::size_t count = representativeStages(ctx, representatives);
    if (count == 0) {
        for (std::int64_t p = 0; p < strategy.pp; ++p) {
            visit(p);
        }
    } else {
        for (std::size_t i = 0; i < count; ++i) {
            visit(representatives[i]);
        }
    }

    const double m = ctx.microBatches;
    TimeBreakdown& time = ev.time;
    time.attentionCompute = m * slowest.attention;
    time.expertCompute = m * slowest.expert;
    time.denseCompute = m * slowest.dense;
    time.a2aDispatch = m * slowest.a2a.dispatch.seconds;
    time.a2aCombine = m * slowest.a2a.combine.seconds;
    time.tpComm = m * slowest.tp.seconds;
    time.ppComm = m * slowest.pp.seconds;
    // 1F1B: (PP - 1) extra stage slots, a bubble of (PP - 1)/m of the ideal time; the
    // interleaved schedule's slots are one chunk long, (PP - 1)/(v m) (Narayanan et
    // al. 2021).
    time.ppBubble = pipelineBubble(ctx, slowestTotal);
    if (ctx.kernels && strategy.pp > 1 && profile.workload.pipeline.schedule != PipelineSchedule::DualPipe) {
        // Stages differ (embedding, LM head, MTP, uneven layers): the pipeline fills and
        // drains through every other stage at its own pace, so the bubble is the sum of
        // the other stages' times, not PP - 1 times the slowest's.
        double others = -slowestTotal;
        for (std::int64_t p = 0; p < strategy.pp; ++p) {
            const StageShape stage = stageShape(ctx, p);
            const StageKey key = stageKey(ctx, stage);
            const auto* found = std::find(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(seenCount), key);
            others += found != seen.begin() + static_cast<std::ptrdiff_t>(seenCount)
                ? seenEffective[static_cast<std::size_t>(found - seen.begin())]
                : stageTime(ctx, stage, kBusiestRank, ctx.fewestPeers).effective(overlap);
        }
        time.ppBubble = std::max(0.0, others) / ctx.virtualStages;
    }
    time.dpComm = dp.seconds;
    time.optimizer = optimizer;
    // Overlap hides communication under the same micro-batch's compute; the gradient
    // sync after the last micro-batch stays exposed.
    // What hides of the gradient sync hides behind some stage's own compute, which may
    // be more than the straggler's (that stage is the straggler by its communication).
    time.overlapped = m * slowest.hidden(overlap) + (dp.seconds - dpExposed);
    time.total = time.compute() + time.communication() + time.ppBubble + time.optimizer - time.overlapped;

    ev.commBytes.a2a = m * (slowest.a2a.dispatch.bytes + slowest.a2a.combine.bytes);
    ev.commBytes.tp = m * slowest.tp.bytes;
    ev.commBytes.pp = m * slowest.pp.bytes;
    ev.commBytes.dp = dp.bytes;

    const double tokens = static_cast<double>(profile.workload.batch) * ctx.countedTokens;
    const double gpus = static_cast<double>(ev.gpusUsed);
    ev.rates.tokensPerS = tokens / time.total;
    ev.rates.tokensPerSPerGpu = ev.rates.tokensPerS / gpus;
    // Against the peak the GEMMs run at (their data type's, e.g. FP8).
    ev.rates.mfu = ev.flopsPerStep / (time.total * gpus * profile.cluster.gpu.peakFor(profile.model.precision.gemm) * 1e12);
    ev.rates.commFraction = (time.communication() - time.overlapped) / time.total;
    // With speculative decoding a step emits countedTokens per sequence on average.
    ev.rates.timePerOutputTokenS = profile.workload.mode == Mode::Decode ? time.total / ctx.countedTokens : 0.0;

    fillLoadBalance(ev, ctx, std::span<const std::int64_t>(representatives.data(), count));
    assembleChecks(ev, profile);
    if (detail == Detail::PerGpu) {
        ev.expertSlots = expertSlotCost(ctx);
        fillPerGpu(ev, ctx, profile);
    }
    return ev;
}

} // namespace moe
