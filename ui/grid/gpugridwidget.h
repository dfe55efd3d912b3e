#pragma once

// The GPU grid: every GPU of the cluster as a cell, grouped by node, coloured by one
// metric on a scale with a fixed meaning (GridScale: memory against capacity, loads
// against their mean); idle GPUs, and GPUs whose stage lacks the selected layer, are
// hatched. Pipeline-stage and EP-group boundaries are drawn between cells. Nodes
// fold into one cell each when cells would get too small (see GpuGridGeometry); a
// folded cell shows the largest value among its used GPUs, since hot spots and
// over-capacity are what a user looks for. Click or arrow keys select a GPU.
//
// Colour by "Expert load" shows each GPU's expert slots as sub-cells (SlotGrid):
// for one layer the slots, for all layers a layer x slot heat map; replicas carry a
// corner mark, the hottest expert and the straggler GPU are outlined in red, and a
// click on a slot outlines every replica of its expert. When sub-cells would be too
// small the cells fold back to whole GPUs (their busiest slot), and the legend says so.

#include <QPixmap>
#include <QWidget>

#include <memory>
#include <vector>

#include "grid/expertslots.h"
#include "grid/gpugridgeometry.h"
#include "grid/gridlegend.h"
#include "grid/gridmetric.h"
#include "grid/gridscale.h"
#include "grid/slotgrid.h"
#include "model/evaluation.h"
#include "profile/profile.h"

namespace moe::ui {

class GpuGridWidget : public QWidget {
    Q_OBJECT

public:
    explicit GpuGridWidget(QWidget* parent = nullptr);

    // Keeps copies. `evaluation` must come from evaluate(..., Detail::PerGpu); an
    // invalid one draws every GPU idle and says why in the legend. The selection is
    // kept, clamped to the cluster (without emitting gpuSelected()). The colour scale
    // is held (see resetScale()).
    void setEvaluation(const moe::Profile& profile, const moe::Evaluation& evaluation);
    // The same without copying: the window shares its state's evaluation.
    void setEvaluation(const moe::Profile& profile, std::shared_ptr<const moe::Evaluation> evaluation);
    const moe::Evaluation& evaluation() const { return *m_evaluation; }

    // Both make a fresh colour scale.
    void setMetric(GridMetric metric);
    GridMetric metric() const { return m_metric; }
    // Index into Evaluation::layers, -1 for all layers. Out of range counts as -1.
    void setLayer(int moeLayer);
    int layer() const { return m_layer; }
    // Does not emit gpuSelected(): that signal reports the user's own choices, so a
    // shared state can call this back without a loop.
    void setSelectedGpu(qint64 gpu);
    qint64 selectedGpu() const { return m_selected; }
    // Exports draw no selection ring: it is the window's state, not the model's.
    void setSelectionShown(bool shown);
    // The next evaluation gets a fresh colour scale (a new document); until then,
    // edits keep the scale so that colours stay comparable during a slider drag.
    void resetScale();
    const GridScale& scale() const { return m_scale; }

    // What the cell showing `gpu` shows, in metricUnit(metric()): the GPU's own value,
    // or the largest of its cell's used GPUs when nodes are folded; NaN when idle or
    // when its stage lacks the selected layer.
    double cellValue(qint64 gpu) const;
    // Layout for the widget's current size.
    const GpuGridGeometry& geometry() const { return m_geometry; }
    // Expert view: whether sub-cells are shown at the current size, and where the
    // sub-cells of `gpu` lie (not fits() when not shown), filling its cell. Sub-cell i
    // of one layer is slot i of the GPU's EP rank; of all layers, row r is the r-th MoE
    // layer of its stage and column c its slot c.
    bool expertsShown() const { return expertsShownIn(m_geometry); }
    SlotGrid slotGrid(qint64 gpu) const { return slotGridIn(m_geometry, gpu); }
    // The slot under `point`: its MoE layer (index into Evaluation::layers) and expert;
    // {-1, -1} when not over a slot.
    struct SlotHit {
        qint64 gpu = -1;
        int layer = -1;
        std::int64_t expert = -1;
        std::int64_t slot = -1;
    };
    SlotHit slotAt(QPoint point) const;
    // The expert clicked last, whose replicas are outlined ({-1, -1}: none).
    std::pair<int, std::int64_t> pickedExpert() const { return {m_pickedLayer, m_pickedExpert}; }
    // The GPU the step waits for (the longest compute time in the straggler stage),
    // and in the expert view the hottest expert and its layer; -1 when none.
    qint64 stragglerGpu() const { return m_straggler; }
    std::pair<int, std::int64_t> hottestExpert() const { return {m_hotLayer, m_hotExpert}; }
    // Whether the slot `from` may be dropped on `gpu`: another GPU of the same EP
    // group (stage, EDP and ETP ranks), not already holding the expert, and the
    // source keeps at least one slot.
    bool canMove(const SlotHit& from, qint64 gpu) const;
    // Tokens per step of slot `slot` of `gpu` in MoE layer `moeLayer`.
    double slotValue(qint64 gpu, int moeLayer, std::int64_t slot) const;

