#pragma once

// How close the model came on measured runs of the profile's kind
// (accuracy/measuredaccuracy.h) as `evaluate` prints it: the JSON key
// `measured_accuracy` and a section after the rates (docs/cli.md).

#include <ostream>

#include <nlohmann/json.hpp>

#include "accuracy/measuredaccuracy.h"

namespace moe::cli {

// {"kind", "checked", "system", "runs": [{"id", "label", "system", "throughput_error"}],
//  "lowest", "highest", "mean_absolute"}; "system" is left out without one and the
// statistics without runs (evaluate's JSON holds no null).
nlohmann::json accuracyToJson(const MeasuredAccuracy& accuracy, const std::string& system);
void printAccuracy(std::ostream& out, const MeasuredAccuracy& accuracy, const std::string& system);

} // namespace moe::cli
