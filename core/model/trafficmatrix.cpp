#include "model/trafficmatrix.h"

#include <algorithm>

#include "model/costmodel.h"
#include "model/topology.h"
#include "profile/profileio.h"

namespace moe {

bool TrafficMatrix::intraNode(std::int64_t from, std::int64_t to) const
{
    if (byNode()) {
        return from == to;
    }
    return from / gpusPerNode == to / gpusPerNode;
}

std::int64_t TrafficMatrix::endGpu(std::int64_t bin) const
{
    return std::min(gpusUsed, (bin + 1) * gpusPerBin);
}

TrafficLink TrafficMatrix::hottest() const
{
    TrafficLink link;
    for (std::int64_t i = 0; i < bins; ++i) {
        for (std::int64_t j = 0; j < bins; ++j) {
            if (i != j && at(i, j) > link.bytes) {
                link = TrafficLink{i, j, at(i, j), intraNode(i, j)};
            }
        }
    }
    return link;
}

namespace {

// Bytes per value on the wire under the kernel-level model, as allToAll() counts them
// (costmodel.cpp): one fp32 scale per 128 values of an 8-bit or narrower type.
double wireBytes(DataType type)
{
    const double bytes = bytesOf(type);
    return bytes + (bytes <= 1 ? 4.0 / 128.0 : 0.0);
}

} // namespace

TrafficMatrix trafficMatrix(const Profile& profile, const Strategy& strategy, std::int64_t maxBins)
{
    TrafficMatrix matrix;
    const std::int64_t perNode = std::max<std::int64_t>(1, profile.cluster.gpusPerNode);
    matrix.gpusPerNode = perNode;
    if (profile.model.experts == 0 || checkStrategy(profile, strategy)) {
        return matrix;
    }
    const std::int64_t used = strategy.gpusUsed();
    matrix.gpusUsed = used;
    const std::int64_t nodes = (used + perNode - 1) / perNode;
    maxBins = std::max<std::int64_t>(1, maxBins);
    if (used > maxBins) {
        matrix.gpusPerBin = perNode * ((nodes + maxBins - 1) / maxBins);
    }
    matrix.bins = (used + matrix.gpusPerBin - 1) / matrix.gpusPerBin;
    matrix.bytes.assign(static_cast<std::size_t>(matrix.bins * matrix.bins), 0.0);

    const detail::Context ctx(profile, strategy);
    if (ctx.groupSize <= 1) {
        return matrix;  // every expert is local: no all-to-all
    }
    const Model& m = profile.model;
    const double tokenBytes = static_cast<double>(m.hidden) * m.activationBytes;
    const double dispatchScale = ctx.kernels ? wireBytes(m.precision.dispatch) / m.activationBytes : 1.0;
    const double combineScale = ctx.kernels ? wireBytes(m.precision.combine) / m.activationBytes : 1.0;
    const double passes = ctx.training ? 2.0 : 1.0;
    // Bytes per unit of destination share, per step, for one GPU's tokens.
    const double perShare = ctx.microBatches * passes * ctx.dispatchTokens * static_cast<double>(m.topK) * tokenBytes;

    // Each EP rank's share summed over a stage's MoE layers, per stage.
    std::vector<std::vector<double>> stageShares(static_cast<std::size_t>(strategy.pp));
    for (std::int64_t p = 0; p < strategy.pp; ++p) {
        const detail::StageShape stage = detail::stageShape(ctx, p);
        auto& shares = stageShares[static_cast<std::size_t>(p)];
        shares.assign(static_cast<std::size_t>(strategy.ep), 0.0);
        detail::forEachMoeRow(ctx, stage, [&](const ExpertRow& row, double layers) {
            for (std::int64_t r = 0; r < strategy.ep; ++r) {
                shares[static_cast<std::size_t>(r)] += layers * row.shareOf(r);
            }
        });
    }

    // An expert-parallel group is a contiguous block of EP x ETP GPUs (topology.h).
    const std::int64_t group = ctx.groupSize;
    std::vector<std::int64_t> rank(static_cast<std::size_t>(group));
    std::vector<std::int64_t> bin(static_cast<std::size_t>(group));
    for (std::int64_t start = 0; start + group <= used; start += group) {
        const std::int64_t stage = coordinatesOf(start, strategy, perNode).pp;
        const auto& shares = stageShares[static_cast<std::size_t>(stage)];
        for (std::int64_t o = 0; o < group; ++o) {
            rank[static_cast<std::size_t>(o)] = coordinatesOf(start + o, strategy, perNode).ep;
            bin[static_cast<std::size_t>(o)] = (start + o) / matrix.gpusPerBin;
        }
        for (std::int64_t a = 0; a < group; ++a) {
            const double ownShare = shares[static_cast<std::size_t>(rank[static_cast<std::size_t>(a)])];
            double* row = matrix.bytes.data() + bin[static_cast<std::size_t>(a)] * matrix.bins;
            for (std::int64_t b = 0; b < group; ++b) {
                if (a == b) {
                    continue;
                }
                const double theirShare = shares[static_cast<std::size_t>(rank[static_cast<std::size_t>(b)])];
                row[bin[static_cast<std::size_t>(b)]] += perShare * (theirShare * dispatchScale + ownShare * combineScale);
            }
        }
    }
    return matrix;
}

} // namespace moe
