#include "profile/uncertaintyband.h"

#include "profile/systems.h"
#include "profile/usersystems.h"

namespace moe {

std::optional<UncertaintyBand> uncertaintyBand(const Profile& profile)
{
    const std::string& id = profile.cluster.system;
    if (id.empty()) {
        return std::nullopt;
    }
    // findSystem() looks at the built-ins first: a built-in id names the built-in.
    for (const SystemSpec& builtin : builtinSystems()) {
        if (builtin.id == id) {
            return std::nullopt;
        }
    }
    const CalibrationRecord* record = findUserCalibration(id);
    if (!record || !record->uncertaintyBand) {
        return std::nullopt;
    }
    return UncertaintyBand{id, *record->uncertaintyBand};
}

} // namespace moe
