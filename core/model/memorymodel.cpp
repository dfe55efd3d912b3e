// Memory per GPU; docs/model.md, "Memory", gives every term and its source.

#include <algorithm>

#include "model/costmodel.h"

namespace moe::detail {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// Bytes stored per token by a FFN's intermediate at 2-byte activations: the plain
// FFN keeps the first GEMM's output and the GeLU output (2 x 2f), a gated FFN the
// 2f-wide gate/up output and the f-wide product (4f + 2f). The GeLU output or the
// product is the second GEMM's input, kept at `gemmInput` of its size (cachedGemmInput).
double ffnIntermediateBytes(const Model& model, double ffnHidden, double gemmInput)
{
    return ((model.gatedFfn ? 4.0 : 2.0) + 2.0 * gemmInput) * ffnHidden;
}

// What a GEMM's input kept for the weight gradient costs against the activations'
// bytes: FP8 training keeps the quantised copy the GEMM used, not the 2-byte input
// (Transformer Engine's Linear saves its column-wise FP8 input for the weight
// gradient; DeepSeek-V3 report section 3.3.3 caches its activations in FP8), so at
// 2-byte activations half, with the block recipes' scales beside it; 1 otherwise.
double cachedGemmInput(const Context& ctx)
{
    const double e = ctx.model.activationBytes;
    const double quantised = bytesOf(ctx.model.precision.gemm);
    return ctx.training && quantised < e ? (quantised + fp8ScaleBytes(ctx.model.precision.fp8Recipe)) / e : 1.0;
}

// Bytes per token the attention block keeps for its backward at 2-byte activations,
// split by TP, apart from the norm input, the projections' input and the dropout mask.
// GPT layers (Korthikanti et al. 2022, Table 2, with the score matrix apart): Q, K, V
// and the output projection's input, 8sbh/t. MLA keeps what Megatron-Core's
// MultiLatentAttention hands FlashAttention, at its own widths: Q and K of
// a x (d_nope + d_rope), V and the output of a x d_v, each 2 bytes an element, split by
// TP; and, whole on every TP rank (the down-projections are not split), the query's and
// the key-value latents before and after their norms (2 x 2 x (d_cq + d_c)). With
// "mla_up_proj" recomputed, Q, K and V are dropped and rebuilt from the latents.
double attentionTensorBytes(const Context& ctx, const Training& training)
{
    const Model& m = ctx.model;
    const double t = static_cast<double>(ctx.s.tp);
    const double tokens = ctx.tokensPerMicroBatch;
    // The output projection's input (and MLA's normed latents, the up-projections'
    // inputs) are GEMM inputs; Q, K and V are the attention core's.
    const double gemmInput = cachedGemmInput(ctx);
    if (!m.mla) {
        return (6.0 + 2.0 * gemmInput) * tokens * static_cast<double>(m.hidden) / t;
    }
    const Mla& mla = *m.mla;
    const double a = static_cast<double>(m.heads);
    const double qk = a * static_cast<double>(mla.qkNopeHeadDim + mla.qkRopeHeadDim);
    const double v = a * static_cast<double>(mla.vHeadDim);
    const bool upRecomputed = ctx.training && training.recomputes(RecomputeModule::MlaUpProjection);
    const double split = 2.0 * ((upRecomputed ? 0.0 : 2.0 * qk + v) + v * gemmInput) / t;
    const double latents = 2.0 * (1.0 + gemmInput) * static_cast<double>(mla.qLoraRank + mla.kvLoraRank);
    return tokens * (split + latents);
}

struct LayerActivations {
    double dense = 0;  // one dense layer
    double moe = 0;    // one MoE layer, summed over the stage's MoE layers
    std::string formula;
};

// Korthikanti et al. 2022 (arXiv 2205.05198), Table 2, per layer and micro-batch, in
// bytes at 2-byte activations: attention 11sbh + 5as^2b, FFN 19sbh, norms 4sbh, of
// which 10sbh (norm inputs, QKV and FFN inputs, dropout masks) stay whole under TP
// unless sequence parallelism splits them too. Selective recomputation drops 5as^2b;
// full recomputation keeps only the layer input, 2sbh. MoE layers replace the FFN's
// 16sbh/t by what the GPU's experts received.
double activationBytes(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace)
{
    const Model& m = ctx.model;
    const Workload& w = ctx.profile.workload;
    const double t = static_cast<double>(ctx.s.tp);
    const double h = static_cast<double>(m.hidden);
    const double sbh = ctx.tokensPerMicroBatch * h;
    // Inference keeps no activations for a backward pass; its working set is one
    // layer's forward activations with fused (flash) attention, so no score matrix.
    // The 1-byte mask terms of the formula are kept: a small overestimate.
    const bool sp = ctx.training && w.training.sequenceParallel;
    // FlashAttention keeps no score matrix (the kernel-level model, whose default it is);
    // version 1 profiles keep Korthikanti's 5as^2b.
    const bool flash = ctx.kernels && w.attentionKernel == AttentionKernel::Flash;
    const double whole = sp ? t : 1.0;
    const double scale = m.activationBytes / 2.0;

    if (ctx.training && w.training.recompute == Recompute::Full) {
        const double bytes = static_cast<double>(stage.layers) * 2.0 * sbh / whole * stage.inFlight * scale;
        if (trace) {
            trace->add("memory_bytes.activations", "layers_stage x 2sbh" + std::string(sp ? "/t" : "") + " x in-flight micro-batches x (activation bytes / 2)",
                       num(static_cast<double>(stage.layers)) + " x 2 x " + num(sbh) + (sp ? " / " + num(t) : "")
                           + " x " + num(stage.inFlight) + " x " + num(scale),
                       bytes, "bytes", "Korthikanti et al. 2022, Table 2 (full recomputation)");
        }
        return bytes;
    }

    const double a = static_cast<double>(m.heads);
    const Training& tr = w.training;
    const bool recomputeCore = ctx.training && tr.recomputes(RecomputeModule::CoreAttention);
    // Korthikanti's 5as^2b score matrix, unless FlashAttention never stores it or the
    // attention core is recomputed (selective's default).
    const bool keepScores = ctx.training && !flash && !recomputeCore;
    const double scores = keepScores ? 5.0 * a * ctx.tokensPerMicroBatch * ctx.context / t : 0.0;
    // A norm's output, the next GEMM's input (2sbh of the formula), is not kept when the
    // norms are recomputed ("layernorm", output-discarding in Megatron-Core).
    const double gemmInput = cachedGemmInput(ctx);
    const bool recomputeNorms = ctx.training && tr.recomputes(RecomputeModule::LayerNorm);
    const double normOutput = recomputeNorms ? 0.0 : 2.0 * gemmInput;
    // A module checkpointed whole (Megatron-Core's normal checkpointing: "mlp",
    // "shared_experts", "moe") saves its input as it came, at the activations' width,
    // where its first GEMM would have kept the quantised copy.
    const double checkpointInput = recomputeNorms ? 0.0 : 2.0;
    const double attention = (3.0 + normOutput) * sbh / whole + attentionTensorBytes(ctx, tr) + scores;
    const bool recomputeMlp = ctx.training && tr.recomputes(RecomputeModule::DenseMlp);
    const double denseLayer = attention + (3.0 + (recomputeMlp ? checkpointInput : normOutput)) * sbh / whole
        + (recomputeMlp ? 0.0 : ffnIntermediateBytes(m, static_cast<double>(m.denseHidden), gemmInput) * ctx.tokensPerMicroBatch / t);
    // MoE FFN: norm input and dropout mask at home (3sbh), the shared experts like a
    // TP-split FFN, and for every assignment this GPU's experts receive its input (2h)
    // and its intermediate split over ETP. Recomputing the shared experts keeps only
    // their input; recomputing the routed experts' activation drops its output (2f).
    // Recomputing the whole MoE layer ("moe", normal checkpointing) keeps only its input,
    // the norm's output at the activations' width, and nothing per assignment.
    const double shared = static_cast<double>(m.sharedExperts);
    const bool recomputeMoe = ctx.training && tr.recomputes(RecomputeModule::Moe);
    const bool recomputeShared = ctx.training && tr.recomputes(RecomputeModule::SharedExperts);
    const double moeHome = attention + 3.0 * sbh / whole
        + (recomputeMoe ? checkpointInput * sbh / whole
           : shared > 0
               ? (recomputeShared ? checkpointInput : normOutput) * sbh / whole
                   + (recomputeShared ? 0.0 : shared * ffnIntermediateBytes(m, static_cast<double>(m.expertHidden), gemmInput) * ctx.tokensPerMicroBatch / t)
               : 0.0);
    const double expertHidden = static_cast<double>(m.expertHidden);
    const double activationOutput = ctx.training && tr.recomputes(RecomputeModule::MoeActivation) ? 2.0 * expertHidden * gemmInput : 0.0;
    const double perAssignment = recomputeMoe
        ? 0.0
        : 2.0 * h * gemmInput + (ffnIntermediateBytes(m, expertHidden, gemmInput) - activationOutput) / static_cast<double>(ctx.s.etp);
    const double assignments = assignmentsOf(ctx, stage, rank);

    double bytes = 0;
    if (ctx.training) {
        bytes = (static_cast<double>(stage.denseLayers) * denseLayer + static_cast<double>(stage.moeLayers) * moeHome
                 + assignments * perAssignment)
            * stage.inFlight * scale;
    } else {
        const double moeLayer = stage.moeLayers > 0 ? moeHome + assignments / static_cast<double>(stage.moeLayers) * perAssignment : 0.0;
        bytes = std::max(stage.denseLayers > 0 ? denseLayer : 0.0, moeLayer) * scale;
    }
    if (trace) {
        trace->add("memory_bytes.activations",
                   ctx.training ? "(dense layers x [sbh(10 + 24/t) + 5as^2b/t] + MoE layers x home part + expert "
                                  "assignments x (2h + intermediate / ETP)) x in-flight micro-batches x (activation "
                                  "bytes / 2); with sequence parallelism the 10sbh term is divided by t; with FP8 "
                                  "GEMMs each GEMM's input is kept at 1 byte, plus its scales under a block recipe; recomputing "
                                  "\"moe\" keeps only each MoE layer's input"
                                : "one layer's forward working set (no score matrix, no dropout) x (activation bytes / 2)",
                   "sbh = " + num(sbh) + ", t = " + num(t) + ", a = " + num(a) + ", s = " + num(ctx.context)
                       + ", dense layer " + num(denseLayer) + " B, MoE home " + num(moeHome) + " B, "
                       + num(assignments) + " assignments x " + num(perAssignment) + " B, in flight "
                       + num(stage.inFlight),
                   bytes, "bytes", "Korthikanti et al. 2022, Table 2");
    }
    return bytes;
}

} // namespace

