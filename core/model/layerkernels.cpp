// The kernel-level time model (profiles that name a system): each layer becomes the
// kernels Megatron-Core runs for it, each timed by the system's efficiency model
// (kerneltimer.h). docs/model.md, "Kernel-level time model", lists every kernel with
// its FLOPs and bytes.
//
// A block's time for one micro-batch is its forward, plus in training its backward
// (two GEMMs per forward GEMM: input and weight gradients; element-wise kernels read
// their input and the incoming gradient and write one gradient), plus what
// recomputation runs again: the whole forward under full recomputation; under
// selective recomputation the modules it names (Megatron-Core's `recompute_modules`):
// by default the attention core (nothing extra with FlashAttention, whose backward
// recomputes its scores anyway), and on request the layer norms, MLA's
// up-projections, the dense MLPs, the routed experts' activation, the shared experts
// or the whole MoE layer (its all-to-all too, costmodel.cpp).

#include <algorithm>
#include <optional>
#include <string>

#include "model/costmodel.h"
#include "model/kerneltimer.h"
#include "model/twobatchoverlap.h"

namespace moe::detail {

namespace {

// Transformer Engine's compute streams for the GEMMs of a GroupedLinear
// (num_compute_streams in common/util/multi_stream.cpp).
constexpr double kGroupedLinearStreams = 4;

// Forward, backward and recomputed seconds of a group of kernels.
struct Passes {
    double forward = 0;
    double backward = 0;
    double recompute = 0;  // extra forward work in the backward pass
    // Of the forward, the FP8 casts' column-wise layout: a forward that is recomputed
    // runs first without autograd, so it writes the row-wise layout only (Transformer
    // Engine asks for the column-wise one when backward_needs_input).
    double columnwise = 0;

    Passes& operator+=(const Passes& other)
    {
        forward += other.forward;
        backward += other.backward;
        recompute += other.recompute;
        columnwise += other.columnwise;
        return *this;
    }
    // This forward run again in the backward pass: the first run skips the
    // column-wise layout, the rerun writes it. A module recomputed inside another
    // (Megatron-Core nests the checkpoints: "shared_experts" or "moe_act" inside "moe")
    // reruns once more, its first rerun under the outer one's without autograd too.
    void recomputed()
    {
        recompute += forward;
        forward -= columnwise;
        columnwise = 0;
    }
    double total(bool training) const { return training ? forward + backward + recompute : forward; }
};

class LayerKernels {
public:
    explicit LayerKernels(const Context& ctx)
        : m_ctx(ctx)
        , m_timer(*ctx.kernels)
        , m_training(ctx.training)
        , m_full(ctx.training && ctx.profile.workload.training.recompute == Recompute::Full)
        , m_recomputeCore(ctx.training && ctx.profile.workload.training.recomputes(RecomputeModule::CoreAttention))
        , m_tp(static_cast<double>(ctx.s.tp))
        , m_tokens(ctx.tokensPerMicroBatch)
        // Sequence parallelism splits the norms, dropouts and residuals over TP.
        , m_elementTokens(ctx.training && ctx.profile.workload.training.sequenceParallel ? ctx.tokensPerMicroBatch / m_tp
                                                                                         : ctx.tokensPerMicroBatch)
        , m_e(ctx.model.activationBytes)
        , m_w(ctx.model.weightBytes)
        , m_gemmType(ctx.model.precision.gemm)
        , m_fp8Recipe(ctx.model.precision.fp8Recipe)
    {
    }

