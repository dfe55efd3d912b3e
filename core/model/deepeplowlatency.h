#pragma once

// DeepEP's low-latency dispatch and combine, the all-to-all kernels decode runs
// (issue 14, point 1; docs/serving.md, "DeepEP low-latency kernels"). Timed from the
// per-EP-size latencies DeepEP publishes for H800 with one 400 Gb/s CX7 NIC per GPU:
// each kernel costs the NIC's start-up latency plus its bytes at the bandwidth the
// table's row implies once that latency is taken out, so a small batch is
// latency-bound and a batch of the table's size reproduces the table. Internal to core.

#include <cstdint>

namespace moe::detail {

enum class LowLatencyKernel { Dispatch, Combine };

// One row of the published table: the EP size and each kernel's latency for the
// table's batch (kLowLatencyAnchorTokens tokens of 7,168 values per GPU, top-8).
struct LowLatencyAnchor {
    std::int64_t ep;
    double dispatchUs;
    double combineUs;
};

// deepseek-ai/DeepEP, docs/legacy.md (commit b306af0), "Low-latency kernels with pure
// RDMA": H800, CX7 InfiniBand 400 Gb/s (~50 GB/s), 128 tokens per batch, hidden 7168,
// top-8, FP8 dispatch, BF16 combine.
inline constexpr LowLatencyAnchor kLowLatencyAnchors[] = {
    {8, 77, 114}, {16, 118, 195}, {32, 155, 273}, {64, 173, 314}, {128, 192, 369}, {256, 194, 360},
};
inline constexpr double kLowLatencyAnchorTokens = 128;
inline constexpr double kLowLatencyAnchorHidden = 7168;
inline constexpr double kLowLatencyAnchorTopK = 8;
inline constexpr double kLowLatencyAnchorNicGBps = 50;  // "~50 GB/s maximum bandwidth"

// Bytes one GPU sends in the table's batch: every token to each of its k experts, FP8
// with one fp32 scale per 128 values (dispatch) or BF16 (combine).
double lowLatencyAnchorBytes(LowLatencyKernel kernel);

// The table's latency at an EP size, interpolated linearly in log2(EP) between rows
// and held at the first and last row outside them.
double lowLatencyAnchorSeconds(LowLatencyKernel kernel, std::int64_t ep);

// One kernel sending `bytes` (all k copies of every token, at the payload's data
// type) in an EP group of `ep` GPUs, over NICs of `nicGBps` with start-up latency
// `alphaS`: alpha + bytes / B, where B = anchor bytes / (anchor latency - alpha),
// scaled by the NIC's bandwidth over the table's 50 GB/s.
double lowLatencySeconds(LowLatencyKernel kernel, std::int64_t ep, double bytes, double nicGBps, double alphaS);

} // namespace moe::detail
