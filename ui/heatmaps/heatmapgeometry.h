#pragma once

// Where a heat map's parts lie in a rectangle: row labels on the left, column labels
// under the cells, then the colour key and the caption. Cells share the plot evenly
// (fractional sizes, so 256 experts fill the width exactly); labels are thinned to
// every n-th row or column so they never overlap. Screen and exports use the same.

#include <QRect>
#include <QRectF>

#include <cstdint>

namespace moe::ui {

struct HeatMapGeometry {
    QRect plot;     // the cells
    QRect rowLabels;
    QRect columnLabels;
    QRect legend;   // the colour key
    QRect caption;
    std::int64_t rows = 0;
    std::int64_t columns = 0;
    std::int64_t rowLabelStep = 1;     // label every n-th row
    std::int64_t columnLabelStep = 1;

    double cellWidth() const { return columns > 0 ? static_cast<double>(plot.width()) / static_cast<double>(columns) : 0; }
    double cellHeight() const { return rows > 0 ? static_cast<double>(plot.height()) / static_cast<double>(rows) : 0; }
    QRectF cellRect(std::int64_t row, std::int64_t column) const;
    // The cell under `point`: {row, column}, or {-1, -1} outside the plot.
    std::pair<std::int64_t, std::int64_t> cellAt(QPoint point) const;
};

// `lineHeight`: a line of text; `labelWidth`: the widest row label; `columnLabelWidth`:
// the widest column label; `captionLines`: lines the caption takes.
HeatMapGeometry layoutHeatMap(const QRect& area, std::int64_t rows, std::int64_t columns, int lineHeight,
                              int labelWidth, int columnLabelWidth, int captionLines);

} // namespace moe::ui
