#pragma once

// `moe-explorer-cli systems`: the systems library with every figure and its source,
// then the user's calibrated systems with their date and measurements. A user system
// file that does not load is reported on `err` and left out; the rest still list.

#include <nlohmann/json.hpp>
#include <ostream>

namespace moe::cli {

nlohmann::json systemsToJson(std::ostream& err);
void printSystemsTable(std::ostream& out, std::ostream& err);

} // namespace moe::cli
