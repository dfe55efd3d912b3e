#pragma once

// Choosing a profile's system after it was made (the window's system picker, the
// Calibration dialog's Apply): the cluster takes every value the system sets, and the
// file written afterwards names the system instead of repeating its figures.

#include "profile/profile.h"

namespace moe {

struct SystemSpec;

// Makes `profile` name `system`: the cluster becomes the system's for the profile's GPU
// count, keeping what a system does not set (the runtime reserve, the version 1 overlap
// fraction). nullptr ("custom") keeps the current values as the profile's own figures
// and drops the system's kernel efficiency model, which a file without cluster.system
// cannot hold: the flat efficiencies time the kernels again. Either way the cluster keys
// the profile was read with no longer count as overrides.
void chooseSystem(Profile& profile, const SystemSpec* system);

} // namespace moe
