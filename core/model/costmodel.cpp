// The cost model; docs/model.md explains every formula and its source.

#include "model/costmodel.h"
#include "model/decodealltoall.h"

#include <algorithm>
#include <cmath>

#include "model/topology.h"

namespace moe::detail {

namespace {

const char* const kRoofline = "roofline: max(FLOPs / (peak x efficiency), bytes / (HBM x efficiency))";

double queryTokensFor(const Workload& w)
{
    switch (w.mode) {
    case Mode::Decode:
        return 1.0 + (w.speculative ? static_cast<double>(w.speculative->draftTokens) : 0.0);
    case Mode::Prefill:
        return static_cast<double>(w.seqLen) * (1.0 - w.prefixCacheHit);
    case Mode::Training:
        break;
    }
    return static_cast<double>(w.seqLen);
}

double countedTokensFor(const Workload& w)
{
    if (w.mode == Mode::Decode) {
        return w.speculative ? w.speculative->tokensPerStep() : 1.0;
    }
    return static_cast<double>(w.seqLen);
}

double groupTokensFor(const Profile& p, const Strategy& s)
{
    const double perReplica = std::ceil(static_cast<double>(p.workload.batch) / static_cast<double>(s.dp));
    const double perMicroBatch = perReplica / static_cast<double>(p.workload.microBatches) * queryTokensFor(p.workload);
    return perMicroBatch / static_cast<double>(s.tp) * static_cast<double>(s.ep * s.etp);
}

// Whether the groups of `size` consecutive GPUs all sit inside one node.
LinkSpeed linkFor(std::int64_t size, std::int64_t used, const Context& ctx)
{
    const std::int64_t perNode = ctx.profile.cluster.domainSize();
    return used <= perNode || blockWithinNode(size, perNode) ? ctx.intra : ctx.inter;
}

double roofline(const Context& ctx, double flops, double bytes)
{
    return std::max(flops / ctx.flopRate, bytes / ctx.hbmRate);
}

} // namespace

Context::Context(const Profile& p, const Strategy& strategy, const Architecture* architecture)
    : profile(p)
    , model(p.model)
    , s(strategy)
    , arch(architecture ? *architecture : describeArchitecture(p.model))
    , training(p.workload.mode == Mode::Training)
    , seqsPerReplica(std::ceil(static_cast<double>(p.workload.batch) / static_cast<double>(strategy.dp)))
    , microBatches(static_cast<double>(p.workload.microBatches))
    , seqsPerMicroBatch(seqsPerReplica / microBatches)
    , queryTokens(queryTokensFor(p.workload))
    , context(static_cast<double>(p.workload.seqLen))
    , countedTokens(countedTokensFor(p.workload))
    , runsMtp(training || (p.workload.mode == Mode::Decode && p.workload.speculative.has_value()))
    , tokensPerMicroBatch(seqsPerMicroBatch * queryTokens)
    , dispatchTokens(tokensPerMicroBatch / static_cast<double>(strategy.tp))
    , groupTokens(groupTokensFor(p, strategy))
    , groupSize(strategy.ep * strategy.etp)
    , fewestPeers(groupSize > 1 ? fewestExpertPeersInNode(strategy, p.cluster.domainSize()) : 1)
    , flopRate(p.cluster.gpu.peakFor(p.model.precision.gemm) * 1e12 * p.cluster.efficiency.compute)
    , hbmRate(p.cluster.gpu.hbmGBps * 1e9 * p.cluster.efficiency.hbm)
    , intra(effectiveLink(p.cluster.intraNode, p.cluster.efficiency))
    , inter(effectiveLink(p.cluster.interNode, p.cluster.efficiency))
    , computePasses(training ? (p.workload.training.recompute == Recompute::Full ? 4.0 : 3.0) : 1.0)
    , weightPasses(computePasses)
    , virtualStages(p.workload.pipeline.schedule == PipelineSchedule::Interleaved && strategy.pp > 1
                        ? static_cast<double>(p.workload.pipeline.virtualStages)
                        : 1.0)
    , loads(p, strategy, groupTokens)
{
    if (p.cluster.kernels) {
        kernels.emplace(p.cluster.gpu, *p.cluster.kernels);
    }
    const std::int64_t used = strategy.gpusUsed();
    tpLink = linkFor(strategy.tp, used, *this);
    dpLink = linkFor(strategy.tp * strategy.dp, used, *this);
}

StageShape stageShape(const Context& ctx, std::int64_t stage)
{
    const Model& m = ctx.model;
    const std::int64_t pp = ctx.s.pp;
    const StageLayers ranges = stageLayers(m.layers, ctx.profile.workload.pipeline, pp, stage);
    StageShape st;
    st.index = stage;
    st.firstLayer = ranges.first();
    st.layers = ranges.count();
    // The first dense_layers layers are dense; with a layout of model chunks a stage's
    // MoE layers may lie in several ranges, and the stage's routing rows are read from
    // its first MoE layer on.
    st.moeLayers = 0;
    bool firstMoeFound = false;
    for (const LayerRange& r : ranges.ranges) {
        const std::int64_t firstMoe = std::max(r.first, m.denseLayers);
        const std::int64_t moe = m.experts > 0 ? std::max<std::int64_t>(0, r.first + r.count - firstMoe) : 0;
        if (moe > 0 && !firstMoeFound) {
            st.firstMoeLayer = firstMoe - m.denseLayers;
            firstMoeFound = true;
        }
        st.moeLayers += moe;
    }
    if (!firstMoeFound) {
        st.firstMoeLayer = std::max<std::int64_t>(0, std::max(st.firstLayer, m.denseLayers) - m.denseLayers);
    }
    st.denseLayers = st.layers - st.moeLayers;
    st.embedding = stage == 0;
    st.lmHead = stage == pp - 1;
    if (st.lmHead && m.mtpLayers > 0 && ctx.runsMtp) {
        st.mtpLayers = m.mtpLayers;
        st.layers += m.mtpLayers;
        (m.experts > 0 ? st.moeLayers : st.denseLayers) += m.mtpLayers;
    }
    // 1F1B: stage p keeps min(m, PP - p) micro-batches of activations alive; the
    // interleaved schedule's warm-up holds (1 + (PP - 1) / (PP v)) times as much
    // (Korthikanti et al. 2022, section 4.2.3).
    const double interleaving = 1.0 + (ctx.virtualStages > 1 ? static_cast<double>(pp - 1) / (static_cast<double>(pp) * ctx.virtualStages) : 0.0);
    // DualPipe holds PP + 1 micro-batches on every device (DeepSeek-V3 report, Table 2).
    const bool dualPipe = ctx.profile.workload.pipeline.schedule == PipelineSchedule::DualPipe;
    const std::int64_t held = dualPipe ? pp + 1 : pp - stage;
    st.inFlight = ctx.training
        ? static_cast<double>(std::min(ctx.profile.workload.microBatches, held)) * interleaving
        : 1.0;
    return st;
}

ParamsOnGpu paramsOn(const Context& ctx, const StageShape& stage, std::int64_t rank)
{
    const Architecture& a = ctx.arch;
    const double tp = static_cast<double>(ctx.s.tp);
    ParamsOnGpu p;
    p.attention = static_cast<double>(stage.layers) * (a.attentionParams / tp + a.normParamsPerLayer);
    p.dense = static_cast<double>(stage.denseLayers) * a.denseFfnParams / tp;
    p.routedExperts = static_cast<double>(expertSlotsOf(ctx, stage, rank)) * a.expertParams
        / static_cast<double>(ctx.s.etp);
    p.sharedExperts = static_cast<double>(stage.moeLayers)
        * (static_cast<double>(ctx.model.sharedExperts) * a.expertParams / tp + a.routerParams);
    if (stage.embedding) {
        p.embedding += a.embeddingParams / tp;
    }
    if (stage.lmHead) {
        // Tied embeddings still need a copy of the table on the last stage when the
        // first stage is another GPU (as Megatron-LM does).
        const double head = a.lmHeadParams > 0 ? a.lmHeadParams
            : ctx.s.pp > 1 ? static_cast<double>(ctx.model.vocab * ctx.model.hidden)
                           : 0.0;
        p.embedding += head / tp + a.finalNormParams;
    }
    if (ctx.profile.workload.pipeline.schedule == PipelineSchedule::DualPipe && ctx.s.pp > 1) {
        // Each device holds two chunks, one for each direction (DeepSeek-V3 report,
        // section 3.2.1): two stages' layers (embedding and head are not doubled here).
        p.attention *= 2;
        p.dense *= 2;
        p.routedExperts *= 2;
        p.sharedExperts *= 2;
    }
    return p;
}


double attentionSeconds(const Context& ctx, const StageShape& stage, Trace* trace)
{
    if (ctx.kernels) {
        return kernelAttentionSeconds(ctx, stage, trace);
    }
    const Architecture& a = ctx.arch;
    const Model& m = ctx.model;
    const double tp = static_cast<double>(ctx.s.tp);
    const double scoreFlops = ctx.tokensPerMicroBatch * a.attentionScoreFlopsPerContextToken * ctx.context / tp;
    double flops = ctx.tokensPerMicroBatch * a.attentionProjectionFlops / tp * ctx.computePasses
        + scoreFlops * ctx.computePasses;
    if (ctx.training && ctx.profile.workload.training.recomputes(RecomputeModule::CoreAttention)) {
        flops += scoreFlops;  // the attention scores are computed again in the backward pass
    }
    const double weightBytes = a.attentionParams * m.weightBytes / tp * ctx.weightPasses;
    const double kvBytes = ctx.training ? 0.0
                                        : ctx.seqsPerMicroBatch * ctx.context * a.kvElementsPerToken * m.kvBytes
            / a.kvHeadsSplitBy(ctx.s.tp);
    const double perLayer = roofline(ctx, flops, weightBytes + kvBytes);
    const double seconds = static_cast<double>(stage.layers) * perLayer;
    if (trace) {
        trace->add("time_s.attention_compute.per_micro_batch",
                   "layers_stage x max(F / (peak x eff), (W + KV) / (HBM x eff)); F = tokens x (2 x attention params "
                   "+ score FLOPs x context) / TP x passes, W = attention params x weight bytes / TP x passes",
                   num(static_cast<double>(stage.layers)) + " x max(" + num(flops) + " / " + num(ctx.flopRate) + ", ("
                       + num(weightBytes) + " + " + num(kvBytes) + ") / " + num(ctx.hbmRate) + ")",
                   seconds, "s", kRoofline);
    }
    return seconds;
}

double denseSeconds(const Context& ctx, const StageShape& stage, Trace* trace)
{
    if (ctx.kernels) {
        return kernelDenseSeconds(ctx, stage, trace);
    }
    const Architecture& a = ctx.arch;
    const Model& m = ctx.model;
    const double tp = static_cast<double>(ctx.s.tp);
    const double t = ctx.tokensPerMicroBatch;
    const double ffn = roofline(ctx, t * a.denseFfnFlops / tp * ctx.computePasses,
                                a.denseFfnParams * m.weightBytes / tp * ctx.weightPasses);
    double head = 0;
    if (stage.lmHead && m.vocab > 0) {
        const double headWeights = static_cast<double>(m.vocab * m.hidden);
        head = roofline(ctx, t * a.lmHeadFlops / tp * ctx.computePasses, headWeights * m.weightBytes / tp * ctx.weightPasses);
    }
    const double seconds = static_cast<double>(stage.denseLayers) * ffn + head;
    if (trace) {
        trace->add("time_s.dense_compute.per_micro_batch",
                   "dense layers_stage x roofline(tokens x FFN FLOPs / TP x passes, FFN weights / TP) + LM head roofline",
                   num(static_cast<double>(stage.denseLayers)) + " x " + num(ffn) + " s + " + num(head) + " s", seconds,
                   "s", kRoofline);
    }
    return seconds;
}

double expertSeconds(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace)
{
    if (ctx.kernels) {
        return kernelExpertSeconds(ctx, stage, rank, trace);
    }
    const Architecture& a = ctx.arch;
    const Model& m = ctx.model;
    const double tp = static_cast<double>(ctx.s.tp);
    const double etp = static_cast<double>(ctx.s.etp);
    const double k = static_cast<double>(m.topK);
    const double shared = static_cast<double>(m.sharedExperts);
    const double sharedTime = roofline(
        ctx, ctx.tokensPerMicroBatch * (shared * a.expertFlops + a.routerFlops) / tp * ctx.computePasses,
        (shared * a.expertParams + a.routerParams) * m.weightBytes / tp * ctx.weightPasses);
    double seconds = 0;
    double lastAssignments = 0;
    auto routedSeconds = [&](const ExpertRow& row, std::int64_t r) {
        const double assignments = ctx.groupTokens * k * row.stepShareOf(r);
        return roofline(ctx, assignments * a.expertFlops / etp * ctx.computePasses,
                        row.activatedOf(r) * a.expertParams * m.weightBytes / etp * ctx.weightPasses);
    };
    forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) {
        const double routed = rankSeconds(row, rank, routedSeconds);
        seconds += layers * (routed + sharedTime);
        lastAssignments = ctx.groupTokens * k * shareFor(row, rank);
    });
    if (trace) {
        trace->add("time_s.expert_compute.per_micro_batch",
                   "sum over MoE layers of roofline(assignments x expert FLOPs / ETP x passes, touched experts x "
                   "expert weights / ETP) + roofline(shared experts and router); assignments = group tokens x top-k x "
                   "EP rank's share (for the step: the slowest rank)",
                   num(static_cast<double>(stage.moeLayers)) + " layers, " + num(lastAssignments)
                       + " assignments per layer (group tokens " + num(ctx.groupTokens) + " x k " + num(k) + ")",
                   seconds, "s", kRoofline);
    }
    return seconds;
}

