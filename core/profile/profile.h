#pragma once

// The inputs of the cost model: what a profile file holds (see
// ../shared/spec/profile-format.md and docs/profile-format.md). Plain values; every
// default here is the documented default of the file format.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <memory>

#include <nlohmann/json.hpp>

namespace moe {

struct JsonLayout;

enum class Mode { Training, Prefill, Decode };
enum class Recompute { None, Selective, Full };
// Eplb: DeepSeek's published load balancer (core/model/eplb.h), version 2.
// Manual (version 2): the expert of every slot is listed in Strategy::expertSlots.
enum class PlacementPolicy { Contiguous, RoundRobin, Balanced, Eplb, Manual };
// PowerLaw: aiconfigurator's bounded power law (core/model/powerlaw.h), version 2.
enum class RoutingKind { Uniform, Zipf, Measured, PowerLaw };
// Data types a kind of work runs in (version 2, model.precision).
enum class DataType { Fp4, Fp8, Bf16, Fp16, Tf32, Fp32 };
inline constexpr std::size_t kDataTypeCount = 6;
enum class PipelineSchedule { OneFOneB, Interleaved, DualPipe };
enum class ExpertOverlap { None, OneFOneB, DualPipe, TwoBatch };
// How the attention core runs: FlashAttention (fused, causal blocks skipped) or the
// unfused kernels of Megatron-LM in 2022 (scores materialised, softmax and dropout
// as separate memory-bound kernels), as in Korthikanti et al.'s measurements.
enum class AttentionKernel { Flash, Unfused };

struct Link {
    double bandwidthGBps = 0;  // per GPU, 10^9 bytes/s
    double latencyUs = 0;      // one message's start-up cost (alpha)
    // Fraction of the bandwidth collectives reach on this link (measured bus
    // bandwidth over the datasheet's); 0: the cluster's flat network efficiency.
    double efficiency = 0;
};

// How a built-in system's kernels reach its peaks (docs/systems.md gives each value's
// source). Present only for profiles that name `cluster.system`; version 1 profiles
// keep the flat efficiencies.
struct KernelEfficiency {
    std::int64_t sms = 0;        // streaming multiprocessors (compute units)
    std::int64_t tileM = 128;    // the GEMM output tile one SM computes at a time
    std::int64_t tileN = 256;
    double gemm = 0.8;           // fraction of the BF16/FP16 peak a large GEMM reaches
    double gemmFp8 = 0;          // the same for FP8 and FP4 GEMMs; 0: as BF16
    double gemmHalfK = 64;       // K at which a GEMM's main loop runs at half speed: K / (K + this)
    // The same for FP8 GEMMs with fine-grained (block) scales, which Hopper promotes to
    // FP32 every 128 values of K; 0: as gemmHalfK.
    double gemmFp8BlockHalfK = 0;
    double attentionForward = 0.6;   // FlashAttention forward, fraction of peak
    double attentionBackward = 0.45;  // FlashAttention backward
    double hbm = 0.85;           // fraction of HBM bandwidth a streaming kernel reaches
    // Fraction of HBM bandwidth the element-wise kernels of a layer reach (norms,
    // activations, softmax, dropout): measured well below a plain copy.
    double elementwise = 0.46;
    double launchUs = 4;         // fixed cost of one kernel
    // Algorithm bandwidth (GB/s per GPU) the expert dispatch and combine kernels reach
    // inside the scale-up domain, as published for the EP libraries on this fabric;
    // 0: the NVLink rate (intra_node bandwidth x efficiency). Blackwell's NVLink 5
    // all-to-all runs well below its all-reduce rate (docs/systems.md).
    double a2aDispatchGBps = 0;     // BF16 payload
    double a2aDispatchFp8GBps = 0;  // FP8 payload, its quantisation included; 0: as BF16
    double a2aCombineGBps = 0;
};

struct Efficiency {
    double compute = 0.5;  // fraction of peak FLOP/s reached by large GEMMs
    double hbm = 0.8;      // fraction of HBM bandwidth reached
    double network = 0.8;  // fraction of link bandwidth reached by collectives
};

struct Gpu {
    std::string name;
    double memoryGiB = 0;
    double peakTflops = 0;  // dense peak at the compute dtype
    double hbmGBps = 0;
    // Dense peaks by data type (index: DataType); 0 where unknown. Version 1 files,
    // whose peak_tflops is one number, leave them all 0: every kind of work then runs
    // at peakTflops.
    std::array<double, kDataTypeCount> peakByType{};

