#pragma once

// `moe-explorer-cli systems`: the systems library with every figure and its source.

#include <nlohmann/json.hpp>
#include <ostream>

namespace moe::cli {

nlohmann::json systemsToJson();
void printSystemsTable(std::ostream& out);

} // namespace moe::cli
