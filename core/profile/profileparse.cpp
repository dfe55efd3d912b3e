// Strict reading of profile documents; see profileio.h.

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <sstream>

#include "profile/duplicatekeys.h"
#include "profile/jsonlayout.h"
#include "profile/jsonreader.h"
#include "profile/models.h"
#include "profile/recomputemodules.h"
#include "profile/systems.h"
#include "profile/usersystems.h"
#include "profile/valuelimits.h"
#include "profile/profileio.h"

namespace moe {

using detail::fail;
using detail::ObjectReader;
using detail::ProfileException;
using detail::Range;
using detail::say;

namespace {

constexpr Range positive(double high)
{
    return Range{0, high, false};
}
constexpr Range atLeastOne(double high)
{
    return Range{1, high};
}
constexpr Range fraction{0, 1};
constexpr Range positiveFraction{0, 1, false};

// `peak_tflops` is one number (version 1: the peak at the GEMM data type) or an
// object of dense peaks by data type (version 2).
void readPeak(ObjectReader& gpu, Gpu& out, bool required)
{
    if (!gpu.has("peak_tflops")) {
        if (required) {
            out.peakTflops = gpu.number("peak_tflops", positive(limits::kMaxTflops));  // reports the missing key
        }
        return;
    }
    if (!gpu.raw("peak_tflops").is_object()) {
        out.peakTflops = gpu.number("peak_tflops", positive(limits::kMaxTflops));
        out.peakByType = {};
        return;
    }
    auto peaks = gpu.object("peak_tflops");
    bool any = false;
    for (std::size_t i = 0; i < kDataTypeCount; ++i) {
        const char* key = toString(static_cast<DataType>(i));
        if (auto value = peaks.optionalNumber(key, positive(limits::kMaxTflops))) {
            out.peakByType[i] = *value;
            any = true;
        }
    }
    if (!any && out.peakTflops <= 0) {
        fail(peaks.childPath("bf16"),
             say(MOE_TRANSLATE_NOOP("ProfileFile", "expected at least one dense peak by data type (fp4, fp8, bf16, fp16, tf32, fp32)")));
    }
    peaks.finish();
    // The version 1 figure: the BF16 peak, else the highest given.
    const double bf16 = out.peakByType[static_cast<std::size_t>(DataType::Bf16)];
    double highest = 0;
    for (double peak : out.peakByType) {
        highest = std::max(highest, peak);
    }
    out.peakTflops = bf16 > 0 ? bf16 : highest > 0 ? highest : out.peakTflops;
}

// With `system`, every key but gpu_count is optional and overrides the system's value.
Cluster readCluster(ObjectReader in)
{
    const SystemSpec* system = nullptr;
    if (in.has("system")) {
        const auto id = in.string("system", "");
        system = findSystem(id);
        if (!system) {
            fail(in.childPath("system"), unknownSystemPhrase(id));
        }
    }
    const std::int64_t gpuCount = in.integer("gpu_count", atLeastOne(limits::kMaxGpus));
    Cluster c = system ? clusterFromSystem(*system, gpuCount) : Cluster{};
    c.gpuCount = gpuCount;
    const Range perNode = atLeastOne(limits::kMaxGpusPerNode);
    c.gpusPerNode = system ? in.integer("gpus_per_node", perNode, c.gpusPerNode) : in.integer("gpus_per_node", perNode);
    if (in.has("scale_up_domain")) {
        c.scaleUpDomain = in.integer("scale_up_domain", atLeastOne(limits::kMaxGpus));
    } else if (!system) {
        c.scaleUpDomain = 0;
    }
    if (c.scaleUpDomain > 0 && c.scaleUpDomain % c.gpusPerNode != 0) {
        fail(in.childPath("scale_up_domain"), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a multiple of gpus_per_node (%1), got %2"),
                                                  {arg::integer(static_cast<double>(c.gpusPerNode)),
                                                   arg::integer(static_cast<double>(c.scaleUpDomain))}));
    }
    auto readGpu = [&](ObjectReader gpu) {
        const bool required = system == nullptr;
        c.gpu.name = gpu.string("name", required ? "GPU" : c.gpu.name);
        const Range memory = positive(limits::kMaxMemoryGiB);
        const Range bandwidth = positive(limits::kMaxGBps);
        c.gpu.memoryGiB = required ? gpu.number("memory_gib", memory) : gpu.number("memory_gib", memory, c.gpu.memoryGiB);
        readPeak(gpu, c.gpu, required);
        c.gpu.hbmGBps = required ? gpu.number("hbm_gbps", bandwidth) : gpu.number("hbm_gbps", bandwidth, c.gpu.hbmGBps);
        gpu.finish();
    };
    if (system) {
        if (auto gpu = in.optionalObject("gpu")) {
            readGpu(std::move(*gpu));
        }
    } else {
        readGpu(in.object("gpu"));
    }
    auto readLink = [&](const char* key, Link& link) {
        auto l = in.object(key);
        const Range bandwidth = positive(limits::kMaxGBps);
        link.bandwidthGBps = system ? l.number("bandwidth_gbps", bandwidth, link.bandwidthGBps)
                                    : l.number("bandwidth_gbps", bandwidth);
        link.latencyUs = l.number("latency_us", Range{0, limits::kMaxLatencyUs}, link.latencyUs);
        link.efficiency = l.number("efficiency", positiveFraction, link.efficiency);
        l.finish();
    };
    for (auto [key, link] : {std::pair{"intra_node", &c.intraNode}, std::pair{"inter_node", &c.interNode}}) {
        if (!system || in.has(key)) {
            readLink(key, *link);
        }
    }
    if (auto eff = in.optionalObject("efficiency")) {
        if (system) {
            fail(in.childPath("efficiency"), say(MOE_TRANSLATE_NOOP("ProfileFile", "the flat efficiencies are the version 1 model; with cluster.system the "
                                                                          "system's kernel efficiency model times every kernel. Remove one of them")));
        }
        c.efficiency.compute = eff->number("compute", positiveFraction, c.efficiency.compute);
        c.efficiency.hbm = eff->number("hbm", positiveFraction, c.efficiency.hbm);
        c.efficiency.network = eff->number("network", positiveFraction, c.efficiency.network);
        eff->finish();
    }
    c.reserveGiB = in.number("reserve_gib", Range{0, limits::kMaxMemoryGiB}, 0);
    if (c.reserveGiB >= c.gpu.memoryGiB) {
        fail(in.childPath("reserve_gib"), say(MOE_TRANSLATE_NOOP("ProfileFile", "the runtime reserve (%1 GiB) must be smaller than the GPU memory (%2 GiB)"),
                                              {detail::figureArg(c.reserveGiB), detail::figureArg(c.gpu.memoryGiB)}));
    }
    c.overlap = in.number("overlap", fraction, 0);
    in.finish();
    return c;
}

Mla readMla(ObjectReader in, std::int64_t hidden)
{
    Mla m;
    const Range dim = atLeastOne(limits::kMaxHidden);
    m.qLoraRank = in.integer("q_lora_rank", Range{0, static_cast<double>(limits::kMaxHidden)}, 0);
    m.kvLoraRank = in.integer("kv_lora_rank", dim);
    m.qkNopeHeadDim = in.integer("qk_nope_head_dim", dim);
    m.qkRopeHeadDim = in.integer("qk_rope_head_dim", Range{0, static_cast<double>(limits::kMaxHidden)}, 0);
    m.vHeadDim = in.integer("v_head_dim", dim);
    (void)hidden;
    in.finish();
    return m;
}

// With `preset`, every key is optional and overrides the library model's value; an
// `attention` object replaces the preset's attention as a whole.
Model readModel(ObjectReader in)
{
    const ModelSpec* preset = nullptr;
    if (in.has("preset")) {
        const auto id = in.string("preset", "");
        preset = findModel(id);
        if (!preset) {
            fail(in.childPath("preset"), say(MOE_TRANSLATE_NOOP("ProfileFile", "unknown model preset \"%1\"; the built-in models are %2"),
                                              {arg::name(id), arg::name(modelIds())}));
        }
    }
    const Model base = preset ? modelFromPreset(*preset) : Model{};
    // A required key without a preset; the preset's value otherwise.
    auto integer = [&](const char* key, Range range, std::int64_t presetValue) {
        return preset ? in.integer(key, range, presetValue) : in.integer(key, range);
    };
    Model m = base;
    m.layers = integer("layers", atLeastOne(limits::kMaxLayers), base.layers);
    m.denseLayers = in.integer("dense_layers", Range{0, static_cast<double>(m.layers)}, base.denseLayers);
    m.hidden = integer("hidden", atLeastOne(limits::kMaxHidden), base.hidden);
    m.heads = integer("heads", atLeastOne(limits::kMaxHeads), base.heads);
    m.kvHeads = in.integer("kv_heads", atLeastOne(static_cast<double>(m.heads)), preset ? base.kvHeads : m.heads);
    if (m.heads % m.kvHeads != 0) {
        fail(in.childPath("kv_heads"), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a divisor of heads (%1), got %2"),
                                           {arg::integer(static_cast<double>(m.heads)), arg::integer(static_cast<double>(m.kvHeads))}));
    }
    m.headDim = in.integer("head_dim", atLeastOne(limits::kMaxHidden), base.headDim);
    if (m.headDim == 0) {
        if (m.hidden % m.heads != 0 && !in.has("attention")) {
            fail(in.childPath("heads"), say(MOE_TRANSLATE_NOOP("ProfileFile", "hidden (%1) is not a multiple of heads (%2); give model.head_dim"),
                                            {arg::integer(static_cast<double>(m.hidden)), arg::integer(static_cast<double>(m.heads))}));
        }
        m.headDim = std::max<std::int64_t>(1, m.hidden / m.heads);
    }
    if (auto attention = in.optionalObject("attention")) {
        const auto kind = attention->choice("kind", {"mha", "mla"}, "mha");
        if (kind == "mla") {
            m.mla = readMla(std::move(*attention), m.hidden);
        } else {
            m.mla.reset();
            attention->finish();
        }
    }
    m.experts = integer("experts", Range{0, static_cast<double>(limits::kMaxExperts)}, base.experts);
    m.sharedExperts = in.integer("shared_experts", Range{0, static_cast<double>(limits::kMaxExperts)}, base.sharedExperts);
    const bool moe = m.experts > 0;
    const Range topK = moe ? Range{1, static_cast<double>(m.experts)} : Range{0, 0};
    // A preset's MoE model made dense ("experts": 0) drops its routing, as a file
    // without a preset must.
    m.topK = integer("top_k", topK, moe ? base.topK : 0);
    const Range expertHidden = moe ? atLeastOne(limits::kMaxFfnHidden) : Range{0, 0};
    m.expertHidden = integer("expert_hidden", expertHidden, moe ? base.expertHidden : 0);
    m.expertGroups = moe ? base.expertGroups : 0;
    if (in.has("expert_groups")) {
        m.expertGroups = in.integer("expert_groups", moe ? Range{1, static_cast<double>(m.experts)} : Range{0, 0});
    }
    if (moe && m.expertGroups > 0 && m.experts % m.expertGroups != 0) {
        fail(in.childPath("expert_groups"), say(MOE_TRANSLATE_NOOP("ProfileFile", "the experts (%1) must split into equal groups; %2 does not divide them"),
                                                {arg::integer(static_cast<double>(m.experts)),
                                                 arg::integer(static_cast<double>(m.expertGroups))}));
    }
    if (!moe && m.denseLayers != m.layers) {
        fail(in.childPath("dense_layers"), say(MOE_TRANSLATE_NOOP("ProfileFile", "a model without experts must have dense_layers equal to layers (%1), got %2"),
                                               {arg::integer(static_cast<double>(m.layers)),
                                                arg::integer(static_cast<double>(m.denseLayers))}));
    }
    if (moe && m.denseLayers == m.layers) {
        fail(in.childPath("dense_layers"), say(MOE_TRANSLATE_NOOP("ProfileFile", "every layer is dense, so experts must be 0; got dense_layers = layers = %1"),
                                               {arg::integer(static_cast<double>(m.layers))}));
    }
    m.denseHidden = in.integer("dense_hidden", Range{0, static_cast<double>(limits::kMaxFfnHidden)},
                               preset ? base.denseHidden : m.expertHidden);
    if (m.denseLayers > 0 && m.denseHidden == 0) {
        fail(in.childPath("dense_hidden"), say(MOE_TRANSLATE_NOOP("ProfileFile", "dense layers need a dense FFN size of at least 1")));
    }
    m.gatedFfn = in.boolean("gated_ffn", base.gatedFfn);
    m.vocab = in.integer("vocab", Range{0, static_cast<double>(limits::kMaxVocab)}, base.vocab);
    m.tiedEmbeddings = in.boolean("tied_embeddings", base.tiedEmbeddings);
    m.biases = in.boolean("biases", base.biases);
    m.positionEmbeddings
        = in.integer("position_embeddings", Range{0, static_cast<double>(limits::kMaxSeqLen)}, base.positionEmbeddings);
    const Range bytes = positive(limits::kMaxBytesPerElement);
    m.weightBytes = preset ? in.number("weight_bytes", bytes, base.weightBytes) : in.number("weight_bytes", bytes);
    m.activationBytes = in.number("activation_bytes", bytes, preset ? base.activationBytes : m.weightBytes);
    m.kvBytes = in.number("kv_bytes", bytes, preset ? base.kvBytes : m.activationBytes);
    // Data types follow the byte sizes, except a preset's own where its sizes stand.
    if (!preset || in.has("weight_bytes")) {
        m.precision.gemm = dataTypeForBytes(m.weightBytes);
    }
    if (!preset || in.has("activation_bytes")) {
        m.precision.attention = m.precision.dispatch = m.precision.combine = dataTypeForBytes(m.activationBytes);
    }
    if (auto precision = in.optionalObject("precision")) {
        auto read = [&](const char* key, DataType& type) {
            const auto name = precision->choice(key, {"fp4", "fp8", "bf16", "fp16", "tf32", "fp32"}, toString(type));
            type = *dataTypeFromString(name);
        };
        read("gemm", m.precision.gemm);
        read("attention", m.precision.attention);
        read("dispatch", m.precision.dispatch);
        read("combine", m.precision.combine);
        const auto recipe = precision->choice("fp8_recipe", {"delayed", "tensorwise", "blockwise", "mxfp8"},
                                              toString(m.precision.fp8Recipe));
        m.precision.fp8Recipe = *fp8RecipeFromString(recipe);
        precision->finish();
    }
    m.mtpLayers = in.integer("mtp_layers", Range{0, static_cast<double>(limits::kMaxLayers)}, base.mtpLayers);
    in.finish();
    return m;
}

