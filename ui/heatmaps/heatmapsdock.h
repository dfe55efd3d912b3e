#pragma once

// The Heat Maps side panel (View > Heat Maps): the routing share by layer x expert,
// the load by GPU x layer and the all-to-all traffic matrix of the open profile, one
// at a time, chosen above the map. Beside the grid it follows every edit, a slider
// drag or an expert being dragged included; it is rebuilt only while visible.

#include <QDockWidget>

#include "heatmaps/heatmap.h"

class QComboBox;

namespace moe::ui {

class ExplorerState;
class HeatMapWidget;

class HeatMapsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit HeatMapsDock(ExplorerState& state, QWidget* parent = nullptr);

    HeatMapKind kind() const;
    void setKind(HeatMapKind kind);
    HeatMapWidget* mapWidget() const { return m_map; }
    QComboBox* kindBox() const { return m_kind; }

Q_SIGNALS:
    void exportRequested(moe::ui::HeatMapKind kind);

private:
    void refresh();

    ExplorerState& m_state;
    QComboBox* m_kind;
    HeatMapWidget* m_map;
    bool m_stale = true;
};

} // namespace moe::ui