// How many copies of one token cross the NIC per dispatch. Megatron's all-to-all
// sends each of its k expert copies whose rank is outside the domain: k x (M - peers)
// / M. Hierarchical dispatch (DeepEP) sends one copy to each remote domain that holds
// at least one of its experts: with uniform routing over G domains of E/G experts, a
// domain gets none of the k with probability C(E - E/G, k) / C(E, k); node-limited
// routing caps the domains at max_nodes_per_token.
double remoteDomainCopies(const Context& ctx, std::int64_t peersInNode)
{
    const double k = static_cast<double>(ctx.model.topK);
    const double group = static_cast<double>(ctx.groupSize);
    const double peers = static_cast<double>(std::max<std::int64_t>(1, peersInNode));
    if (ctx.profile.workload.dispatch != ExpertDispatch::Hierarchical) {
        return k * (group - peers) / group;
    }
    const double domains = std::ceil(group / peers);
    if (domains <= 1) {
        return 0;
    }
    const double experts = static_cast<double>(ctx.model.experts);
    const double perDomain = experts / domains;
    double none = 1;
    for (std::int64_t i = 0; i < ctx.model.topK; ++i) {
        const double di = static_cast<double>(i);
        none *= std::max(0.0, (experts - perDomain - di) / (experts - di));
    }
    double touched = domains * (1 - none);
    if (const std::int64_t limit = ctx.profile.workload.routing.maxNodesPerToken; limit > 0) {
        touched = std::min(touched, static_cast<double>(limit));
    }
    return touched * (domains - 1) / domains;
}

