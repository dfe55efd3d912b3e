#pragma once

// The Calibration dialog's scatter: each measurement's prediction against what was
// measured, before the fit (hollow grey) and after it (filled), on log axes with the
// y = x line (a perfect prediction) and the lines 10% above and below it. Hover a point
// for its measurement and errors.

#include <QChartView>

#include <vector>

#include "calibration/calibration.h"

class QLineSeries;
class QLogValueAxis;
class QScatterSeries;

namespace moe::ui {

class CalibrationScatter : public QChartView {
    Q_OBJECT

public:
    explicit CalibrationScatter(QWidget* parent = nullptr);

    // Plots the rows; an empty list clears the chart.
    void setRows(const std::vector<RowResult>& rows);

    QScatterSeries* beforePoints() const { return m_before; }
    QScatterSeries* afterPoints() const { return m_after; }
    QLineSeries* identityLine() const { return m_identity; }
    QLogValueAxis* measuredAxis() const { return m_x; }
    QLogValueAxis* predictedAxis() const { return m_y; }

private:
    void showToolTip(const QPointF& point, bool hovered);

    QScatterSeries* m_before;
    QScatterSeries* m_after;
    QLineSeries* m_identity;
    QLineSeries* m_above;
    QLineSeries* m_below;
    QLogValueAxis* m_x;
    QLogValueAxis* m_y;
    std::vector<RowResult> m_rows;
};

} // namespace moe::ui