    // A linear layer: forward M x N x K, backward the input gradient (M x K x N) and
    // the weight gradient (K x N x M). FP8 adds a quantising pass over each input; in
    // training it writes both layouts, row-wise for this GEMM and column-wise for the
    // weight gradient's (Transformer Engine's Linear: input_quantizer.set_usage(rowwise=
    // True, columnwise=backward_needs_input), and the same for the output gradient),
    // each with its block scales under the blockwise and mxfp8 recipes. Current
    // scaling (tensorwise) first reads the input for its amax and computes the scale
    // in a kernel of its own (Transformer Engine's Float8CurrentScalingQuantizer::
    // quantize_impl: compute amax, compute scale, cast).
    // Megatron accumulates weight gradients into an fp32 buffer in the GEMM's
    // epilogue (gradient-accumulation fusion): 4 bytes read and 4 written per weight
    // and micro-batch, after the main loop, so they add to its time.
    Passes linear(double m, double n, double k, double groups = 1) const
    {
        Passes p;
        if (m <= 0 || n <= 0 || k <= 0 || groups <= 0) {
            return p;
        }
        // Megatron-Core trains the experts with Transformer Engine's GroupedLinear, which
        // runs one cuBLAS GEMM per expert on four streams and quantises each expert's
        // input with a cast of its own (multi_stream_cublas_gemm in
        // common/gemm/cublaslt_gemm.cu, num_compute_streams 4 in common/util/
        // multi_stream.cpp, split_quantize; TE v2.8 to v2.18). The serving engines run
        // one grouped kernel (DeepGEMM, fused-MoE kernels).
        const double streams = m_training && groups > 1 ? kGroupedLinearStreams : 0.0;
        const double casts = streams > 0 ? groups : 1.0;
        const bool block = m_fp8Recipe == Fp8Recipe::Blockwise;
        p.forward = m_timer.gemm({m, n, k, groups, streams, block}, m_gemmType, m_w, m_e);
        if (m_training) {
            p.backward = m_timer.gemm({m, k, n, groups, streams, block}, m_gemmType, m_w, m_e)
                + m_timer.gemm({k, n, m, groups, streams, block}, m_gemmType, m_e, m_e)
                + m_timer.accumulate(groups * k * n * 8);
        }
        if (bytesOf(m_gemmType) < m_e) {
            const double layout = bytesOf(m_gemmType) + fp8ScaleBytes(m_fp8Recipe);
            const double cast = (m_training ? 2 : 1) * layout + m_e;
            p.forward += quantise(groups * m * k, cast, casts);
            if (m_training) {
                // The same cast kernel writes it: its bytes at the streaming rate, no launch.
                p.columnwise = m_timer.accumulate(groups * m * k * layout);
                p.backward += quantise(groups * m * n, cast, casts);
            }
        }
        if (m_full) {
            p.recomputed();
        }
        return p;
    }

    // Casting `elements` values to FP8 in `tensors` casts (one per tensor),
    // `bytesPerElement` read and written by the casts; current scaling first reads each
    // tensor for its amax and computes its scale in a kernel of its own: three kernels
    // a tensor where the other recipes launch one.
    double quantise(double elements, double bytesPerElement, double tensors = 1) const
    {
        const bool current = m_fp8Recipe == Fp8Recipe::Tensorwise;
        const double amaxBytes = current ? elements * m_e : 0.0;
        const double kernelsPerTensor = current ? 3.0 : 1.0;
        return m_timer.accumulate(amaxBytes + elements * bytesPerElement) + tensors * kernelsPerTensor * m_timer.launch();
    }

    // An element-wise kernel over `elements` values: forward reads `inputs` and writes
    // `outputs` values (plus `maskBytes` per element), backward reads the inputs and
    // the gradient and writes the input gradients.
    Passes elementwise(double elements, double inputs, double outputs, double maskBytes = 0) const
    {
        Passes p;
        if (elements <= 0) {
            return p;
        }
        p.forward = m_timer.elementwise(elements * ((inputs + outputs) * m_e + maskBytes));
        if (m_training) {
            p.backward = m_timer.elementwise(elements * ((inputs + outputs + inputs) * m_e + maskBytes));
        }
        if (m_full) {
            p.recomputed();
        }
        return p;
    }

    Passes norm(double width) const { return elementwise(m_elementTokens * width, 1, 1); }

    // Whether selective recomputation reruns `module` (full recomputation reruns
    // everything already, kernel by kernel).
    bool recomputes(RecomputeModule module) const
    {
        return m_training && m_ctx.profile.workload.training.recomputes(module);
    }

    // `p` with its forward run again in the backward pass when `module` is recomputed.
    Passes again(Passes p, RecomputeModule module) const
    {
        if (recomputes(module)) {
            p.recomputed();
        }
        return p;
    }

    // A layer's input norm or pre-MLP norm (Megatron's "layernorm" module).
    Passes layerNorm() const { return again(norm(static_cast<double>(m_ctx.model.hidden)), RecomputeModule::LayerNorm); }

