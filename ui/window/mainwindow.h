#pragma once

// The explorer's main window: the GPU grid in the centre with the headline figures
// above it, the latency and memory charts below, the verdict at the bottom, and the
// Parameters, Explain and Undo History docks at the sides. The profile is a document:
// it comes from a file or a built-in, can be saved, and the title shows its name and
// whether it has unsaved changes.

#include <QMainWindow>
#include <QPointer>

#include <memory>

#include "profile/profile.h"
#include "export/searchexport.h"
#include "export/viewexport.h"

class QAction;
class QSplitter;

namespace moe::ui {

class GettingStartedDialog;

class ReportJob;
class CalibrationDialog;

class DocumentController;
class ExplainDock;
class ExplorerState;
class GridPanel;
class HeatMapsDock;
class LatencyChart;
class MemoryChart;
class ParametersDock;
class RecentFilesMenu;
class SearchDock;
class ServingDock;
class Settings;
class SummaryBar;
class UndoHistoryDock;
class UserPrompts;
class VerdictBar;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `location` says where `profile` came from: an absolute file path, builtin:NAME,
    // or empty (then Save asks for a file).
    explicit MainWindow(Profile profile, const QString& location = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Help > Getting Started, at a glossary anchor (window/gettingstarted.h) or the top.
    // F1 opens it at the term of the slider that has the focus.
    void showGettingStarted(const QString& anchor = {});
    GettingStartedDialog* gettingStartedDialog() const { return m_gettingStarted; }

    ExplorerState& state() const { return *m_state; }
    DocumentController* document() const { return m_document; }
    ParametersDock* parametersDock() const { return m_parameters; }
    ExplainDock* explainDock() const { return m_explain; }
    UndoHistoryDock* undoHistoryDock() const { return m_history; }
    RecentFilesMenu* recentFilesMenu() const { return m_recent; }
    GridPanel* gridPanel() const { return m_grid; }
    LatencyChart* latencyChart() const { return m_latency; }
    MemoryChart* memoryChart() const { return m_memory; }
    VerdictBar* verdictBar() const { return m_verdict; }
    SummaryBar* summaryBar() const { return m_summary; }
    SearchDock* searchDock() const { return m_search; }
    ServingDock* servingDock() const { return m_serving; }
    HeatMapsDock* heatMapsDock() const { return m_heatMaps; }
    // Tools > Calibrate: the dialog, made on first use and kept (with its files and fit)
    // while the window lives; nullptr before.
    CalibrationDialog* calibrationDialog() const { return m_calibration; }
    void showCalibration();
    // The strategy the views compare against: the profile's `baseline`, if it has one.
    const std::optional<Evaluation>& baselineEvaluation() const { return m_baseline; }
    // Makes the current strategy the profile's baseline (an undoable edit), or drops it.
    void pinBaseline();
    void clearBaseline();
    // Writes the design-review report; returns an error message, or nothing.
    std::optional<QString> exportReportTo(const QString& path);
    // The same without blocking: the report's searches run off the GUI thread behind a
    // busy dialog; reportExported() follows, with an empty error when it was written.
    void exportReportInBackground(const QString& path);
    // Stops a report being built in the background (its dialog's Cancel).
    void cancelReportExport();

    // Replaces the dialogs that ask about files (tests answer in place of a user).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    // Exports one view as the window shows it; returns an error message, or nothing.
    std::optional<QString> exportTo(ExportView view, const QString& path);
    // Exports the Search dock's scatter, feasibility map or results (CSV).
    std::optional<QString> exportSearchTo(SearchExport what, const QString& path);

Q_SIGNALS:
    void reportExported(const QString& path, const QString& error, bool cancelled);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    GettingStartedDialog* m_gettingStarted = nullptr;
    void setupCentral();
    void setupDocks();
    void setupDocument(const QString& location);
    void setupMenus();
    void setupDropTarget();
    void setupFileMenu();
    void setupEditMenu();
    void setupStrategyMenu();
    void setupToolsMenu();
    void restoreLayout();
    void saveLayout();
    void updateViews();
    void updateTitle();
    void updateFileActions();
    void askExport(ExportView view);
    void askExportSearch(SearchExport what);
    void askExportReport();

    ExplorerState* m_state;
    Settings* m_settings;
    DocumentController* m_document = nullptr;
    QPointer<ReportJob> m_reportJob;  // the report being built in the background, if any
    SummaryBar* m_summary = nullptr;
    GridPanel* m_grid = nullptr;
    LatencyChart* m_latency = nullptr;
    MemoryChart* m_memory = nullptr;
    VerdictBar* m_verdict = nullptr;
    ParametersDock* m_parameters = nullptr;
    ExplainDock* m_explain = nullptr;
    UndoHistoryDock* m_history = nullptr;
    SearchDock* m_search = nullptr;
    ServingDock* m_serving = nullptr;
    HeatMapsDock* m_heatMaps = nullptr;
    CalibrationDialog* m_calibration = nullptr;
    std::optional<Evaluation> m_baseline;
    RecentFilesMenu* m_recent = nullptr;
    QAction* m_revertAction = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_charts = nullptr;
};

} // namespace moe::ui
