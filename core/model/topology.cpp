#include "model/topology.h"

#include <algorithm>
#include <numeric>

namespace moe {

LayerRange stageLayers(std::int64_t layers, std::int64_t pp, std::int64_t stage)
{
    const std::int64_t base = layers / pp;
    const std::int64_t extra = layers % pp;
    return LayerRange{stage * base + std::min(stage, extra), base + (stage < extra ? 1 : 0)};
}

std::int64_t StageLayers::count() const
{
    std::int64_t sum = 0;
    for (const LayerRange& r : ranges) {
        sum += r.count;
    }
    return sum;
}

bool StageLayers::contains(std::int64_t layer) const
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const LayerRange& r) { return r.contains(layer); });
}

StageLayers stageLayers(std::int64_t layers, const Pipeline& pipeline, std::int64_t pp, std::int64_t stage)
{
    const auto& layout = pipeline.layout;
    const auto entries = static_cast<std::int64_t>(layout.size());
    // A layout that does not fit PP is refused by checkStrategy; the even split
    // stands in for it here so that nothing reads past its end.
    if (layout.empty() || (entries != pp && entries != pp * pipeline.virtualStages)) {
        return StageLayers{{stageLayers(layers, pp, stage)}};
    }
    StageLayers result;
    std::int64_t first = 0;
    for (std::int64_t i = 0; i < entries; ++i) {
        const std::int64_t count = layout[static_cast<std::size_t>(i)];
        if (i % pp == stage && count > 0) {
            result.ranges.push_back(LayerRange{first, count});
        }
        first += count;
    }
    return result;
}

GpuCoordinates coordinatesOf(std::int64_t gpu, const Strategy& s, std::int64_t gpusPerNode)
{
    GpuCoordinates c;
    c.index = gpu;
    c.node = gpu / gpusPerNode;
    const std::int64_t stageSize = s.tp * s.dp;
    c.pp = gpu / stageSize;
    const std::int64_t local = gpu % stageSize;
    c.tp = local % s.tp;
    c.dp = local / s.tp;
    c.etp = local % s.etp;
    c.ep = (local / s.etp) % s.ep;
    c.edp = local / (s.etp * s.ep);
    return c;
}

std::int64_t peersInNode(std::int64_t start, std::int64_t size, std::int64_t gpu, std::int64_t gpusPerNode)
{
    const std::int64_t nodeStart = gpu / gpusPerNode * gpusPerNode;
    const std::int64_t lo = std::max(start, nodeStart);
    const std::int64_t hi = std::min(start + size, nodeStart + gpusPerNode);
    return std::max<std::int64_t>(0, hi - lo);
}

std::int64_t fewestExpertPeersInNode(const Strategy& s, std::int64_t gpusPerNode)
{
    const std::int64_t groupSize = s.ep * s.etp;
    const std::int64_t groups = s.pp * s.edp();
    // Group i starts at i x groupSize; the pattern of starts modulo the node size
    // repeats after gpusPerNode / gcd(groupSize, gpusPerNode) groups.
    const std::int64_t period = gpusPerNode / std::gcd(groupSize, gpusPerNode);
    std::int64_t fewest = groupSize;
    for (std::int64_t i = 0; i < std::min(groups, period); ++i) {
        const std::int64_t start = i * groupSize;
        const std::int64_t end = start + groupSize;
        // The first and the last node the group touches are the only partial ones.
        fewest = std::min(fewest, peersInNode(start, groupSize, start, gpusPerNode));
        fewest = std::min(fewest, peersInNode(start, groupSize, end - 1, gpusPerNode));
    }
    return fewest;
}

bool blockWithinNode(std::int64_t size, std::int64_t gpusPerNode)
{
    return size <= gpusPerNode && gpusPerNode % size == 0;
}

} // namespace moe