Routing readRouting(ObjectReader in, const Model& model)
{
    Routing r;
    const auto kind = in.choice("kind", {"uniform", "zipf", "measured", "power_law"}, "uniform");
    if (kind == "zipf") {
        r.kind = RoutingKind::Zipf;
        r.zipfS = in.number("s", Range{0, 10}, 1.0);
    }
    if (kind == "power_law") {
        r.kind = RoutingKind::PowerLaw;
        r.powerLawAlpha = in.number("alpha", positive(10));
    } else {
        in.unused("alpha", "only used with power-law routing (kind \"power_law\"); ignored, and not written on a save");
    }
    if (in.has("max_nodes_per_token")) {
        r.maxNodesPerToken = in.integer("max_nodes_per_token", atLeastOne(limits::kMaxGpus));
    }
    if (kind != "measured") {
        in.unused("loads", "only used with measured routing (kind \"measured\"); ignored, and not written on a save");
    }
    if (kind != "zipf") {
        in.unused("s", "only used with Zipf routing (kind \"zipf\"); ignored, and not written on a save");
    }
    if (kind == "measured") {
        r.kind = RoutingKind::Measured;
        const auto& loads = in.raw("loads");
        const auto path = in.childPath("loads");
        if (!loads.is_array()) {
            fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an array of per-expert load rows, got %1"),
                           {arg::phrases({detail::describeValue(loads)})}));
        }
        const auto rows = static_cast<std::int64_t>(loads.size());
        if (rows != 1 && rows != model.moeLayers()) {
            fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected 1 row or one per MoE layer (%1), got %2"),
                           {arg::integer(static_cast<double>(model.moeLayers())), arg::integer(static_cast<double>(rows))}));
        }
        for (std::size_t i = 0; i < loads.size(); ++i) {
            const auto rowPath = path + "/" + std::to_string(i);
            const auto& row = loads[i];
            if (!row.is_array() || static_cast<std::int64_t>(row.size()) != model.experts) {
                const Phrase got = row.is_array() ? say(MOE_TRANSLATE_NOOP("ProfileFile", "%1 values"), {detail::countArg(row.size())})
                                                  : detail::describeValue(row);
                fail(rowPath, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an array of %1 expert loads, got %2"),
                                  {arg::integer(static_cast<double>(model.experts)), arg::phrases({got})}));
            }
            std::vector<double> weights;
            weights.reserve(row.size());
            double sum = 0;
            for (std::size_t e = 0; e < row.size(); ++e) {
                weights.push_back(detail::readNumber(row[e], rowPath + "/" + std::to_string(e), Range{0, 1e300}));
                sum += weights.back();
            }
            if (!(sum > 0)) {
                fail(rowPath, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected at least one positive load, got all zeros")));
            }
            r.loads.push_back(std::move(weights));
        }
    }
    in.finish();
    return r;
}

