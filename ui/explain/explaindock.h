#pragma once

// The Explain side panel: how every summary figure, and the selected GPU's memory
// and compute, were computed. Filled only while the panel is visible.
//
// It opens wide enough to read (issue 12, point 8): each row shows the figure's label,
// its value and its formula, wrapped over as many lines as it needs; the selected
// row's details below give the formula with the values, the figure's key and the
// cited source, with its links, one click on a row away.

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace moe::ui {

class ExplanationModel;
class ExplorerState;

class ExplainDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ExplainDock(ExplorerState& state, QWidget* parent = nullptr);

    ExplanationModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    // Shows the panel and selects the row of `key` (e.g. "memory_bytes.activations").
    void focusFigure(const QString& key);
    // The width the panel opens at in a window `windowWidth` wide.
    static int openingWidth(int windowWidth);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void showDetails();
    void fitRows();
    void widenOnFirstShow();

    ExplorerState& m_state;
    ExplanationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QTextBrowser* m_details;
    bool m_stale = true;
    bool m_widened = false;
};

} // namespace moe::ui