    // MLA's up-projections rerun forward ("mla_up_proj": the query's from its latent,
    // keys' and values' from theirs; RoPE's element-wise work is left out).
    double mlaUpProjectionRecompute() const
    {
        const std::optional<Mla>& mla = m_ctx.model.mla;
        if (!mla || !recomputes(RecomputeModule::MlaUpProjection)) {
            return 0;
        }
        const double heads = static_cast<double>(m_ctx.model.heads) / m_tp;
        const double qk = static_cast<double>(mla->qkNopeHeadDim + mla->qkRopeHeadDim);
        const double kv = static_cast<double>(mla->qkNopeHeadDim + mla->vHeadDim);
        const double query = mla->qLoraRank > 0 ? linear(m_tokens, heads * qk, static_cast<double>(mla->qLoraRank)).forward : 0.0;
        return query + linear(m_tokens, heads * kv, static_cast<double>(mla->kvLoraRank)).forward;
    }

    // After attention and after the FFN: GPT layers add bias, dropout (a 1-byte mask)
    // and the residual; bias-free layers only the residual.
    Passes residual() const
    {
        const double h = static_cast<double>(m_ctx.model.hidden);
        return m_ctx.model.biases ? elementwise(m_elementTokens * h, 2, 1, 1) : elementwise(m_elementTokens * h, 2, 1);
    }

    Passes attentionCore() const
    {
        const Model& model = m_ctx.model;
        const Architecture& a = m_ctx.arch;
        const double b = m_ctx.seqsPerMicroBatch;
        const double queries = m_ctx.queryTokens;
        const double keys = m_ctx.context;
        const double heads = static_cast<double>(model.heads) / m_tp;
        const DataType type = model.precision.attention;
        Passes p;
        const Workload& w = m_ctx.profile.workload;
        if (w.mode == Mode::Decode) {
            // A few queries per sequence (one, plus any drafted tokens) against the whole
            // cache: the kernel streams the KV cache once, and with many queries per
            // sequence (MLA's 128 heads share one latent, drafts multiply the queries)
            // its FLOPs can take longer than the stream.
            const double kv = b * keys * a.kvElementsPerToken * model.kvBytes / a.kvHeadsSplitBy(m_ctx.s.tp);
            const double flops = m_tokens * a.decodeScoreFlopsPerContextToken * keys / m_tp;
            p.forward = std::max(m_timer.stream(kv), m_timer.flashAttention(flops, type, false));
            return p;
        }
        const double flops = m_tokens * a.attentionScoreFlopsPerContextToken * keys / m_tp;
        if (w.attentionKernel == AttentionKernel::Flash) {
            // Causal: blocks above the diagonal are skipped, (s + 1) / 2s of the scores.
            // With a cached prefix of h x s tokens, the computed queries (the last
            // (1 - h) s) attend to (s (1 + h) + 1) / 2 keys on average.
            const double cached = w.mode == Mode::Prefill ? w.prefixCacheHit : 0.0;
            const double causal = (keys * (1 + cached) + 1) / (2 * keys);
            p.forward = m_timer.flashAttention(flops * causal, type, false);
            if (m_training) {
                // Five matrix products against the forward's two, scores recomputed.
                p.backward = m_timer.flashAttention(2.5 * flops * causal, type, true);
            }
            if (m_full) {
                p.recompute = p.forward;
            }
            return p;
        }
        // Megatron-LM 2022: Q K^T and attention x V as batched GEMMs over b x heads,
        // the scaled masked softmax and the dropout of the probabilities as kernels
        // over the b x heads x s x s scores.
        const double d = a.attentionScoreFlopsPerContextToken / (4 * static_cast<double>(model.heads));
        const double batch = b * heads;
        const double scores = batch * queries * keys;
        Passes core;
        const GemmShape qk{queries, keys, d, batch};
        const GemmShape av{queries, d, keys, batch};
        core.forward = m_timer.gemm(qk, type, m_e, m_e) + m_timer.gemm(av, type, m_e, m_e)
            + m_timer.elementwise(scores * 2 * m_e)        // softmax: read, write
            + m_timer.elementwise(scores * (2 * m_e + 1));  // dropout: read, write, mask
        if (m_training) {
            core.backward = 2 * m_timer.gemm(qk, type, m_e, m_e) + 2 * m_timer.gemm(av, type, m_e, m_e)
                + m_timer.elementwise(scores * 3 * m_e) + m_timer.elementwise(scores * (2 * m_e + 1));
        }
        if (m_full || m_recomputeCore) {
            core.recompute = core.forward;
        }
        return core;
    }

