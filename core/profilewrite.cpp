// Writing profiles: the document read is the starting point, so keys this version
// does not know survive; every known key is written with its current value.

#include "profileio.h"

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
}

void writeCluster(json& out, const Cluster& c)
{
    out["gpu_count"] = c.gpuCount;
    out["gpus_per_node"] = c.gpusPerNode;
    json& gpu = child(out, "gpu");
    gpu["name"] = c.gpu.name;
    gpu["memory_gib"] = c.gpu.memoryGiB;
    gpu["peak_tflops"] = c.gpu.peakTflops;
    gpu["hbm_gbps"] = c.gpu.hbmGBps;
    for (auto [key, link] : {std::pair{"intra_node", &c.intraNode}, std::pair{"inter_node", &c.interNode}}) {
        json& l = child(out, key);
        l["bandwidth_gbps"] = link->bandwidthGBps;
        l["latency_us"] = link->latencyUs;
    }
    json& eff = child(out, "efficiency");
    eff["compute"] = c.efficiency.compute;
    eff["hbm"] = c.efficiency.hbm;
    eff["network"] = c.efficiency.network;
    out["reserve_gib"] = c.reserveGiB;
    out["overlap"] = c.overlap;
}

void writeModel(json& out, const Model& m)
{
    out["layers"] = m.layers;
    out["dense_layers"] = m.denseLayers;
    out["hidden"] = m.hidden;
    out["heads"] = m.heads;
    out["kv_heads"] = m.kvHeads;
    out["head_dim"] = m.headDim;
    if (m.mla) {
        json& a = child(out, "attention");
        a["kind"] = "mla";
        a["q_lora_rank"] = m.mla->qLoraRank;
        a["kv_lora_rank"] = m.mla->kvLoraRank;
        a["qk_nope_head_dim"] = m.mla->qkNopeHeadDim;
        a["qk_rope_head_dim"] = m.mla->qkRopeHeadDim;
        a["v_head_dim"] = m.mla->vHeadDim;
    } else {
        out.erase("attention");
    }
    out["experts"] = m.experts;
    out["shared_experts"] = m.sharedExperts;
    out["top_k"] = m.topK;
    out["expert_hidden"] = m.expertHidden;
    out["dense_hidden"] = m.denseHidden;
    out["gated_ffn"] = m.gatedFfn;
    out["vocab"] = m.vocab;
    out["tied_embeddings"] = m.tiedEmbeddings;
    out["biases"] = m.biases;
    out["position_embeddings"] = m.positionEmbeddings;
    out["weight_bytes"] = m.weightBytes;
    out["activation_bytes"] = m.activationBytes;
    out["kv_bytes"] = m.kvBytes;
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
    }
    json& training = child(out, "training");
    training["optimizer"] = "adam";
    training["recompute"] = toString(w.training.recompute);
    training["sequence_parallel"] = w.training.sequenceParallel;
    training["distributed_optimizer"] = w.training.distributedOptimizer;
}

} // namespace

json profileToJson(const Profile& p)
{
    json out = p.source.is_object() ? p.source : json::object();
    out["format"] = "moe-explorer-profile";
    out["version"] = kProfileFormatVersion;
    out["name"] = p.name;
    out["notes"] = p.notes;
    writeCluster(child(out, "cluster"), p.cluster);
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
    return out;
}

std::string serializeProfile(const Profile& profile)
{
    return profileToJson(profile).dump(2) + "\n";
}

} // namespace moe
