#include "model/collectives.h"

namespace moe {

LinkSpeed effectiveLink(const Link& link, const Efficiency& efficiency)
{
    const double fraction = link.efficiency > 0 ? link.efficiency : efficiency.network;
    return LinkSpeed{link.bandwidthGBps * 1e9 * fraction, link.latencyUs * 1e-6};
}

double allReduceBytesPerRank(std::int64_t ranks, double messageBytes)
{
    const double n = static_cast<double>(ranks);
    return ranks <= 1 ? 0.0 : 2 * (n - 1) / n * messageBytes;
}

double allGatherBytesPerRank(std::int64_t ranks, double messageBytes)
{
    const double n = static_cast<double>(ranks);
    return ranks <= 1 ? 0.0 : (n - 1) / n * messageBytes;
}

double allToAllBytesPerRank(std::int64_t ranks, double messageBytes)
{
    return allGatherBytesPerRank(ranks, messageBytes);
}

double allReduceSeconds(std::int64_t ranks, double messageBytes, const LinkSpeed& link)
{
    if (ranks <= 1 || messageBytes <= 0) {
        return 0;  // nothing to reduce costs nothing, not a latency
    }
    const double steps = 2 * static_cast<double>(ranks - 1);
    return allReduceBytesPerRank(ranks, messageBytes) / link.bytesPerSecond + steps * link.latencyS;
}

} // namespace moe
