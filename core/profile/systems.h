#pragma once

// The systems library: real clusters' hardware, each figure with its source
// (docs/systems.md). A profile names one with `cluster.system`; the system supplies
// every cluster value the profile leaves out, and the efficiency model that times
// kernels and collectives on that hardware.

#include <span>
#include <string>
#include <string_view>

#include "profile/profile.h"

namespace moe {

struct SystemSource {
    std::string_view figure;  // what the source gives, e.g. "BF16 dense peak"
    std::string_view source;  // where it comes from
};

struct SystemSpec {
    std::string_view id;           // "dgx-a100-80gb"
    std::string_view description;  // one line for listings
    std::int64_t gpusPerNode = 8;
    std::int64_t scaleUpDomain = 8;
    Gpu gpu;
    Link intraNode;  // NVLink-class, per GPU and direction
    Link interNode;  // NICs, per GPU
    KernelEfficiency kernels;
    std::span<const SystemSource> sources;
};

std::span<const SystemSpec> builtinSystems();
// A built-in, else a user system (usersystems.h) of that id; nullptr if neither.
const SystemSpec* findSystem(std::string_view id);
// "dgx-a100-80gb, dgx-h100, ..." for messages.
std::string systemIds();

// The cluster a system describes, for `gpuCount` GPUs: every value of the version 2
// defaults before a profile's own keys override them.
Cluster clusterFromSystem(const SystemSpec& system, std::int64_t gpuCount);

} // namespace moe
