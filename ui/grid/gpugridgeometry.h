#pragma once

// Where the GPU grid puts every cell: plain arithmetic, no widgets, so that hit
// testing and layout can be unit-tested and so that one geometry serves the screen
// and every export size.
//
// GPUs are numbered node by node. Each node is a block of cellColumns() x cellRows()
// cells; node blocks sit in a grid of nodeColumns() columns with a wider gap between
// them than between cells, and a band for a "node 3" label above each block when
// there is room. When a cell would fall below kMinPitch pixels the nodes fold: each
// node becomes ONE cell (and if even one pixel per node is too much, several nodes
// share a cell). A folded cell stands for the GPUs [firstGpuOfCell(c),
// firstGpuOfCell(c) + gpusPerCell()); every query below is O(1).

#include <QPoint>
#include <QRect>
#include <QSize>

namespace moe::ui {

class GpuGridGeometry {
public:
    // Sizes in pixels of the parts that depend on the font; the widget derives them
    // from its font metrics, tests use the defaults.
    struct Style {
        int margin = 8;
        int legendHeight = 40;  // reserved at the bottom, below the cells
        int labelHeight = 16;   // the node label band above each node block
        int labelMinWidth = 48; // node blocks narrower than this get no label
    };

    // Smallest cell pitch (cell plus gap) before nodes fold: 4 px cells and a 1 px gap.
    static constexpr int kMinPitch = 5;
    // Largest pitch: a handful of GPUs should not become giant tiles.
    static constexpr int kMaxPitch = 64;

    static GpuGridGeometry compute(qint64 gpuCount, qint64 gpusPerNode, QSize area);
    static GpuGridGeometry compute(qint64 gpuCount, qint64 gpusPerNode, QSize area, const Style& style);

    qint64 gpuCount() const { return m_gpuCount; }
    qint64 gpusPerNode() const { return m_perNode; }
    qint64 nodeCount() const;
    bool nodesFolded() const { return m_folded; }
    // GPUs one cell stands for: 1 unless folded.
    qint64 gpusPerCell() const { return m_gpusPerCell; }
    qint64 cellCount() const;
    qint64 cellOf(qint64 gpu) const;  // -1 when out of range
    qint64 firstGpuOfCell(qint64 cell) const;

    // The cell showing `gpu` (its node's cell when folded); empty when out of range or
    // when the area is too small to draw anything.
    QRect cellRect(qint64 gpu) const;
    // The GPU under `point`, or -1 over gaps, labels, the legend and outside. When
    // folded, the first GPU of the cell under `point`.
    qint64 cellAt(QPoint point) const;
    // Bounding rectangle of the node's cells.
    QRect nodeRect(qint64 node) const;
    // Band above the node for its label; empty when labels do not fit or when folded.
    QRect nodeLabelRect(qint64 node) const;
    bool hasNodeLabels() const { return m_labelHeight > 0; }
    QRect legendRect() const { return m_legend; }
    // Bounding rectangle of every cell (and node label).
    QRect gridRect() const { return m_grid; }
    int pitch() const { return m_pitch; }
    int cellGap() const { return m_cellGap; }
    int nodeGap() const { return m_nodeGap; }
    int cellColumns() const { return m_cellCols; }
    int cellRows() const { return m_cellRows; }
    qint64 nodeColumns() const { return m_columns; }

    // The GPU whose cell is `dx` cells right and `dy` cells down of `gpu`'s cell, as
    // the eye sees the grid (crossing node gaps); `gpu` itself when that leaves the grid.
    qint64 neighbour(qint64 gpu, int dx, int dy) const;

private:
    struct Fit;
    static Fit fitNodes(qint64 nodes, int cellCols, int cellRows, QSize space, int labelHeight);
    void layOutFolded(QSize space);
    void place(QRect space);
    // Column and row of `cell` in the whole grid of cells, the inverse of cellOfGrid().
    QPoint gridPosition(qint64 cell) const;
    qint64 cellOfGrid(qint64 x, qint64 y) const;
    QPoint cellOrigin(qint64 cell) const;
    int blockWidth() const { return m_cellCols * m_pitch - m_cellGap; }
    int blockHeight() const { return m_cellRows * m_pitch - m_cellGap; }

    qint64 m_gpuCount = 0;
    qint64 m_perNode = 1;
    qint64 m_gpusPerCell = 1;
    bool m_folded = false;
    int m_cellCols = 1;  // cells per node block, across and down (1 x 1 when folded)
    int m_cellRows = 1;
    qint64 m_columns = 1;  // node blocks (or folded cells) per row
    int m_pitch = 0;       // 0: nothing fits
    int m_cellGap = 0;
    int m_nodeGap = 0;
    int m_labelHeight = 0;
    QPoint m_origin;
    QRect m_grid;
    QRect m_legend;
};

} // namespace moe::ui
