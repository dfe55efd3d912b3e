#pragma once

// The measured runs of ../shared/validation/measured-runs.md (sections A, B and C) as
// profiles beside this file, listed in runs.json with what was measured and where it
// was published. The validation program prints them; tst_validation holds the model
// to its accuracy on them.

#include <optional>
#include <string>
#include <vector>

namespace moe::validation {

struct Run {
    std::string id;
    // "A" dense training steps, "A4" one dense layer, "B" MoE training, "C" MoE serving,
    // "X" training cross-checks and "CX" serving cross-checks (not in measured-runs.md)
    std::string section;
    std::string label;
    std::string profile;  // file name beside runs.json, or builtin:ID
    std::string metric;   // "step_s", "layer_ms" (forward + backward of a one-layer model) or "tokens_per_s_per_gpu"
    double measured = 0;
    std::optional<double> calculon;  // Calculon's prediction, where published
    std::string source;
};

struct Result {
    Run run;
    double predicted = 0;
    std::string error;  // why no prediction could be made

    double errorShare() const { return (predicted - run.measured) / run.measured; }
};

// Reads `directory`/runs.json; throws std::runtime_error naming the problem.
std::vector<Run> loadRuns(const std::string& directory);
Result predict(const Run& run, const std::string& directory);

} // namespace moe::validation
