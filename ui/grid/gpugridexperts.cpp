// The GPU grid's expert view: each GPU's expert slots as sub-cells, their outlines
// and tooltips (see gpugridwidget.h).

#include <QApplication>
#include "widgets/localfigures.h"
#include <QMouseEvent>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

#include "base/units.h"
#include "grid/gpugridwidget.h"
#include "grid/gridlegend.h"
#include "widgets/colormap.h"

namespace moe::ui {

namespace {

// Tooltips name at most this many replica GPUs; EPLB may give a hot expert dozens.
constexpr int kMaxReplicaGpusShown = 8;

// Slots keep off the cell's edge by the width of the straggler outline, so the
// outline never hides a slot's colour. The all-layer heat map keeps 1 px, so that
// the 58 MoE layers of DeepSeek-V3 fit a full-size (61 px) cell.
int slotInset(const QRect& cell, bool allLayers)
{
    return cell.width() >= 12 && !allLayers ? 2 : 1;
}

} // namespace

void GpuGridWidget::recomputeExperts()
{
    m_slots.clear();
    m_maxSlots = 0;
    m_maxStageLayers = 0;
    m_hotLayer = -1;
    m_hotExpert = -1;
    const Evaluation& ev = *m_evaluation;
    const ExpertPlacement* last = nullptr;
    for (const LayerLoad& load : ev.layers) {
        if (!load.placement) {
            m_slots.emplace_back();
        } else if (load.placement.get() == last) {
            m_slots.push_back(m_slots.back());  // layers sharing a routing row share a placement
        } else {
            last = load.placement.get();
            m_slots.emplace_back(*last, ev.strategy.edp());
            for (const std::int64_t slots : last->rankExperts) {
                m_maxSlots = std::max(m_maxSlots, slots);
            }
        }
    }
    std::int64_t lastStage = -1;
    for (const GpuState& gpu : ev.gpus) {
        if (gpu.used && gpu.pp != lastStage) {
            lastStage = gpu.pp;
            m_maxStageLayers = std::max<std::int64_t>(
                m_maxStageLayers, static_cast<std::int64_t>(stageMoeLayers(ev, m_profile, gpu.index).size()));
        }
    }
    // The hottest expert of the selected layer, or of every layer.
    const int layer = effectiveLayer();
    for (int l = 0; l < static_cast<int>(m_slots.size()); ++l) {
        const LayerSlots& slots = m_slots[static_cast<std::size_t>(l)];
        if ((layer >= 0 && l != layer) || slots.empty() || slots.hottestExpert() < 0) {
            continue;
        }
        if (m_hotLayer < 0 || slots.maxSlotTokens() > m_slots[static_cast<std::size_t>(m_hotLayer)].maxSlotTokens()) {
            m_hotLayer = l;
            m_hotExpert = slots.hottestExpert();
        }
    }
    if (m_pickedLayer >= static_cast<int>(m_slots.size())) {
        m_pickedLayer = -1;
        m_pickedExpert = -1;
    }
    if (m_slots.empty() || m_maxSlots == 0) {
        m_slots.clear();  // nothing to show: the expert view draws whole GPUs
    }
}

const LayerSlots* GpuGridWidget::slotsOf(int moeLayer) const
{
    if (moeLayer < 0 || moeLayer >= static_cast<int>(m_slots.size())) {
        return nullptr;
    }
    const LayerSlots& slots = m_slots[static_cast<std::size_t>(moeLayer)];
    return slots.empty() ? nullptr : &slots;
}

// The slots a GPU's cell lays out: its EP rank's in the selected layer, or the most
// of any layer of its stage; 0 for a GPU that hosts none.
std::int64_t GpuGridWidget::cellSlots(qint64 gpu) const
{
    if (gpu < 0 || gpu >= static_cast<qint64>(m_evaluation->gpus.size())) {
        return 0;
    }
    const std::int64_t ep = m_evaluation->gpus[static_cast<std::size_t>(gpu)].ep;
    const int layer = effectiveLayer();
    std::int64_t most = 0;
    for (const int l : layer >= 0 ? std::vector<int>{layer} : stageMoeLayers(*m_evaluation, m_profile, gpu)) {
        const LayerSlots* slots = slotsOf(l);
        if (slots && hostsLayer(*m_evaluation, m_profile, gpu, l)) {
            most = std::max(most, slots->slotsOn(ep));
        }
    }
    return most;
}

SlotGrid GpuGridWidget::slotGridFor(const QRect& cell, std::int64_t slots) const
{
    if (cell.isEmpty() || slots <= 0) {
        return {};
    }
    const int inset = slotInset(cell, effectiveLayer() < 0);
    const QRect inner = cell.adjusted(inset, inset, -inset, -inset);
    return effectiveLayer() >= 0 ? SlotGrid::forSlots(inner, slots)
                                 : SlotGrid::forLayers(inner, m_maxStageLayers, slots);
}

SlotGrid GpuGridWidget::slotGridIn(const GpuGridGeometry& geometry, qint64 gpu) const
{
    // Each cell fills with its own slots; whether any are shown is decided once, for
    // the fullest rank (expertsShownIn()), so that no cell folds alone.
    if (!expertsShownIn(geometry)) {
        return {};
    }
    return slotGridFor(geometry.cellRect(gpu), cellSlots(gpu));
}

bool GpuGridWidget::expertsShownIn(const GpuGridGeometry& geometry) const
{
    if (!expertView() || geometry.nodesFolded()) {
        return false;
    }
    // Every cell has GPU 0's size; fewer slots than the most never fit worse.
    return slotGridFor(geometry.cellRect(0), m_maxSlots).fits();
}

double GpuGridWidget::slotValue(qint64 gpu, int moeLayer, std::int64_t slot) const
{
    const LayerSlots* slots = slotsOf(moeLayer);
    if (!slots || !hostsLayer(*m_evaluation, m_profile, gpu, moeLayer)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return slots->slotTokens(m_evaluation->gpus[static_cast<std::size_t>(gpu)].ep, slot);
}

void GpuGridWidget::paintExperts(QPainter& painter, const GpuGridGeometry& geometry, qint64 gpu) const
{
    const SlotGrid grid = slotGridIn(geometry, gpu);
    const std::int64_t ep = m_evaluation->gpus[static_cast<std::size_t>(gpu)].ep;
    const int layer = effectiveLayer();
    const std::vector<int> layers = layer >= 0 ? std::vector<int>{layer} : stageMoeLayers(*m_evaluation, m_profile, gpu);
    for (std::size_t row = 0; row < layers.size(); ++row) {
        const LayerSlots* slots = slotsOf(layers[row]);
        if (!slots) {
            continue;
        }
        for (std::int64_t s = 0; s < slots->slotsOn(ep); ++s) {
            const QRect rect = grid.rect(layer >= 0 ? s : static_cast<qint64>(row) * grid.columns() + s);
            const std::int64_t expert = slots->expertAt(ep, s);
            const double value = slots->slotTokens(ep, s);
            if (m_scale.beyond(value)) {
                paintBeyond(painter, rect);
            } else {
                painter.fillRect(rect, colourOf(value));
            }
            const int side = std::min(rect.width(), rect.height());
            if (slots->replicas(expert) > 1 && side >= SlotGrid::kMinSide - 1) {
                // A replica: a light corner, as a folded page corner marks a copy.
                const int corner = std::max(2, side / 3);
                painter.fillRect(QRect(rect.topLeft(), QSize(corner, corner)), Qt::white);
            }
            if (layers[row] == m_pickedLayer && expert == m_pickedExpert) {
                fillFrame(painter, rect, side >= 10 ? 2 : 1, pickedOutline());
            } else if (layers[row] == m_hotLayer && expert == m_hotExpert && side >= SlotGrid::kMinSide - 1) {
                fillFrame(painter, rect, 1, hotOutline());
            }
        }
    }
}

GpuGridWidget::SlotHit GpuGridWidget::slotAt(QPoint point) const
{
    SlotHit hit;
    hit.gpu = m_geometry.cellAt(point);
    if (hit.gpu < 0 || !expertsShown() || !hostsLayer(*m_evaluation, m_profile, hit.gpu, effectiveLayer())) {
        return hit;
    }
    const qint64 index = slotGrid(hit.gpu).at(point);
    if (index < 0) {
        return hit;
    }
    const int layer = effectiveLayer();
    std::int64_t slot = index;
    int moeLayer = layer;
    if (layer < 0) {
        const std::vector<int> layers = stageMoeLayers(*m_evaluation, m_profile, hit.gpu);
        const std::int64_t columns = slotGrid(hit.gpu).columns();
        const auto row = static_cast<std::size_t>(index / columns);
        if (row >= layers.size()) {
            return hit;
        }
        moeLayer = layers[row];
        slot = index % columns;
    }
    const LayerSlots* slots = slotsOf(moeLayer);
    const std::int64_t expert = slots ? slots->expertAt(m_evaluation->gpus[static_cast<std::size_t>(hit.gpu)].ep, slot) : -1;
    if (expert >= 0) {
        hit.layer = moeLayer;
        hit.expert = expert;
        hit.slot = slot;
    }
    return hit;
}

QString GpuGridWidget::describeSlot(const SlotHit& hit) const
{
    const LayerSlots& slots = *slotsOf(hit.layer);
    const auto& gpus = m_evaluation->gpus;
    const GpuState& here = gpus[static_cast<std::size_t>(hit.gpu)];
    // The replicas in this GPU's expert-parallel group: the GPUs of its stage and
    // EDP/ETP ranks whose EP rank holds the expert.
    QStringList where;
    int found = 0;
    for (const GpuState& g : gpus) {
        if (!g.used || g.pp != here.pp || g.edp != here.edp || g.etp != here.etp) {
            continue;
        }
        for (std::int64_t s = 0; s < slots.slotsOn(g.ep); ++s) {
            if (slots.expertAt(g.ep, s) == hit.expert) {
                if (found++ < kMaxReplicaGpusShown) {
                    where << QString::number(g.index);
                }
            }
        }
    }
    if (found > kMaxReplicaGpusShown) {
        where << tr("… (%1 more)").arg(found - kMaxReplicaGpusShown);
    }
    QStringList lines;
    lines << tr("expert %1 · layer %2").arg(hit.expert).arg(m_evaluation->layers[static_cast<std::size_t>(hit.layer)].layer);
    lines << tr("%1 of the layer's routed tokens · %2 tokens per step on this slot")
                 .arg(localPercent(slots.routedShare(hit.expert)),
                      localCount(slots.tokensPerSlot(hit.expert)));
    const int replicas = slots.replicas(hit.expert);
    lines << (replicas > 1 ? tr("%1 replicas in this EP group, on GPUs %2").arg(replicas).arg(where.join(QStringLiteral(", ")))
                           : tr("no replica: only on GPU %1 in this EP group").arg(hit.gpu));
    lines << tr("dropped over capacity: %1 of its tokens")
                 .arg(localPercent(slots.droppedShare(hit.expert)));
    if (hit.layer == m_hotLayer && hit.expert == m_hotExpert) {
        lines << tr("the hottest expert (outlined in red)");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace moe::ui

namespace moe::ui {

bool GpuGridWidget::canMove(const SlotHit& from, qint64 gpu) const
{
    const auto& gpus = m_evaluation->gpus;
    const LayerSlots* slots = slotsOf(from.layer);
    if (!slots || from.expert < 0 || gpu < 0 || gpu >= static_cast<qint64>(gpus.size()) || gpu == from.gpu) {
        return false;
    }
    const GpuState& a = gpus[static_cast<std::size_t>(from.gpu)];
    const GpuState& b = gpus[static_cast<std::size_t>(gpu)];
    if (!b.used || a.pp != b.pp || a.edp != b.edp || a.etp != b.etp || a.ep == b.ep || slots->slotsOn(a.ep) < 2) {
        return false;
    }
    for (std::int64_t s = 0; s < slots->slotsOn(b.ep); ++s) {
        if (slots->expertAt(b.ep, s) == from.expert) {
            return false;  // a second copy on one GPU would serve nothing
        }
    }
    return true;
}

// Where the slot may go is decided once, against the placement the drag started from:
// while it moves, the views show would-be placements, and the grid's own evaluation
// with them.
void GpuGridWidget::startDrag()
{
    m_dragging = true;
    const auto& gpus = m_evaluation->gpus;
    m_dropRanks.assign(gpus.size(), -1);
    for (std::size_t g = 0; g < gpus.size(); ++g) {
        if (canMove(m_pressed, static_cast<qint64>(g))) {
            m_dropRanks[g] = gpus[g].ep;
        }
    }
    m_dragFromRank = gpus[static_cast<std::size_t>(m_pressed.gpu)].ep;
    m_previewRank = -1;
}

void GpuGridWidget::endDrag()
{
    m_dragging = false;
    m_pressed = SlotHit{};
    m_dropRanks.clear();
    m_previewRank = -1;
    unsetCursor();
}

void GpuGridWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (m_pressed.expert >= 0 && !m_dragging
        && (at - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        startDrag();
    }
    if (m_dragging) {
        const qint64 gpu = m_geometry.cellAt(at);
        const std::int64_t rank = gpu >= 0 && gpu < static_cast<qint64>(m_dropRanks.size())
            ? m_dropRanks[static_cast<std::size_t>(gpu)]
            : -1;
        setCursor(rank >= 0 ? Qt::DragMoveCursor : Qt::ForbiddenCursor);
        if (rank != m_previewRank) {
            m_previewRank = rank;
            Q_EMIT expertMovePreviewed(m_pressed.layer, m_dragFromRank, m_pressed.slot, rank);
        }
    }
    QWidget::mouseMoveEvent(event);
}

void GpuGridWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        const qint64 gpu = m_geometry.cellAt(event->position().toPoint());
        const std::int64_t rank = gpu >= 0 && gpu < static_cast<qint64>(m_dropRanks.size())
            ? m_dropRanks[static_cast<std::size_t>(gpu)]
            : -1;
        const SlotHit from = m_pressed;
        const std::int64_t fromRank = m_dragFromRank;
        endDrag();
        if (rank >= 0) {
            Q_EMIT expertMoveRequested(from.layer, fromRank, from.slot, rank);
        } else {
            Q_EMIT expertMoveCancelled();
        }
    }
    m_pressed = SlotHit{};
    QWidget::mouseReleaseEvent(event);
}

} // namespace moe::ui