// workload.pipeline.layout: the layers of each stage or model chunk, adding up to the
// model's layers. Whether its length fits PP is the strategy's check
// (strategycheck.cpp), since PP changes with the strategy.
std::vector<std::int64_t> readLayout(const nlohmann::json& value, const std::string& path, const Model& model,
                                     std::int64_t virtualStages)
{
    if (!value.is_array() || value.empty()) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an array of layer counts, one per pipeline stage (or per model chunk), got %1"),
                       {arg::phrases({value.is_array() ? say(MOE_TRANSLATE_NOOP("ProfileFile", "an empty array"))
                                                       : detail::describeValue(value)})}));
    }
    if (static_cast<std::int64_t>(value.size()) > model.layers * virtualStages) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "lists %1 stages for %2 layers"),
                       {detail::countArg(value.size()), arg::integer(static_cast<double>(model.layers))}));
    }
    std::vector<std::int64_t> layout;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        layout.push_back(detail::readInteger(value[i], path + "/" + std::to_string(i), Range{0, static_cast<double>(model.layers)}));
        sum += layout.back();
    }
    if (sum != model.layers) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "the layers listed add up to %1, but the model has %2"),
                       {arg::integer(static_cast<double>(sum)), arg::integer(static_cast<double>(model.layers))}));
    }
    return layout;
}

