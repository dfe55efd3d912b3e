#include "grid/gpugridgeometry.h"

#include <algorithm>
#include <cmath>

namespace moe::ui {

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

// Gaps grow with the cells so that large cells do not touch and node blocks stay
// clearly apart, while 5 px cells still keep a visible 1 px seam.
int cellGapFor(int pitch)
{
    return pitch >= 24 ? 3 : pitch >= 10 ? 2 : 1;
}

int nodeGapFor(int pitch)
{
    return std::max(5, pitch / 3);
}

// A node's cells as a block about twice as wide as tall (8 GPUs: 4 x 2, like the
// two rows of a DGX board); squarer blocks win ties. Counts without a good divisor
// (primes) get a near-2:1 block with some empty places.
QSize nodeShape(qint64 perNode)
{
    qint64 bestCols = perNode;
    double bestScore = std::abs(std::log(static_cast<double>(perNode) / 2.0));
    for (auto rows = static_cast<qint64>(std::sqrt(static_cast<double>(perNode))); rows >= 1; --rows) {
        if (perNode % rows != 0) {
            continue;
        }
        const qint64 cols = perNode / rows;
        const double score = std::abs(std::log(static_cast<double>(cols) / static_cast<double>(rows) / 2.0));
        if (score < bestScore) {
            bestScore = score;
            bestCols = cols;
        }
    }
    if (perNode > 1 && static_cast<double>(bestCols * bestCols) / static_cast<double>(perNode) > 4.0) {
        bestCols = static_cast<qint64>(std::ceil(std::sqrt(2.0 * static_cast<double>(perNode))));
    }
    return QSize(static_cast<int>(bestCols), static_cast<int>(ceilDiv(perNode, bestCols)));
}

} // namespace

struct GpuGridGeometry::Fit {
    qint64 columns = 1;
    int pitch = 0;
};

GpuGridGeometry GpuGridGeometry::compute(qint64 gpuCount, qint64 gpusPerNode, QSize area)
{
    return compute(gpuCount, gpusPerNode, area, Style{});
}

GpuGridGeometry GpuGridGeometry::compute(qint64 gpuCount, qint64 gpusPerNode, QSize area, const Style& style)
{
    GpuGridGeometry g;
    g.m_gpuCount = std::max<qint64>(0, gpuCount);
    // A node larger than the cluster would only add empty places.
    g.m_perNode = std::clamp<qint64>(gpusPerNode, 1, std::max<qint64>(1, g.m_gpuCount));
    const int m = style.margin;
    const int legendTop = area.height() - m - style.legendHeight;
    g.m_legend = QRect(m, legendTop, std::max(0, area.width() - 2 * m), style.legendHeight);
    const QRect space(m, m, area.width() - 2 * m, legendTop - 2 * m);
    if (g.m_gpuCount == 0 || space.width() <= 0 || space.height() <= 0) {
        return g;
    }

    const QSize shape = nodeShape(g.m_perNode);
    g.m_cellCols = shape.width();
    g.m_cellRows = shape.height();
    // Labels are worth their band only when the blocks stay wide enough to hold one.
    for (const int label : {style.labelHeight, 0}) {
        const Fit fit = fitNodes(g.nodeCount(), g.m_cellCols, g.m_cellRows, space.size(), label);
        const int width = g.m_cellCols * fit.pitch - cellGapFor(fit.pitch);
        if (fit.pitch >= kMinPitch && (label == 0 || width >= style.labelMinWidth)) {
            g.m_columns = fit.columns;
            g.m_pitch = fit.pitch;
            g.m_cellGap = cellGapFor(fit.pitch);
            g.m_nodeGap = nodeGapFor(fit.pitch);
            g.m_labelHeight = label;
            g.place(space);
            return g;
        }
    }
    g.layOutFolded(space.size());
    g.place(space);
    return g;
}