    // The attention's output width: heads x value head size.
    double attentionOutWidth() const
    {
        const Model& model = m_ctx.model;
        const double vDim = model.mla ? static_cast<double>(model.mla->vHeadDim) : static_cast<double>(model.headDim);
        return static_cast<double>(model.heads) * vDim;
    }

    // What runs before the attention core: the input norm and projections.
    Passes attentionPrepare() const
    {
        const double h = static_cast<double>(m_ctx.model.hidden);
        // The input projections as one GEMM from the hidden state (MLA's low-rank
        // chain is folded into it with the same FLOPs).
        const double inWidth = std::max(0.0, m_ctx.arch.attentionProjectionFlops / 2 - attentionOutWidth() * h) / h;
        Passes p = layerNorm();
        Passes projections = linear(m_tokens, inWidth / m_tp, h);
        projections.recompute += mlaUpProjectionRecompute();
        p += projections;
        return p;
    }

    // The attention core, the output projection and the residual.
    Passes attentionFinish() const
    {
        Passes p = attentionCore();
        p += linear(m_tokens, static_cast<double>(m_ctx.model.hidden), attentionOutWidth() / m_tp);
        p += residual();
        return p;
    }

    Passes attentionBlock() const
    {
        Passes p = attentionPrepare();
        p += attentionFinish();
        return p;
    }

    // A feed-forward network of `tokens` rows, intermediate `width` (split by `split`);
    // `recomputedActivation` reruns its activation function in the backward pass.
    Passes ffn(double tokens, double width, double split, double groups = 1, bool recomputedActivation = false) const
    {
        const double h = static_cast<double>(m_ctx.model.hidden);
        const bool gated = m_ctx.model.gatedFfn;
        const double inner = width / split;
        Passes p = linear(tokens, (gated ? 2 : 1) * inner, h, groups);
        Passes activation = gated ? elementwise(groups * tokens * inner, 2, 1) : elementwise(groups * tokens * inner, 1, 1);
        if (recomputedActivation) {
            activation.recompute = activation.forward;
        }
        p += activation;
        p += linear(tokens, h, inner, groups);
        return p;
    }

    Passes denseBlock() const
    {
        Passes p = layerNorm();
        p += again(ffn(m_tokens, static_cast<double>(m_ctx.model.denseHidden), m_tp), RecomputeModule::DenseMlp);
        p += residual();
        return p;
    }

    // An MTP module's projection of [norm(h); norm(embedding)] (2h) back to h.
    Passes mtpProjection() const
    {
        const double h = static_cast<double>(m_ctx.model.hidden);
        Passes p = norm(2 * h);
        p += linear(m_tokens, h / m_tp, 2 * h);
        return p;
    }

    Passes lmHead() const
    {
        const Model& model = m_ctx.model;
        const double h = static_cast<double>(model.hidden);
        const double vocab = static_cast<double>(model.vocab) / m_tp;
        Passes p = norm(h);
        p += linear(m_tokens, vocab, h);
        // Vocabulary-parallel cross-entropy in fp32: read the logits, write the
        // probabilities; backward writes the logits' gradient.
        p += elementwise(m_tokens * vocab * 2, 1, 1);
        return p;
    }

    // The MoE layer's work on this GPU apart from the routed experts: router,
    // top-k, permute and unpermute of its tokens, shared experts.
    Passes moeCommon() const
    {
        Passes p = moeRouting();
        p += sharedExperts();
        p += moeOutput();
        return p;
    }

    // Before the dispatch: the pre-MLP norm, the router, top-k and the permute.
    Passes moeRouting() const
    {
        const Model& model = m_ctx.model;
        const double h = static_cast<double>(model.hidden);
        const double tokens = m_ctx.dispatchTokens;
        Passes router = linear(tokens, static_cast<double>(model.experts), h);
        router += elementwise(tokens * static_cast<double>(model.experts) * 2, 1, 1);  // fp32 softmax and top-k
        router += elementwise(tokens * static_cast<double>(model.topK) * h, 1, 1);  // permute: gather each copy
        // The norm is the transformer layer's, outside the MoE layer "moe" reruns.
        Passes p = layerNorm();
        p += again(router, RecomputeModule::Moe);
        return p;
    }

