#pragma once

// One MoE layer's expert slots as the grid shows them: which expert each slot of an
// EP rank holds, the tokens that slot processes per step, each expert's replicas and
// the share of its tokens dropped over capacity. Derived from ExpertPlacement alone
// (core/model/evaluation.h), so the grid, its tooltips and its tests read the same
// figures.

#include <cstdint>
#include <vector>

#include "model/evaluation.h"

namespace moe::ui {

class LayerSlots {
public:
    LayerSlots() = default;
    // `edp`: expert-data-parallel groups; ExpertPlacement::expertTokens counts all of
    // them, a slot serves one.
    LayerSlots(const moe::ExpertPlacement& placement, std::int64_t edp);

    bool empty() const { return m_placement == nullptr; }
    std::int64_t ranks() const;
    std::int64_t slotsOn(std::int64_t rank) const;  // 0 out of range
    std::int64_t expertAt(std::int64_t rank, std::int64_t slot) const;
    // Tokens per step the slot processes in one EP group: its expert's kept tokens
    // split evenly over the expert's replicas (the model's rule, docs/model.md §4).
    double slotTokens(std::int64_t rank, std::int64_t slot) const;
    // The largest slotTokens() on the rank; 0 for a rank with no slots.
    double hottestSlotOn(std::int64_t rank) const;

    std::int64_t experts() const { return static_cast<std::int64_t>(m_replicas.size()); }
    int replicas(std::int64_t expert) const;
    // The expert's share of the layer's routed assignments (kept and dropped).
    double routedShare(std::int64_t expert) const;
    // Of the assignments routed to the expert, the share dropped over capacity.
    double droppedShare(std::int64_t expert) const;
    double tokensPerSlot(std::int64_t expert) const;

    // The expert whose slots are busiest (largest tokens per slot); -1 when empty.
    std::int64_t hottestExpert() const { return m_hottest; }
    // Mean tokens per slot over the whole EP group: the "even" load.
    double meanSlotTokens() const { return m_meanSlot; }
    double maxSlotTokens() const;

private:
    const moe::ExpertPlacement* m_placement = nullptr;
    std::int64_t m_edp = 1;
    std::vector<int> m_replicas;
    double m_routedTotal = 0;
    double m_meanSlot = 0;
    std::int64_t m_hottest = -1;
};

} // namespace moe::ui
