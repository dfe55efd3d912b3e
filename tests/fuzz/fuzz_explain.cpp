// libFuzzer target for what explains and prints an evaluation, on every input that
// loads as a profile. What must hold:
// - explain() (of the strategy and of the baseline) is empty exactly when the
//   evaluation is invalid; otherwise every explanation has a key, a formula and a
//   finite value, and the value equals the figure the evaluation's JSON holds under
//   that key (as tst_explain checks for the built-ins);
// - explainGpu() of the first, the last and the fullest GPU has finite values, and its
//   memory components equal that GPU's in the per-GPU evaluation;
// - the CLI's `evaluate PROFILE --format json --explain` exits 0 for a valid strategy
//   and 2 for an invalid one (never "internal error"); its output parses as JSON,
//   holds no NaN or infinity (nlohmann writes both as null), carries the evaluation's
//   figures and explanations exactly, and one entry per GPU;
// - the CLI's table (`evaluate PROFILE --explain --gpus`) is written and prints no
//   "nan" or "inf".
// The CLI reads a file: each input is written to one temporary file, reused.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzzsupport.h"
#include "model/components.h"
#include "model/evaluation.h"
#include "model/evaluationjson.h"
#include "model/explanation.h"
#include "profile/profileio.h"

namespace {

using moe::fuzz::broken;
using nlohmann::json;

// Explanations of the summary: each equals the figure the JSON reports under its key
// ("time_s.a2a_dispatch" is /time_s/a2a_dispatch; ".per_micro_batch" is the figure
// over the micro-batches).
void checkExplanations(const moe::Profile& profile, const moe::Strategy& strategy, const std::string& input)
{
    const moe::Evaluation ev = moe::evaluate(profile, strategy);
    const std::vector<moe::Explanation> explanations = moe::explain(profile, strategy);
    if (!ev.valid) {
        if (!explanations.empty()) {
            broken("an invalid strategy is explained", ev.error + "\n" + input);
        }
        return;
    }
    if (explanations.empty()) {
        broken("a valid evaluation has no explanations", input);
    }
    const json figures = moe::evaluationToJson(ev, false);
    for (const moe::Explanation& e : explanations) {
        if (e.key.empty() || e.formula.empty() || !std::isfinite(e.value)) {
            broken("an explanation without a key or formula, or with a non-finite value", e.key + " = " + e.values + "\n" + input);
        }
        std::string pointer = "/" + e.key;
        for (char& c : pointer) {
            c = c == '.' ? '/' : c;
        }
        double divisor = 1;
        const std::string suffix = "/per_micro_batch";
        if (pointer.ends_with(suffix)) {
            pointer.erase(pointer.size() - suffix.size());
            divisor = static_cast<double>(profile.workload.microBatches);
        }
        const json::json_pointer at(pointer);
        if (!figures.contains(at) || !figures.at(at).is_number()) {
            broken("an explanation's key names no figure of the evaluation", e.key + "\n" + input);
        }
        const double expected = figures.at(at).get<double>() / divisor;
        if (std::fabs(e.value - expected) > 1e-9 * std::max(1.0, std::fabs(expected))) {
            broken("an explanation's value differs from the evaluation's figure",
                   e.key + ": explained " + moe::num(e.value) + ", evaluated " + moe::num(expected) + "\n" + input);
        }
    }
}

void checkGpuExplanations(const moe::Profile& profile, const moe::Evaluation& perGpu, const std::string& input)
{
    const std::int64_t used = profile.strategy.gpusUsed();
    for (const std::int64_t gpu : {std::int64_t{0}, used - 1, perGpu.memoryGpu}) {
        for (const moe::Explanation& e : moe::explainGpu(profile, profile.strategy, gpu)) {
            if (!std::isfinite(e.value)) {
                broken("a GPU's explanation has a non-finite value", e.key + "\n" + input);
            }
            if (static_cast<std::size_t>(gpu) >= perGpu.gpus.size()) {
                continue;
            }
            for (const moe::MemoryComponent& c : moe::kMemoryComponents) {
                const double expected = perGpu.gpus[static_cast<std::size_t>(gpu)].memory.*c.field;
                if (e.key == moe::explanationKey(c) && std::fabs(e.value - expected) > 1e-9 * std::max(1.0, std::fabs(expected))) {
                    broken("a GPU's explained memory differs from its evaluated memory",
                           "GPU " + std::to_string(gpu) + " " + e.key + ": explained " + moe::num(e.value) + ", evaluated "
                               + moe::num(expected) + "\n" + input);
                }
            }
        }
    }
}

void checkCliJson(const moe::Profile& profile, const moe::Evaluation& perGpu, const std::string& input)
{
    const moe::fuzz::CliRun run = moe::fuzz::runCli({"evaluate", moe::fuzz::profilePath(), "--format", "json", "--explain"});
    if (moe::fuzz::failedInside(run)) {
        broken("evaluate --format json failed inside", run.err + "\n" + input);
    }
    if (!perGpu.valid) {
        if (run.code != moe::fuzz::kExitBadInput || run.err.empty() || !run.out.empty()) {
            broken("evaluate --format json of an invalid strategy does not exit 2 with a message",
                   std::to_string(run.code) + ": " + run.err + "\n" + input);
        }
        return;
    }
    if (run.code != moe::fuzz::kExitOk) {
        broken("evaluate --format json of a valid strategy fails", std::to_string(run.code) + ": " + run.err + "\n" + input);
    }
    const json document = json::parse(run.out, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        broken("evaluate --format json does not write a JSON object", run.out.substr(0, 4096) + "\n" + input);
    }
    if (const auto at = moe::fuzz::nonFiniteNumber(document)) {
        broken("evaluate --format json writes a non-finite number or null", *at + "\n" + input);
    }
    const json expected = moe::evaluationToJson(perGpu, false);
    for (const auto& [key, value] : expected.items()) {
        if (!document.contains(key) || document[key] != value) {
            broken("evaluate --format json differs from the evaluation", key + "\n" + input);
        }
    }
    if (!document.contains("gpus") || !document["gpus"].is_array() || document["gpus"].size() != perGpu.gpus.size()) {
        broken("evaluate --format json lists another number of GPUs than the cluster has", input);
    }
    if (document.value("explanations", json()) != moe::explanationsToJson(moe::explain(profile))) {
        broken("evaluate --format json --explain differs from explain()", input);
    }
}

void checkCliTable(const moe::Profile& profile, const moe::Evaluation& perGpu, const std::string& input)
{
    const moe::fuzz::CliRun run = moe::fuzz::runCli({"evaluate", moe::fuzz::profilePath(), "--explain", "--gpus"});
    if (moe::fuzz::failedInside(run)) {
        broken("evaluate (table) failed inside", run.err + "\n" + input);
    }
    if (perGpu.valid && (run.code != moe::fuzz::kExitOk || run.out.empty())) {
        broken("evaluate (table) of a valid strategy fails", std::to_string(run.code) + ": " + run.err + "\n" + input);
    }
    if (moe::fuzz::printsNonFinite(run.out, profile)) {
        broken("evaluate (table) prints nan or inf", run.out + "\n" + input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto loaded = moe::fuzz::parseInput(data, size);
    if (!loaded) {
        return 0;
    }
    const moe::Profile& profile = *loaded;
    const std::string input = moe::serializeProfile(profile);
    checkExplanations(profile, profile.strategy, input);
    if (profile.baseline) {
        checkExplanations(profile, *profile.baseline, input);
    }
    // The CLI and the per-GPU checks list every GPU of the cluster: only where that is cheap.
    if (profile.cluster.gpuCount > moe::fuzz::kMaxPerGpuDetail) {
        return 0;
    }
    const moe::Evaluation perGpu = moe::evaluate(profile, moe::Detail::PerGpu);
    if (perGpu.valid) {
        checkGpuExplanations(profile, perGpu, input);
    }
    moe::fuzz::writeProfileFile(std::string_view(reinterpret_cast<const char*>(data), size));
    checkCliJson(profile, perGpu, input);
    checkCliTable(profile, perGpu, input);
    return 0;
}
