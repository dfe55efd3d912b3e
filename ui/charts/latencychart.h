#pragma once

// The step time split into its components, one bar each, then the communication
// hidden by overlap as a credit (a green bar left of zero: it is subtracted from the
// sum) and the step's total. The axis unit follows the data (µs to h); each bar is
// labelled with formatSeconds. Hovering a bar shows how it was computed. On a
// calibrated system the total carries its band as an error bar.
//
// With a baseline (issue 12, point 5) the axis is scaled to the current strategy, so
// its bars stay readable and labelled, and the baseline is a dashed outline over each
// row; an outline longer than the axis stops at its end with an arrow, and the row's
// label names the baseline's value.

#include "widgets/chartview.h"
#include "model/evaluation.h"
#include "model/explanation.h"
#include "profile/uncertaintyband.h"

class QBarSet;
class QGraphicsRectItem;
class QHorizontalBarSeries;
class QBarCategoryAxis;
class QValueAxis;
class QGraphicsSimpleTextItem;

namespace moe::ui {
class ErrorBarItem;
}

namespace moe::ui {

class LatencyChart : public ChartView {
    Q_OBJECT

public:
    explicit LatencyChart(QWidget* parent = nullptr);
    ~LatencyChart() override;

    // `baseline`, when given and valid, is drawn as a dashed outline per row; one that
    // cannot be evaluated is named in the title ("baseline: not evaluated").
    // `band`: the calibrated system's, drawn as the total's error bar (ExplorerState::band()),
    // or none.
    void setEvaluation(const Profile& profile, const Evaluation& evaluation, const Evaluation* baseline = nullptr,
                       const std::optional<UncertaintyBand>& band = std::nullopt);
    QList<qreal> baselineValues() const;  // as values(), for the baseline; zeros without one
    // Each component's time in ms, in the order of componentKeys() (the overlap as the
    // time it hides, positive, though drawn as a credit); for tests and reports.
    QList<qreal> values() const;
    static QStringList componentKeys();  // "time_s.attention_compute", ...
    // The total's error bar in seconds (low, high): a calibrated system's band; empty
    // on a built-in system.
    std::optional<std::pair<double, double>> totalErrorBar() const;
    // The baseline's outline of bar `index` (bar order, as the bar set), for tests;
    // null when no baseline is shown.
    QGraphicsRectItem* baselineOutline(int index) const;
    // Whether the baseline of bar `index` runs past the axis's end.
    bool baselineOffScale(int index) const;
    // The rows' names, drawn by the chart itself: QtCharts elides a category label to
    // "..." unless its row is some 26 px high, which cost the chart every name at
    // 1366x768 (issue 12, point 9); these need only their text's height.
    QList<QGraphicsSimpleTextItem*> rowNames() const { return m_rowNames; }
    // The bars' value labels, one per row, and where bar `index` is drawn (in the
    // chart's coordinates): a label never runs over a bar (issue 12's leftover, the
    // "baseline" labels over the bars at 1366x768).
    QList<QGraphicsSimpleTextItem*> valueLabels() const;
    QRectF barRect(int index) const;
    QSize minimumSizeHint() const override;

private:
    void showExplanation(bool hovered, int index);
    // Draws what is not a bar of the series, after every change of data or size: the
    // value labels and the baseline's outlines.
    void placeLabels();
    void placeBaselineOutlines();
    void placeRowNames();
    void applyRange();  // the axis for the data and the chart's width

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // A bar's label: with the off-scale baseline's value named ("176 ms · baseline
    // 1.95 s ▸"), without the word where that has no room, or the value alone.
    enum class LabelForm { Full, Compact, ValueOnly };
    QString labelText(int row, LabelForm form) const;
    static int displayIndex(int row);  // a row (component order, then total) to a bar index

    QBarSet* m_bars;
    QHorizontalBarSeries* m_series;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_axis;
    Profile m_profile;
    bool m_valid = false;
    bool m_showBaseline = false;
    QString m_unit;            // the axis unit
    double m_rangeLow = 0;     // what the axis must show, before rounding
    double m_rangeHigh = 1;
    QList<qreal> m_ms;         // values()
    QList<qreal> m_baselineMs; // baselineValues()
    QList<qreal> m_seconds;    // each bar's signed seconds, in bar order
    QList<qreal> m_baselineSeconds;  // the same for the baseline
    QList<qreal> m_baselineBars;     // the baseline in the axis unit, in bar order
    QList<QGraphicsSimpleTextItem*> m_labels;  // one per row, owned by the chart
    QList<QGraphicsRectItem*> m_labelBacks;    // each label's background, owned by the chart
    QList<QGraphicsRectItem*> m_outlines;      // the baseline's, one per bar, owned by the chart
    QList<QGraphicsSimpleTextItem*> m_rowNames;  // one per row, in row order, owned by the chart
    std::vector<Explanation> m_explanations;  // built on the first hover
    std::optional<UncertaintyBand> m_band;    // the calibrated system's, or none
    ErrorBarItem* m_errorBar;                 // the band around the total, owned by the chart
};

} // namespace moe::ui
