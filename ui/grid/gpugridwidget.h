#pragma once

// The GPU grid: every GPU of the cluster as a cell, grouped by node, coloured by one
// metric (viridis over the used GPUs' range); idle GPUs are hatched. Nodes fold into
// one cell each when cells would get too small (see GpuGridGeometry); a folded cell
// shows the largest value among its used GPUs, since hot spots and over-capacity are
// what a user looks for. Click or arrow keys select a GPU.

#include <QPixmap>
#include <QWidget>

#include <memory>
#include <vector>

#include "model/evaluation.h"
#include "grid/gpugridgeometry.h"
#include "grid/gridmetric.h"
#include "profile/profile.h"

namespace moe::ui {

class GpuGridWidget : public QWidget {
    Q_OBJECT

public:
    explicit GpuGridWidget(QWidget* parent = nullptr);

    // Keeps copies. `evaluation` must come from evaluate(..., Detail::PerGpu); an
    // invalid one draws every GPU idle and says why in the legend. The selection is
    // kept, clamped to the cluster (without emitting gpuSelected()).
    void setEvaluation(const moe::Profile& profile, const moe::Evaluation& evaluation);
    // The same without copying: the window shares its state's evaluation.
    void setEvaluation(const moe::Profile& profile, std::shared_ptr<const moe::Evaluation> evaluation);
    const moe::Evaluation& evaluation() const { return *m_evaluation; }

    void setMetric(GridMetric metric);
    GridMetric metric() const { return m_metric; }
    // Index into Evaluation::layers, -1 for all layers. Out of range counts as -1.
    void setLayer(int moeLayer);
    int layer() const { return m_layer; }
    // Does not emit gpuSelected(): that signal reports the user's own choices, so a
    // shared state can call this back without a loop.
    void setSelectedGpu(qint64 gpu);
    qint64 selectedGpu() const { return m_selected; }

    // What the cell showing `gpu` shows, in metricUnit(metric()): the GPU's own value,
    // or the largest of its cell's used GPUs when nodes are folded; NaN when idle.
    double cellValue(qint64 gpu) const;
    // Layout for the widget's current size.
    const GpuGridGeometry& geometry() const { return m_geometry; }
    // Draws grid and legend into `target`, laid out for its size: the screen, PNG,
    // SVG and PDF exports all come through here.
    void render(QPainter& painter, const QRect& target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user clicked a cell or moved the selection with the keyboard.
    void gpuSelected(qint64 gpu);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Range {
        double min = 0;
        double max = 0;
        bool any = false;  // some used GPU has a value
    };

    void retranslate();
    qint64 gpuCount() const;
    qint64 gpusPerNode() const;
    int effectiveLayer() const;
    GpuGridGeometry::Style gridStyle(const QFontMetrics& metrics) const;
    GpuGridGeometry layoutFor(const QFontMetrics& metrics, QSize size) const;
    void recomputeValues();
    void relayout();
    void invalidate();
    void select(qint64 gpu);
    double aggregate(const GpuGridGeometry& geometry, qint64 cell) const;
    QColor colourOf(double value) const;
    void paintAll(QPainter& painter, const GpuGridGeometry& geometry, QSize size) const;
    void paintCells(QPainter& painter, const GpuGridGeometry& geometry) const;
    void paintNodes(QPainter& painter, const GpuGridGeometry& geometry) const;
    void paintSelection(QPainter& painter, const GpuGridGeometry& geometry) const;
    void paintLegend(QPainter& painter, const GpuGridGeometry& geometry) const;
    QString toolTipAt(QPoint position) const;

    moe::Profile m_profile;
    std::shared_ptr<const moe::Evaluation> m_evaluation = std::make_shared<const moe::Evaluation>();
    GridMetric m_metric = GridMetric::Memory;
    int m_layer = -1;
    qint64 m_selected = 0;
    std::vector<double> m_values;  // per GPU, in metricUnit(); NaN when idle
    Range m_range;
    GpuGridGeometry m_geometry;
    QPixmap m_cache;  // the last render() at the widget's size; null when stale
};

} // namespace moe::ui
