#pragma once

// The Serving view's chart: output tokens/s per GPU against tokens/s per user for every
// deployment a serving plan timed, the Pareto front joined by a line, the best point
// meeting the targets starred, points missing a target hollow, the TPOT target drawn as
// a vertical line (points right of it meet it) and the current profile's own point
// ringed. Hover a point for its deployment; click it to apply it.

#include <QChartView>

#include <optional>

#include "search/servingplan.h"

class QAbstractSeries;
class QLineSeries;
class QScatterSeries;

namespace moe::ui {

class ServingScatter : public QChartView {
    Q_OBJECT

public:
    explicit ServingScatter(QWidget* parent = nullptr);

    void showPlan(const ServingPlan& plan, const ServingSpec& request);
    void setCurrent(std::optional<ServingPoint> point);

    QScatterSeries* meetingPoints() const { return m_meeting; }
    QScatterSeries* missingPoints() const { return m_missing; }
    QScatterSeries* bestPoint() const { return m_best; }
    QScatterSeries* currentMarker() const { return m_current; }
    QLineSeries* tpotTarget() const { return m_target; }

Q_SIGNALS:
    // The plan's index of the clicked point.
    void pointPicked(std::size_t index);

private:
    std::optional<std::size_t> indexAt(const QPointF& point) const;
    void showToolTip(const QPointF& point, bool hovered);
    void showInLegend(QAbstractSeries* series, bool shown);

    ServingPlan m_plan;
    QScatterSeries* m_meeting;
    QScatterSeries* m_missing;
    QLineSeries* m_front;
    QScatterSeries* m_best;
    QLineSeries* m_target;
    QScatterSeries* m_current;
    std::optional<ServingPoint> m_currentPoint;
};

// "TP1 PP1 DP32 EP32 ETP1 x512", or the prefill and decode workers of a disaggregated point.
QString deploymentText(const ServingPoint& point);

} // namespace moe::ui
