// Evaluations per second of the cost model, on one core. Prints figures; asserts
// nothing. Rerun: build/release/bench/bench_evaluate [seconds per case] [PROFILE...]
// (each PROFILE is timed too, by summary: e.g. bench/make_routing_profile.py's output)

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "profile/builtins.h"
#include "model/evaluation.h"
#include "profile/profileio.h"

namespace {

// bench/deepseek-v3-16k.moeprofile.json: a DeepSeek-V3-sized model on 16,384 GPUs.
moe::Profile load(const std::string& path)
{
    moe::LoadResult result = moe::loadProfileFile(path);
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
    const moe::Profile deepseek = load(MOE_BENCH_DIR "/deepseek-v3-16k.moeprofile.json");
    std::printf("%-44s %16s\n", "case (one core)", "evaluations/s");
    std::printf("%-44s %16.0f\n", "seed, summary", rate(seed, moe::Detail::Summary, seconds));
    std::printf("%-44s %16.0f\n", "seed, with all 128 GPUs", rate(seed, moe::Detail::PerGpu, seconds));
    std::printf("%-44s %16.0f\n", "DeepSeek-V3-sized, 16384 GPUs, summary", rate(deepseek, moe::Detail::Summary, seconds));
    std::printf("%-44s %16.0f\n", "DeepSeek-V3-sized, with all 16384 GPUs", rate(deepseek, moe::Detail::PerGpu, seconds));
    // The kernel-level model (profiles that name a system): measured runs.
    const moe::Profile gpt175b = load(MOE_BENCH_DIR "/validation/gpt-175b-sp-selective.moeprofile.json");
    const moe::Profile deepseekH100 = load(MOE_BENCH_DIR "/validation/deepseek-v3-h100-fp8.moeprofile.json");
    std::printf("%-44s %16.0f\n", "kernel model: GPT 175B on 64 A100, summary", rate(gpt175b, moe::Detail::Summary, seconds));
    std::printf("%-44s %16.0f\n", "kernel model: DeepSeek-V3 on 1024 H100", rate(deepseekH100, moe::Detail::Summary, seconds));
    for (int i = 2; i < argc; ++i) {
        const moe::Profile extra = load(argv[i]);
        std::printf("%-44s %16.1f\n", (std::string(argv[i]) + ", summary").c_str(), rate(extra, moe::Detail::Summary, seconds));
    }
    return 0;
}
