// Full strategy searches: configurations evaluated and the time taken, on one and on
// two threads. Prints figures; asserts nothing. Rerun:
//   build/release/bench/bench_search [seed|deepseek|dense]
// (no argument runs all three; one name runs only that search, e.g. under perf).

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "profile/builtins.h"
#include "profile/profileio.h"
#include "cli/searchrunner.h"

namespace {

moe::Profile load(const std::string& argument)
{
    moe::LoadResult result = moe::loadProfileArgument(argument);
    if (!result.ok()) {
        std::fprintf(stderr, "%s: %s\n", argument.c_str(), result.error.toString().c_str());
        std::exit(1);
    }
    return *result.profile;
}

void run(const char* name, const moe::Profile& profile, unsigned threads, int repeats)
{
    using Clock = std::chrono::steady_clock;
    double best = 1e30;
    moe::SearchResult result;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        result = moe::cli::runSearch(profile, moe::Objective::Throughput, threads);
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::printf("%-46s %8u %12lld %10zu %12.1f %14.0f\n", name, threads, static_cast<long long>(result.evaluated),
                result.ranked.size(), best * 1e3, static_cast<double>(result.evaluated) / best);
}

} // namespace

int main(int argc, char** argv)
{
    const std::string only = argc > 1 ? argv[1] : "";
    auto wanted = [&](const char* name) { return only.empty() || only == name; };
    const moe::Profile seed = load("builtin:seed");
    const moe::Profile deepseek = load(MOE_BENCH_DIR "/deepseek-v3-16k.moeprofile.json");
    const moe::Profile dense = load(MOE_BENCH_DIR "/gpt-1t-4096.moeprofile.json");
    std::printf("%-46s %8s %12s %10s %12s %14s\n", "full search (best of runs)", "threads", "evaluated", "feasible", "ms",
                "configs/s");
    for (unsigned threads : {1u, 2u}) {
        if (wanted("seed")) {
            run("seed, 128 GPUs, prefill", seed, threads, 20);
        }
        if (wanted("deepseek")) {
            run("DeepSeek-V3-sized, 16,384 GPUs, training", deepseek, threads, 1);
        }
        if (wanted("dense")) {
            run("GPT 1T dense, 4,096 GPUs, training", dense, threads, 1);
        }
    }
    return 0;
}
