#pragma once

// The GPU grid with its metric and MoE-layer selectors above it.

#include <QWidget>

class QComboBox;
class QToolButton;

namespace moe::ui {

class ExplorerState;
class GpuGridWidget;

class GridPanel : public QWidget {
    Q_OBJECT

public:
    explicit GridPanel(ExplorerState& state, QWidget* parent = nullptr);

    GpuGridWidget* grid() const { return m_grid; }
    QComboBox* metricBox() const { return m_metric; }
    QComboBox* layerBox() const { return m_layer; }
    QToolButton* rescaleButton() const { return m_rescale; }

Q_SIGNALS:
    void exportRequested();
    void explainRequested(qint64 gpu);

private:
    void refresh();
    void showContextMenu(const QPoint& position);
    void fillLayers();

    ExplorerState& m_state;
    GpuGridWidget* m_grid;
    QComboBox* m_metric;
    QComboBox* m_layer;
    QToolButton* m_rescale = nullptr;
};

} // namespace moe::ui
