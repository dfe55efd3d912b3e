#include "accuracy/measuredaccuracy.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <span>
#include <stdexcept>

#include "accuracy/validationruns.h"

namespace moe {

namespace {

struct PredictedRun {
    RunKind kind;
    RunAccuracy accuracy;
};

// Every shipped run the model can predict; a run it cannot is left out here (and fails
// tst_validation).
std::vector<PredictedRun> predictAll()
{
    std::vector<PredictedRun> all;
    std::span<const validation::Run> runs;
    try {
        runs = validation::shippedRuns();
    } catch (const std::exception&) {
        return all;  // a build whose embedded runs.json is broken fails tst_validation
    }
    for (const validation::Run& run : runs) {
        const LoadResult loaded = validation::loadShippedProfile(run);
        if (!loaded.ok()) {
            continue;
        }
        const Profile& profile = *loaded.profile;
        const validation::Result result = validation::predict(run, profile);
        if (!result.error.empty() || !(result.predicted > 0)) {
            continue;
        }
        constexpr std::string_view crossCheck = "cross-check: ";
        std::string label = run.label.starts_with(crossCheck) ? run.label.substr(crossCheck.size()) : run.label;
        all.push_back({runKind(profile),
                       {run.id, std::move(label), profile.cluster.system, result.throughputError(), result.errorShare()}});
    }
    return all;
}

} // namespace

std::string_view toString(RunKind kind)
{
    switch (kind) {
    case RunKind::DenseTraining:
        return "dense training";
    case RunKind::MoeTraining:
        return "MoE training";
    case RunKind::Prefill:
        return "prefill";
    case RunKind::Decode:
        return "decode";
    }
    return "dense training";
}

RunKind runKind(const Profile& profile)
{
    switch (profile.workload.mode) {
    case Mode::Prefill:
        return RunKind::Prefill;
    case Mode::Decode:
        return RunKind::Decode;
    case Mode::Training:
        break;
    }
    return profile.model.experts > 0 ? RunKind::MoeTraining : RunKind::DenseTraining;
}

MeasuredAccuracy measuredAccuracy(const Profile& profile)
{
    MeasuredAccuracy a;
    a.kind = runKind(profile);
    a.checked = !profile.cluster.system.empty();
    if (!a.checked) {
        return a;  // before the runs are predicted: a version 1 profile never needs them
    }
    static const std::vector<PredictedRun> predicted = predictAll();
    std::set<std::string> systems;
    double sumAbsolute = 0;
    for (const PredictedRun& p : predicted) {
        if (p.kind != a.kind) {
            continue;
        }
        a.runs.push_back(p.accuracy);
        systems.insert(p.accuracy.system);
        sumAbsolute += std::fabs(p.accuracy.error);
    }
    if (a.runs.empty()) {
        return a;
    }
    // Stable: within each group the runs keep runs.json's order (the sections').
    const auto others = std::stable_partition(a.runs.begin(), a.runs.end(),
                                              [&](const RunAccuracy& r) { return r.system == profile.cluster.system; });
    a.onSameSystem = static_cast<std::size_t>(others - a.runs.begin());
    a.systems = systems.size();
    const auto [low, high] = std::minmax_element(a.runs.begin(), a.runs.end(),
                                                 [](const RunAccuracy& x, const RunAccuracy& y) { return x.error < y.error; });
    a.lowest = low->error;
    a.highest = high->error;
    a.meanAbsolute = sumAbsolute / static_cast<double>(a.runs.size());
    return a;
}

} // namespace moe
