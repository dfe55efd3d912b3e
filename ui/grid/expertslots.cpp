#include "grid/expertslots.h"

#include <algorithm>

namespace moe::ui {

LayerSlots::LayerSlots(const ExpertPlacement& placement, std::int64_t edp)
    : m_placement(&placement)
    , m_edp(std::max<std::int64_t>(1, edp))
    , m_replicas(placement.expertTokens.size(), 0)
{
    for (const std::int64_t id : placement.expertIds) {
        if (id >= 0 && id < experts()) {
            ++m_replicas[static_cast<std::size_t>(id)];
        }
    }
    double kept = 0;
    for (std::int64_t e = 0; e < experts(); ++e) {
        const auto i = static_cast<std::size_t>(e);
        kept += placement.expertTokens[i];
        m_routedTotal += placement.expertTokens[i]
            + (i < placement.expertDroppedTokens.size() ? placement.expertDroppedTokens[i] : 0.0);
        if (m_replicas[i] > 0 && (m_hottest < 0 || tokensPerSlot(e) > tokensPerSlot(m_hottest))) {
            m_hottest = e;
        }
    }
    const auto slots = static_cast<double>(placement.expertIds.size());
    m_meanSlot = slots > 0 ? kept / static_cast<double>(m_edp) / slots : 0.0;
}

std::int64_t LayerSlots::ranks() const
{
    return m_placement ? static_cast<std::int64_t>(m_placement->rankOffsets.size()) - 1 : 0;
}

std::int64_t LayerSlots::slotsOn(std::int64_t rank) const
{
    if (rank < 0 || rank >= ranks()) {
        return 0;
    }
    const auto r = static_cast<std::size_t>(rank);
    return m_placement->rankOffsets[r + 1] - m_placement->rankOffsets[r];
}

std::int64_t LayerSlots::expertAt(std::int64_t rank, std::int64_t slot) const
{
    if (slot < 0 || slot >= slotsOn(rank)) {
        return -1;
    }
    return m_placement->expertIds[static_cast<std::size_t>(m_placement->rankOffsets[static_cast<std::size_t>(rank)] + slot)];
}

double LayerSlots::slotTokens(std::int64_t rank, std::int64_t slot) const
{
    const std::int64_t expert = expertAt(rank, slot);
    return expert < 0 ? 0.0 : tokensPerSlot(expert);
}

double LayerSlots::hottestSlotOn(std::int64_t rank) const
{
    double best = 0;
    for (std::int64_t s = 0; s < slotsOn(rank); ++s) {
        best = std::max(best, slotTokens(rank, s));
    }
    return best;
}

int LayerSlots::replicas(std::int64_t expert) const
{
    return expert >= 0 && expert < experts() ? m_replicas[static_cast<std::size_t>(expert)] : 0;
}

double LayerSlots::routedShare(std::int64_t expert) const
{
    if (expert < 0 || expert >= experts() || m_routedTotal <= 0) {
        return 0;
    }
    const auto i = static_cast<std::size_t>(expert);
    const double dropped = i < m_placement->expertDroppedTokens.size() ? m_placement->expertDroppedTokens[i] : 0.0;
    return (m_placement->expertTokens[i] + dropped) / m_routedTotal;
}

double LayerSlots::droppedShare(std::int64_t expert) const
{
    if (expert < 0 || expert >= experts()) {
        return 0;
    }
    const auto i = static_cast<std::size_t>(expert);
    const double dropped = i < m_placement->expertDroppedTokens.size() ? m_placement->expertDroppedTokens[i] : 0.0;
    const double routed = m_placement->expertTokens[i] + dropped;
    return routed > 0 ? dropped / routed : 0.0;
}

double LayerSlots::tokensPerSlot(std::int64_t expert) const
{
    const int copies = replicas(expert);
    return copies > 0 ? m_placement->expertTokens[static_cast<std::size_t>(expert)] / static_cast<double>(m_edp)
            / static_cast<double>(copies)
                      : 0.0;
}

double LayerSlots::maxSlotTokens() const
{
    return m_hottest >= 0 ? tokensPerSlot(m_hottest) : 0.0;
}

} // namespace moe::ui