MemoryBreakdown memoryOf(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace)
{
    const Model& m = ctx.model;
    const Architecture& a = ctx.arch;
    const ParamsOnGpu params = paramsOn(ctx, stage, rank);
    const double wb = m.weightBytes;
    MemoryBreakdown mem;
    mem.attentionWeights = params.attention * wb;
    mem.expertWeights = (params.routedExperts + params.sharedExperts) * wb;
    mem.denseWeights = params.dense * wb;
    mem.embedding = params.embedding * wb;
    const double totalParams = params.total();
    if (ctx.training) {
        // Mixed-precision Adam: fp32 master weights and two moments, 12 bytes per
        // parameter (8 with bf16 moments); ZeRO-1 shards them over DP (experts over
        // EDP). Gradients are kept at the weight precision.
        const bool sharded = ctx.profile.workload.training.distributedOptimizer;
        const double denseShards = sharded ? static_cast<double>(ctx.s.dp) : 1.0;
        const double expertShards = sharded ? static_cast<double>(ctx.s.edp()) : 1.0;
        mem.gradients = totalParams * wb;
        mem.optimizer = optimizerBytesPerParam(ctx.profile.workload.training)
            * ((totalParams - params.routedExperts) / denseShards + params.routedExperts / expertShards);
    }
    mem.activations = activationBytes(ctx, stage, rank, trace);
    if (!ctx.training) {
        mem.kvCache = ctx.seqsPerReplica * ctx.context * a.kvElementsPerToken * m.kvBytes
            * static_cast<double>(stage.layers) / a.kvHeadsSplitBy(ctx.s.tp);
    }
    if (stage.moeLayers > 0 && ctx.groupSize > 1) {
        // One layer's dispatch send and receive buffers, reused by every layer.
        const double tokenBytes = static_cast<double>(m.hidden) * m.activationBytes;
        double receive = 0;
        forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double) {
            receive = std::max(receive, ctx.groupTokens * static_cast<double>(m.topK) * shareFor(row, rank) * tokenBytes);
        });
        mem.commBuffers = ctx.dispatchTokens * static_cast<double>(m.topK * ctx.s.etp) * tokenBytes + receive;
    }
    mem.reserve = ctx.profile.cluster.reserveGiB * kGiB;

    if (trace) {
        const double tp = static_cast<double>(ctx.s.tp);
        trace->add("memory_bytes.attention_weights", "layers_stage x (attention params / TP + norm params) x weight bytes",
                   num(static_cast<double>(stage.layers)) + " x (" + num(a.attentionParams) + " / " + num(tp) + " + "
                       + num(a.normParamsPerLayer) + ") x " + num(wb),
                   mem.attentionWeights, "bytes");
        // std::string("(") rather than "(": GCC 12 at -O3 inlines `"(" + std::string&&` into an
        // insert that it wrongly reports as an overlapping memcpy (-Wrestrict, GCC bug 105651).
        trace->add("memory_bytes.expert_weights",
                   "(expert slots x expert params / ETP + MoE layers x (shared experts x expert params / TP + router "
                   "params)) x weight bytes",
                   std::string("(") + num(static_cast<double>(expertSlotsOf(ctx, stage, rank))) + " x " + num(a.expertParams) + " / "
                       + num(static_cast<double>(ctx.s.etp)) + " + " + num(static_cast<double>(stage.moeLayers)) + " x ("
                       + num(static_cast<double>(m.sharedExperts)) + " x " + num(a.expertParams) + " / " + num(tp) + " + "
                       + num(a.routerParams) + ")) x " + num(wb),
                   mem.expertWeights, "bytes");
        trace->add("memory_bytes.dense_weights", "dense layers_stage x dense FFN params / TP x weight bytes",
                   num(static_cast<double>(stage.denseLayers)) + " x " + num(a.denseFfnParams) + " / " + num(tp) + " x "
                       + num(wb),
                   mem.denseWeights, "bytes");
        trace->add("memory_bytes.embedding", "(embedding on the first stage, LM head on the last) / TP x weight bytes",
                   num(params.embedding) + " params x " + num(wb), mem.embedding, "bytes");
        trace->add("memory_bytes.gradients", "params on the GPU x weight bytes (training only)",
                   num(totalParams) + " x " + num(ctx.training ? wb : 0.0), mem.gradients, "bytes");
        trace->add("memory_bytes.optimizer",
                   "(4 + 2 x moment bytes) x (dense params / (DP if distributed optimizer) + expert params / (EDP if "
                   "distributed))",
                   "(4 + 2 x " + num(bytesOf(ctx.profile.workload.training.adamMoments)) + ") x ("
                       + num(totalParams - params.routedExperts) + " + " + num(params.routedExperts) + ") with sharding "
                       + (ctx.profile.workload.training.distributedOptimizer ? "on" : "off"),
                   mem.optimizer, "bytes", "Adam in mixed precision (Rajbhandari et al., ZeRO)");
        trace->add("memory_bytes.kv_cache",
                   "sequences per replica x context x KV elements per token per layer x KV bytes x layers_stage / TP share",
                   num(ctx.training ? 0.0 : ctx.seqsPerReplica) + " x " + num(ctx.context) + " x " + num(a.kvElementsPerToken)
                       + " x " + num(m.kvBytes) + " x " + num(static_cast<double>(stage.layers)) + " / "
                       + num(a.kvHeadsSplitBy(ctx.s.tp)),
                   mem.kvCache, "bytes", "DeepSeek-V2 (arXiv 2405.04434), Table 1");
        trace->add("memory_bytes.comm_buffers", "dispatch send buffer + receive buffer of one MoE layer",
                   num(ctx.dispatchTokens) + " tokens x k x ETP x hidden x bytes + received assignments", mem.commBuffers,
                   "bytes");
        trace->add("memory_bytes.reserve", "reserve_gib x 2^30", num(ctx.profile.cluster.reserveGiB) + " x 2^30",
                   mem.reserve, "bytes");
    }
    return mem;
}

} // namespace moe::detail
