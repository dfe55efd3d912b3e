#pragma once

// The step time split into its components, one bar each, in ms, with the total and
// the throughput in the title. Hovering a bar shows how it was computed.

#include "chartview.h"
#include "evaluation.h"
#include "explanation.h"

class QBarSet;
class QHorizontalBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace moe::ui {

class LatencyChart : public ChartView {
    Q_OBJECT

public:
    explicit LatencyChart(QWidget* parent = nullptr);
    ~LatencyChart() override;

    // `baseline`, when given and valid, is drawn as a second, paler bar per component;
    // one that cannot be evaluated is named in the title ("baseline: not evaluated").
    void setEvaluation(const Profile& profile, const Evaluation& evaluation, const Evaluation* baseline = nullptr);
    QList<qreal> baselineValues() const;
    // Bar values in ms, in the order of componentKeys(); for tests and reports.
    QList<qreal> values() const;
    static QStringList componentKeys();  // "time_s.attention_compute", ...

private:
    void showExplanation(bool hovered, int index);

    QBarSet* m_bars;
    QBarSet* m_baseline;
    QHorizontalBarSeries* m_series;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_axis;
    Profile m_profile;
    bool m_valid = false;
    std::vector<Explanation> m_explanations;  // built on the first hover
};

} // namespace moe::ui
