#pragma once

// The step time split into its components, one bar each, then the communication
// hidden by overlap as a credit (a green bar left of zero: it is subtracted from the
// sum) and the step's total. The axis unit follows the data (µs to h); each bar is
// labelled with formatSeconds. Hovering a bar shows how it was computed. On a
// calibrated system the total carries its band as an error bar.

#include "widgets/chartview.h"
#include "model/evaluation.h"
#include "model/explanation.h"
#include "profile/uncertaintyband.h"

class QBarSet;
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

    // `baseline`, when given and valid, is drawn as a second, paler bar per component;
    // one that cannot be evaluated is named in the title ("baseline: not evaluated").
    void setEvaluation(const Profile& profile, const Evaluation& evaluation, const Evaluation* baseline = nullptr);
    QList<qreal> baselineValues() const;  // as values(), for the baseline; zeros without one
    // Each component's time in ms, in the order of componentKeys() (the overlap as the
    // time it hides, positive, though drawn as a credit); for tests and reports.
    QList<qreal> values() const;
    static QStringList componentKeys();  // "time_s.attention_compute", ...
    // The total's error bar in seconds (low, high): a calibrated system's band; empty
    // on a built-in system.
    std::optional<std::pair<double, double>> totalErrorBar() const;

private:
    void showExplanation(bool hovered, int index);
    void placeLabels();
    static int displayIndex(int row);  // a row (component order, then total) to a bar index

    QBarSet* m_bars;
    QBarSet* m_baseline;
    QHorizontalBarSeries* m_series;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_axis;
    Profile m_profile;
    bool m_valid = false;
    bool m_showLabels = true;  // not with a baseline: two bars per row leave no room
    QString m_unit;            // the axis unit
    QList<qreal> m_ms;         // values()
    QList<qreal> m_baselineMs; // baselineValues()
    QList<qreal> m_seconds;    // each bar's signed seconds, in bar order
    QList<QGraphicsSimpleTextItem*> m_labels;  // one per row, owned by the chart
    std::vector<Explanation> m_explanations;  // built on the first hover
    std::optional<UncertaintyBand> m_band;    // the calibrated system's, or none
    ErrorBarItem* m_errorBar;                 // the band around the total, owned by the chart
};

} // namespace moe::ui