IntraAllToAllRates intraAllToAllRates(const Context& ctx)
{
    IntraAllToAllRates rates{ctx.intra.bytesPerSecond, ctx.intra.bytesPerSecond};
    if (!ctx.kernels || !ctx.profile.cluster.kernels) {
        return rates;
    }
    const KernelEfficiency& k = *ctx.profile.cluster.kernels;
    const bool fp8Payload = bytesOf(ctx.model.precision.dispatch) <= 1;
    const double dispatch = fp8Payload && k.a2aDispatchFp8GBps > 0 ? k.a2aDispatchFp8GBps : k.a2aDispatchGBps;
    if (dispatch > 0) {
        rates.dispatch = std::min(rates.dispatch, dispatch * 1e9);
    }
    if (k.a2aCombineGBps > 0) {
        rates.combine = std::min(rates.combine, k.a2aCombineGBps * 1e9);
    }
    return rates;
}

AllToAllCost allToAll(const Context& ctx, const StageShape& stage, std::int64_t rank, std::int64_t peersInNode,
                      Trace* trace)
{
    AllToAllCost cost;
    const double group = static_cast<double>(ctx.groupSize);
    if (ctx.groupSize <= 1 || stage.moeLayers == 0) {
        return cost;
    }
    const Model& m = ctx.model;
    const double hidden = static_cast<double>(m.hidden);
    const double tokenBytes = hidden * m.activationBytes;
    const double k = static_cast<double>(m.topK);
    // Destinations spread evenly over the group: (peers - 1) of M share the node,
    // M - peers are across the NIC. The slower share bounds the time.
    const double intraFraction = static_cast<double>(peersInNode - 1) / group;
    const double interFraction = (group - static_cast<double>(peersInNode)) / group;
    const double latency = peersInNode < ctx.groupSize ? ctx.inter.latencyS : ctx.intra.latencyS;
    // The kernel-level model sends at the payload's own data type (FP8 with one fp32
    // scale per 128 values) and, with hierarchical dispatch, one copy per remote
    // domain over the NIC.
    const double nicCopies = ctx.kernels ? remoteDomainCopies(ctx, peersInNode) : k * interFraction;
    auto elementBytes = [&](DataType type) { return bytesOf(type) + (bytesOf(type) <= 1 ? 4.0 / 128.0 : 0.0); };
    const double dispatchScale = ctx.kernels ? elementBytes(m.precision.dispatch) / m.activationBytes : 1.0;
    const double combineScale = ctx.kernels ? elementBytes(m.precision.combine) / m.activationBytes : 1.0;
    // Inside the domain the EP kernels reach the rate published for them on this
    // fabric where the system gives one (KernelEfficiency::a2aDispatchGBps), never more
    // than the link itself.
    const IntraAllToAllRates intraRates = intraAllToAllRates(ctx);
    auto seconds = [&](double bytes, double intraRate) {
        const double nic = ctx.kernels ? bytes / k * nicCopies : bytes * interFraction;
        return std::max(bytes * intraFraction / intraRate, nic / ctx.inter.bytesPerSecond);
    };
    // Each token goes to the ranks of its top-k experts, to every ETP shard of them.
    const double sendBytes = ctx.dispatchTokens * k * static_cast<double>(ctx.s.etp) * tokenBytes;
    // The backward repeats both in reverse; recomputing the MoE layer ("moe", or every
    // layer under full recomputation) reruns the forward's too, before the backward's.
    const Training& training = ctx.profile.workload.training;
    const bool rerun = ctx.training && ctx.kernels
        && (training.recompute == Recompute::Full || training.recomputes(RecomputeModule::Moe));
    const double passes = ctx.training ? (rerun ? 3.0 : 2.0) : 1.0;
    cost.passes = passes;
    double receiveBytes = 0;
    // Decode across nodes runs DeepEP's low-latency kernels (deepeplowlatency.h).
    const bool lowLatency = usesLowLatencyAllToAll(ctx, peersInNode);
    forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) {
        receiveBytes = ctx.groupTokens * k * shareFor(row, rank) * tokenBytes;
        const double moved = std::max(sendBytes, receiveBytes);
        const double offGpu = (group - 1) / group;
        if (lowLatency) {
            const double bytes = std::max(sendBytes, receiveBytes);
            cost.dispatch.seconds += layers * lowLatencyAllToAllSeconds(ctx, LowLatencyKernel::Dispatch, bytes * dispatchScale);
            cost.combine.seconds += layers * lowLatencyAllToAllSeconds(ctx, LowLatencyKernel::Combine, bytes * combineScale);
        } else {
            cost.dispatch.seconds += layers * passes * (seconds(moved * dispatchScale, intraRates.dispatch) + latency);
            cost.combine.seconds += layers * passes * (seconds(moved * combineScale, intraRates.combine) + latency);
        }
        cost.dispatch.bytes += layers * passes * sendBytes * offGpu * dispatchScale;
        cost.combine.bytes += layers * passes * receiveBytes * offGpu * combineScale;
    });
    if (trace && lowLatency) {
        traceLowLatencyAllToAll(ctx, stage, std::max(sendBytes, receiveBytes) * dispatchScale,
                                std::max(sendBytes, receiveBytes) * combineScale, cost, *trace);
    } else if (trace) {
        trace->add("time_s.a2a_dispatch.per_micro_batch",
                   "MoE layers x passes x (max(send, receive) over max(intra bytes / NVLink, inter bytes / NIC) + "
                   "alpha); send = tokens per GPU x k x ETP x hidden x activation bytes; intra share (peers - 1) / M, "
                   "inter share (M - peers) / M (hierarchical dispatch: one copy per remote domain holding one of "
                   "the token's experts, " + num(nicCopies) + " per token)",
                   num(static_cast<double>(stage.moeLayers)) + " x " + num(passes) + " x (max(" + num(sendBytes) + ", "
                       + num(receiveBytes) + ") B; M = " + num(group) + ", peers in node = "
                       + num(static_cast<double>(peersInNode)) + "; NVLink " + num(intraRates.dispatch)
                       + " B/s, NIC " + num(ctx.inter.bytesPerSecond) + " B/s; alpha " + num(latency) + " s)",
                   cost.dispatch.seconds, "s", "DeepEP byte accounting; nccl-tests PERFORMANCE.md");
        trace->add("time_s.a2a_combine.per_micro_batch",
                   "the mirror of dispatch: every GPU returns what it received", num(cost.dispatch.seconds) + " s",
                   cost.combine.seconds, "s", "DeepEP byte accounting");
    }
    return cost;
}

