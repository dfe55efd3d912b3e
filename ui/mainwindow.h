#pragma once

// The explorer's main window: the GPU grid in the centre with the headline figures
// above it, the latency and memory charts below, the verdict at the bottom, and the
// Parameters and Explain docks at the sides.

#include <QMainWindow>

#include "profile.h"
#include "viewexport.h"

class QSplitter;

namespace moe::ui {

class ExplainDock;
class ExplorerState;
class GridPanel;
class LatencyChart;
class MemoryChart;
class ParametersDock;
class Settings;
class SummaryBar;
class VerdictBar;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Profile profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    ExplorerState& state() const { return *m_state; }
    ParametersDock* parametersDock() const { return m_parameters; }
    ExplainDock* explainDock() const { return m_explain; }
    GridPanel* gridPanel() const { return m_grid; }
    LatencyChart* latencyChart() const { return m_latency; }
    MemoryChart* memoryChart() const { return m_memory; }
    VerdictBar* verdictBar() const { return m_verdict; }
    SummaryBar* summaryBar() const { return m_summary; }

    // Exports one view as the window shows it; returns an error message, or nothing.
    std::optional<QString> exportTo(ExportView view, const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupCentral();
    void setupDocks();
    void setupMenus();
    void restoreLayout();
    void updateViews();
    void updateTitle();
    void askExport(ExportView view);
    void openBuiltin(const QString& id);

    ExplorerState* m_state;
    Settings* m_settings;
    SummaryBar* m_summary = nullptr;
    GridPanel* m_grid = nullptr;
    LatencyChart* m_latency = nullptr;
    MemoryChart* m_memory = nullptr;
    VerdictBar* m_verdict = nullptr;
    ParametersDock* m_parameters = nullptr;
    ExplainDock* m_explain = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_charts = nullptr;
};

} // namespace moe::ui