    double peakFor(DataType type) const
    {
        const double peak = peakByType[static_cast<std::size_t>(type)];
        return peak > 0 ? peak : peakTflops;
    }
    // Sets the peak that `type` runs at, so that peakFor(type) returns it.
    void setPeak(DataType type, double tflops)
    {
        bool byType = false;
        for (double peak : peakByType) {
            byType = byType || peak > 0;
        }
        if (byType) {
            peakByType[static_cast<std::size_t>(type)] = tflops;
        }
        if (!byType || type == DataType::Bf16) {
            peakTflops = tflops;
        }
    }
};

struct Cluster {
    std::string system;  // a built-in system's id (version 2), or empty
    std::int64_t gpuCount = 0;
    std::int64_t gpusPerNode = 0;
    std::int64_t scaleUpDomain = 0;  // GPUs sharing the NVLink-class fabric; 0: gpusPerNode
    Gpu gpu;
    Link intraNode{0, 2};  // NVLink-class
    Link interNode{0, 5};  // NIC
    Efficiency efficiency;
    double reserveGiB = 0;
    double overlap = 0;  // fraction of communication hidden under compute (version 1)
    // The kernel-level time model's parameters; set when `system` is.
    std::optional<KernelEfficiency> kernels;

    std::int64_t domainSize() const { return scaleUpDomain > 0 ? scaleUpDomain : gpusPerNode; }
};

// Multi-head latent attention (DeepSeek-V2/V3).
struct Mla {
    std::int64_t qLoraRank = 0;  // 0: queries are projected directly from the hidden state
    std::int64_t kvLoraRank = 0;
    std::int64_t qkNopeHeadDim = 0;
    std::int64_t qkRopeHeadDim = 0;
    std::int64_t vHeadDim = 0;
    bool operator==(const Mla&) const = default;
};

// How FP8 GEMM inputs get their scales (Megatron-Core's `fp8_recipe`): from the amax
// history of earlier steps (delayed), from the tensor's own amax in a pass before the
// cast (tensorwise, Transformer Engine's Float8CurrentScaling), or per block inside
// the cast with the scales stored beside the data (blockwise: 1 x 128 fp32 scales,
// DeepSeek-V3's; mxfp8: one 1-byte scale per 32 values, Blackwell).
enum class Fp8Recipe { Delayed, Tensorwise, Blockwise, Mxfp8 };

struct Precision {
    DataType gemm = DataType::Bf16;
    DataType attention = DataType::Bf16;
    DataType dispatch = DataType::Bf16;
    DataType combine = DataType::Bf16;
    Fp8Recipe fp8Recipe = Fp8Recipe::Delayed;
    bool operator==(const Precision&) const = default;
};

struct Model {
    std::string preset;  // a built-in model's id (version 2, model.preset), or empty
    std::int64_t layers = 0;
    std::int64_t denseLayers = 0;  // the first `denseLayers` layers have no experts
    std::int64_t hidden = 0;
    std::int64_t heads = 0;
    std::int64_t kvHeads = 0;
    std::int64_t headDim = 0;  // hidden / heads unless given
    std::optional<Mla> mla;
    std::int64_t experts = 0;
    // Expert groups of group-limited routing (DeepSeek-V3: 8), used by EPLB's
    // hierarchical policy; 0 when the model has none (version 2).
    std::int64_t expertGroups = 0;
    std::int64_t sharedExperts = 0;
    std::int64_t topK = 0;
    std::int64_t expertHidden = 0;
    std::int64_t denseHidden = 0;
    bool gatedFfn = false;
    std::int64_t vocab = 0;
    bool tiedEmbeddings = false;
    // GPT-2/3 style layers: biases on every linear and LayerNorm (weight and bias);
    // otherwise bias-free linears and RMSNorm (Llama, Mixtral, DeepSeek).
    bool biases = false;
    std::int64_t positionEmbeddings = 0;  // learned absolute position table rows
    double weightBytes = 2;
    double activationBytes = 2;
    double kvBytes = 2;
    Precision precision;  // defaults follow weightBytes and activationBytes
    std::int64_t mtpLayers = 0;  // multi-token-prediction modules after the last layer