// How many times each TP collective runs per micro-batch: once forward, once more
// backward. The kernel-level model follows Megatron further: full recomputation reruns
// the forward with its collectives; sequence parallelism keeps only its shard of the
// gathered input, so the backward gathers it again for the weight gradient (half an
// all-reduce's volume). Korthikanti et al. 2022, sections 4.2.2 and 5.
double tensorParallelPasses(const Context& ctx)
{
    if (!ctx.training) {
        return 1.0;
    }
    if (!ctx.kernels) {
        return 2.0;
    }
    const Training& t = ctx.profile.workload.training;
    if (t.recompute == Recompute::Full) {
        return 3.0;
    }
    return t.sequenceParallel ? 2.5 : 2.0;
}

CommCost tensorParallelComm(const Context& ctx, const StageShape& stage, Trace* trace)
{
    CommCost cost;
    if (ctx.s.tp <= 1) {
        return cost;
    }
    const Model& m = ctx.model;
    const double message = ctx.tokensPerMicroBatch * static_cast<double>(m.hidden) * m.activationBytes;
    // Megatron: one all-reduce after attention and one after a TP-split FFN, per
    // layer and pass (sequence parallelism turns each into a reduce-scatter plus an
    // all-gather of the same volume). Routed experts leave TP through the all-to-all.
    const double moeReduces = m.sharedExperts > 0 ? 2.0 : 1.0;
    // A recomputed dense MLP or shared expert reruns its row-parallel output's collective
    // with it (Megatron checkpoints the whole module); a shared expert recomputed inside
    // its recomputed MoE layer ("shared_experts" with "moe") runs it twice more.
    const Training& training = ctx.profile.workload.training;
    const bool kernelTraining = ctx.training && ctx.kernels;
    const double rerun = kernelTraining
        ? (training.recomputes(RecomputeModule::DenseMlp) ? static_cast<double>(stage.denseLayers) : 0.0)
            + (m.sharedExperts > 0 ? static_cast<double>(stage.moeLayers) : 0.0)
                * ((training.recomputes(RecomputeModule::SharedExperts) ? 1.0 : 0.0)
                   + (training.recomputes(RecomputeModule::Moe) ? 1.0 : 0.0))
        : 0.0;
    const double count = (2.0 * static_cast<double>(stage.denseLayers) + moeReduces * static_cast<double>(stage.moeLayers))
            * tensorParallelPasses(ctx)
        + rerun;
    cost.seconds = count * allReduceSeconds(ctx.s.tp, message, ctx.tpLink);
    cost.bytes = count * allReduceBytesPerRank(ctx.s.tp, message);
    if (trace) {
        trace->add("time_s.tp_comm.per_micro_batch",
                   "all-reduces x (2(TP - 1)/TP x S / link + 2(TP - 1) x alpha); S = tokens x hidden x activation bytes",
                   num(count) + " x (2 x " + num(static_cast<double>(ctx.s.tp - 1)) + "/" + num(static_cast<double>(ctx.s.tp))
                       + " x " + num(message) + " B / " + num(ctx.tpLink.bytesPerSecond) + " B/s + "
                       + num(2.0 * static_cast<double>(ctx.s.tp - 1)) + " x " + num(ctx.tpLink.latencyS) + " s)",
                   cost.seconds, "s", "nccl-tests PERFORMANCE.md (ring all-reduce)");
    }
    return cost;
}

