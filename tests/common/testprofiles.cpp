#include "testprofiles.h"

#include <cstdio>
#include <cstdlib>

#include "profile/builtins.h"
#include "profile/profileio.h"

namespace moe::test {

using nlohmann::json;

json denseGptJson(int layers, int hidden, int heads, int vocab, int seq)
{
    return json{
        {"format", "moe-explorer-profile"},
        {"version", 1},
        {"cluster",
         {{"gpu_count", 4096},
          {"gpus_per_node", 8},
          {"gpu", {{"memory_gib", 80}, {"peak_tflops", 312}, {"hbm_gbps", 2039}}},
          {"intra_node", {{"bandwidth_gbps", 300}, {"latency_us", 0}}},
          {"inter_node", {{"bandwidth_gbps", 25}, {"latency_us", 0}}},
          {"efficiency", {{"compute", 1.0}, {"hbm", 1.0}, {"network", 1.0}}}}},
        {"model",
         {{"layers", layers},
          {"dense_layers", layers},
          {"hidden", hidden},
          {"heads", heads},
          {"experts", 0},
          {"top_k", 0},
          {"expert_hidden", 0},
          {"dense_hidden", 4 * hidden},
          {"vocab", vocab},
          {"tied_embeddings", true},
          {"biases", true},
          {"position_embeddings", seq},
          {"weight_bytes", 2}}},
        {"workload", {{"mode", "training"}, {"batch", 1}, {"seq_len", seq}}},
        {"strategy", {{"tp", 1}, {"pp", 1}, {"dp", 1}, {"ep", 1}}},
    };
}

json smallMoeJson()
{
    return json{
        {"format", "moe-explorer-profile"},
        {"version", 1},
        {"cluster",
         {{"gpu_count", 8},
          {"gpus_per_node", 8},
          {"gpu", {{"memory_gib", 80}, {"peak_tflops", 1000}, {"hbm_gbps", 3000}}},
          {"intra_node", {{"bandwidth_gbps", 400}, {"latency_us", 0}}},
          {"inter_node", {{"bandwidth_gbps", 50}, {"latency_us", 0}}},
          {"efficiency", {{"compute", 1.0}, {"hbm", 1.0}, {"network", 1.0}}}}},
        {"model",
         {{"layers", 4},
          {"hidden", 1024},
          {"heads", 8},
          {"experts", 16},
          {"top_k", 2},
          {"expert_hidden", 2048},
          {"weight_bytes", 2}}},
        {"workload", {{"mode", "prefill"}, {"batch", 16}, {"seq_len", 512}}},
        {"strategy", {{"tp", 1}, {"pp", 1}, {"dp", 8}, {"ep", 8}}},
    };
}

json deepSeekSizedTrainingJson()
{
    json j = smallMoeJson();
    j["cluster"]["gpu_count"] = 16384;
    j["cluster"]["gpu"]["memory_gib"] = 80;
    j["model"] = json{{"layers", 61}, {"dense_layers", 3}, {"hidden", 7168}, {"heads", 128}, {"experts", 256},
                      {"shared_experts", 1}, {"top_k", 8}, {"expert_hidden", 2048}, {"dense_hidden", 18432},
                      {"gated_ffn", true}, {"vocab", 129280}, {"weight_bytes", 1}};
    j["workload"] = json{{"mode", "training"}, {"batch", 16384}, {"seq_len", 4096}};
    j["strategy"] = json{{"tp", 1}, {"pp", 16}, {"dp", 1024}, {"ep", 64}};
    return j;
}

Profile profileFrom(const json& document)
{
    LoadResult result = parseProfile(document.dump(), "test");
    if (!result.ok()) {
        std::fprintf(stderr, "test profile invalid: %s\n", result.error.toString().c_str());
        std::abort();
    }
    return std::move(*result.profile);
}

Profile builtin(const char* id)
{
    LoadResult result = loadBuiltin(id);
    if (!result.ok()) {
        std::fprintf(stderr, "built-in %s invalid: %s\n", id, result.error.toString().c_str());
        std::abort();
    }
    return std::move(*result.profile);
}

Profile deepSeekTraining256()
{
    Profile profile = builtin("deepseek-v3-training-h800");
    profile.cluster.gpuCount = 256;
    profile.workload.batch = 1920;
    profile.workload.microBatches = 60;
    profile.strategy.pp = 8;
    profile.strategy.dp = 32;
    profile.strategy.ep = 32;
    return profile;
}

} // namespace moe::test
