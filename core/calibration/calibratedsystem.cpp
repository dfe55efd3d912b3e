#include "calibration/calibratedsystem.h"

#include "profile/systems.h"

namespace moe {

UserSystem calibratedSystem(const CalibrationResult& result, const SystemSpec& base, const std::string& id,
                            const std::vector<std::string>& files, const std::string& date)
{
    UserSystem system;
    system.values = result.calibrated;
    system.values.id = id;
    system.description = std::string(base.description) + ", calibrated";
    std::int64_t fittedRows = 0;
    for (const RowResult& row : result.rows) {
        fittedRows += row.fitted ? 1 : 0;
    }
    system.calibration = CalibrationRecord{date,
                                           std::string(base.id),
                                           files,
                                           fittedRows,
                                           result.before.mean,
                                           result.after.mean,
                                           result.leaveOneOut ? std::optional(result.leaveOneOut->mean) : std::nullopt,
                                           result.uncertaintyBand,
                                           result.parameters};
    return system;
}

} // namespace moe
