#pragma once

// The Explain side panel: how every summary figure, and the selected GPU's memory
// and compute, were computed. Filled only while the panel is visible.

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace moe::ui {

class ExplanationModel;
class ExplorerState;

class ExplainDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ExplainDock(ExplorerState& state, QWidget* parent = nullptr);

    ExplanationModel* model() const { return m_model; }
    // Shows the panel and selects the row of `key` (e.g. "memory_bytes.activations").
    void focusFigure(const QString& key);

private:
    void refresh();

    ExplorerState& m_state;
    ExplanationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    bool m_stale = true;
};

} // namespace moe::ui
