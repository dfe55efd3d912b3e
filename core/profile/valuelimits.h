#pragma once

// Sane ranges for profile values. A hostile file must not make the program allocate
// or loop without bound, so every size the engine iterates over is capped here; the
// caps are documented in docs/profile-format.md.

#include <cstdint>

namespace moe::limits {

inline constexpr std::int64_t kMaxGpus = 1'048'576;
inline constexpr std::int64_t kMaxGpusPerNode = 1'024;
inline constexpr std::int64_t kMaxLayers = 10'000;
inline constexpr std::int64_t kMaxHidden = 1'048'576;
inline constexpr std::int64_t kMaxHeads = 65'536;
inline constexpr std::int64_t kMaxExperts = 65'536;
inline constexpr std::int64_t kMaxFfnHidden = 16'777'216;
inline constexpr std::int64_t kMaxVocab = 100'000'000;
inline constexpr std::int64_t kMaxBatch = 1'000'000'000;
inline constexpr std::int64_t kMaxSeqLen = 100'000'000;
inline constexpr std::int64_t kMaxMicroBatches = 1'000'000;
inline constexpr double kMaxBytesPerElement = 16;
inline constexpr double kMaxTflops = 1e6;
inline constexpr double kMaxGBps = 1e7;
inline constexpr double kMaxMemoryGiB = 1e6;
inline constexpr double kMaxLatencyUs = 1e6;
inline constexpr double kMaxCapacityFactor = 1e3;
// SMs a GPU gives a kernel (workload.overlap.ep_sms); today's largest have 304.
inline constexpr std::int64_t kMaxSmsPerGpu = 1'024;

} // namespace moe::limits
