#pragma once

// `moe-explorer-cli import-routing`: a serving engine's dump of measured expert loads
// written into a profile as its measured routing (docs/routing-dumps.md).

#include <ostream>

#include "cli/options.h"

namespace moe::cli {

int runImportRouting(const Options& options, std::ostream& out, std::ostream& err);

} // namespace moe::cli
