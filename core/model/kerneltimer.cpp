#include "model/kerneltimer.h"

#include <algorithm>
#include <cmath>

namespace moe::detail {

namespace {
// The operand intensity (multiply-adds per value loaded per step of K) from which a tile
// runs at the GEMM ceiling: that of 64 x 256, 51.2. Chosen on DeepGEMM's H800 table
// (docs/validation.md, "GEMMs against DeepGEMM") among the intensities of the tile set:
// 42.7 (64 x 128 at full rate) lets 128 x 64 tiles pack a 4,096 x 2,112 GEMM perfectly,
// 21% faster than measured; 64 (only 128 x 128 and up) leaves the GEMMs of few tokens
// 12% off on average instead of 10%.
constexpr double kFullRateIntensity = 64.0 * 256.0 / (64.0 + 256.0);

// A tile loads tileM + tileN operand values per step of K for tileM x tileN
// multiply-adds; one thinner than 64 x 256 waits on its loads and runs at this share of
// the ceiling.
double tileRate(double tileM, double tileN)
{
    return std::min(1.0, tileM * tileN / (tileM + tileN) / kFullRateIntensity);
}
} // namespace

KernelTimer::KernelTimer(const Gpu& gpu, const KernelEfficiency& efficiency)
    : m_gpu(gpu)
    , m_eff(efficiency)
    , m_hbm(gpu.hbmGBps * 1e9 * efficiency.hbm)
    , m_elementwise(gpu.hbmGBps * 1e9 * efficiency.elementwise)
    , m_launchS(efficiency.launchUs * 1e-6)
{
    // Widths of 64, 32 and 16 under the half tile's height and half that: a GEMM of few
    // tokens has too few of the system's tiles to fill the SMs, and its kernel narrows
    // the tile instead (Hopper's warpgroup MMA takes widths in steps of 8; DeepGEMM picks
    // the width from 16 up that needs the fewest waves, jit_kernels/gemm.py,
    // get_best_configs). Sorted by rate, so that gemmEfficiency can stop at the first
    // tile whose rate the best so far reaches, whatever tile a user system names.
    const double half = static_cast<double>(std::min(efficiency.tileM, efficiency.tileN));
    std::size_t i = 0;
    for (const double width : {64.0, 32.0, 16.0}) {
        for (const double height : {half, half / 2}) {
            m_narrow[i++] = {height, width, tileRate(height, width)};
        }
    }
    std::stable_sort(m_narrow.begin(), m_narrow.end(),
                     [](const NarrowTile& a, const NarrowTile& b) { return a.rate > b.rate; });
}

double KernelTimer::gemmEfficiency(const GemmShape& shape, DataType type) const
{
    const bool lowPrecision = type == DataType::Fp8 || type == DataType::Fp4;
    const double ceiling = lowPrecision && m_eff.gemmFp8 > 0 ? m_eff.gemmFp8 : m_eff.gemm;
    if (shape.m <= 0 || shape.n <= 0 || shape.k <= 0) {
        return ceiling;
    }
    const double sms = static_cast<double>(std::max<std::int64_t>(1, m_eff.sms));
    const double halfK = lowPrecision && shape.blockScaled && m_eff.gemmFp8BlockHalfK > 0 ? m_eff.gemmFp8BlockHalfK
                                                                                         : m_eff.gemmHalfK;
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
        return useful * tiles / (waves * sms) * tileRate(tileM, tileN);
    };
    const double tm = static_cast<double>(m_eff.tileM);
    const double tn = static_cast<double>(m_eff.tileN);
    const double half = std::min(tm, tn);
    // Then the narrow tiles (the constructor), at the slower rate of their lower
    // intensity. A fixed set of tiles keeps a larger GEMM never less efficient than its
    // half.
    double quantisation = std::max({quantised(tm, tn), quantised(tn, tm), quantised(half, half),
                                    quantised(half / 2, tn), quantised(half / 2, half)});
    for (const NarrowTile& tile : m_narrow) {
        // No tile beats its own rate, and the rest are slower still: the same maximum,
        // found with fewer divisions.
        if (tile.rate <= quantisation) {
            break;
        }
        quantisation = std::max(quantisation, quantised(tile.m, tile.n));
    }
    return ceiling * quantisation * shape.k / (shape.k + halfK);
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