// A stage sends to the next one GPU by GPU (x to x + TP x DP); the boundary stays on
// NVLink only when every such pair shares a node.
LinkSpeed pipelineLink(const Context& ctx, std::int64_t stage)
{
    const std::int64_t size = ctx.s.tp * ctx.s.dp;
    const std::int64_t perNode = ctx.profile.cluster.domainSize();
    const std::int64_t first = stage * size;
    const std::int64_t last = (stage + 2) * size - 1;  // the last GPU of the next stage
    return first / perNode == last / perNode ? ctx.intra : ctx.inter;
}

CommCost pipelineComm(const Context& ctx, const StageShape& stage, Trace* trace)
{
    CommCost cost;
    if (ctx.s.pp <= 1) {
        return cost;
    }
    const Model& m = ctx.model;
    // Megatron's scatter/gather optimisation: each TP rank sends 1/TP of the activation.
    const double message = ctx.tokensPerMicroBatch * static_cast<double>(m.hidden) * m.activationBytes
        / static_cast<double>(ctx.s.tp);
    const double forward = stage.index < ctx.s.pp - 1 ? 1.0 : 0.0;
    const double backward = ctx.training && stage.index > 0 ? 1.0 : 0.0;
    const LinkSpeed next = pipelineLink(ctx, stage.index);
    const LinkSpeed previous = pipelineLink(ctx, std::max<std::int64_t>(0, stage.index - 1));
    // Interleaving sends each micro-batch through every one of the v chunks.
    const double v = ctx.virtualStages;
    const double sends = (forward + backward) * v;
    cost.seconds = v * (forward * (message / next.bytesPerSecond + next.latencyS)
                        + backward * (message / previous.bytesPerSecond + previous.latencyS));
    cost.bytes = sends * message;
    if (trace) {
        trace->add("time_s.pp_comm.per_micro_batch", "sends x (tokens x hidden x activation bytes / TP / link + alpha)",
                   num(sends) + " x (" + num(message) + " B / " + num(next.bytesPerSecond) + " B/s + "
                       + num(next.latencyS) + " s)",
                   cost.seconds, "s", "Narayanan et al. 2021, scatter/gather optimisation");
    }
    return cost;
}