Workload readWorkload(ObjectReader in, const Model& model)
{
    Workload w;
    const auto mode = in.raw("mode");
    const auto parsed = mode.is_string() ? modeFromString(mode.get<std::string>()) : std::nullopt;
    if (!parsed) {
        fail(in.childPath("mode"), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected one of %1, got %2"),
                                       {arg::name("\"training\", \"prefill\", \"decode\""), arg::phrases({detail::describeValue(mode)})}));
    }
    w.mode = *parsed;
    w.batch = in.integer("batch", atLeastOne(limits::kMaxBatch));
    w.seqLen = in.integer("seq_len", atLeastOne(limits::kMaxSeqLen));
    w.microBatches = in.integer("micro_batches", atLeastOne(limits::kMaxMicroBatches), 1);
    w.capacityFactor = in.number("capacity_factor", Range{1, limits::kMaxCapacityFactor}, 1.0);
    if (model.experts == 0 && in.has("routing")) {
        in.raw("routing");  // meaningless without experts; accepted and kept
    } else if (auto routing = in.optionalObject("routing")) {
        w.routing = readRouting(std::move(*routing), model);
    }
    if (auto training = in.optionalObject("training")) {
        training->choice("optimizer", {"adam"}, "adam");
        const auto recompute = training->choice("recompute", {"none", "selective", "full"}, "none");
        w.training.recompute = recompute == "full"        ? Recompute::Full
                             : recompute == "selective" ? Recompute::Selective
                                                        : Recompute::None;
        if (training->has("recompute_modules")) {
            w.training.recomputeModules = detail::readRecomputeModules(
                training->raw("recompute_modules"), training->childPath("recompute_modules"), model);
            if (w.training.recompute != Recompute::Selective) {
                training->unused("recompute_modules", "used only with recompute \"selective\"; kept for when it is");
            }
        }
        w.training.sequenceParallel = training->boolean("sequence_parallel", false);
        w.training.distributedOptimizer = training->boolean("distributed_optimizer", false);
        w.training.adamMoments
            = training->choice("adam_moments", {"fp32", "bf16"}, "fp32") == "bf16" ? DataType::Bf16 : DataType::Fp32;
        training->finish();
    }
    if (auto pipeline = in.optionalObject("pipeline")) {
        const auto schedule = pipeline->choice("schedule", {"1f1b", "interleaved", "dualpipe"}, "1f1b");
        w.pipeline.schedule = schedule == "interleaved" ? PipelineSchedule::Interleaved
                            : schedule == "dualpipe"    ? PipelineSchedule::DualPipe
                                                        : PipelineSchedule::OneFOneB;
        const Range chunks = atLeastOne(static_cast<double>(model.layers));
        w.pipeline.virtualStages = pipeline->integer("virtual_stages", chunks, 1);
        if (w.pipeline.virtualStages > 1 && w.pipeline.schedule != PipelineSchedule::Interleaved) {
            fail(pipeline->childPath("virtual_stages"), say(MOE_TRANSLATE_NOOP("ProfileFile", "virtual stages are chunks of the interleaved schedule; set "
                                                                                      "schedule to \"interleaved\" or virtual_stages to 1")));
        }
        if (pipeline->has("layout")) {
            w.pipeline.layout = readLayout(pipeline->raw("layout"), pipeline->childPath("layout"), model, w.pipeline.virtualStages);
        }
        pipeline->finish();
    }
    if (auto overlap = in.optionalObject("overlap")) {
        OverlapPolicy o;
        o.dpGrad = overlap->boolean("dp_grad", true);
        o.tpComm = overlap->boolean("tp_comm", false);
        const auto expert = overlap->choice("ep_a2a", {"none", "1f1b", "dualpipe", "two_batch"}, "none");
        o.expert = expert == "1f1b"      ? ExpertOverlap::OneFOneB
                 : expert == "dualpipe"  ? ExpertOverlap::DualPipe
                 : expert == "two_batch" ? ExpertOverlap::TwoBatch
                                         : ExpertOverlap::None;
        o.expertSms = overlap->integer("ep_sms", atLeastOne(limits::kMaxSmsPerGpu), kDefaultExpertCommSms);
        if (o.expert == ExpertOverlap::None) {
            overlap->unused("ep_sms", "used only when ep_a2a hides the all-to-all; kept for when it does");
        }
        overlap->finish();
        w.overlap = o;
    }
    const auto dispatch = in.choice("expert_dispatch", {"all_to_all", "hierarchical"}, "all_to_all");
    w.dispatch = dispatch == "hierarchical" ? ExpertDispatch::Hierarchical : ExpertDispatch::AllToAll;
    const auto attention = in.choice("attention_kernel", {"flash", "unfused"}, "flash");
    w.attentionKernel = attention == "unfused" ? AttentionKernel::Unfused : AttentionKernel::Flash;
    // Both are kept in every mode, so that switching the mode back restores them; the
    // model reads speculation only in decode and cache hits only in prefill.
    if (auto speculative = in.optionalObject("speculative")) {
        Speculative sp;
        sp.draftTokens = speculative->integer("draft_tokens", Range{1, 64});
        sp.acceptance = speculative->number("acceptance", fraction);
        speculative->finish();
        w.speculative = sp;
    }
    if (auto serving = in.optionalObject("serving")) {
        ServingSpec spec;
        const Range tokens = atLeastOne(limits::kMaxSeqLen);
        spec.inputTokens = serving->integer("isl", tokens);
        spec.outputTokens = serving->integer("osl", tokens);
        spec.ttftMs = serving->optionalNumber("ttft_ms", Range{0, 1e12, false});
        spec.tpotMs = serving->optionalNumber("tpot_ms", Range{0, 1e12, false});
        spec.disaggregated = serving->boolean("disaggregated", false);
        spec.chunkTokens = serving->optionalInteger("chunk_tokens", tokens);
        serving->finish();
        w.serving = spec;
    }
    w.prefixCacheHit = in.number("prefix_cache_hit", fraction, 0);
    if (static_cast<double>(w.seqLen) * (1 - w.prefixCacheHit) < 1) {
        fail(in.childPath("prefix_cache_hit"), say(MOE_TRANSLATE_NOOP("ProfileFile", "a prefill computes at least one token of each prompt; "
                                                                                  "%1 of %2 tokens leaves less than one"),
                                               {arg::phrases({detail::describeValue(in.raw("prefix_cache_hit"))}),
                                                arg::integer(static_cast<double>(w.seqLen))}));
    }
    in.finish();
    return w;
}