    Passes sharedExperts() const
    {
        const Model& model = m_ctx.model;
        if (model.sharedExperts == 0) {
            return {};
        }
        return again(again(ffn(m_tokens, static_cast<double>(model.sharedExperts * model.expertHidden), m_tp),
                           RecomputeModule::SharedExperts),
                     RecomputeModule::Moe);
    }

    // After the combine: the unpermute with its weighted sum, and the residual.
    Passes moeOutput() const
    {
        const double h = static_cast<double>(m_ctx.model.hidden);
        Passes p = again(elementwise(m_ctx.dispatchTokens * static_cast<double>(m_ctx.model.topK) * h, 1, 1),
                         RecomputeModule::Moe);
        p += residual();
        return p;
    }

    // The routed experts of one EP rank: a grouped GEMM over its expert slots, each
    // with its share of the assignments.
    Passes routedExperts(double assignments, double slots) const
    {
        if (assignments <= 0 || slots <= 0) {
            return {};
        }
        return again(ffn(assignments / slots, static_cast<double>(m_ctx.model.expertHidden),
                         static_cast<double>(m_ctx.s.etp), slots, recomputes(RecomputeModule::MoeActivation)),
                     RecomputeModule::Moe);
    }

    bool training() const { return m_training; }

private:
    const Context& m_ctx;
    const KernelTimer& m_timer;
    bool m_training;
    bool m_full;
    bool m_recomputeCore;
    double m_tp;
    double m_tokens;
    double m_elementTokens;
    double m_e;
    double m_w;
    DataType m_gemmType;
    Fp8Recipe m_fp8Recipe;
};

std::string ms(double seconds)
{
    return num(seconds * 1e3) + " ms";
}

std::string passes(const Passes& p, bool training)
{
    return training ? "forward " + ms(p.forward) + " + backward " + ms(p.backward) + " + recompute " + ms(p.recompute)
                    : "forward " + ms(p.forward);
}

constexpr const char* kKernelSource = "kernel-level model: Megatron-Core's kernels per layer, timed by the "
                                      "system's efficiency model (docs/model.md, docs/systems.md)";

} // namespace

double kernelAttentionSeconds(const Context& ctx, const StageShape& stage, Trace* trace)
{
    const LayerKernels kernels(ctx);
    const Passes layer = kernels.attentionBlock();
    const double seconds = static_cast<double>(stage.layers) * layer.total(kernels.training());
    if (trace) {
        trace->add("time_s.attention_compute.per_micro_batch",
                   "layers_stage x (norm + QKV GEMM + attention core + output GEMM + residual), forward, backward "
                   "and recomputation",
                   num(static_cast<double>(stage.layers)) + " x (" + passes(layer, kernels.training()) + ")", seconds,
                   "s", kKernelSource);
    }
    return seconds;
}

double kernelDenseSeconds(const Context& ctx, const StageShape& stage, Trace* trace)
{
    const LayerKernels kernels(ctx);
    const Passes layer = kernels.denseBlock();
    const Passes head = stage.lmHead && ctx.model.vocab > 0 ? kernels.lmHead() : Passes{};
    const bool training = kernels.training();
    // Each MTP module projects its input and goes through the shared head again.
    const double mtp = static_cast<double>(stage.mtpLayers);
    const double seconds = static_cast<double>(stage.denseLayers) * layer.total(training)
        + (1 + mtp) * head.total(training) + mtp * kernels.mtpProjection().total(training);
    if (trace) {
        trace->add("time_s.dense_compute.per_micro_batch",
                   "dense layers_stage x (norm + FFN GEMMs + activation + residual) + (1 + MTP modules) x (LM head "
                   "and cross-entropy) + MTP modules x projection",
                   num(static_cast<double>(stage.denseLayers)) + " x (" + passes(layer, training) + ") + (1 + "
                       + num(mtp) + ") x head (" + passes(head, training) + ")",
                   seconds, "s", kKernelSource);
    }
    return seconds;
}

double kernelExpertSeconds(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace)
{
    const LayerKernels kernels(ctx);
    const bool training = kernels.training();
    const Passes common = kernels.moeCommon();
    const double k = static_cast<double>(ctx.model.topK);
    double seconds = 0;
    Passes lastRouted;
    // A decode step's grouped GEMM reads the weights of the experts it touches only:
    // few tokens leave some slots without one (docs/serving.md).
    const bool decode = ctx.profile.workload.mode == Mode::Decode;
    auto routedSeconds = [&](const ExpertRow& row, std::int64_t r) {
        const double assignments = ctx.groupTokens * k * row.stepShareOf(r);
        const double groups = decode ? row.activatedOf(r) : static_cast<double>(row.slotsOf(r));
        lastRouted = kernels.routedExperts(assignments, groups);
        return lastRouted.total(training);
    };
    forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) {
        const double routed = rankSeconds(row, rank, routedSeconds);
        seconds += layers * (routed + common.total(training));
    });
    if (trace) {
        trace->add("time_s.expert_compute.per_micro_batch",
                   "MoE layers_stage x (router, top-k, permute, unpermute, shared experts + grouped expert GEMMs of "
                   "the EP rank's slots, each with its share of the assignments; in training one GEMM and one cast "
                   "per slot, four at a time (Transformer Engine's GroupedLinear))",
                   num(static_cast<double>(stage.moeLayers)) + " x (common " + passes(common, training) + "; routed "
                       + passes(lastRouted, training) + ")",
                   seconds, "s", kKernelSource);
    }
    return seconds;
}

