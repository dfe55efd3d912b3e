#pragma once

// Calibrating a system to measurements (docs/calibration.md, "The fit"): a few of the
// system's efficiency parameters, each bounded to its physical range, are fitted by
// bounded least squares on the log error of every measurement; each row is also
// predicted by a fit that did not see it (leave-one-out).

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "calibration/measurements.h"
#include "profile/profile.h"
#include "profile/systemvalues.h"

namespace moe {

// Read and write a parameter's value (the tied values follow on write).
double parameterValue(const SystemValues& system, FitParameter parameter);
void setParameter(SystemValues& system, const SystemValues& base, FitParameter parameter, double value);

// Each is a fraction of a datasheet figure: above 0 and at most 1, and no tied value
// of `base` may pass 1 either. The low end, 0.05, keeps the log search finite.
ParameterBounds parameterBounds(const SystemValues& base, FitParameter parameter);

// The model's prediction of one measurement on `system`.
double predict(const Measurement& measurement, const SystemValues& system);


struct RowResult {
    std::string label;
    Quantity quantity = Quantity::StepTime;
    double measured = 0;
    double before = 0;  // predicted by the uncalibrated system
    double after = 0;   // by the calibrated one
    std::optional<double> leaveOneOut;  // by a fit without this row
    bool fitted = true;  // false: shown, but not fitted (Measurement::fitted)

    static double error(double predicted, double measured) { return predicted / measured - 1; }
};

// Over the fitted rows.
struct ErrorSummary {
    double mean = 0;   // mean |error|
    double worst = 0;  // largest |error|
};

struct CalibrationResult {
    std::optional<std::string> refused;  // why no fit was made; nothing else is meaningful then
    SystemValues calibrated;
    std::vector<FittedParameter> parameters;
    std::vector<RowResult> rows;
    ErrorSummary before;
    ErrorSummary after;
    std::optional<ErrorSummary> leaveOneOut;
    std::string leaveOneOutNote;  // why there is no leave-one-out error, when there is none
};

// Fits `base` to the measurements whose `fitted` is set; the others are predicted
// and listed after them. Refuses one row, and fewer rows than the parameters the
// rows depend on. Deterministic.
CalibrationResult calibrate(const SystemValues& base, const std::vector<Measurement>& measurements);

// A profile's cluster with the system's fitted values in place of its own.
void applySystem(Profile& profile, const SystemValues& system);

} // namespace moe
