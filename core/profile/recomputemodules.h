#pragma once

// Reading `workload.training.recompute_modules` (version 2): Megatron-Core's names for
// the submodules its selective recomputation reruns. docs/profile-format.md lists them.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "profile/profile.h"

namespace moe::detail {

// The modules of `value` in the file's order; throws ProfileError at `path` for a value
// that is not an array of known, distinct names, for a Megatron module the model does
// not time (the gated-delta and hyper-connection modules), and for "mla_up_proj"
// on a model without multi-head latent attention (Megatron refuses it too).
std::vector<RecomputeModule> readRecomputeModules(const nlohmann::json& value, const std::string& path, const Model& model);

} // namespace moe::detail
