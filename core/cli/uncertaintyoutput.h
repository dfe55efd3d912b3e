#pragma once

// The uncertainty band of a profile on a calibrated system (profile/uncertaintyband.h)
// as `evaluate` prints it: the JSON key `uncertainty` and a line under the step's
// total (docs/cli.md). Profiles on built-in systems have no band, and their output is
// unchanged.

#include <ostream>

#include <nlohmann/json.hpp>

#include "model/evaluation.h"
#include "profile/uncertaintyband.h"

namespace moe::cli {

// {"system", "band", "time_s_total": {"low", "high"}, "tokens_per_s": {...},
//  "tokens_per_s_per_gpu": {...}}
nlohmann::json uncertaintyToJson(const UncertaintyBand& band, const Evaluation& evaluation);
// "  total +/-3.6% (calibrated system "my-h100"): 1.19 s to 1.28 s"
void printUncertaintyLine(std::ostream& out, const UncertaintyBand& band, const Evaluation& evaluation);

} // namespace moe::cli