// The node-column count giving the largest pitch. Only column counts whose width
// still allows kMinPitch are tried, so the loop is bounded by the area's width, not
// by the number of nodes.
GpuGridGeometry::Fit GpuGridGeometry::fitNodes(qint64 nodes, int cellCols, int cellRows, QSize space, int labelHeight)
{
    Fit best;
    qint64 bestWaste = 0;
    for (qint64 cols = 1; cols <= nodes; ++cols) {
        const qint64 byWidth = space.width() / (cols * cellCols);
        if (byWidth < kMinPitch) {
            break;
        }
        const qint64 rows = ceilDiv(nodes, cols);
        const qint64 byHeight = (space.height() - rows * labelHeight) / (rows * cellRows);
        auto pitch = static_cast<int>(std::min<qint64>({byWidth, byHeight, kMaxPitch}));
        // Gaps only subtract, so step down from the gap-free bound until it fits.
        const auto fits = [&](int p) {
            const qint64 w = cols * (cellCols * p - cellGapFor(p)) + (cols - 1) * nodeGapFor(p);
            const qint64 h = rows * (labelHeight + cellRows * p - cellGapFor(p)) + (rows - 1) * nodeGapFor(p);
            return w <= space.width() && h <= space.height();
        };
        while (pitch >= kMinPitch && !fits(pitch)) {
            --pitch;
        }
        const qint64 waste = cols * rows - nodes;
        if (pitch > best.pitch || (pitch == best.pitch && waste < bestWaste)) {
            best = Fit{cols, pitch};
            bestWaste = waste;
        }
    }
    return best;
}

void GpuGridGeometry::layOutFolded(QSize space)
{
    m_folded = true;
    m_cellCols = 1;
    m_cellRows = 1;
    m_labelHeight = 0;
    const qint64 nodes = nodeCount();
    const qint64 pixels = static_cast<qint64>(space.width()) * space.height();
    // Below one pixel per node, several neighbouring nodes share a cell.
    const qint64 nodesPerCell = std::max<qint64>(1, ceilDiv(nodes, pixels));
    m_gpusPerCell = nodesPerCell * m_perNode;
    const qint64 cells = ceilDiv(nodes, nodesPerCell);
    auto pitch = static_cast<int>(std::min<double>(kMaxPitch, std::sqrt(static_cast<double>(pixels) / cells)));
    while (pitch > 1 && static_cast<qint64>(space.width() / pitch) * (space.height() / pitch) < cells) {
        --pitch;
    }
    pitch = std::max(1, pitch);
    m_columns = std::min<qint64>(space.width() / pitch, cells);
    // Even out the rows so the last one is not a lone stub.
    m_columns = ceilDiv(cells, ceilDiv(cells, m_columns));
    m_pitch = pitch;
    m_cellGap = pitch >= 10 ? 2 : pitch >= 3 ? 1 : 0;
    m_nodeGap = m_cellGap;  // a folded block is one cell: blocks sit a cell gap apart
}

// Centres the blocks in `space`.
void GpuGridGeometry::place(QRect space)
{
    const qint64 blocks = ceilDiv(cellCount(), m_folded ? 1 : m_perNode);
    const qint64 rows = ceilDiv(blocks, m_columns);
    const qint64 cols = std::min(blocks, m_columns);
    const auto width = static_cast<int>(cols * (blockWidth() + m_nodeGap) - m_nodeGap);
    const auto height = static_cast<int>(rows * (m_labelHeight + blockHeight() + m_nodeGap) - m_nodeGap);
    m_origin = space.topLeft() + QPoint((space.width() - width) / 2, (space.height() - height) / 2);
    m_grid = QRect(m_origin, QSize(width, height));
}

qint64 GpuGridGeometry::nodeCount() const
{
    return ceilDiv(m_gpuCount, m_perNode);
}

qint64 GpuGridGeometry::cellCount() const
{
    return ceilDiv(m_gpuCount, m_gpusPerCell);
}

qint64 GpuGridGeometry::cellOf(qint64 gpu) const
{
    return gpu >= 0 && gpu < m_gpuCount ? gpu / m_gpusPerCell : -1;
}

qint64 GpuGridGeometry::firstGpuOfCell(qint64 cell) const
{
    return cell * m_gpusPerCell;
}

