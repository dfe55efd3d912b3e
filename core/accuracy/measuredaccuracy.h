#pragma once

// How close the model came on measured runs like the one at hand: the shipped runs of
// docs/validation.md (validationruns.h) of the same kind of work, predicted with this
// build's model, each with its error as a throughput. Beside a prediction on a built-in
// system it tells a user how far to trust it, as a calibrated system's uncertainty band
// does for its own cluster (docs/validation.md, "Accuracy beside every prediction").

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "profile/profile.h"

namespace moe {

enum class RunKind { DenseTraining, MoeTraining, Prefill, Decode };

// "dense training", "MoE training", "prefill", "decode"
std::string_view toString(RunKind kind);
// The kind of work a profile describes: its mode, and in training whether it has experts.
RunKind runKind(const Profile& profile);

struct RunAccuracy {
    std::string id;      // runs.json's id
    std::string label;   // "DeepSeek-V3, 1024 DGX H100, FP8 (release 25.09)"
    std::string system;  // the built-in system the run's profile names
    // Predicted over measured throughput, less one (a time's rate is its inverse):
    // positive where the model is optimistic.
    double error = 0;
    // The error in the run's own metric, (predicted - measured) / measured, as the
    // Results table of docs/validation.md and its ±15% target read it.
    double metricError = 0;
};

struct MeasuredAccuracy {
    RunKind kind = RunKind::DenseTraining;
    // False when the profile names no cluster.system: version 1's flat efficiencies,
    // which no measured run checks (every run names a system). Nothing else is set.
    bool checked = false;
    // Every run of the kind; those on the profile's own system first.
    std::vector<RunAccuracy> runs;
    std::size_t onSameSystem = 0;
    std::size_t systems = 0;  // distinct systems among the runs
    double lowest = 0;        // of the errors
    double highest = 0;
    double meanAbsolute = 0;
};

// Predicts the shipped runs once per process (about 25 ms) and then only selects.
MeasuredAccuracy measuredAccuracy(const Profile& profile);

} // namespace moe
