#pragma once

// Memory per GPU as stacked bars by component: the selected GPU, the fullest GPU of
// each pipeline stage, and the fullest GPU overall, against the GPU's capacity drawn
// as a line. Going over the limit turns the line and the title red.

#include "widgets/chartview.h"
#include "model/evaluation.h"

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace moe::ui {

class MemoryChart : public ChartView {
    Q_OBJECT

public:
    explicit MemoryChart(QWidget* parent = nullptr);

    // With a `baseline`, a last bar shows the baseline's fullest GPU; one that cannot be
    // evaluated gets an empty bar labelled "baseline: not evaluated".
    void setEvaluation(const Profile& profile, const Evaluation& evaluation, qint64 selectedGpu,
                       const Evaluation* baseline = nullptr);

    // For tests and reports: the GPUs shown, one per bar, and a component's GiB per bar.
    QList<qint64> shownGpus() const { return m_gpus; }  // -1 marks the baseline's bar
    QStringList barLabels() const;
    QList<qreal> componentValues(int component) const;
    static int componentCount();
    static QString componentName(int component);
    bool overCapacity() const { return m_over; }

private:
    // The bars' names in full ("GPU 0" over "(fullest)") while each fits its bar's
    // width, else the short ones ("top", "sel") upright, with an axis title saying what
    // they mean: called again whenever the plot's size changes (issue 12, point 9).
    void chooseLabels();

    QStackedBarSeries* m_series;
    QList<QBarSet*> m_sets;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_axis;
    QValueAxis* m_lineAxis;
    QLineSeries* m_capacity;
    QList<qint64> m_gpus;
    QStringList m_longLabels;   // the full names, HTML, on two lines
    QStringList m_shortLabels;
    bool m_selectedBar = false;  // a selected GPU has a bar of its own ("sel" in the axis title)
    bool m_over = false;
};

} // namespace moe::ui