QPoint GpuGridGeometry::gridPosition(qint64 cell) const
{
    const qint64 perBlock = m_folded ? 1 : m_perNode;
    const qint64 block = cell / perBlock;
    const qint64 local = cell % perBlock;
    return QPoint(static_cast<int>((block % m_columns) * m_cellCols + local % m_cellCols),
                  static_cast<int>((block / m_columns) * m_cellRows + local / m_cellCols));
}

qint64 GpuGridGeometry::cellOfGrid(qint64 x, qint64 y) const
{
    if (x < 0 || y < 0 || x >= m_columns * m_cellCols) {
        return -1;
    }
    const qint64 perBlock = m_folded ? 1 : m_perNode;
    const qint64 local = (y % m_cellRows) * m_cellCols + x % m_cellCols;
    if (local >= perBlock) {
        return -1;  // an empty place of a block with no exact shape
    }
    const qint64 cell = ((y / m_cellRows) * m_columns + x / m_cellCols) * perBlock + local;
    return cell < cellCount() ? cell : -1;
}

QPoint GpuGridGeometry::cellOrigin(qint64 cell) const
{
    const QPoint p = gridPosition(cell);
    const int bx = p.x() / m_cellCols;
    const int by = p.y() / m_cellRows;
    return m_origin
        + QPoint(bx * (blockWidth() + m_nodeGap) + (p.x() % m_cellCols) * m_pitch,
                 by * (m_labelHeight + blockHeight() + m_nodeGap) + m_labelHeight + (p.y() % m_cellRows) * m_pitch);
}

QRect GpuGridGeometry::cellRect(qint64 gpu) const
{
    const qint64 cell = cellOf(gpu);
    if (cell < 0 || m_pitch <= 0) {
        return {};
    }
    const int side = m_pitch - m_cellGap;
    return QRect(cellOrigin(cell), QSize(side, side));
}

qint64 GpuGridGeometry::cellAt(QPoint point) const
{
    if (m_pitch <= 0) {
        return -1;
    }
    const qint64 dx = point.x() - m_origin.x();
    const qint64 dy = point.y() - m_origin.y();
    const qint64 strideX = blockWidth() + m_nodeGap;
    const qint64 strideY = m_labelHeight + blockHeight() + m_nodeGap;
    if (dx < 0 || dy < 0) {
        return -1;
    }
    const qint64 inX = dx % strideX;
    const qint64 inY = dy % strideY - m_labelHeight;
    // Node gaps, the label band, and the seams between cells are not cells.
    if (inX >= blockWidth() || inY < 0 || inY >= blockHeight() || inX % m_pitch >= m_pitch - m_cellGap
        || inY % m_pitch >= m_pitch - m_cellGap) {
        return -1;
    }
    const qint64 cell = cellOfGrid((dx / strideX) * m_cellCols + inX / m_pitch,
                                   (dy / strideY) * m_cellRows + inY / m_pitch);
    return cell < 0 ? -1 : firstGpuOfCell(cell);
}

QRect GpuGridGeometry::nodeRect(qint64 node) const
{
    if (node < 0 || node >= nodeCount() || m_pitch <= 0) {
        return {};
    }
    if (m_folded) {
        return cellRect(node * m_perNode);
    }
    return QRect(cellOrigin(node * m_perNode), QSize(blockWidth(), blockHeight()));
}

QRect GpuGridGeometry::nodeLabelRect(qint64 node) const
{
    const QRect block = m_labelHeight > 0 ? nodeRect(node) : QRect();
    if (block.isEmpty()) {
        return {};
    }
    return QRect(block.left(), block.top() - m_labelHeight, block.width(), m_labelHeight);
}

qint64 GpuGridGeometry::neighbour(qint64 gpu, int dx, int dy) const
{
    const qint64 cell = cellOf(gpu);
    if (cell < 0 || m_pitch <= 0) {
        return gpu;
    }
    const QPoint p = gridPosition(cell);
    const qint64 next = cellOfGrid(qint64(p.x()) + dx, qint64(p.y()) + dy);
    return next < 0 ? gpu : firstGpuOfCell(next);
}

} // namespace moe::ui