// strategy.expert_slots: one array of expert ids per EP rank. Ranges and counts
// against the model and EP are checked with the strategy (checkStrategy()), which
// also guards edits made in the window.
std::vector<std::vector<std::int64_t>> readExpertSlots(const nlohmann::json& slots, const std::string& path)
{
    if (!slots.is_array() || slots.empty()) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "placement \"manual\" needs an array with the experts of each EP rank, got %1"),
                       {arg::phrases({detail::describeValue(slots)})}));
    }
    std::vector<std::vector<std::int64_t>> ranks;
    ranks.reserve(slots.size());
    for (std::size_t r = 0; r < slots.size(); ++r) {
        const auto rankPath = path + "/" + std::to_string(r);
        if (!slots[r].is_array() || slots[r].empty()) {
            fail(rankPath, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an array of the expert ids on EP rank %1, got %2"),
                               {arg::name(std::to_string(r)), arg::phrases({detail::describeValue(slots[r])})}));
        }
        std::vector<std::int64_t> experts;
        experts.reserve(slots[r].size());
        for (std::size_t i = 0; i < slots[r].size(); ++i) {
            experts.push_back(detail::readInteger(slots[r][i], rankPath + "/" + std::to_string(i),
                                                  Range{0, static_cast<double>(limits::kMaxExperts)}));
        }
        ranks.push_back(std::move(experts));
    }
    return ranks;
}

