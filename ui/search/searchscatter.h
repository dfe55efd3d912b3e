#pragma once

// The Search dock's scatter: throughput per GPU against step time for the best results
// and every point of the Pareto front (joined by a line), with the current strategy
// ringed ("you are here"). Hover a point for its strategy; click it to pick it. Stale
// results (searched for other inputs) are drawn grey and the ring is hidden.
//
// Hover and click find the plotted point nearest the pointer (within kPickRadius
// pixels) themselves, rather than through each series' item: the front's line and the
// ring lie over the Pareto points, and their items took the hover and the click
// (issue 12, point 6).

#include <QChartView>
#include <QList>
#include <QPointF>

#include <cstdint>
#include <optional>
#include <vector>

#include "base/units.h"
#include "search/search.h"

class QLineSeries;
class QScatterSeries;

namespace moe::ui {

class SearchResultsModel;

class SearchScatter : public QChartView {
    Q_OBJECT

public:
    explicit SearchScatter(const SearchResultsModel& model, QWidget* parent = nullptr);

    // What the chart plots of a result: picked from up to 1.7 million results, so any
    // thread may build it (preparePoints()) and the GUI thread only draws it.
    struct Points {
        QList<QPointF> points;  // the best-ranked, not on the front
        QList<QPointF> front;   // the Pareto front, in rank order
        std::vector<std::size_t> rows;  // the result row of each plotted point
        TimeScale scale = timeScale(0.0);  // the step-time axis's unit: ms, s, min or h
        double maxX = 0;  // in that unit
        double maxY = 0;
        std::size_t feasible = 0;
    };
    static Points preparePoints(const SearchResult& result);
    // Redraws from the model's results, or from points prepared for them.
    void showResults();
    void showPoints(Points points);
    // The model row of the current strategy, or none (not feasible, or stale results).
    void setCurrentRow(std::optional<int> row);
    void setStale(bool stale);

    QScatterSeries* points() const { return m_points; }
    // The step-time axis's unit: seconds per unit and its symbol. Points, hover and
    // click are in that unit.
    TimeScale timeUnit() const { return m_scale; }
    // The "you are here" ring: one point, or none.
    QScatterSeries* currentMarker() const { return m_current; }
    // The model row plotted nearest `viewportPos`, within kPickRadius pixels, or -1;
    // where a point of the model row `row` is drawn, in viewport coordinates.
    int rowNear(const QPoint& viewportPos) const;
    QPoint viewportPosOf(int row) const;
    QString pointToolTip(int row) const;
    static constexpr double kPickRadius = 8.0;

Q_SIGNALS:
    void rowPicked(int row);
    // How many points are plotted of how many ("Best 4,000 of 25,560 feasible"): the
    // dock shows it on the scatter's tab, where a chart title would cost the plot
    // the height of a line.
    void captionChanged(const QString& caption);

protected:
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    // Grows the plotted points to `points` a thousand per event loop turn.
    void addPointsLater(std::uint64_t generation, QList<QPointF> points, qsizetype shown);
    // The model row plotted at `point`, or -1.
    int rowAt(const QPointF& point) const;

    const SearchResultsModel& m_model;
    QScatterSeries* m_points;
    QScatterSeries* m_frontPoints;
    TimeScale m_scale = timeScale(0.0);
    QLineSeries* m_front;
    QScatterSeries* m_current;
    std::vector<std::size_t> m_pointRows;  // the result row of each plotted point
    std::optional<int> m_currentRow;
    int m_pressedRow = -1;  // the point a left press went down on
    std::uint64_t m_pointsGeneration = 0;  // the latest points shown win
    QColor m_pointColour;
    bool m_stale = false;
};

} // namespace moe::ui
