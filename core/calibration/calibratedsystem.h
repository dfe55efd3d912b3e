#pragma once

// The user system a calibration makes (docs/calibration.md, "The system file"): the
// fitted values under a new id, described as the base system calibrated, with the
// record of how it was made. The CLI's `calibrate` and the window's Calibration dialog
// both save this.

#include <string>
#include <vector>

#include "calibration/calibration.h"
#include "profile/usersystems.h"

namespace moe {

struct SystemSpec;

// `date`: UTC, ISO 8601 ("2026-11-29T19:40:00Z"); `files`: the measurement files, as given.
UserSystem calibratedSystem(const CalibrationResult& result, const SystemSpec& base, const std::string& id,
                            const std::vector<std::string>& files, const std::string& date);

} // namespace moe
