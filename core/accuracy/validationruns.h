#pragma once

// The measured runs of ../shared/validation/measured-runs.md (sections A, B and C) and
// the cross-checks of docs/validation.md (sections X and CX), as profiles beside
// bench/validation/runs.json, with what was measured and where it was published. The
// product embeds them (cmake/EmbedValidation.cmake); validate_runs prints them and
// tst_validation holds the model to its accuracy on them.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "profile/profileio.h"

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
    // The error as a rate: predicted over measured throughput, less one, whatever the
    // metric (a time's rate is its inverse). Positive where the model is optimistic.
    double throughputError() const
    {
        return run.metric == "tokens_per_s_per_gpu" ? predicted / run.measured - 1 : run.measured / predicted - 1;
    }
};

// The runs the product ships, read once; throws std::runtime_error naming the problem
// (a build that embedded a broken runs.json).
std::span<const Run> shippedRuns();
// A shipped run's profile: a built-in (builtin:ID) where the product ships the run as
// one, else the embedded file.
LoadResult loadShippedProfile(const Run& run);
Result predict(const Run& run);
// The run's metric as the model predicts it for `profile`.
Result predict(const Run& run, const Profile& profile);

// The same from a directory holding runs.json and its profiles (validate_runs'
// argument).
std::vector<Run> loadRuns(const std::string& directory);
Result predict(const Run& run, const std::string& directory);

namespace detail {
struct EmbeddedFile {
    std::string_view name;  // "runs.json", "gpt-22b-full.moeprofile.json"
    std::string_view text;
};
// Defined in the generated validationruns_data.cpp.
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;
} // namespace detail

} // namespace moe::validation
