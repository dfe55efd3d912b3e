#pragma once

// The evaluation as the JSON object of the command-line contract
// (../shared/spec/cli.md): bytes, seconds, rates per second, fractions 0..1.

#include <vector>

#include <nlohmann/json.hpp>

#include "evaluation.h"
#include "explanation.h"

namespace moe {

nlohmann::json evaluationToJson(const Evaluation& evaluation);
nlohmann::json explanationsToJson(const std::vector<Explanation>& explanations);

} // namespace moe
