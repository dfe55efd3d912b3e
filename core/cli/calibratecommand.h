#pragma once

// `moe-explorer-cli calibrate MEASUREMENTS... --system ID --out NAME`: fits the system
// to the measurements, prints the errors before and after, and saves NAME as a user
// system (docs/calibration.md). Nothing is written when it fails.

#include <ostream>

#include "cli/cli.h"
#include "cli/options.h"

namespace moe::cli {

int runCalibrate(const Options& options, std::ostream& out, std::ostream& err);

} // namespace moe::cli
