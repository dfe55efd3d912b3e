#pragma once

// An error bar drawn over a horizontal bar chart: a line from the low to the high end
// of a range at a bar's row, closed by a short cap at each end. The latency chart
// draws a calibrated system's band around the step's total with it
// (docs/calibration.md, "The uncertainty band").

#include <QGraphicsPathItem>

namespace moe::ui {

class ErrorBarItem : public QGraphicsPathItem {
public:
    explicit ErrorBarItem(QGraphicsItem* parent = nullptr);

    // `low` and `high`: the ends in scene coordinates, on the row's centre line;
    // `capHeight`: the caps' height in pixels.
    void setEnds(QPointF low, QPointF high, qreal capHeight);
};

} // namespace moe::ui