    // Draws grid and legend into `target`, laid out for its size: the screen, PNG,
    // SVG and PDF exports all come through here.
    void render(QPainter& painter, const QRect& target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user clicked a cell or moved the selection with the keyboard.
    void gpuSelected(qint64 gpu);
    // The user dragged slot `slot` of EP rank `fromRank` onto a GPU of EP rank
    // `toRank` of the same EP group, in MoE layer `moeLayer` (see canMove()).
    void expertMoveRequested(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank);
    // While dragging: the slot is over a GPU it may be dropped on (`toRank`), or over
    // none (`toRank` -1: the placement as it was). Sent when that changes, so that the
    // views can show the would-be placement. The ranks are those of the placement at
    // the start of the drag.
    void expertMovePreviewed(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank);
    // The drag ended without a move: dropped where it may not go, or Escape.
    void expertMoveCancelled();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    qint64 gpuCount() const;
    qint64 gpusPerNode() const;
    int effectiveLayer() const;
    GpuGridGeometry::Style gridStyle(const QFontMetrics& metrics) const;
    GpuGridGeometry layoutFor(const QFontMetrics& metrics, QSize size) const;
    GridLegend legendFor(const GpuGridGeometry& geometry) const;
    void recomputeValues();
    void recomputeExperts();
    void findStraggler();
    void relayout();
    void invalidate();
    void select(qint64 gpu);
    double aggregate(const GpuGridGeometry& geometry, qint64 cell) const;
    QColor colourOf(double value) const;
    void paintAll(QPainter& painter, const GpuGridGeometry& geometry, QSize size) const;
    void paintCells(QPainter& painter, const GpuGridGeometry& geometry) const;
    void paintBoundaries(QPainter& painter, const GpuGridGeometry& geometry) const;
    void paintNodes(QPainter& painter, const GpuGridGeometry& geometry) const;
    void paintSelection(QPainter& painter, const GpuGridGeometry& geometry) const;
    void paintLegend(QPainter& painter, const GpuGridGeometry& geometry) const;
    QString legendCaption(const GpuGridGeometry& geometry) const;
    QString toolTipAt(QPoint position) const;
    QString foldedToolTip(qint64 gpu) const;

    // The expert view (gpugridexperts.cpp).
    bool expertView() const { return m_metric == GridMetric::ExpertLoad && !m_slots.empty(); }
    bool expertsShownIn(const GpuGridGeometry& geometry) const;
    SlotGrid slotGridIn(const GpuGridGeometry& geometry, qint64 gpu) const;
    SlotGrid slotGridFor(const QRect& cell, std::int64_t slots) const;
    std::int64_t cellSlots(qint64 gpu) const;
    const LayerSlots* slotsOf(int moeLayer) const;
    void paintExperts(QPainter& painter, const GpuGridGeometry& geometry, qint64 gpu) const;
    QString describeSlot(const SlotHit& hit) const;

    moe::Profile m_profile;
    std::shared_ptr<const moe::Evaluation> m_evaluation = std::make_shared<const moe::Evaluation>();
    GridMetric m_metric = GridMetric::Memory;
    int m_layer = -1;
    qint64 m_selected = 0;
    bool m_selectionShown = true;
    std::vector<double> m_values;  // per GPU, in metricUnit(); NaN when idle or layer-less
    GridScale m_scale;
    bool m_freshScale = true;  // the next recomputeValues() makes a new scale
    bool m_beyond = false;     // some GPU is beyond the scale's top
    qint64 m_straggler = -1;
    // Expert view: one LayerSlots per Evaluation::layers entry (shared rows share
    // one placement, so building them is cheap), the most slots of any rank and the
    // most MoE layers of any stage: whether slots are shown is decided for the
    // fullest, and heat-map rows line up across stages.
    std::vector<LayerSlots> m_slots;
    std::int64_t m_maxSlots = 0;
    std::int64_t m_maxStageLayers = 0;
    int m_hotLayer = -1;
    std::int64_t m_hotExpert = -1;
    SlotHit m_pressed;      // the slot a drag may start from
    QPoint m_pressPosition;
    bool m_dragging = false;
    // While dragging, fixed at its start (the views then show would-be placements):
    // for each GPU the EP rank the slot may be dropped on there, or -1; the slot's own
    // rank; the rank last previewed (-1: none).
    std::vector<std::int64_t> m_dropRanks;
    std::int64_t m_dragFromRank = -1;
    std::int64_t m_previewRank = -1;
    void startDrag();
    void endDrag();
    int m_pickedLayer = -1;
    std::int64_t m_pickedExpert = -1;
    GpuGridGeometry m_geometry;
    QPixmap m_cache;  // the last render() at the widget's size; null when stale
};

} // namespace moe::ui
