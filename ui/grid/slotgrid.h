#pragma once

// Where the expert slots go inside one GPU cell of the grid: plain arithmetic, like
// GpuGridGeometry, so that hit testing and folding can be unit-tested.
//
// One MoE layer: the cell's slots in the rows and columns that give the largest
// smaller side, filling the cell, a 1 px seam apart. All layers: a layer x slot heat map, one row per MoE
// layer of the GPU's pipeline stage and one column per slot, without seams. When
// sub-cells would be smaller than kMinSide (one layer) or kMinColumnWidth x
// kMinRowHeight (all layers), fits() is false and the grid shows whole GPUs instead.

#include <QPoint>
#include <QRect>

namespace moe::ui {

class SlotGrid {
public:
    // 3 px of colour and a 1 px seam: below it neighbouring slots blur into one.
    static constexpr int kMinSide = 4;
    // A heat-map column needs 2 px to be told from its neighbour; a row (a layer) 1 px.
    static constexpr int kMinColumnWidth = 2;
    static constexpr int kMinRowHeight = 1;

    static SlotGrid forSlots(const QRect& cell, qint64 slots);
    static SlotGrid forLayers(const QRect& cell, qint64 layers, qint64 slots);

    bool fits() const { return m_width > 0; }
    qint64 count() const { return m_count; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    // Sub-cell `index`, counted row by row (all layers: layer * slots + slot); empty
    // when out of range or when nothing fits.
    QRect rect(qint64 index) const;
    // The sub-cell under `point`, or -1 over seams, margins and outside.
    qint64 at(QPoint point) const;

private:
    qint64 m_count = 0;
    int m_columns = 0;
    int m_rows = 0;
    int m_width = 0;  // pitch across and down, seam included
    int m_height = 0;
    int m_gap = 0;
    QPoint m_origin;
};

} // namespace moe::ui
