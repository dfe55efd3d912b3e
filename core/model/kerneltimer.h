#pragma once

// Times single kernels on a system's efficiency model (docs/model.md, "Kernel-level
// time model"): a GEMM by its shape and data type, the attention core, memory-bound
// kernels by the bytes they stream. Internal to core.

#include <array>
#include <cstdint>

#include "profile/profile.h"

namespace moe::detail {

struct GemmShape {
    double m = 0;  // output rows (tokens)
    double n = 0;  // output columns
    double k = 0;  // reduction length
    double groups = 1;  // a grouped GEMM runs this many such problems
    // 0: the groups run as one grouped kernel (one launch, its tiles packed over the SMs
    // together). Otherwise each group is a GEMM of its own, launched in turn onto this
    // many streams, so at most this many share the SMs at once (Transformer Engine's
    // GroupedLinear: one cuBLAS GEMM per expert on four streams).
    double streams = 0;
    // FP8 with fine-grained scales (the blockwise recipe): the system's block-scaled
    // main loop, where it has one.
    bool blockScaled = false;
};

class KernelTimer {
public:
    KernelTimer(const Gpu& gpu, const KernelEfficiency& efficiency);

    // The fraction of the data type's peak a GEMM of this shape reaches: the ceiling,
    // times wave and tile quantisation of the output tiles over the SMs, times the
    // main loop's share of a short K. Never rises when the GEMM is cut in half.
    double gemmEfficiency(const GemmShape& shape, DataType type = DataType::Bf16) const;
    // One GEMM launch: the larger of its FLOPs at that efficiency and its operands
    // streamed from HBM (weights of `weightBytes` per element), plus the launch cost.
    double gemm(const GemmShape& shape, DataType type, double weightBytes, double activationBytes) const;
    // FlashAttention: `flops` at the forward or backward efficiency.
    double flashAttention(double flops, DataType type, bool backward) const;
    // A memory-bound kernel that reads and writes `bytes` in all: a plain stream
    // (optimizer, casts) or a layer's element-wise kernel.
    double stream(double bytes) const;
    double elementwise(double bytes) const;
    // Bytes a kernel streams beside its main work, with no launch of its own: a GEMM's
    // epilogue after the main loop, a cast's second layout.
    double accumulate(double bytes) const { return bytes / m_hbm; }
    double launch() const { return m_launchS; }
    std::int64_t sms() const { return m_eff.sms; }
    double peak(DataType type) const { return m_gpu.peakFor(type) * 1e12; }

private:
    // The narrow tiles GEMMs of few tokens fall back on (kerneltimer.cpp), with the
    // share of the ceiling each reaches, fastest first.
    struct NarrowTile {
        double m;
        double n;
        double rate;
    };

    const Gpu& m_gpu;
    const KernelEfficiency& m_eff;
    std::array<NarrowTile, 6> m_narrow{};
    double m_hbm;
    double m_elementwise;
    double m_launchS;
};

} // namespace moe::detail
