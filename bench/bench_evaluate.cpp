// Evaluations per second of the cost model, on one core. Prints figures; asserts
// nothing. Rerun: build/release/bench/bench_evaluate [seconds per case]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "builtins.h"
#include "evaluation.h"
#include "profileio.h"

namespace {

// A DeepSeek-V3-sized model (arXiv 2412.19437: 61 layers, 3 dense, hidden 7168, MLA,
// 256 routed experts + 1 shared, top-8) trained on 16,384 GPUs: PP16, EP64 as in
// DeepSeek's own training, DP1024.
const char* const kDeepSeekV3On16k = R"({
  "format": "moe-explorer-profile", "version": 1, "name": "DeepSeek-V3-sized on 16384 GPUs",
  "cluster": { "gpu_count": 16384, "gpus_per_node": 8,
    "gpu": { "memory_gib": 80, "peak_tflops": 989, "hbm_gbps": 3350 },
    "intra_node": { "bandwidth_gbps": 200 }, "inter_node": { "bandwidth_gbps": 50 } },
  "model": { "layers": 61, "dense_layers": 3, "hidden": 7168, "heads": 128,
    "attention": { "kind": "mla", "q_lora_rank": 1536, "kv_lora_rank": 512, "qk_nope_head_dim": 128,
                   "qk_rope_head_dim": 64, "v_head_dim": 128 },
    "experts": 256, "shared_experts": 1, "top_k": 8, "expert_hidden": 2048, "dense_hidden": 18432,
    "gated_ffn": true, "vocab": 129280, "weight_bytes": 1, "activation_bytes": 2 },
  "workload": { "mode": "training", "batch": 16384, "seq_len": 4096, "micro_batches": 16,
    "training": { "recompute": "selective", "sequence_parallel": true, "distributed_optimizer": true } },
  "strategy": { "tp": 1, "pp": 16, "dp": 1024, "ep": 64 }
})";

moe::Profile load(const std::string& text)
{
    moe::LoadResult result = moe::parseProfile(text, "bench");
    if (!result.ok()) {
        std::fprintf(stderr, "bench profile invalid: %s\n", result.error.toString().c_str());
        std::exit(1);
    }
    return *result.profile;
}

// Runs evaluate() for about `seconds` and returns evaluations per second.
double rate(const moe::Profile& profile, moe::Detail detail, double seconds)
{
    using Clock = std::chrono::steady_clock;
    double sink = 0;
    long long count = 0;
    const auto start = Clock::now();
    double elapsed = 0;
    long long batch = 1;
    while (elapsed < seconds) {
        for (long long i = 0; i < batch; ++i) {
            const moe::Evaluation ev = moe::evaluate(profile, detail);
            sink += ev.time.total;
        }
        count += batch;
        batch *= 2;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    }
    if (sink < 0) {
        std::puts("");  // keeps the work observable
    }
    return static_cast<double>(count) / elapsed;
}

} // namespace

int main(int argc, char** argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
    const moe::Profile seed = *moe::loadBuiltin("seed").profile;
    const moe::Profile deepseek = load(kDeepSeekV3On16k);
    std::printf("%-44s %16s\n", "case (one core)", "evaluations/s");
    std::printf("%-44s %16.0f\n", "seed, summary", rate(seed, moe::Detail::Summary, seconds));
    std::printf("%-44s %16.0f\n", "seed, with all 128 GPUs", rate(seed, moe::Detail::PerGpu, seconds));
    std::printf("%-44s %16.0f\n", "DeepSeek-V3-sized, 16384 GPUs, summary", rate(deepseek, moe::Detail::Summary, seconds));
    std::printf("%-44s %16.0f\n", "DeepSeek-V3-sized, with all 16384 GPUs", rate(deepseek, moe::Detail::PerGpu, seconds));
    return 0;
}
