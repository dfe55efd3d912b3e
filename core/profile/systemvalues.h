#pragma once

// A system's figures as plain owned values, and the efficiency parameters a
// calibration fits (core/calibration/calibration.h): what a user system file records
// (usersystems.h) without depending on the fit itself.

#include <cstddef>
#include <cstdint>
#include <string>

#include "profile/profile.h"

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
// A parameter's allowed range: a fraction of its datasheet figure.
struct ParameterBounds {
    double low = 0;
    double high = 1;
};

struct FittedParameter {
    FitParameter parameter = FitParameter::Gemm;
    double before = 0;
    double after = 0;
    ParameterBounds bounds;
    bool fitted = false;  // false: no measurement depends on it, so it keeps its value
};

} // namespace moe