TwoBatchLayer kernelTwoBatchLayer(const Context& ctx, const StageShape& stage, std::int64_t rank, const AllToAllCost& a2a)
{
    TwoBatchLayer layer;
    if (stage.moeLayers == 0) {
        return layer;
    }
    const LayerKernels kernels(ctx);
    const double k = static_cast<double>(ctx.model.topK);
    const bool decode = ctx.profile.workload.mode == Mode::Decode;
    double routed = 0;
    auto routedSeconds = [&](const ExpertRow& row, std::int64_t r) {
        const double groups = decode ? row.activatedOf(r) : static_cast<double>(row.slotsOf(r));
        return kernels.routedExperts(ctx.groupTokens * k * row.stepShareOf(r), groups).forward;
    };
    forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) { routed += layers * rankSeconds(row, rank, routedSeconds); });
    const double moeLayers = static_cast<double>(stage.moeLayers);
    layer.output = kernels.moeOutput().forward;
    layer.prepare = kernels.attentionPrepare().forward;
    layer.core = kernels.attentionFinish().forward;
    layer.router = kernels.moeRouting().forward;
    layer.shared = kernels.sharedExperts().forward;
    layer.routed = routed / moeLayers;
    layer.dispatch = a2a.dispatch.seconds / moeLayers;
    layer.combine = a2a.combine.seconds / moeLayers;
    return layer;
}

double kernelOptimizerSeconds(const Context& ctx, const StageShape& stage, std::int64_t rank, Trace* trace)
{
    if (!ctx.training) {
        return 0;
    }
    const ParamsOnGpu params = paramsOn(ctx, stage, rank);
    const bool sharded = ctx.profile.workload.training.distributedOptimizer;
    const double expertShards = sharded ? static_cast<double>(ctx.s.edp()) : 1.0;
    const double denseShards = sharded ? static_cast<double>(ctx.s.dp) : 1.0;
    const double updated = (params.total() - params.routedExperts) / denseShards + params.routedExperts / expertShards;
    // Mixed-precision Adam per parameter: read the fp32 gradient and the state (master
    // weight and two moments), write the state back and the working copy (4 + 2 x state
    // + weight bytes), plus the gradient-norm pass (4) and zeroing the gradient buffer (4).
    const double bytesPerParam = 4 + 2 * optimizerBytesPerParam(ctx.profile.workload.training) + ctx.model.weightBytes + 4 + 4;
    const double seconds = ctx.kernels->stream(updated * bytesPerParam);
    if (trace) {
        trace->add("time_s.optimizer",
                   "parameters updated on the GPU x (fp32 gradient, master weight and moments read, written back, "
                   "working copy, gradient norm, zeroing) / (HBM x efficiency)",
                   num(updated) + " x " + num(bytesPerParam) + " B", seconds, "s", kKernelSource);
    }
    return seconds;
}

} // namespace moe::detail
