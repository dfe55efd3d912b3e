#pragma once

// The uncertainty band of a prediction made on a calibrated system
// (docs/calibration.md, "The uncertainty band"). A calibration records w, the
// relative half-width that its leave-one-out errors give; a figure T predicted on
// that system then lies, as typically as its measurements did, between T / (1 + w)
// and T x (1 + w). Shown as "± w". Built-in systems carry no band: they were not
// calibrated to the user's cluster.

#include <optional>
#include <string>

#include "profile/profile.h"

namespace moe {

struct UncertaintyBand {
    std::string system;  // the calibrated system's id
    double band = 0;     // w, a fraction: 0.036 reads "±3.6%"

    // The band is symmetric on the log scale, so a time and the rate it gives
    // (tokens/s, MFU) carry the same w.
    double low(double value) const { return value / (1 + band); }
    double high(double value) const { return value * (1 + band); }
};

// The band of the system `profile.cluster.system` names, when that is a user system
// whose file records one; nothing otherwise (a built-in, no system, a file
// calibrated before bands were recorded).
std::optional<UncertaintyBand> uncertaintyBand(const Profile& profile);

} // namespace moe
