#include "model/kerneltimer.h"

#include <algorithm>
#include <cmath>

namespace moe::detail {

KernelTimer::KernelTimer(const Gpu& gpu, const KernelEfficiency& efficiency)
    : m_gpu(gpu)
    , m_eff(efficiency)
    , m_hbm(gpu.hbmGBps * 1e9 * efficiency.hbm)
    , m_elementwise(gpu.hbmGBps * 1e9 * efficiency.elementwise)
    , m_launchS(efficiency.launchUs * 1e-6)
{
}

double KernelTimer::gemmEfficiency(const GemmShape& shape, DataType type) const
{
    const bool lowPrecision = type == DataType::Fp8 || type == DataType::Fp4;
    const double ceiling = lowPrecision && m_eff.gemmFp8 > 0 ? m_eff.gemmFp8 : m_eff.gemm;
    if (shape.m <= 0 || shape.n <= 0 || shape.k <= 0) {
        return ceiling;
    }
    const double sms = static_cast<double>(std::max<std::int64_t>(1, m_eff.sms));
    // cuBLAS and CUTLASS pick the tile that suits the shape: the large tile in both
    // orientations, the square half tile and the 64-row tiles (Hopper's warpgroup MMA
    // is 64 rows tall; DeepGEMM and CUTLASS use them for few tokens) are tried. Work in
    // partial tiles and in the last, partly filled wave is wasted.
    auto quantised = [&](double tileM, double tileN) {
        const double rows = std::ceil(shape.m / tileM);
        const double cols = std::ceil(shape.n / tileN);
        // GEMMs on their own streams share the SMs only as many at a time as there are
        // streams.
        const double together = shape.streams > 0 ? std::min(shape.groups, shape.streams) : shape.groups;
        const double tiles = rows * cols * together;
        const double waves = std::ceil(tiles / sms);
        const double useful = shape.m * shape.n / (rows * tileM * cols * tileN);
        return useful * tiles / (waves * sms);
    };
    const double tm = static_cast<double>(m_eff.tileM);
    const double tn = static_cast<double>(m_eff.tileN);
    const double half = std::min(tm, tn);
    const double quantisation = std::max({quantised(tm, tn), quantised(tn, tm), quantised(half, half),
                                          quantised(half / 2, tn), quantised(half / 2, half)});
    const double halfK = lowPrecision && shape.blockScaled && m_eff.gemmFp8BlockHalfK > 0 ? m_eff.gemmFp8BlockHalfK
                                                                                         : m_eff.gemmHalfK;
    const double mainLoop = shape.k / (shape.k + halfK);
    return ceiling * quantisation * mainLoop;
}

double KernelTimer::gemm(const GemmShape& shape, DataType type, double weightBytes, double activationBytes) const
{
    const double flops = 2.0 * shape.m * shape.n * shape.k * shape.groups;
    const double bytes = shape.groups
        * (shape.n * shape.k * weightBytes + (shape.m * shape.k + shape.m * shape.n) * activationBytes);
    const double compute = flops / (peak(type) * gemmEfficiency(shape, type));
    const double launches = shape.streams > 0 ? shape.groups : 1.0;
    return std::max(compute, bytes / m_hbm) + launches * m_launchS;
}

double KernelTimer::flashAttention(double flops, DataType type, bool backward) const
{
    const double eff = backward ? m_eff.attentionBackward : m_eff.attentionForward;
    return flops / (peak(type) * eff) + m_launchS;
}

double KernelTimer::stream(double bytes) const
{
    return bytes / m_hbm + m_launchS;
}

double KernelTimer::elementwise(double bytes) const
{
    return bytes / m_elementwise + m_launchS;
}

} // namespace moe::detail