CommCost gradientSync(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace)
{
    CommCost cost;
    if (!ctx.training) {
        if (trace) {
            trace->add("time_s.dp_comm", "no gradients to synchronise outside training", "0", 0, "s");
        }
        return cost;
    }
    const ParamsOnGpu params = paramsOn(ctx, stage, rank);
    const double gradBytes = ctx.model.weightBytes;
    const double denseGrads = (params.total() - params.routedExperts) * gradBytes;
    const double expertGrads = params.routedExperts * gradBytes;
    const std::int64_t edp = ctx.s.edp();
    // Dense gradients are reduced over DP, expert gradients over EDP. A distributed
    // optimizer's reduce-scatter + all-gather moves the same bytes as an all-reduce.
    cost.seconds = allReduceSeconds(ctx.s.dp, denseGrads, ctx.dpLink) + allReduceSeconds(edp, expertGrads, ctx.dpLink);
    cost.bytes = allReduceBytesPerRank(ctx.s.dp, denseGrads) + allReduceBytesPerRank(edp, expertGrads);
    if (trace) {
        trace->add("time_s.dp_comm",
                   "all-reduce over DP of dense gradients + all-reduce over EDP of expert gradients: 2(n - 1)/n x S / "
                   "link + 2(n - 1) x alpha",
                   "DP " + num(static_cast<double>(ctx.s.dp)) + " x " + num(denseGrads) + " B, EDP "
                       + num(static_cast<double>(edp)) + " x " + num(expertGrads) + " B at "
                       + num(ctx.dpLink.bytesPerSecond) + " B/s",
                   cost.seconds, "s", "nccl-tests PERFORMANCE.md (ring all-reduce)");
    }
    return cost;
}