    std::int64_t moeLayers() const { return experts > 0 ? layers - denseLayers : 0; }
    bool isMoeLayer(std::int64_t layer) const { return experts > 0 && layer >= denseLayers; }
    bool operator==(const Model&) const = default;
};

struct Routing {
    RoutingKind kind = RoutingKind::Uniform;
    double zipfS = 1.0;
    double powerLawAlpha = 1.2;  // the exponent of power-law routing
    // One row for every MoE layer, or one row shared by all; each row has `experts` weights.
    std::vector<std::vector<double>> loads;
    // Node-limited routing (version 2): each token's experts lie on at most this many
    // scale-up domains (DeepSeek-V3: 4); 0 for no limit.
    std::int64_t maxNodesPerToken = 0;
};

// How tokens reach their experts' GPUs: Megatron's all-to-all sends every
// token-expert copy to its rank; DeepEP-style hierarchical dispatch sends one copy per
// destination domain over the NIC and fans out over NVLink there.
enum class ExpertDispatch { AllToAll, Hierarchical };

// A submodule Megatron-Core's selective recomputation can rerun (`recompute_modules`,
// megatron/core/transformer/transformer_config.py), version 2.
enum class RecomputeModule {
    CoreAttention,    // "core_attn": the attention core (Megatron's default)
    LayerNorm,        // "layernorm": each layer's two norms; their outputs are not kept
    MlaUpProjection,  // "mla_up_proj": MLA's query and key-value up-projections
    DenseMlp,         // "mlp": the FFN of the dense layers
    MoeActivation,    // "moe_act": the routed experts' activation function
    SharedExperts,    // "shared_experts": the shared experts of MoE layers
    Moe,              // "moe": the whole MoE layer, its all-to-all included
};

struct Training {
    Recompute recompute = Recompute::None;
    // The modules `selective` recomputes; unset: Megatron's default, the attention core.
    std::optional<std::vector<RecomputeModule>> recomputeModules;
    bool sequenceParallel = false;
    bool distributedOptimizer = false;
    // Adam's two moments: fp32, or bf16 as DeepSeek-V3 trained (report section 3.3.3)
    // and Megatron's precision-aware optimizer keeps them (exp_avg_dtype,
    // exp_avg_sq_dtype); the master weights stay fp32.
    DataType adamMoments = DataType::Fp32;

    // The modules selective recomputation reruns: the list, or Megatron's default.
    std::vector<RecomputeModule> selectiveModules() const;
    // Whether the backward pass reruns `module`'s forward (full recomputation reruns
    // everything, which callers handle on their own).
    bool recomputes(RecomputeModule module) const;
};

struct Pipeline {
    PipelineSchedule schedule = PipelineSchedule::OneFOneB;
    std::int64_t virtualStages = 1;  // model chunks per GPU (interleaved)
    // The layers of each stage (PP entries) or model chunk (PP x virtual stages,
    // chunk j on stage j mod PP, as Megatron assigns them); empty: an even split.
    std::vector<std::int64_t> layout;
};

// SMs the expert dispatch and combine kernels hold while hidden behind compute, unless a
// profile says otherwise: DeepSeek-V3's DualPipe gives communication 20 of the H800's
// 132 SMs (arXiv 2412.19437, section 3.2.2), and Megatron-Core's DeepEP dispatcher
// defaults to 20 (TransformerConfig.moe_deepep_num_sms).
inline constexpr std::int64_t kDefaultExpertCommSms = 20;

// What the software overlaps (version 2, workload.overlap); absent in version 1
// files, whose cluster.overlap fraction applies instead.
struct OverlapPolicy {
    bool dpGrad = true;
    bool tpComm = false;
    ExpertOverlap expert = ExpertOverlap::None;
    // workload.overlap.ep_sms: Megatron-Bridge's performance recipes give HybridEP 32
    // (scripts/performance/utils/overrides.py, moe_hybridep_num_sms).
    std::int64_t expertSms = kDefaultExpertCommSms;
};

// Speculative decoding (version 2, workload.speculative): each decode step verifies
// `draftTokens` drafted tokens per sequence besides the one it always produces; each
// draft is accepted with probability `acceptance` if the ones before it were.
struct Speculative {
    std::int64_t draftTokens = 1;
    double acceptance = 0;
    // Tokens a step emits per sequence: sum of acceptance^i for i = 0..drafts
    // (Leviathan et al. 2023, "Fast Inference from Transformers via Speculative
    // Decoding", eq. 1: (1 - a^(g+1)) / (1 - a)).
    double tokensPerStep() const;
    bool operator==(const Speculative&) const = default;
};

// What serving the profile plans for (version 2, workload.serving): the request shape
// and the latency targets of `moe-explorer-cli serve`, the Serving dock and the report.
struct ServingSpec {
    std::int64_t inputTokens = 0;   // isl
    std::int64_t outputTokens = 0;  // osl
    std::optional<double> ttftMs;
    std::optional<double> tpotMs;
    bool disaggregated = false;
    // Aggregated serving only (workload.serving.chunk_tokens): the computed prompt tokens a
    // DP replica prefills per step beside the decoding (chunked prefill, Sarathi-Serve);
    // none: each prompt whole, in one step. `serve --chunk-tokens N` overrides it.
    // (Initialised so that a ServingSpec written as its first five members stays complete.)
    std::optional<std::int64_t> chunkTokens = std::nullopt;
    bool operator==(const ServingSpec&) const = default;
};

struct Workload {
    Mode mode = Mode::Prefill;
    std::int64_t batch = 0;   // sequences per step, all data-parallel replicas together
    std::int64_t seqLen = 0;  // tokens per sequence; for decode, the context already cached
    std::int64_t microBatches = 1;
    double capacityFactor = 1.0;
    Routing routing;
    Training training;
    Pipeline pipeline;
    std::optional<OverlapPolicy> overlap;
    AttentionKernel attentionKernel = AttentionKernel::Flash;
    ExpertDispatch dispatch = ExpertDispatch::AllToAll;
    // Decode only: drafted tokens verified per step (MTP or a draft model).
    std::optional<Speculative> speculative;
    // Prefill only (version 2, workload.prefix_cache_hit): the share of each prompt
    // whose KV cache is already stored; those tokens are not computed but are attended to.
    double prefixCacheHit = 0;
    std::optional<ServingSpec> serving;
};

struct Strategy {
    std::int64_t tp = 1;
    std::int64_t pp = 1;
    std::int64_t dp = 1;
    std::int64_t ep = 1;
    std::int64_t etp = 1;
    PlacementPolicy placement = PlacementPolicy::Contiguous;
    std::int64_t redundantExperts = 0;
    // Manual placement only: the experts on each EP rank's slots, rank 0 first, the
    // same in every MoE layer (strategy.expert_slots, docs/profile-format.md).
    std::vector<std::vector<std::int64_t>> expertSlots{};

