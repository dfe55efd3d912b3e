#include "model/expertloads.h"

#include "model/eplb.h"
#include "model/maxload.h"
#include "model/powerlaw.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <queue>

namespace moe {

namespace {

// Rank of slot j when slots are dealt out in contiguous blocks, the first
// (slots mod ranks) ranks taking one more.
std::int64_t contiguousRank(std::int64_t slot, std::int64_t slots, std::int64_t ranks)
{
    const std::int64_t q = slots / ranks;
    const std::int64_t rem = slots % ranks;
    const std::int64_t bigBlock = (q + 1) * rem;
    return slot < bigBlock ? slot / (q + 1) : rem + (slot - bigBlock) / q;
}

// Chance that a slot with assignment share `share` of `tokens x k` assignments gets
// at least one token: each token picks it with probability k x share.
double hitProbability(double share, std::int64_t topK, double tokens)
{
    const double perToken = std::min(1.0, static_cast<double>(topK) * share);
    if (perToken >= 1.0) {
        return 1.0;
    }
    return -std::expm1(tokens * std::log1p(-perToken));
}

} // namespace

ExpertRow::ExpertRow(const std::vector<double>* weights, const Model& model, const Strategy& strategy,
                     double capacityFactor, double groupTokens, std::int64_t epNodes)
    : m_ranks(strategy.ep)
    , m_experts(model.experts)
    , m_slotCount(model.experts + strategy.redundantExperts)
    , m_topK(model.topK)
    , m_policy(strategy.placement)
{
    m_closedForm = weights == nullptr && strategy.redundantExperts == 0 && strategy.placement != PlacementPolicy::Balanced
        && strategy.placement != PlacementPolicy::Eplb && strategy.placement != PlacementPolicy::Manual;
    if (m_closedForm) {
        // Uniform routing: every expert gets 1/E of the assignments, ranks hold
        // floor or ceil of E/EP experts, and the first ranks hold the extra ones.
        m_hitProbability = hitProbability(1.0 / static_cast<double>(m_experts), m_topK, groupTokens);
        m_busiest = 0;
        m_fullest = 0;
        m_minSlots = m_slotCount / m_ranks;
        m_stepMaxShare = maxShare();
        return;
    }
    std::vector<double> uniform;
    if (!weights) {
        uniform.assign(static_cast<std::size_t>(m_experts), 1.0);
        weights = &uniform;
    }
    placeSlots(*weights, model, strategy, capacityFactor, groupTokens, epNodes);
    m_stepMaxShare = maxShare();
}

void ExpertRow::routeAtRandom(double assignments)
{
    m_stepMaxShare = maxShare();
    if (assignments <= 0) {
        return;
    }
    if (m_closedForm) {
        // Uniform routing: (slots mod EP) ranks hold one slot more than the others.
        const std::int64_t fuller = m_slotCount % m_ranks;
        const std::array<PoissonBins, 2> bins{PoissonBins{shareOf(0) * assignments, fuller},
                                              PoissonBins{shareOf(m_ranks - 1) * assignments, m_ranks - fuller}};
        m_stepMaxShare = std::max(m_stepMaxShare, expectedMaxPoisson(bins) / assignments);
        return;
    }
    // Ranks within 0.1% of one another's share count once, at the group's largest
    // share (a balanced placement has hundreds of nearly equal ranks): an upper bound
    // that costs one bin per group.
    std::vector<double> shares(m_rankShare);
    std::sort(shares.begin(), shares.end(), std::greater<>());
    std::vector<PoissonBins> bins;
    for (const double share : shares) {
        if (!bins.empty() && share * assignments >= bins.back().mean * (1 - 1e-3)) {
            ++bins.back().count;
        } else {
            bins.push_back({share * assignments, 1});
        }
    }
    m_stepMaxShare = std::max(m_stepMaxShare, expectedMaxPoisson(bins) / assignments);
}

std::vector<int> ExpertRow::chooseReplicas(const std::vector<double>& share, const Model& model,
                                           const Strategy& strategy, std::int64_t epNodes)
{
    const auto experts = share.size();
    m_slotExpert.resize(static_cast<std::size_t>(m_slotCount));
    // checkStrategy() refuses EPLB with slots that do not split evenly over the ranks.
    if (m_policy == PlacementPolicy::Eplb && m_slotCount % m_ranks == 0) {
        // Without expert groups EPLB is given one group, as vLLM does: the global policy
        // unless the EP group lies in one node, where both policies are the same.
        const std::int64_t groups = model.expertGroups > 0 ? model.expertGroups : 1;
        const bool evenNodes = epNodes > 0;
        const std::int64_t eplbGroups = evenNodes ? groups : 1;
        const std::int64_t eplbNodes = evenNodes ? epNodes : 1;
        // Within a search the same row, EP and slots recur for thousands of
        // configurations: its cache (eplb.h) computes each placement once.
        if (EplbCache* cache = currentEplbCache()) {
            const EplbPlan& plan = cache->plan(share, m_slotCount, eplbGroups, eplbNodes, m_ranks);
            m_hierarchical = plan.hierarchical && epNodes > 1;
            m_slotExpert = plan.slotExpert;
            return {plan.replicas.begin(), plan.replicas.end()};
        }
        EplbPlan plan = rebalanceExperts(share, m_slotCount, eplbGroups, eplbNodes, m_ranks);
        m_hierarchical = plan.hierarchical && epNodes > 1;
        m_slotExpert = std::move(plan.slotExpert);
        return {plan.replicas.begin(), plan.replicas.end()};
    }
    std::vector<int> replicas(experts, 0);
    if (m_policy == PlacementPolicy::Manual) {
        // The profile lists every slot, rank by rank (checkStrategy() has checked it).
        std::size_t j = 0;
        for (const auto& rank : strategy.expertSlots) {
            for (const std::int64_t expert : rank) {
                m_slotExpert[j++] = static_cast<std::int32_t>(expert);
                ++replicas[static_cast<std::size_t>(expert)];
            }
        }
        return replicas;
    }
    // Redundant replicas go to the hottest experts, one each (DeepSeek's EPLB idea):
    // only that many of the hottest are ordered (the lower index first among equals,
    // as a stable sort would), since a search places every row anew per configuration.
    std::vector<std::int32_t> byHeat(experts);
    std::iota(byHeat.begin(), byHeat.end(), 0);
    const auto hottest = static_cast<std::ptrdiff_t>(std::min<std::int64_t>(strategy.redundantExperts, static_cast<std::int64_t>(experts)));
    if (hottest > 0) {
        const auto hotter = [&](auto a, auto b) { return share[a] > share[b] || (share[a] == share[b] && a < b); };
        std::partial_sort(byHeat.begin(), byHeat.begin() + hottest, byHeat.end(), hotter);
    }
    replicas.assign(experts, 1);
    for (std::size_t e = 0; e < experts; ++e) {
        m_slotExpert[e] = static_cast<std::int32_t>(e);
    }
    for (std::int64_t i = 0; i < strategy.redundantExperts; ++i) {
        const auto expert = byHeat[static_cast<std::size_t>(i)];
        m_slotExpert[experts + static_cast<std::size_t>(i)] = expert;
        ++replicas[static_cast<std::size_t>(expert)];
    }
    return replicas;
}

void ExpertRow::placeSlots(const std::vector<double>& weights, const Model& model, const Strategy& strategy,
                           double capacityFactor, double groupTokens, std::int64_t epNodes)
{
    const auto experts = static_cast<std::size_t>(m_experts);
    // Weights relative to the heaviest first: w / w is exactly 1, so E equal weights sum
    // to exactly E and each share is 1/E rounded once, equal to the capacity's 1/E.
    // Summing 64 x 0.1 directly gives 6.4000000000000004, and shares a hair over it.
    const double heaviest = *std::max_element(weights.begin(), weights.end());
    std::vector<double> share(experts);
    double total = 0;
    for (std::size_t e = 0; e < experts; ++e) {
        share[e] = weights[e] / heaviest;
        total += share[e];
    }
    for (double& s : share) {
        s /= total;
    }
    const std::vector<int> replicas = chooseReplicas(share, model, strategy, epNodes);
    // Each slot can take capacityFactor x the mean per-expert assignments; the
    // excess is dropped (Switch/GShard capacity), the rest split evenly over replicas.
    const double capacityPerSlot = capacityFactor / static_cast<double>(m_experts);
    m_slotShare.resize(static_cast<std::size_t>(m_slotCount));
    m_dropped = 0;
    m_expertDropped.assign(experts, 0.0);
    for (std::size_t e = 0; e < experts; ++e) {
        const double capacity = capacityPerSlot * replicas[e];
        // An excess within rounding of the capacity is no excess (kCapacityTolerance).
        const double kept = share[e] > capacity * (1 + kCapacityTolerance) ? capacity : share[e];
        m_expertDropped[e] = share[e] - kept;
        m_dropped += share[e] - kept;
        share[e] = kept / replicas[e];
    }
    for (std::size_t j = 0; j < m_slotShare.size(); ++j) {
        m_slotShare[j] = share[static_cast<std::size_t>(m_slotExpert[j])];
    }

    const auto ranks = static_cast<std::size_t>(m_ranks);
    m_slotRank.resize(static_cast<std::size_t>(m_slotCount));
    m_rankShare.assign(ranks, 0.0);
    m_rankSlots.assign(ranks, 0);
    m_rankActivated.assign(ranks, 0.0);
    if (m_policy == PlacementPolicy::Balanced) {
        // Longest-processing-time first: heaviest slot to the lightest rank that still
        // has room, so every rank ends with floor or ceil of slots/EP.
        const std::int64_t room = (m_slotCount + m_ranks - 1) / m_ranks;
        std::vector<std::int32_t> order(static_cast<std::size_t>(m_slotCount));
        std::iota(order.begin(), order.end(), 0);
        const auto heavier = [&](auto a, auto b) { return m_slotShare[a] > m_slotShare[b]; };
        if (!std::is_sorted(order.begin(), order.end(), heavier)) {
            std::stable_sort(order.begin(), order.end(), heavier);
        }
        using Entry = std::pair<double, std::int32_t>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> lightest;
        for (std::size_t r = 0; r < ranks; ++r) {
            lightest.emplace(0.0, static_cast<std::int32_t>(r));
        }
        for (const auto slot : order) {
            auto [load, rank] = lightest.top();
            lightest.pop();
            m_slotRank[static_cast<std::size_t>(slot)] = rank;
            if (++m_rankSlots[static_cast<std::size_t>(rank)] < room) {
                lightest.emplace(load + m_slotShare[static_cast<std::size_t>(slot)], rank);
            }
            m_rankShare[static_cast<std::size_t>(rank)] += m_slotShare[static_cast<std::size_t>(slot)];
        }
    } else {
        // EPLB lists slots GPU by GPU, the same number on each: contiguous blocks. A
        // manual list gives each rank its own count, rank by rank.
        std::vector<std::int64_t> manualRank;
        if (m_policy == PlacementPolicy::Manual) {
            for (std::size_t r = 0; r < strategy.expertSlots.size(); ++r) {
                manualRank.insert(manualRank.end(), strategy.expertSlots[r].size(), static_cast<std::int64_t>(r));
            }
        }
        for (std::int64_t j = 0; j < m_slotCount; ++j) {
            const auto rank = m_policy == PlacementPolicy::Manual     ? manualRank[static_cast<std::size_t>(j)]
                            : m_policy == PlacementPolicy::RoundRobin ? j % m_ranks
                                                                      : contiguousRank(j, m_slotCount, m_ranks);
            m_slotRank[static_cast<std::size_t>(j)] = static_cast<std::int32_t>(rank);
            ++m_rankSlots[static_cast<std::size_t>(rank)];
            m_rankShare[static_cast<std::size_t>(rank)] += m_slotShare[static_cast<std::size_t>(j)];
        }
    }
    // Neighbouring slots mostly share a share (uniform routing, replicas): reuse the
    // last probability rather than call expm1 and log1p for each of hundreds of slots.
    double lastShare = -1.0;
    double lastHit = 0.0;
    for (std::size_t j = 0; j < m_slotShare.size(); ++j) {
        if (m_slotShare[j] != lastShare) {
            lastShare = m_slotShare[j];
            lastHit = hitProbability(lastShare, m_topK, groupTokens);
        }
        m_rankActivated[static_cast<std::size_t>(m_slotRank[j])] += lastHit;
    }
    m_busiest = std::max_element(m_rankShare.begin(), m_rankShare.end()) - m_rankShare.begin();
    m_fullest = std::max_element(m_rankSlots.begin(), m_rankSlots.end()) - m_rankSlots.begin();
    m_minSlots = *std::min_element(m_rankSlots.begin(), m_rankSlots.end());
}

double ExpertRow::shareOf(std::int64_t rank) const
{
    if (m_closedForm) {
        return static_cast<double>(slotsOf(rank)) / static_cast<double>(m_experts);
    }
    return m_rankShare[static_cast<std::size_t>(rank)];
}

std::int64_t ExpertRow::slotsOf(std::int64_t rank) const
{
    if (m_closedForm) {
        return m_slotCount / m_ranks + (rank < m_slotCount % m_ranks ? 1 : 0);
    }
    return m_rankSlots[static_cast<std::size_t>(rank)];
}

double ExpertRow::activatedOf(std::int64_t rank) const
{
    if (m_closedForm) {
        return static_cast<double>(slotsOf(rank)) * m_hitProbability;
    }
    return m_rankActivated[static_cast<std::size_t>(rank)];
}

double ExpertRow::imbalance() const
{
    const double kept = 1.0 - m_dropped;
    return kept > 0 ? maxShare() * static_cast<double>(m_ranks) / kept : 1.0;
}

double ExpertRow::stepImbalance() const
{
    const double kept = 1.0 - m_dropped;
    return kept > 0 ? m_stepMaxShare * static_cast<double>(m_ranks) / kept : 1.0;
}

std::vector<std::int64_t> ExpertRow::expertsOn(std::int64_t rank) const
{
    return expertsByRank()[static_cast<std::size_t>(rank)];
}

std::vector<std::vector<std::int64_t>> ExpertRow::expertsByRank() const
{
    std::vector<std::vector<std::int64_t>> byRank(static_cast<std::size_t>(m_ranks));
    for (std::int64_t j = 0; j < m_slotCount; ++j) {
        std::int64_t owner = 0;
        if (!m_closedForm) {
            owner = m_slotRank[static_cast<std::size_t>(j)];
        } else if (m_policy == PlacementPolicy::RoundRobin) {
            owner = j % m_ranks;
        } else {
            owner = contiguousRank(j, m_slotCount, m_ranks);
        }
        byRank[static_cast<std::size_t>(owner)].push_back(m_closedForm ? j : m_slotExpert[static_cast<std::size_t>(j)]);
    }
    return byRank;
}

std::vector<double> ExpertRow::expertShares() const
{
    std::vector<double> shares(static_cast<std::size_t>(m_experts), 0.0);
    if (m_closedForm) {
        std::fill(shares.begin(), shares.end(), 1.0 / static_cast<double>(m_experts));
        return shares;
    }
    for (std::size_t j = 0; j < m_slotShare.size(); ++j) {
        shares[static_cast<std::size_t>(m_slotExpert[j])] += m_slotShare[j];
    }
    return shares;
}

std::vector<double> ExpertRow::expertDroppedShares() const
{
    if (m_closedForm) {
        return std::vector<double>(static_cast<std::size_t>(m_experts), 0.0);
    }
    return m_expertDropped;
}

std::int64_t eplbNodes(const Strategy& strategy, const Cluster& cluster)
{
    const std::int64_t gpus = strategy.ep * strategy.etp;
    const std::int64_t domain = cluster.domainSize();
    if (domain <= 0 || gpus <= domain) {
        return domain > 0 && domain % gpus != 0 ? 0 : 1;
    }
    return gpus % domain == 0 ? gpus / domain : 0;
}

ExpertLoads::ExpertLoads(const Profile& profile, const Strategy& strategy, double groupTokens)
{
    const Model& model = profile.model;
    if (model.experts == 0) {
        return;
    }
    const std::int64_t nodes = eplbNodes(strategy, profile.cluster);
    const Routing& routing = profile.workload.routing;
    const double capacity = profile.workload.capacityFactor;
    switch (routing.kind) {
    case RoutingKind::Uniform:
        m_shared.emplace(nullptr, model, strategy, capacity, groupTokens, nodes);
        break;
    case RoutingKind::Zipf: {
        // Zipf(s): the expert of popularity rank i gets weight 1 / (i + 1)^s.
        std::vector<double> zipf(static_cast<std::size_t>(model.experts));
        for (std::size_t i = 0; i < zipf.size(); ++i) {
            zipf[i] = std::pow(static_cast<double>(i + 1), -routing.zipfS);
        }
        m_shared.emplace(&zipf, model, strategy, capacity, groupTokens, nodes);
        break;
    }
    case RoutingKind::PowerLaw: {
        const std::vector<double> weights = powerLawWeights(model.experts, routing.powerLawAlpha, groupTokens, model.topK);
        m_shared.emplace(&weights, model, strategy, capacity, groupTokens, nodes);
        break;
    }
    case RoutingKind::Measured:
        if (routing.loads.size() == 1) {
            m_shared.emplace(&routing.loads.front(), model, strategy, capacity, groupTokens, nodes);
            break;
        }
        m_rows.reserve(routing.loads.size());
        for (const auto& loads : routing.loads) {
            m_rows.emplace_back(&loads, model, strategy, capacity, groupTokens, nodes);
        }
        break;
    }
    // Decode steps route few tokens: the busiest rank's random excess (model.md §4, 7).
    if (profile.workload.mode == Mode::Decode) {
        const double assignments = groupTokens * static_cast<double>(model.topK);
        if (m_shared) {
            m_shared->routeAtRandom(assignments);
        }
        for (auto& row : m_rows) {
            row.routeAtRandom(assignments);
        }
    }
}

} // namespace moe
