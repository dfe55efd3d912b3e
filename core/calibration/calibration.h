#pragma once

// Calibrating a system to measurements (docs/calibration.md, "The fit"): a few of the
// system's efficiency parameters, each bounded to its physical range, are fitted by
// bounded least squares on the log error of every measurement; each row is also
// predicted by a fit that did not see it (leave-one-out).

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/phrase.h"
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

// The kinds of measurement the objective weighs equally (docs/calibration.md,
// "Weights"): a log of fourteen collective sizes must not outvote five step times.
enum class MeasurementKind { Run, Collective, Gemm };
inline constexpr std::size_t kMeasurementKindCount = 3;
MeasurementKind kindOf(Quantity quantity);
const char* toString(MeasurementKind kind);  // "runs", "collectives", "gemms"

// Each fitted row of a kind weighs N / (K n_k) in the sum of squared log errors: N
// fitted rows in all, K kinds among them, n_k rows of this kind. Every kind then
// weighs N / K in all, and the weights add up to N, as the unweighted sum's did, so
// the pull towards the library's values keeps its strength; with one kind every
// weight is 1 and the fit is as before.
struct KindWeight {
    MeasurementKind kind = MeasurementKind::Run;
    std::size_t rows = 0;
    double weight = 1;  // of each row
};
// The kinds present among `measurements` (whose `fitted` is set), in enum order.
std::vector<KindWeight> kindWeights(const std::vector<Measurement>& measurements);

struct CalibrationResult {
    std::optional<std::string> refused;  // why no fit was made; nothing else is meaningful then
    SystemValues calibrated;
    std::vector<FittedParameter> parameters;
    std::vector<KindWeight> weights;  // of the fitted rows, by kind
    std::vector<RowResult> rows;
    ErrorSummary before;
    ErrorSummary after;
    std::optional<ErrorSummary> leaveOneOut;
    // The band's relative half-width w (uncertaintyBandFromErrors); with leaveOneOut.
    std::optional<double> uncertaintyBand;
    std::string leaveOneOutNote;  // why there is no leave-one-out error, when there is none
    // The reason alone ("without one row, ..."), as a phrase the window translates.
    std::optional<Phrase> leaveOneOutWhy;
};

// The uncertainty band (docs/calibration.md, "The uncertainty band") from the
// leave-one-out errors e_i = predicted / measured - 1 and the rows' weights w_i
// (kindWeights(); none: all 1): b, the weighted root mean square of the log errors,
// sqrt(sum w_i ln(1 + e_i)^2 / sum w_i), as the relative half-width W = exp(b) - 1,
// so that a prediction T reads T / (1 + W) to T (1 + W). Weighted as the fit is, so
// ten collective sizes do not set the band of a step time alone. RMS rather than a
// percentile: a calibration has a handful of rows, too few for a 90th percentile to
// mean anything, and b estimates the log errors' standard deviation (about two rows
// in three fall within it when the errors are normal on the log scale). 0 for no errors.
double uncertaintyBandFromErrors(const std::vector<double>& leaveOneOutErrors, const std::vector<double>& weights = {});

// Fits `base` to the measurements whose `fitted` is set; the others are predicted
// and listed after them. Refuses one row, and fewer rows than the parameters the
// rows depend on. Deterministic.
CalibrationResult calibrate(const SystemValues& base, const std::vector<Measurement>& measurements);

// A profile's cluster with the system's fitted values in place of its own.
void applySystem(Profile& profile, const SystemValues& system);

} // namespace moe
