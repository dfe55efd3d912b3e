// Writing profiles: the document read is the starting point, so keys this version
// does not know survive; every known key is written with its current value.

#include <algorithm>
#include <tuple>
#include <utility>

#include "profile/jsonlayout.h"
#include "profile/jsonreader.h"
#include "profile/models.h"
#include "profile/profileio.h"
#include "profile/systems.h"

namespace moe {

namespace {

using nlohmann::json;

json& child(json& parent, const char* key)
{
    json& node = parent[key];
    if (!node.is_object()) {
        node = json::object();
    }
    return node;
}

void setOptional(json& object, const char* key, const auto& value)
{
    if (value) {
        object[key] = *value;
    } else {
        object.erase(key);
    }
}

void writeStrategy(json& out, const Strategy& s)
{
    out["tp"] = s.tp;
    out["pp"] = s.pp;
    out["dp"] = s.dp;
    out["ep"] = s.ep;
    out["etp"] = s.etp;
    out["placement"] = toString(s.placement);
    out["redundant_experts"] = s.redundantExperts;
    if (s.placement == PlacementPolicy::Manual) {
        out["expert_slots"] = s.expertSlots;
    } else {
        out.erase("expert_slots");
    }
}

// Sets out[key] = value, except that with a system a key the file did not have and
// whose value is the system's own stays out: the file keeps following the library.
template <typename T>
void setUnlessSystemDefault(json& out, const char* key, const T& value, const T& systemValue, bool withSystem)
{
    if (!withSystem || out.contains(key) || value != systemValue) {
        out[key] = value;
    }
}

void writePeak(json& gpu, const Gpu& g, const Gpu& systemGpu, bool withSystem)
{
    const bool byType = std::any_of(g.peakByType.begin(), g.peakByType.end(), [](double v) { return v > 0; });
    if (!byType) {
        gpu["peak_tflops"] = g.peakTflops;
        return;
    }
    if (withSystem && !gpu.contains("peak_tflops") && g.peakByType == systemGpu.peakByType) {
        return;
    }
    json peaks = json::object();
    for (std::size_t i = 0; i < kDataTypeCount; ++i) {
        if (g.peakByType[i] > 0) {
            peaks[toString(static_cast<DataType>(i))] = g.peakByType[i];
        }
    }
    gpu["peak_tflops"] = peaks;
}

// `scheduleOverlap`: workload.overlap is set, so the version 1 typed fraction must not be
// written (the loader refuses the two together).
void writeCluster(json& out, const Cluster& c, bool scheduleOverlap)
{
    const SystemSpec* system = c.system.empty() ? nullptr : findSystem(c.system);
    const Cluster defaults = system ? clusterFromSystem(*system, c.gpuCount) : Cluster{};
    const bool sys = system != nullptr;
    if (sys) {
        out["system"] = c.system;
    } else {
        out.erase("system");
    }
    out["gpu_count"] = c.gpuCount;
    setUnlessSystemDefault(out, "gpus_per_node", c.gpusPerNode, defaults.gpusPerNode, sys);
    if (c.scaleUpDomain > 0) {
        setUnlessSystemDefault(out, "scale_up_domain", c.scaleUpDomain, defaults.scaleUpDomain, sys);
    } else {
        out.erase("scale_up_domain");
    }
    const bool gpuWasThere = out.contains("gpu");
    json& gpu = child(out, "gpu");
    setUnlessSystemDefault(gpu, "name", c.gpu.name, defaults.gpu.name, sys);
    setUnlessSystemDefault(gpu, "memory_gib", c.gpu.memoryGiB, defaults.gpu.memoryGiB, sys);
    writePeak(gpu, c.gpu, defaults.gpu, sys);
    setUnlessSystemDefault(gpu, "hbm_gbps", c.gpu.hbmGBps, defaults.gpu.hbmGBps, sys);
    if (sys && !gpuWasThere && gpu.empty()) {
        out.erase("gpu");
    }
    for (auto [key, link, systemLink] : {std::tuple{"intra_node", &c.intraNode, &defaults.intraNode},
                                         std::tuple{"inter_node", &c.interNode, &defaults.interNode}}) {
        const bool wasThere = out.contains(key);
        json& l = child(out, key);
        setUnlessSystemDefault(l, "bandwidth_gbps", link->bandwidthGBps, systemLink->bandwidthGBps, sys);
        setUnlessSystemDefault(l, "latency_us", link->latencyUs, systemLink->latencyUs, sys);
        if (link->efficiency > 0) {
            setUnlessSystemDefault(l, "efficiency", link->efficiency, systemLink->efficiency, sys);
        }
        if (sys && !wasThere && l.empty()) {
            out.erase(key);
        }
    }
    if (sys) {
        out.erase("efficiency");
    } else {
        json& eff = child(out, "efficiency");
        eff["compute"] = c.efficiency.compute;
        eff["hbm"] = c.efficiency.hbm;
        eff["network"] = c.efficiency.network;
    }
    out["reserve_gib"] = c.reserveGiB;
    if (scheduleOverlap) {
        out.erase("overlap");
    } else if (!sys || out.contains("overlap") || c.overlap > 0) {
        out["overlap"] = c.overlap;
    }
}

// With a preset, a key the file did not have and whose value is the preset's stays
// out, as with cluster.system: the file keeps following the library.
void writeModel(json& out, const Model& m)
{
    const ModelSpec* preset = m.preset.empty() ? nullptr : findModel(m.preset);
    const bool pre = preset != nullptr;
    const Model base = pre ? modelFromPreset(*preset) : Model{};
    if (pre) {
        out["preset"] = m.preset;
    } else {
        out.erase("preset");
    }
    auto set = [&](const char* key, const auto& value, const auto& presetValue) {
        setUnlessSystemDefault(out, key, value, presetValue, pre);
    };
    set("layers", m.layers, base.layers);
    set("dense_layers", m.denseLayers, base.denseLayers);
    set("hidden", m.hidden, base.hidden);
    set("heads", m.heads, base.heads);
    set("kv_heads", m.kvHeads, base.kvHeads);
    set("head_dim", m.headDim, base.headDim);
    if (pre && m.mla == base.mla && !out.contains("attention")) {
        // the preset's attention
    } else if (m.mla) {
        json& a = child(out, "attention");
        a["kind"] = "mla";
        a["q_lora_rank"] = m.mla->qLoraRank;
        a["kv_lora_rank"] = m.mla->kvLoraRank;
        a["qk_nope_head_dim"] = m.mla->qkNopeHeadDim;
        a["qk_rope_head_dim"] = m.mla->qkRopeHeadDim;
        a["v_head_dim"] = m.mla->vHeadDim;
    } else if (pre) {
        out["attention"] = json{{"kind", "mha"}};  // replaces the preset's MLA
    } else {
        out.erase("attention");
    }
    set("experts", m.experts, base.experts);
    set("shared_experts", m.sharedExperts, base.sharedExperts);
    set("top_k", m.topK, base.topK);
    set("expert_hidden", m.expertHidden, base.expertHidden);
    set("dense_hidden", m.denseHidden, base.denseHidden);
    set("gated_ffn", m.gatedFfn, base.gatedFfn);
    set("vocab", m.vocab, base.vocab);
    set("tied_embeddings", m.tiedEmbeddings, base.tiedEmbeddings);
    set("biases", m.biases, base.biases);
    set("position_embeddings", m.positionEmbeddings, base.positionEmbeddings);
    set("weight_bytes", m.weightBytes, base.weightBytes);
    set("activation_bytes", m.activationBytes, base.activationBytes);
    set("kv_bytes", m.kvBytes, base.kvBytes);
    // The data types the reader derives when `precision` is absent (profileparse.cpp).
    Precision d = base.precision;
    if (!pre || out.contains("weight_bytes")) {
        d.gemm = dataTypeForBytes(m.weightBytes);
    }
    if (!pre || out.contains("activation_bytes")) {
        d.attention = d.dispatch = d.combine = dataTypeForBytes(m.activationBytes);
    }
    const Precision& p = m.precision;
    if (out.contains("precision") || p != d) {
        json& precision = child(out, "precision");
        precision["gemm"] = toString(p.gemm);
        precision["attention"] = toString(p.attention);
        precision["dispatch"] = toString(p.dispatch);
        precision["combine"] = toString(p.combine);
        // Megatron-Core's default recipe is not written unless the file had the key.
        if (p.fp8Recipe != Fp8Recipe::Delayed || precision.contains("fp8_recipe")) {
            precision["fp8_recipe"] = toString(p.fp8Recipe);
        }
    }
    // A preset's value is not repeated; without a preset, 0 (no groups) is not written.
    if (m.expertGroups != (pre ? base.expertGroups : 0)) {
        out["expert_groups"] = m.expertGroups;
    } else {
        out.erase("expert_groups");
    }
    if ((m.mtpLayers > 0 && (!pre || m.mtpLayers != base.mtpLayers)) || out.contains("mtp_layers")
        || (pre && m.mtpLayers != base.mtpLayers)) {
        out["mtp_layers"] = m.mtpLayers;
    }
}

void writeWorkload(json& out, const Workload& w)
{
    out["mode"] = toString(w.mode);
    out["batch"] = w.batch;
    out["seq_len"] = w.seqLen;
    out["micro_batches"] = w.microBatches;
    out["capacity_factor"] = w.capacityFactor;
    json& routing = child(out, "routing");
    switch (w.routing.kind) {
    case RoutingKind::Uniform:
        routing["kind"] = "uniform";
        routing.erase("s");
        routing.erase("loads");
        break;
    case RoutingKind::Zipf:
        routing["kind"] = "zipf";
        routing["s"] = w.routing.zipfS;
        routing.erase("loads");
        break;
    case RoutingKind::Measured:
        routing["kind"] = "measured";
        routing["loads"] = w.routing.loads;
        routing.erase("s");
        break;
    case RoutingKind::PowerLaw:
        routing["kind"] = "power_law";
        routing["alpha"] = w.routing.powerLawAlpha;
        routing.erase("s");
        routing.erase("loads");
        break;
    }
    if (w.routing.kind != RoutingKind::PowerLaw) {
        routing.erase("alpha");
    }
    json& training = child(out, "training");
    training["optimizer"] = "adam";
    training["recompute"] = toString(w.training.recompute);
    if (w.training.recomputeModules) {
        json modules = json::array();
        for (const RecomputeModule module : *w.training.recomputeModules) {
            modules.push_back(toString(module));
        }
        training["recompute_modules"] = std::move(modules);
    } else {
        training.erase("recompute_modules");
    }
    training["sequence_parallel"] = w.training.sequenceParallel;
    training["distributed_optimizer"] = w.training.distributedOptimizer;
    if (w.training.adamMoments != DataType::Fp32 || training.contains("adam_moments")) {
        training["adam_moments"] = toString(w.training.adamMoments);
    }
    if (w.pipeline.schedule != PipelineSchedule::OneFOneB || w.pipeline.virtualStages > 1 || !w.pipeline.layout.empty()
        || out.contains("pipeline")) {
        json& pipeline = child(out, "pipeline");
        pipeline["schedule"] = toString(w.pipeline.schedule);
        pipeline["virtual_stages"] = w.pipeline.virtualStages;
        if (w.pipeline.layout.empty()) {
            pipeline.erase("layout");
        } else {
            pipeline["layout"] = w.pipeline.layout;
        }
    }
    if (w.overlap) {
        json& overlap = child(out, "overlap");
        overlap["dp_grad"] = w.overlap->dpGrad;
        overlap["tp_comm"] = w.overlap->tpComm;
        overlap["ep_a2a"] = toString(w.overlap->expert);
        if (w.overlap->expertSms != kDefaultExpertCommSms) {
            overlap["ep_sms"] = w.overlap->expertSms;
        } else {
            overlap.erase("ep_sms");
        }
    } else {
        out.erase("overlap");
    }
    if (w.routing.maxNodesPerToken > 0) {
        routing["max_nodes_per_token"] = w.routing.maxNodesPerToken;
    } else {
        routing.erase("max_nodes_per_token");
    }
    if (w.dispatch != ExpertDispatch::AllToAll || out.contains("expert_dispatch")) {
        out["expert_dispatch"] = w.dispatch == ExpertDispatch::Hierarchical ? "hierarchical" : "all_to_all";
    }
    if (w.attentionKernel != AttentionKernel::Flash || out.contains("attention_kernel")) {
        out["attention_kernel"] = toString(w.attentionKernel);
    }
    if (w.speculative) {
        json& speculative = child(out, "speculative");
        speculative["draft_tokens"] = w.speculative->draftTokens;
        speculative["acceptance"] = w.speculative->acceptance;
    } else {
        out.erase("speculative");
    }
    if (w.serving) {
        json& serving = child(out, "serving");
        serving["isl"] = w.serving->inputTokens;
        serving["osl"] = w.serving->outputTokens;
        setOptional(serving, "ttft_ms", w.serving->ttftMs);
        setOptional(serving, "tpot_ms", w.serving->tpotMs);
        serving["disaggregated"] = w.serving->disaggregated;
        setOptional(serving, "chunk_tokens", w.serving->chunkTokens);
    } else {
        out.erase("serving");
    }
    if (w.prefixCacheHit > 0 || out.contains("prefix_cache_hit")) {
        out["prefix_cache_hit"] = w.prefixCacheHit;
    }
}

bool placedByVersion2Policy(const json& strategy)
{
    // EPLB and manual placement are version 2.
    return strategy.is_object()
        && (strategy.value("placement", json()) == "eplb" || strategy.value("placement", json()) == "manual");
}

// Version 2 only when a version 2 key is used, so version 1 files stay readable by
// older releases after a save.
bool usesVersion2(const json& document)
{
    const json& cluster = document.value("cluster", json::object());
    const json& model = document.value("model", json::object());
    const json& workload = document.value("workload", json::object());
    const json& gpu = cluster.value("gpu", json::object());
    auto linkEfficiency = [&](const char* key) {
        return cluster.contains(key) && cluster[key].is_object() && cluster[key].contains("efficiency");
    };
    return cluster.contains("system") || cluster.contains("scale_up_domain") || linkEfficiency("intra_node")
        || linkEfficiency("inter_node") || (gpu.contains("peak_tflops") && gpu["peak_tflops"].is_object())
        || model.contains("precision") || model.contains("mtp_layers") || model.contains("preset")
        || model.contains("expert_groups") || placedByVersion2Policy(document.value("strategy", json::object()))
        || placedByVersion2Policy(document.value("baseline", json::object())) || workload.contains("pipeline")
        || workload.contains("overlap") || workload.contains("attention_kernel") || workload.contains("expert_dispatch")
        || workload.contains("speculative") || workload.contains("prefix_cache_hit") || workload.contains("serving")
        || (workload.contains("training") && workload["training"].is_object()
            && workload["training"].contains("adam_moments"))
        || (workload.contains("routing") && workload["routing"].is_object()
            && (workload["routing"].contains("max_nodes_per_token")
                || workload["routing"].value("kind", json()) == "power_law"));
}

void eraseAt(json& document, const std::string& pointer)
{
    const json::json_pointer at(pointer);
    document.at(at.parent_pointer()).erase(at.back());
}

// Keys of `written` that `source` lacks, as JSON pointers; a whole new object is one key.
void collectNewKeys(const json& written, const json& source, const std::string& pointer, std::vector<std::string>& out)
{
    for (const auto& [key, value] : written.items()) {
        const std::string at = pointer + "/" + detail::pointerToken(key);
        const auto it = source.find(key);
        if (it == source.end()) {
            out.push_back(at);
        } else if (value.is_object() && it->is_object()) {
            collectNewKeys(value, *it, at, out);
        }
    }
}

// Values the file had and that did not change keep the file's own JSON (an integer
// stays an integer where the reader made it a double: 64, not 64.0).
void keepUnchangedValues(json& written, const json& source)
{
    for (auto& [key, value] : written.items()) {
        const auto it = source.find(key);
        if (it == source.end()) {
            continue;
        }
        if (value.is_object() && it->is_object()) {
            keepUnchangedValues(value, *it);
        } else if (value == *it) {
            value = *it;
        }
    }
}

// The profile as a comparison sees it: everything written, no file behind it.
json comparable(Profile p)
{
    p.workload.routing.loads.clear();  // compared apart: converting a 15 MB table is slow
    p.source.reset();
    p.sourceLayout.reset();
    return profileToJson(p);
}

// Whether `document` reads back as `p`. A file without a name is named after the
// file when read (profile-format.md), so its name stays out as the other defaults do.
bool readsAs(json document, const Profile& p, const json& expected)
{
    document["version"] = usesVersion2(document) ? 2 : 1;
    const LoadResult again = parseProfile(document.dump(), p.name);
    return again.ok() && again.profile->workload.routing.loads == p.workload.routing.loads
        && comparable(*again.profile) == expected;
}

// Tries `change` on all of `keys` at once, then (when that reads back differently and
// the profile is not huge) on each key alone, keeping what still reads back as `p`.
template <typename Change>
void settleKeys(json& out, const Profile& p, const std::vector<std::string>& keys, Change&& change)
{
    if (keys.empty()) {
        return;
    }
    const json expected = comparable(p);
    json all = out;
    for (const std::string& key : keys) {
        change(all, key);
    }
    if (readsAs(all, p, expected)) {
        out = std::move(all);
        return;
    }
    constexpr std::size_t kLargeDocument = 1u << 20;  // a re-read per key of a measured table would stall a save
    if (!p.workload.routing.loads.empty() && out.dump().size() > kLargeDocument) {
        return;
    }
    for (const std::string& key : keys) {
        json trial = out;
        change(trial, key);
        if (readsAs(trial, p, expected)) {
            out = std::move(trial);
        }
    }
}

// Drops the keys the writer added that the file did not have and that read back as
// the value they hold (a default such as constraints.max_memory_fraction 1.0), and
// puts back the keys the file had that the writer leaves out but that change nothing
// ("attention": {"kind": "mha"}, a key of a newer version inside a known object).
// An edit's keys read back differently without them, so they stay.
void keepToTheFile(json& out, const Profile& p)
{
    std::vector<std::string> added;
    collectNewKeys(out, *p.source, "", added);
    settleKeys(out, p, added, [](json& document, const std::string& key) { eraseAt(document, key); });
    std::vector<std::string> dropped;
    collectNewKeys(*p.source, out, "", dropped);
    // What profile-format.md says a save drops stays dropped: another routing kind's
    // table or exponent (a 15 MB table must not outlive a switch to uniform), and the
    // slot list of a placement that is no longer manual.
    std::erase_if(dropped, [](const std::string& key) {
        return key == "/workload/routing/loads" || key == "/workload/routing/s" || key == "/workload/routing/alpha"
            || key.ends_with("/expert_slots");
    });
    settleKeys(out, p, dropped, [&](json& document, const std::string& key) {
        const json::json_pointer at(key);
        json& parent = document[at.parent_pointer()];
        if (parent.is_object()) {
            parent[at.back()] = p.source->at(at);
        }
    });
}

} // namespace

json profileToJson(const Profile& p)
{
    json out = p.source && p.source->is_object() ? *p.source : json::object();
    out["format"] = "moe-explorer-profile";
    out["version"] = 1;
    out["name"] = p.name;
    out["notes"] = p.notes;
    writeCluster(child(out, "cluster"), p.cluster, p.workload.overlap.has_value());
    writeModel(child(out, "model"), p.model);
    writeWorkload(child(out, "workload"), p.workload);
    writeStrategy(child(out, "strategy"), p.strategy);
    json& constraints = child(out, "constraints");
    setOptional(constraints, "max_gpus", p.constraints.maxGpus);
    constraints["max_memory_fraction"] = p.constraints.maxMemoryFraction;
    setOptional(constraints, "max_latency_ms", p.constraints.maxLatencyMs);
    setOptional(constraints, "min_tokens_per_s", p.constraints.minTokensPerS);
    setOptional(constraints, "max_imbalance", p.constraints.maxImbalance);
    if (p.baseline) {
        writeStrategy(child(out, "baseline"), *p.baseline);
    } else {
        out.erase("baseline");
    }
    out["version"] = usesVersion2(out) ? 2 : 1;
    return out;
}

std::string serializeProfile(const Profile& profile)
{
    return profileToJson(profile).dump(2) + "\n";
}

std::string profileFileText(const Profile& profile)
{
    json out = profileToJson(profile);
    if (profile.source && profile.source->is_object()) {
        keepToTheFile(out, profile);
        keepUnchangedValues(out, *profile.source);
        out["version"] = usesVersion2(out) ? 2 : 1;
    }
    return writeJsonInLayout(out, profile.sourceLayout.get());
}

} // namespace moe
