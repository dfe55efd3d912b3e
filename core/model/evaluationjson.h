#pragma once

// The evaluation as the JSON object of the command-line contract
// (../shared/spec/cli.md): bytes, seconds, rates per second, fractions 0..1.

#include <vector>

#include <nlohmann/json.hpp>

#include "model/evaluation.h"
#include "model/explanation.h"

namespace moe {

// Without `includeGpus` the "gpus" key is left out: at a million GPUs the list takes
// about a gigabyte as JSON values, so the CLI writes it entry by entry (gpuToJson()).
nlohmann::json evaluationToJson(const Evaluation& evaluation, bool includeGpus = true);
nlohmann::json gpuToJson(const GpuState& gpu);
nlohmann::json explanationsToJson(const std::vector<Explanation>& explanations);

} // namespace moe
