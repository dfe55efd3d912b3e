#include "model/rebalancecost.h"

#include <algorithm>
#include <unordered_map>

#include "model/topology.h"

namespace moe::detail {

namespace {

// Slots rank r must fill in one layer: each slot of the new placement whose expert the
// rank did not hold before (a second replica of an expert it held counts as a copy
// too, but it comes from the rank itself). Counted by where the copy comes from.
struct LayerMoves {
    std::vector<double> intra;  // slots copied from a GPU of the same scale-up domain
    std::vector<double> inter;  // slots copied over the NIC
};

// EP rank of expert e in the contiguous placement of E slots over EP ranks.
std::int64_t contiguousOwner(std::int64_t expert, std::int64_t experts, std::int64_t ranks)
{
    const std::int64_t q = experts / ranks;
    const std::int64_t rem = experts % ranks;
    const std::int64_t bigBlock = (q + 1) * rem;
    return expert < bigBlock ? expert / (q + 1) : rem + (expert - bigBlock) / q;
}

LayerMoves movesOf(const ExpertRow& row, const Context& ctx)
{
    const std::int64_t ranks = row.ranks();
    const std::int64_t experts = ctx.model.experts;
    const std::int64_t domain = std::max<std::int64_t>(1, ctx.profile.cluster.domainSize());
    // EP rank r spans GPUs [r ETP, (r + 1) ETP) of its group, and groups start on a
    // domain boundary when they span domains (model.md §2).
    auto domainOf = [&](std::int64_t rank) { return rank * ctx.s.etp / domain; };
    LayerMoves moves{std::vector<double>(static_cast<std::size_t>(ranks), 0.0),
                     std::vector<double>(static_cast<std::size_t>(ranks), 0.0)};
    const auto byRank = row.expertsByRank();
    for (std::int64_t r = 0; r < ranks; ++r) {
        std::unordered_map<std::int64_t, int> seen;
        for (const auto expert : byRank[static_cast<std::size_t>(r)]) {
            const std::int64_t owner = contiguousOwner(expert, experts, ranks);
            if (owner == r && seen[expert]++ == 0) {
                continue;  // the copy it already holds
            }
            if (owner == r || domainOf(owner) == domainOf(r)) {
                moves.intra[static_cast<std::size_t>(r)] += 1;
            } else {
                moves.inter[static_cast<std::size_t>(r)] += 1;
            }
        }
    }
    return moves;
}

} // namespace

ExpertSlotCost expertSlotCost(const Context& ctx)
{
    ExpertSlotCost cost;
    if (ctx.loads.empty()) {
        return cost;
    }
    const double slotBytes = ctx.arch.expertParams * ctx.model.weightBytes / static_cast<double>(ctx.s.etp);
    const double perRankRedundant = static_cast<double>(ctx.s.redundantExperts) / static_cast<double>(ctx.s.ep);
    const std::int64_t rows = ctx.loads.sharedByAllLayers() ? 1 : ctx.model.moeLayers();
    std::vector<LayerMoves> moves;
    moves.reserve(static_cast<std::size_t>(rows));
    for (std::int64_t i = 0; i < rows; ++i) {
        moves.push_back(movesOf(ctx.loads.row(i), ctx));
    }
    for (std::int64_t p = 0; p < ctx.s.pp; ++p) {
        const StageShape stage = stageShape(ctx, p);
        cost.redundantBytesPerGpu =
            std::max(cost.redundantBytesPerGpu, static_cast<double>(stage.moeLayers) * perRankRedundant * slotBytes);
        for (std::int64_t r = 0; r < ctx.s.ep; ++r) {
            double intra = 0;
            double inter = 0;
            for (std::int64_t i = 0; i < stage.moeLayers; ++i) {
                const std::int64_t row = ctx.loads.sharedByAllLayers()
                    ? 0 : std::min(stage.firstMoeLayer + i, ctx.model.moeLayers() - 1);
                intra += moves[static_cast<std::size_t>(row)].intra[static_cast<std::size_t>(r)] * slotBytes;
                inter += moves[static_cast<std::size_t>(row)].inter[static_cast<std::size_t>(r)] * slotBytes;
            }
            // Every EDP copy of the group moves the same; each GPU of the rank's ETP
            // shard copies its shard.
            const double gpusLikeThis = static_cast<double>(ctx.s.etp * ctx.s.edp());
            cost.rebalanceBytesTotal += (intra + inter) * gpusLikeThis;
            // NVLink and the NIC carry their parts at the same time.
            const double seconds = std::max(intra / ctx.intra.bytesPerSecond, inter / ctx.inter.bytesPerSecond);
            if (seconds >= cost.rebalanceSeconds) {
                cost.rebalanceSeconds = seconds;
                cost.rebalanceBytesPerGpu = intra + inter;
                cost.rebalanceInterNodeBytesPerGpu = inter;
            }
        }
    }
    return cost;
}

} // namespace moe::detail
