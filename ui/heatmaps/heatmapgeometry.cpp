#include "heatmaps/heatmapgeometry.h"

#include <algorithm>
#include <cmath>

namespace moe::ui {

QRectF HeatMapGeometry::cellRect(std::int64_t row, std::int64_t column) const
{
    const double w = cellWidth();
    const double h = cellHeight();
    return QRectF(plot.left() + static_cast<double>(column) * w, plot.top() + static_cast<double>(row) * h, w, h);
}

std::pair<std::int64_t, std::int64_t> HeatMapGeometry::cellAt(QPoint point) const
{
    if (rows == 0 || columns == 0 || !plot.contains(point)) {
        return {-1, -1};
    }
    const auto column = static_cast<std::int64_t>(std::floor((point.x() - plot.left()) / cellWidth()));
    const auto row = static_cast<std::int64_t>(std::floor((point.y() - plot.top()) / cellHeight()));
    return {std::clamp<std::int64_t>(row, 0, rows - 1), std::clamp<std::int64_t>(column, 0, columns - 1)};
}

namespace {

// The smallest step n so that labels every n-th cell are `room` apart, rounded up to
// 1, 2, 5 x a power of ten so that labelled indices are round numbers.
std::int64_t labelStep(double cell, int room)
{
    if (cell <= 0) {
        return 1;
    }
    const double needed = std::ceil(room / cell);
    for (std::int64_t power = 1;; power *= 10) {
        for (const std::int64_t factor : {1, 2, 5}) {
            if (static_cast<double>(factor * power) >= needed) {
                return factor * power;
            }
        }
    }
}

} // namespace

HeatMapGeometry layoutHeatMap(const QRect& area, std::int64_t rows, std::int64_t columns, int lineHeight,
                              int labelWidth, int columnLabelWidth, int captionLines)
{
    HeatMapGeometry g;
    g.rows = rows;
    g.columns = columns;
    const int gap = std::max(2, lineHeight / 3);
    // Bottom up: caption, legend (a bar and its labels), column labels with the axis name.
    const int captionHeight = captionLines * lineHeight;
    g.caption = QRect(area.left(), area.bottom() - captionHeight + 1, area.width(), captionHeight);
    const int legendHeight = 2 * lineHeight;
    g.legend = QRect(area.left() + labelWidth + gap, g.caption.top() - gap - legendHeight,
                     std::max(0, area.width() - labelWidth - gap), legendHeight);
    const int columnLabelHeight = 2 * lineHeight;  // the labels, then the axis name
    const int plotLeft = area.left() + labelWidth + gap;
    const int plotBottom = g.legend.top() - gap - columnLabelHeight;
    const int plotTop = area.top() + lineHeight + gap;  // the row axis name above the labels
    g.plot = QRect(QPoint(plotLeft, plotTop), QPoint(std::max(plotLeft, area.right()), std::max(plotTop, plotBottom)));
    g.rowLabels = QRect(area.left(), g.plot.top(), labelWidth, g.plot.height());
    g.columnLabels = QRect(g.plot.left(), g.plot.bottom() + 1 + gap / 2, g.plot.width(), columnLabelHeight);
    g.rowLabelStep = labelStep(g.cellHeight(), lineHeight);
    g.columnLabelStep = labelStep(g.cellWidth(), columnLabelWidth + gap);
    return g;
}

} // namespace moe::ui