std::int64_t expertSlotsOf(const Context& ctx, const StageShape& stage, std::int64_t rank)
{
    double slots = 0;
    forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) {
        slots += layers * static_cast<double>(row.slotsOf(rank == kBusiestRank ? row.fullestRank() : rank));
    });
    return static_cast<std::int64_t>(slots);
}

double assignmentsOf(const Context& ctx, const StageShape& stage, std::int64_t rank)
{
    double assignments = 0;
    forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) {
        // A given rank's expected assignments; the busiest's in a random step.
        const double share = rank == kBusiestRank ? row.stepMaxShare() : row.shareOf(rank);
        assignments += layers * ctx.groupTokens * static_cast<double>(ctx.model.topK) * share;
    });
    return assignments;
}

double modelFlopsPerStep(const Context& ctx)
{
    const double tokens = static_cast<double>(ctx.profile.workload.batch) * ctx.queryTokens;
    double perToken = ctx.arch.forwardFlopsPerToken(ctx.model, ctx.context);
    // Assignments over expert capacity are dropped: their expert FLOPs never happen.
    if (!ctx.loads.empty()) {
        const std::int64_t moeLayers = ctx.model.moeLayers();
        const double expertFlopsPerLayer = static_cast<double>(ctx.model.topK) * ctx.arch.expertFlops;
        if (ctx.loads.sharedByAllLayers()) {
            perToken -= static_cast<double>(moeLayers) * ctx.loads.row(0).droppedShare() * expertFlopsPerLayer;
        } else {
            for (std::int64_t i = 0; i < moeLayers; ++i) {
                perToken -= ctx.loads.row(i).droppedShare() * expertFlopsPerLayer;
            }
        }
    }
    return tokens * perToken * (ctx.training ? 3.0 : 1.0);
}

} // namespace moe::detail