Strategy readStrategy(ObjectReader in)
{
    Strategy s;
    const Range degree = atLeastOne(limits::kMaxGpus);
    s.tp = in.integer("tp", degree);
    s.pp = in.integer("pp", degree);
    s.dp = in.integer("dp", degree);
    s.ep = in.integer("ep", degree);
    s.etp = in.integer("etp", degree, 1);
    const auto placement =
        in.choice("placement", {"contiguous", "round_robin", "balanced", "eplb", "manual"}, "contiguous");
    s.placement = placement == "round_robin" ? PlacementPolicy::RoundRobin
                : placement == "balanced"    ? PlacementPolicy::Balanced
                : placement == "eplb"        ? PlacementPolicy::Eplb
                : placement == "manual"      ? PlacementPolicy::Manual
                                             : PlacementPolicy::Contiguous;
    s.redundantExperts = in.integer("redundant_experts", Range{0, static_cast<double>(limits::kMaxExperts)}, 0);
    if (s.placement == PlacementPolicy::Manual) {
        s.expertSlots = readExpertSlots(in.raw("expert_slots"), in.childPath("expert_slots"));
    } else {
        in.unused("expert_slots", "only used with placement \"manual\"; ignored, and not written on a save");
    }
    in.finish();
    return s;
}

Constraints readConstraints(ObjectReader in)
{
    Constraints c;
    c.maxGpus = in.optionalInteger("max_gpus", atLeastOne(limits::kMaxGpus));
    c.maxMemoryFraction = in.number("max_memory_fraction", positiveFraction, 1.0);
    c.maxLatencyMs = in.optionalNumber("max_latency_ms", Range{0, 1e12, false});
    c.minTokensPerS = in.optionalNumber("min_tokens_per_s", Range{0, 1e18});
    c.maxImbalance = in.optionalNumber("max_imbalance", Range{1, 1e6});
    in.finish();
    return c;
}

