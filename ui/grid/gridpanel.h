#pragma once

// The GPU grid with its metric and MoE-layer selectors above it.

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

#include "model/evaluation.h"

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
    // The Heat Maps button: the window opens its Heat Maps panel.
    void heatMapsRequested();
    void explainRequested(qint64 gpu);

private:
    void refresh();
    // Makes the placement manual (from the one shown) with the slot moved: one undo step.
    void moveExpert(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank);
    // While an expert is dragged: the document shows the would-be placement (toRank -1:
    // the placement the drag started from). The edits are one gesture that merges into
    // one undo step on the drop, and into none on a cancel (ExplorerState's gestures).
    void previewMove(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank);
    void cancelMove();
    // The strategy the drag started from with the slot moved.
    Strategy movedStrategy(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank) const;
    void showContextMenu(const QPoint& position);
    void fillLayers();

    ExplorerState& m_state;
    GpuGridWidget* m_grid;
    QComboBox* m_metric;
    QComboBox* m_layer;
    QToolButton* m_rescale = nullptr;
    // The drag under way: its starting strategy and evaluation (nothing between drags).
    std::optional<Strategy> m_dragStrategy;
    std::shared_ptr<const Evaluation> m_dragEvaluation;
};

} // namespace moe::ui
