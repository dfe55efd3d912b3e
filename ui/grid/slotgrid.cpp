#include "grid/slotgrid.h"

#include <algorithm>

namespace moe::ui {

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

SlotGrid SlotGrid::forSlots(const QRect& cell, qint64 slots)
{
    SlotGrid g;
    if (slots <= 0 || cell.isEmpty()) {
        return g;
    }
    // The column count whose sub-cells have the largest smaller side (the first on
    // ties); more columns than kMinSide-wide strips can never fit, which bounds the
    // loop by the cell, not by the slot count. Sub-cells fill the cell: two slots in
    // a square cell are two bars, not two small squares.
    int bestSide = 0;
    int bestColumns = 0;
    const qint64 maxColumns = std::min<qint64>(slots, cell.width() / kMinSide);
    for (qint64 columns = 1; columns <= maxColumns; ++columns) {
        const qint64 rows = ceilDiv(slots, columns);
        const auto side = static_cast<int>(std::min<qint64>(cell.width() / columns, cell.height() / rows));
        if (side > bestSide) {
            bestSide = side;
            bestColumns = static_cast<int>(columns);
        }
    }
    if (bestSide < kMinSide) {
        return g;
    }
    g.m_count = slots;
    g.m_columns = bestColumns;
    g.m_rows = static_cast<int>(ceilDiv(slots, bestColumns));
    g.m_width = cell.width() / g.m_columns;
    g.m_height = cell.height() / g.m_rows;
    g.m_gap = 1;
    // Centred; the seam after the last column and row is not drawn, so it is given back.
    const int width = g.m_columns * g.m_width - g.m_gap;
    const int height = g.m_rows * g.m_height - g.m_gap;
    g.m_origin = cell.topLeft() + QPoint((cell.width() - width) / 2, (cell.height() - height) / 2);
    return g;
}

SlotGrid SlotGrid::forLayers(const QRect& cell, qint64 layers, qint64 slots)
{
    SlotGrid g;
    if (layers <= 0 || slots <= 0 || cell.isEmpty()) {
        return g;
    }
    const qint64 width = cell.width() / slots;
    const qint64 height = cell.height() / layers;
    if (width < kMinColumnWidth || height < kMinRowHeight) {
        return g;
    }
    g.m_count = layers * slots;
    g.m_columns = static_cast<int>(slots);
    g.m_rows = static_cast<int>(layers);
    g.m_width = static_cast<int>(width);
    g.m_height = static_cast<int>(height);
    g.m_gap = 0;
    const auto w = static_cast<int>(slots * width);
    const auto h = static_cast<int>(layers * height);
    g.m_origin = cell.topLeft() + QPoint((cell.width() - w) / 2, (cell.height() - h) / 2);
    return g;
}

QRect SlotGrid::rect(qint64 index) const
{
    if (!fits() || index < 0 || index >= m_count) {
        return {};
    }
    const auto column = static_cast<int>(index % m_columns);
    const auto row = static_cast<int>(index / m_columns);
    return QRect(m_origin + QPoint(column * m_width, row * m_height),
                 QSize(m_width - m_gap, m_height - m_gap));
}

qint64 SlotGrid::at(QPoint point) const
{
    if (!fits()) {
        return -1;
    }
    const int dx = point.x() - m_origin.x();
    const int dy = point.y() - m_origin.y();
    if (dx < 0 || dy < 0 || dx >= m_columns * m_width || dy >= m_rows * m_height) {
        return -1;
    }
    if (dx % m_width >= m_width - m_gap || dy % m_height >= m_height - m_gap) {
        return -1;  // a seam
    }
    const qint64 index = qint64(dy / m_height) * m_columns + dx / m_width;
    return index < m_count ? index : -1;
}

} // namespace moe::ui