// Calls visit(i) for every byte of `text` outside JSON strings; visit returns how many
// further bytes it consumed. Both pre-parse scans share it, so they agree on strings.
template <typename Visit>
void scanOutsideStrings(std::string_view text, Visit&& visit)
{
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else {
            i += visit(i);
        }
    }
}

// Refuses nesting deeper than kMaxProfileDepth before the parser sees the text.
void checkDepth(std::string_view text)
{
    int depth = 0;
    scanOutsideStrings(text, [&](std::size_t i) -> std::size_t {
        const char c = text[i];
        if (c == '{' || c == '[') {
            if (++depth > kMaxProfileDepth) {
                fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "nesting deeper than %1 levels at byte %2; a profile needs only a few"),
                             {arg::integer(kMaxProfileDepth), arg::name(std::to_string(i))}));
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
        return 0;
    });
}

// "line 3, column 14": the numbers stay as they are (an editor's positions).
Phrase lineAndColumn(std::string_view text, std::size_t offset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return say(MOE_TRANSLATE_NOOP("ProfileFile", "line %1, column %2"), {arg::name(std::to_string(line)), arg::name(std::to_string(column))});
}

// Where the JSON number that overflows a double is (nlohmann's out_of_range 406 has no
// position), so the message can point at it like any other JSON error.
std::optional<std::size_t> overflowingNumber(std::string_view text, std::string& token)
{
    std::optional<std::size_t> found;
    scanOutsideStrings(text, [&](std::size_t i) -> std::size_t {
        const char c = text[i];
        if (found || !(c == '-' || (c >= '0' && c <= '9'))) {
            return 0;
        }
        const std::size_t end = text.find_first_not_of("0123456789+-.eE", i);
        token = std::string(text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        // strtod with the locale's decimal point, as nlohmann's lexer parses numbers,
        // so both agree on what overflows in any locale.
        std::string number = token;
        std::replace(number.begin(), number.end(), '.', *std::localeconv()->decimal_point);
        if (!std::isfinite(std::strtod(number.c_str(), nullptr))) {
            found = i;
            return text.size();  // stop scanning
        }
        return token.size() - 1;
    });
    return found;
}

nlohmann::json parseJson(std::string_view text)
{
    if (text.size() > kMaxProfileBytes) {
        fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "the file is larger than %1 bytes (16 MiB), the limit for a profile"),
                     {arg::name(std::to_string(kMaxProfileBytes))}));
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "the file is empty; expected a JSON object with \"format\": \"moe-explorer-profile\"")));
    }
    checkDepth(text);
    // UTF-16 (a byte-order mark, or a NUL beside the first character) is a common way
    // to save "text" on some systems; say so rather than point at a NUL byte.
    const bool bom16 = text.size() >= 2
        && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff'));
    if (bom16 || (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0'))) {
        fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "the file is UTF-16; a profile is UTF-8 text: save it as UTF-8")));
    }
    // nlohmann's lexer reads a NUL byte as the end of the input, so a document followed
    // by a NUL and anything else would parse as if the rest were not there.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "not valid JSON: a NUL byte at %1; a profile is UTF-8 text"),
                     {arg::phrases({lineAndColumn(text, nul)})}));
    }
    try {
        auto document = nlohmann::json::parse(text.begin(), text.end());
        // The parser keeps the last of two equal keys; a profile with two values for
        // one key is a mistake, so it is refused rather than guessed at.
        if (const auto duplicate = detail::findDuplicateKey(text)) {
            fail(duplicate->pointer, say(MOE_TRANSLATE_NOOP("ProfileFile", "the key appears twice in one object, first at %1 and again at %2; keep one of them"),
                                         {arg::phrases({lineAndColumn(text, duplicate->first)}),
                                          arg::phrases({lineAndColumn(text, duplicate->second)})}));
        }
        return document;
    } catch (const nlohmann::json::parse_error& e) {
        const bool truncated = e.byte >= text.size();
        // nlohmann's only word for text after a complete document (a pasted or partial
        // second object), which "not valid JSON" alone does not explain.
        const bool extra = std::string_view(e.what()).find("expected end of input") != std::string_view::npos;
        const PhraseArg at = arg::phrases({lineAndColumn(text, e.byte == 0 ? 0 : e.byte - 1)});
        fail("", truncated ? say(MOE_TRANSLATE_NOOP("ProfileFile", "not valid JSON (the text ends early; is the file truncated?) at %1"), {at})
                 : extra   ? say(MOE_TRANSLATE_NOOP("ProfileFile", "not valid JSON: extra text after the JSON object at %1"), {at})
                           : say(MOE_TRANSLATE_NOOP("ProfileFile", "not valid JSON at %1"), {at}));
    } catch (const nlohmann::json::out_of_range&) {
        // The only out_of_range the parser throws: a number beyond the range of a double.
        std::string token;
        const auto at = overflowingNumber(text, token);
        if (token.size() > 40) {
            token = token.substr(0, 40) + "...";
        }
        fail("", at ? say(MOE_TRANSLATE_NOOP("ProfileFile", "not valid JSON: the number %1 is too large for a double at %2"),
                          {arg::name(token), arg::phrases({lineAndColumn(text, *at)})})
                    : say(MOE_TRANSLATE_NOOP("ProfileFile", "not valid JSON: a number is too large for a double")));
    }
}

