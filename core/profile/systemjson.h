#pragma once

// A system's figures as JSON, the same for the `systems` listing and for the user
// system files a calibration writes (docs/calibration.md): GPUs per node, scale-up
// domain, the GPU, both links and the kernel efficiency model.

#include <nlohmann/json.hpp>

#include "profile/systemvalues.h"

namespace moe {

nlohmann::json linkToJson(const Link& link);
nlohmann::json systemValuesToJson(const SystemValues& values);

} // namespace moe
