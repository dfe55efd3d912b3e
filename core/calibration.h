#pragma once

// Calibrating a system to measurements (docs/calibration.md, "The fit"): a few of the
// system's efficiency parameters, each bounded to its physical range, are fitted by
// bounded least squares on the log error of every measurement; each row is also
// predicted by a fit that did not see it (leave-one-out).

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "measurements.h"
#include "profile.h"

namespace moe {

struct SystemSpec;

// The values of a system that predictions depend on, owned (a SystemSpec views
// static or user-file storage).
struct SystemValues {
    std::string id;
    std::int64_t gpusPerNode = 8;
    std::int64_t scaleUpDomain = 8;
    Gpu gpu;
    Link intraNode;
    Link interNode;
    KernelEfficiency kernels;
};

SystemValues valuesOf(const SystemSpec& system);

// The fitted parameters. Tied values move by the same factor as their parameter, so
// the ratios the library's sources give between them stay.
enum class FitParameter {
    Gemm,       // kernels.gemm; kernels.gemmFp8 tied
    Attention,  // kernels.attentionForward; attentionBackward tied
    Memory,     // kernels.hbm; kernels.elementwise tied
    IntraLink,  // intraNode.efficiency
    InterLink,  // interNode.efficiency
};
inline constexpr std::size_t kFitParameterCount = 5;

const char* toString(FitParameter parameter);
// Read and write a parameter's value (the tied values follow on write).
double parameterValue(const SystemValues& system, FitParameter parameter);
void setParameter(SystemValues& system, const SystemValues& base, FitParameter parameter, double value);

struct ParameterBounds {
    double low = 0;
    double high = 1;
};
// Each is a fraction of a datasheet figure: above 0 and at most 1, and no tied value
// of `base` may pass 1 either. The low end, 0.05, keeps the log search finite.
ParameterBounds parameterBounds(const SystemValues& base, FitParameter parameter);

// The model's prediction of one measurement on `system`.
double predict(const Measurement& measurement, const SystemValues& system);

struct FittedParameter {
    FitParameter parameter = FitParameter::Gemm;
    double before = 0;
    double after = 0;
    ParameterBounds bounds;
    bool fitted = false;  // false: no measurement depends on it, so it keeps its value
};

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