Profile readProfile(const nlohmann::json& document, const std::string& fallbackName, std::vector<std::string>& warnings)
{
    ObjectReader in(document, "", warnings);
    const auto& format = in.raw("format");
    if (!format.is_string() || format.get<std::string>() != "moe-explorer-profile") {
        fail("/format", say(MOE_TRANSLATE_NOOP("ProfileFile", "expected \"moe-explorer-profile\", got %1"),
                            {arg::phrases({detail::describeValue(format)})}));
    }
    const auto version = in.integer("version", Range{1, 1e9});
    if (version > kProfileFormatVersion) {
        fail("/version", say(MOE_TRANSLATE_NOOP("ProfileFile", "this file has format version %1; this program reads up to %2. Update MoE Explorer to open it"),
                             {arg::name(std::to_string(version)), arg::name(std::to_string(kProfileFormatVersion))}));
    }
    Profile p;
    p.name = in.string("name", fallbackName);
    p.notes = in.string("notes", "");
    p.cluster = readCluster(in.object("cluster"));
    p.model = readModel(in.object("model"));
    p.workload = readWorkload(in.object("workload"), p.model);
    // Only the kernel-level model counts SMs: without a system the key would be ignored
    // silently. (With nothing hidden, readWorkload has said so already.)
    const nlohmann::json& workloadJson = document.at("workload");
    if (!p.cluster.kernels && p.workload.overlap && p.workload.overlap->expert != ExpertOverlap::None
        && workloadJson.at("overlap").contains("ep_sms")) {
        warnings.push_back("/workload/overlap/ep_sms: used only with a cluster.system, whose kernel-level model counts "
                           "SMs; kept for when one is named");
    }
    if (p.workload.overlap && document.at("cluster").contains("overlap")) {
        fail("/cluster/overlap", say(MOE_TRANSLATE_NOOP("ProfileFile", "the typed overlap fraction is the version 1 model; workload.overlap derives what is "
                                                                    "hidden from the schedule. Remove one of them")));
    }
    p.strategy = readStrategy(in.object("strategy"));
    if (auto constraints = in.optionalObject("constraints")) {
        p.constraints = readConstraints(std::move(*constraints));
    }
    if (auto baseline = in.optionalObject("baseline")) {
        p.baseline = readStrategy(std::move(*baseline));
    }
    in.finish();
    if (auto error = checkStrategy(p, p.strategy)) {
        throw ProfileException{*error};
    }
    if (p.baseline) {
        if (auto error = checkStrategy(p, *p.baseline, "/baseline")) {
            // A baseline that cannot run this workload (the batch does not split over
            // its DP) is a state the window shows as "baseline: not evaluated" and saves;
            // it must open again. A baseline no system could run at all is refused.
            if (!error->path.starts_with("/workload")) {
                throw ProfileException{*error};
            }
            warnings.push_back("/baseline: cannot run this workload (" + error->toString()
                               + "); kept, and shown as not evaluated");
        }
    }
    p.source = std::make_shared<const nlohmann::json>(document);
    return p;
}

} // namespace

std::string ProfileError::toString() const
{
    return path.empty() ? message : path + ": " + message;
}

LoadResult parseProfile(std::string_view text, const std::string& fallbackName)
{
    LoadResult result;
    try {
        const auto document = parseJson(text);
        result.profile = readProfile(document, fallbackName, result.warnings);
        result.profile->sourceLayout = std::make_shared<const JsonLayout>(readJsonLayout(text));
    } catch (const ProfileException& e) {
        result.profile.reset();
        result.error = e.error;
        result.warnings.clear();
    } catch (const std::exception& e) {
        // nlohmann type errors cannot happen after the checks above; this keeps a
        // library surprise from becoming a crash.
        result.profile.reset();
        Phrase phrase = say(MOE_TRANSLATE_NOOP("ProfileFile", "could not read the profile: %1"), {arg::name(e.what())});
        std::string english = phrase.english();
        result.error = ProfileError{"", std::move(english), std::move(phrase)};
        result.warnings.clear();
    }
    return result;
}

} // namespace moe
