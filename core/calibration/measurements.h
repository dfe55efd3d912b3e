#pragma once

// Measurements a user brings to calibrate a system (docs/calibration.md): measured
// runs (CSV or JSON), nccl-tests logs, GEMM sweeps. Every file is read whole and
// checked before anything is fitted; the first problem is reported with its file,
// line and column (or JSON pointer).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "profile/profile.h"

namespace moe {

// Where in a measurement file a row or a problem is.
struct FilePlace {
    std::string file;
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based; 0 when unknown
    std::string pointer;  // JSON pointer, for JSON files

    std::string toString() const;  // "runs.csv:3:14" or "runs.json: /runs/2/tp"
};

struct MeasurementError {
    FilePlace place;
    std::string message;

    std::string toString() const;  // "runs.csv:3:14: what is wrong"
};

// What a row measured. Runs are predicted by evaluating their profile; collectives
// and GEMMs by the same link and kernel formulas the evaluator uses.
enum class Quantity {
    StepTime,          // seconds per step (evaluation time.total)
    ForwardBackward,   // the step less the optimizer (a layer's forward and backward)
    TokensPerSPerGpu,  // tokens per second per GPU
    Ttft,              // prefill mode: time to first token, seconds
    Tpot,              // decode mode: time per output token, seconds
    CollectiveTime,    // nccl-tests: one collective, seconds
    GemmTime,          // one GEMM, seconds
};

const char* toString(Quantity quantity);
// Throughput rises as a system gets faster; every other quantity falls.
bool higherIsFaster(Quantity quantity);

enum class CollectiveKind { AllReduce, AllGather, ReduceScatter, AllToAll };

const char* toString(CollectiveKind kind);

struct CollectiveSample {
    CollectiveKind kind = CollectiveKind::AllReduce;
    std::int64_t ranks = 0;
    bool acrossNodes = false;  // the ranks sit on more than one host: the NIC bounds the ring
    double bytes = 0;          // nccl-tests' size column: S, the whole array in bytes
    double busBandwidthGBps = 0;  // as printed (out-of-place)
    double algBandwidthGBps = 0;  // as printed (out-of-place)
};

// nccl-tests' bus bandwidth correction factor (doc/PERFORMANCE.md, "Summary"):
// 2(n-1)/n for all-reduce, (n-1)/n for all-gather, reduce-scatter and all-to-all.
double busBandwidthFactor(CollectiveKind kind, std::int64_t ranks);

struct GemmSample {
    double m = 0;
    double n = 0;
    double k = 0;
    DataType type = DataType::Bf16;
    double groups = 1;  // a grouped GEMM: this many m x k by k x n products in one kernel
    bool blockScaled = false;  // FP8 with fine-grained scales (fp8_recipe blockwise)
};

struct Measurement {
    std::string label;  // "runs.csv:3 step_time_s"
    FilePlace place;
    Quantity quantity = Quantity::StepTime;
    double measured = 0;  // seconds, or tokens/s for TokensPerSPerGpu
    std::optional<Profile> profile;  // runs: the profile with the row's overrides applied
    CollectiveSample collective;     // CollectiveTime
    GemmSample gemm;                 // GemmTime
    // False for nccl-tests rows under kSmallestFittedCollectiveBytes: listed with their
    // errors, but the fit does not use them.
    bool fitted = true;
};

// Below 16 MiB, NCCL's small-message protocols and per-call overheads bound a
// collective, not the ring's bandwidth and per-step latency the model charges; the
// library's link figures were fitted from 16 MB up for the same reason (docs/systems.md,
// dgx-a100-80gb: "16 MB to 8 GB").
inline constexpr double kSmallestFittedCollectiveBytes = 16.0 * 1024 * 1024;

// Reads one measurement file; its kind comes from its content (an nccl-tests log
// has a "# nThread" header line, a JSON document starts with "{", a CSV table is a
// GEMM sweep when its header names m, n and k, else measured runs). Throws
// MeasurementError on the first problem.
std::vector<Measurement> loadMeasurementFile(const std::string& path);

// The parsers, for text already read; `file` names it in messages and anchors
// relative profile paths.
std::vector<Measurement> parseMeasuredRunsCsv(const std::string& text, const std::string& file);
std::vector<Measurement> parseMeasuredRunsJson(const std::string& text, const std::string& file);
std::vector<Measurement> parseNcclTestsLog(const std::string& text, const std::string& file);
std::vector<Measurement> parseGemmSweepCsv(const std::string& text, const std::string& file);

} // namespace moe
