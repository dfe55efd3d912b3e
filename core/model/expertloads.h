#pragma once

// How the tokens of one MoE layer spread over the experts and the expert-parallel
// ranks: routing weights per expert (uniform, Zipf or measured), redundant replicas
// of the hottest experts, the capacity cap, and the placement of expert slots on EP
// ranks. The common case (uniform routing, no replicas, contiguous or round-robin
// placement) is kept in closed form so that an evaluation allocates nothing.

#include <cstdint>
#include <optional>
#include <vector>

#include "profile/profile.h"

namespace moe {

// An expert's share of assignments may exceed its capacity by this fraction of the
// capacity before any is counted as dropped: shares are computed in doubles, and a
// perfectly balanced measured row must not fail the dropped_tokens check by 1e-15.
inline constexpr double kCapacityTolerance = 1e-9;

class ExpertRow {
public:
    // `groupTokens`: tokens entering one expert-parallel group per micro-batch, used for
    // the expected number of experts a decode step touches. `epNodes`: the nodes the
    // EP group spans, for EPLB's hierarchical policy (eplbNodes()).
    ExpertRow(const std::vector<double>* weights, const Model& model, const Strategy& strategy,
              double capacityFactor, double groupTokens, std::int64_t epNodes = 1);

    std::int64_t ranks() const { return m_ranks; }
    // Uniform routing without replicas or balancing: rank 0 is both busiest and fullest.
    bool closedForm() const { return m_closedForm; }
    std::int64_t slotCount() const { return m_slotCount; }
    // Share of the group's token-to-expert assignments that rank r processes.
    double shareOf(std::int64_t rank) const;
    std::int64_t slotsOf(std::int64_t rank) const;
    // Expected number of this rank's expert slots that receive at least one token.
    double activatedOf(std::int64_t rank) const;
    std::vector<std::int64_t> expertsOn(std::int64_t rank) const;
    // expertsOn() for every rank at once, in one pass over the slots.
    std::vector<std::vector<std::int64_t>> expertsByRank() const;
    // Share of assignments per expert after the capacity cap (the per-expert load).
    std::vector<double> expertShares() const;
    // Share of all assignments routed to each expert and dropped over its capacity
    // (they sum to droppedShare()); all 0 in closed form, which drops nothing.
    std::vector<double> expertDroppedShares() const;

    std::int64_t busiestRank() const { return m_busiest; }
    std::int64_t fullestRank() const { return m_fullest; }
    double maxShare() const { return shareOf(m_busiest); }
    // The busiest rank's expected share of one micro-batch's assignments when tokens
    // route at random: E[max over ranks] / assignments (balls into bins, maxload.h).
    // At least maxShare(); close to it when many tokens are routed.
    double stepMaxShare() const { return m_stepMaxShare; }
    // Sets stepMaxShare() for `assignments` routed at random in one micro-batch.
    void routeAtRandom(double assignments);
    // shareOf(), but stepMaxShare() for the busiest rank: what a step waits for.
    double stepShareOf(std::int64_t rank) const { return rank == m_busiest ? m_stepMaxShare : shareOf(rank); }
    std::int64_t maxSlots() const { return slotsOf(m_fullest); }
    std::int64_t minSlots() const { return m_minSlots; }
    double droppedShare() const { return m_dropped; }
    // Busiest rank over the mean rank (1 is perfect balance).
    double imbalance() const;
    // stepMaxShare() over the mean rank's share.
    double stepImbalance() const;
    // Whether EPLB placed this row with its hierarchical policy (false: global, or not EPLB).
    bool eplbHierarchical() const { return m_hierarchical; }

private:
    void placeSlots(const std::vector<double>& weights, const Model& model, const Strategy& strategy,
                    double capacityFactor, double groupTokens, std::int64_t epNodes);
    // Slot j's expert and each expert's replicas, by EPLB or one replica for each of the
    // hottest experts; shares are the routing shares before the capacity cap.
    std::vector<int> chooseReplicas(const std::vector<double>& share, const Model& model, const Strategy& strategy,
                                    std::int64_t epNodes);


    std::int64_t m_ranks = 1;
    std::int64_t m_experts = 0;
    std::int64_t m_slotCount = 0;
    std::int64_t m_topK = 0;
    PlacementPolicy m_policy = PlacementPolicy::Contiguous;
    bool m_closedForm = true;
    bool m_hierarchical = false;  // EPLB took its hierarchical policy
    double m_hitProbability = 1;  // closed form: chance a slot sees a token in a micro-batch
    std::int64_t m_busiest = 0;
    std::int64_t m_fullest = 0;
    std::int64_t m_minSlots = 0;
    double m_dropped = 0;
    double m_stepMaxShare = 0;
    // Only when not in closed form:
    std::vector<std::int32_t> m_slotExpert;
    std::vector<std::int32_t> m_slotRank;
    std::vector<double> m_slotShare;
    std::vector<double> m_expertDropped;
    std::vector<double> m_rankShare;
    std::vector<double> m_rankActivated;
    std::vector<std::int32_t> m_rankSlots;
};

// The nodes (scale-up domains) an expert-parallel group spans when it is made of whole
// domains, 1 when it lies inside one, and 0 when it straddles domains unevenly (EPLB
// then balances globally: its hierarchical policy needs the same GPUs in every node).
std::int64_t eplbNodes(const Strategy& strategy, const Cluster& cluster);

// The rows of a profile: one shared by every MoE layer (uniform, Zipf, or a single
// measured row), or one per MoE layer.
class ExpertLoads {
public:
    ExpertLoads(const Profile& profile, const Strategy& strategy, double groupTokens);

    // `moeLayer` counts MoE layers only, from 0.
    const ExpertRow& row(std::int64_t moeLayer) const
    {
        return m_shared ? *m_shared : m_rows[static_cast<std::size_t>(moeLayer)];
    }
    bool sharedByAllLayers() const { return m_shared.has_value(); }
    bool empty() const { return !m_shared && m_rows.empty(); }

private:
    // One row for every layer is kept inline: the common case allocates nothing.
    std::optional<ExpertRow> m_shared;
    std::vector<ExpertRow> m_rows;
};

} // namespace moe