    std::int64_t gpusUsed() const { return tp * pp * dp; }
    // How many copies of each expert group exist inside one pipeline stage.
    std::int64_t edp() const { return tp * dp / (ep * etp); }
    bool operator==(const Strategy&) const = default;
};

struct Constraints {
    std::optional<std::int64_t> maxGpus;
    double maxMemoryFraction = 1.0;
    std::optional<double> maxLatencyMs;
    std::optional<double> minTokensPerS;
    std::optional<double> maxImbalance;
};

struct Profile {
    std::string name;
    std::string notes;
    Cluster cluster;
    Model model;
    Workload workload;
    Strategy strategy;
    Constraints constraints;
    std::optional<Strategy> baseline;
    // The document as read, so that keys this version does not know survive a save;
    // null for a profile made in memory. Shared, never changed in place: a profile is
    // copied at every edit (undo, evaluation off the GUI thread), and a 15 MB measured
    // routing table must not be copied with it.
    std::shared_ptr<const nlohmann::json> source;
    // How that file was laid out (key order, line breaks, number spellings), which a
    // save keeps so that a saved profile diffs cleanly (profile/jsonlayout.h); null
    // with `source`.
    std::shared_ptr<const JsonLayout> sourceLayout;
};

const char* toString(Mode mode);
const char* toString(Recompute recompute);
const char* toString(RecomputeModule module);
const char* toString(PlacementPolicy placement);
const char* toString(DataType type);
const char* toString(PipelineSchedule schedule);
const char* toString(ExpertOverlap overlap);
const char* toString(AttentionKernel kernel);
const char* toString(Fp8Recipe recipe);
std::optional<Mode> modeFromString(const std::string& text);
std::optional<DataType> dataTypeFromString(const std::string& text);
// The recipe toString names; nullopt for any other text.
std::optional<Fp8Recipe> fp8RecipeFromString(const std::string& text);
double bytesOf(DataType type);
// Bytes of scale stored per FP8 value and layout: 4 per 128 (blockwise), 1 per 32
// (mxfp8); 0 for the per-tensor recipes.
double fp8ScaleBytes(Fp8Recipe recipe);
// The version 1 default: 1 byte means fp8, otherwise bf16.
DataType dataTypeForBytes(double bytes);

} // namespace moe
