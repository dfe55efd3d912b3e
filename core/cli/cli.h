#pragma once

// moe-explorer-cli as a function, so tests can run it in-process.

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/evaluation.h"

namespace moe::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

// What needs more than core: drawing charts (Qt). The headless tool's main() plugs
// these in; without them, the commands say they are not available.
struct Extensions {
    // Writes `chart` ("latency", "memory" or "grid") of the evaluation to `path`
    // (.png, .svg or .pdf); returns an error message, or nothing.
    std::function<std::optional<std::string>(const std::string& chart, const Profile& profile,
                                             const Evaluation& evaluation, const std::string& path)>
        exportChart;
    // Writes the design-review report to `path` (.md, .html or .pdf).
    std::function<std::optional<std::string>(const Profile& profile, const std::string& path)> exportReport;
};

// `args` excludes the program name.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Extensions& extensions = {});

} // namespace moe::cli
