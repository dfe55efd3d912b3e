#pragma once

// `moe-explorer-cli models` (the model library with its sources) and `import-model`
// (a Hugging Face config.json as a model section or a whole profile).

#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/options.h"

namespace moe::cli {

nlohmann::json modelsToJson();
void printModelsTable(std::ostream& out);
int runImportModel(const Options& options, std::ostream& out, std::ostream& err);

} // namespace moe::cli
