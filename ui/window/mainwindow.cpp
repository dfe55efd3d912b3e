#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "calibration/calibrationdialog.h"
#include "document/documentcontroller.h"
#include "explain/explaindock.h"
#include "document/explorerstate.h"
#include "grid/gpugridwidget.h"
#include "grid/gridpanel.h"
#include "heatmaps/heatmapsdock.h"
#include "charts/latencychart.h"
#include "charts/memorychart.h"
#include "window/parametersdock.h"
#include "window/gettingstarted.h"
#include "window/parameterslider.h"
#include "document/recentfilesmenu.h"
#include "export/reportexport.h"
#include "export/reportjob.h"
#include "export/searchexport.h"
#include "search/searchdock.h"
#include "serving/servingdock.h"
#include "widgets/settings.h"
#include "window/summarybar.h"
#include "document/undohistorydock.h"
#include "document/userprompts.h"
#include "window/verdictbar.h"
#include "widgets/phrasetext.h"

namespace moe::ui {

namespace {

// The profile file a drag carries: exactly one local .json file.
QString droppedProfile(const QMimeData* mime)
{
    if (mime == nullptr || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile()) {
        return {};
    }
    const QString path = mime->urls().front().toLocalFile();
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? path : QString();
}

} // namespace

MainWindow::MainWindow(Profile profile, const QString& location, QWidget* parent)
    : QMainWindow(parent)
    , m_state(new ExplorerState(std::move(profile), this))
    , m_settings(new Settings)
{
    setObjectName(QStringLiteral("MainWindow"));
    setupCentral();
    setupDocks();
    setupDocument(location);
    setupMenus();
    setupDropTarget();  // after every view exists
    connect(m_state, &ExplorerState::evaluationChanged, this, &MainWindow::updateViews);
    connect(m_state, &ExplorerState::selectedGpuChanged, this, &MainWindow::updateViews);
    connect(m_state, &ExplorerState::bandChanged, this, &MainWindow::updateViews);
    connect(m_state, &ExplorerState::profileChanged, this, &MainWindow::updateTitle);
    updateViews();
    updateTitle();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    delete m_settings;
}

void MainWindow::setupCentral()
{
    m_summary = new SummaryBar(this);
    m_grid = new GridPanel(*m_state, this);
    m_latency = new LatencyChart(this);
    m_memory = new MemoryChart(this);
    m_verdict = new VerdictBar(this);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_grid, 1);

    m_charts = new QSplitter(Qt::Horizontal, this);
    m_charts->setObjectName(QStringLiteral("ChartsSplitter"));
    m_charts->addWidget(m_latency);
    m_charts->addWidget(m_memory);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("MainSplitter"));
    m_vertical->addWidget(top);
    m_vertical->addWidget(m_charts);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setSizes({480, 420});
    // Neither the grid nor the charts may be squeezed below their minimum sizes: the
    // charts' hold their labels (issue 12, point 9).
    m_vertical->setChildrenCollapsible(false);
    m_charts->setChildrenCollapsible(false);
    m_charts->setSizes({450, 550});
    // The charts' own minimum sizes hold their rows and labels (the latency chart
    // draws its row names, which need only their text's height): a dock opened below
    // (the Search) takes its room from the grid and itself, never from the labels.

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_vertical, 1);
    layout->addWidget(m_verdict);
    setCentralWidget(central);

    connect(m_grid, &GridPanel::exportRequested, this, [this] { askExport(ExportView::Grid); });
    m_latency->setExplainKey(QStringLiteral("time_s.total"));
    m_memory->setExplainKey(QStringLiteral("memory_bytes.total"));
    connect(m_latency, &ChartView::exportRequested, this, [this] { askExport(ExportView::Latency); });
    connect(m_memory, &ChartView::exportRequested, this, [this] { askExport(ExportView::Memory); });
}

void MainWindow::setupDocks()
{
    m_parameters = new ParametersDock(*m_state, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_parameters);
    m_explain = new ExplainDock(*m_state, this);
    addDockWidget(Qt::RightDockWidgetArea, m_explain);
    m_explain->hide();  // opened from View > Explain or a figure's context menu
    auto focus = [this](const QString& key) { m_explain->focusFigure(key); };
    connect(m_latency, &ChartView::explainRequested, this, focus);
    connect(m_memory, &ChartView::explainRequested, this, focus);
    connect(m_grid, &GridPanel::explainRequested, this, [this](qint64 gpu) {
        m_state->setSelectedGpu(gpu);
        m_explain->focusFigure(QStringLiteral("gpu %1: memory_bytes.attention_weights").arg(gpu));
    });
    // Below the Parameters, in the room their groups leave while collapsed, rather than
    // beside the charts, which would narrow them.
    m_history = new UndoHistoryDock(m_state->undoStack(), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_history, Qt::Vertical);
    m_history->hide();  // opened from Edit > Undo History
    m_search = new SearchDock(*m_state, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_search);
    m_search->hide();  // opened from Strategy > Search
    m_serving = new ServingDock(*m_state, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_serving);
    m_serving->hide();  // opened from View > Serving
    // Beside the grid, so that a heat map follows an edit or an expert dragged in the grid.
    m_heatMaps = new HeatMapsDock(*m_state, this);
    addDockWidget(Qt::RightDockWidgetArea, m_heatMaps);
    // Opened from View > Heat Maps or the grid's button: open by default it would widen
    // the window's minimum beyond a small screen.
    m_heatMaps->hide();
    connect(m_grid, &GridPanel::heatMapsRequested, this, [this] {
        m_heatMaps->show();
        m_heatMaps->raise();
    });
    connect(m_heatMaps, &HeatMapsDock::exportRequested, this, [this](HeatMapKind kind) { askExport(exportViewOf(kind)); });
}

void MainWindow::setupDocument(const QString& location)
{
    m_document = new DocumentController(*m_state, *m_settings, this);
    m_search->setLargeSearchQuestion([this](std::int64_t configurations, bool over, std::int64_t limit) {
        return m_document->prompts().confirmLargeSearch(this, configurations, over, limit);
    });
    m_document->setLocation(location);
    connect(m_document, &DocumentController::locationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DocumentController::statusMessage, this,
            [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
    connect(m_state, &ExplorerState::modifiedChanged, this, &MainWindow::updateTitle);
}

// A profile file dropped anywhere on the window opens. Graphics views (the charts)
// accept drops for their scenes and would swallow it, so they pass it on.
void MainWindow::setupDropTarget()
{
    setAcceptDrops(true);
    for (QGraphicsView* view : findChildren<QGraphicsView*>()) {
        view->setAcceptDrops(false);
        view->viewport()->setAcceptDrops(false);
    }
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_document->setPrompts(std::move(prompts));
}

void MainWindow::setupMenus()
{
    setupFileMenu();
    setupEditMenu();
    setupStrategyMenu();
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* parameters = m_parameters->toggleViewAction();
    parameters->setShortcut(QKeySequence(tr("Ctrl+1")));
    view->addAction(parameters);
    QAction* explain = m_explain->toggleViewAction();
    explain->setShortcut(QKeySequence(tr("Ctrl+2")));
    view->addAction(explain);
    view->addAction(m_history->toggleViewAction());
    QAction* search = m_search->toggleViewAction();
    search->setShortcut(QKeySequence(tr("Ctrl+4")));
    view->addAction(search);
    QAction* serving = m_serving->toggleViewAction();
    serving->setShortcut(QKeySequence(tr("Ctrl+5")));
    view->addAction(serving);
    QAction* heatMaps = m_heatMaps->toggleViewAction();
    heatMaps->setShortcut(QKeySequence(tr("Ctrl+6")));
    view->addAction(heatMaps);
    view->addSeparator();
    view->addAction(tr("Focus the &Grid"), QKeySequence(tr("Ctrl+G")), this, [this] { m_grid->grid()->setFocus(); });

    setupToolsMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* tour = help->addAction(tr("&Getting Started"), this, [this] {
        // F1 on a slider: its term in the glossary.
        QString anchor;
        for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget()) {
            if (const auto* slider = qobject_cast<ParameterSlider*>(w)) {
                anchor = slider->glossaryTerm();
                break;
            }
        }
        showGettingStarted(anchor);
    });
    tour->setShortcut(QKeySequence::HelpContents);
    tour->setObjectName(QStringLiteral("GettingStartedAction"));
    help->addAction(tr("&About MoE Explorer"), this, [this] {
        QMessageBox::about(this, tr("About MoE Explorer"),
                           tr("<p><b>MoE Explorer</b> %1</p><p>An analytic cost model for Mixture-of-Experts "
                              "deployments. Every figure is computed from the profile's inputs; the Explain panel "
                              "shows each formula with its values and its source.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::showGettingStarted(const QString& anchor)
{
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(this);
    }
    m_gettingStarted->show();
    m_gettingStarted->raise();
    m_gettingStarted->showAnchor(anchor);
}

void MainWindow::setupFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* compose = file->addAction(tr("New &Profile..."), QKeySequence(tr("Ctrl+Shift+N")), m_document,
                                       &DocumentController::askNewProfile);
    compose->setObjectName(QStringLiteral("NewProfileAction"));
    compose->setStatusTip(tr("Choose a model, a system, a GPU count and a workload"));
    QAction* gallery = file->addAction(tr("&New from Built-in..."), QKeySequence::New, m_document,
                                       &DocumentController::askNewFromBuiltin);
    gallery->setObjectName(QStringLiteral("NewFromBuiltinAction"));
    gallery->setStatusTip(tr("Start from one of the built-in profiles, the source scenario first"));
    QAction* open = file->addAction(tr("&Open..."), QKeySequence::Open, m_document, &DocumentController::askOpen);
    open->setObjectName(QStringLiteral("OpenAction"));
    m_recent = new RecentFilesMenu(*m_settings, file);
    file->addMenu(m_recent);
    connect(m_recent, &RecentFilesMenu::fileChosen, m_document, &DocumentController::openRecent);
    connect(m_document, &DocumentController::recentFilesChanged, m_recent, &RecentFilesMenu::rebuild);
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), QKeySequence::Save, m_document, &DocumentController::save);
    save->setObjectName(QStringLiteral("SaveAction"));
    QAction* saveAs = file->addAction(tr("Save &As..."), QKeySequence(tr("Ctrl+Shift+S")), m_document,
                                      &DocumentController::askSaveAs);
    saveAs->setObjectName(QStringLiteral("SaveAsAction"));
    m_revertAction = file->addAction(tr("Re&vert to Saved"), m_document, &DocumentController::revert);
    m_revertAction->setObjectName(QStringLiteral("RevertAction"));
    m_revertAction->setStatusTip(tr("Throw away the unsaved changes and reload the profile"));
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&GPU Grid..."), QKeySequence(tr("Ctrl+E")), this, [this] { askExport(ExportView::Grid); });
    exportMenu->addAction(tr("&Latency Chart..."), this, [this] { askExport(ExportView::Latency); });
    exportMenu->addAction(tr("&Memory Chart..."), this, [this] { askExport(ExportView::Memory); });
    exportMenu->addAction(tr("&Routing Heat Map..."), this, [this] { askExport(ExportView::RoutingMap); });
    exportMenu->addAction(tr("Load &by GPU Heat Map..."), this, [this] { askExport(ExportView::LoadMap); });
    exportMenu->addAction(tr("All-to-All &Traffic Heat Map..."), this, [this] { askExport(ExportView::TrafficMap); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Search &Scatter..."), this, [this] { askExportSearch(SearchExport::Scatter); });
    exportMenu->addAction(tr("&Feasibility Map..."), this, [this] { askExportSearch(SearchExport::FeasibilityMap); });
    exportMenu->addAction(tr("Search Results as &CSV..."), this, [this] { askExportSearch(SearchExport::Csv); });
    exportMenu->addSeparator();
    QAction* report = exportMenu->addAction(tr("Design-Review &Report..."), QKeySequence(tr("Ctrl+R")), this,
                                            &MainWindow::askExportReport);
    report->setStatusTip(tr("The analysis as Markdown, HTML or PDF, every number computed, the charts embedded"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateFileActions();
}

void MainWindow::setupEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_state->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("UndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_state->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("RedoAction"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(redo);
    edit->addSeparator();
    QAction* history = m_history->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setShortcut(QKeySequence(tr("Ctrl+3")));
    history->setStatusTip(tr("Every edit since the profile was opened; click one to go back to it"));
    edit->addAction(history);
}

void MainWindow::setupStrategyMenu()
{
    QMenu* strategy = menuBar()->addMenu(tr("&Strategy"));
    QAction* search = strategy->addAction(tr("&Search All Strategies"), QKeySequence(tr("Ctrl+F")), this, [this] {
        m_search->show();
        m_search->raise();
        m_search->startSearch();
    });
    search->setStatusTip(tr("Evaluate every legal strategy and rank them"));
    strategy->addSeparator();
    QAction* pin = strategy->addAction(tr("&Pin as Baseline"), QKeySequence(tr("Ctrl+B")), this, &MainWindow::pinBaseline);
    pin->setStatusTip(tr("Compare every later figure with the current strategy"));
    QAction* clear = strategy->addAction(tr("&Clear Baseline"), this, &MainWindow::clearBaseline);
    clear->setStatusTip(tr("Stop comparing with a baseline"));
}

void MainWindow::setupToolsMenu()
{
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* calibrate = tools->addAction(tr("&Calibrate..."), this, &MainWindow::showCalibration);
    calibrate->setObjectName(QStringLiteral("CalibrateAction"));
    calibrate->setStatusTip(tr("Fit a system to your measurements and save it as a user system"));
}

void MainWindow::showCalibration()
{
    if (m_calibration == nullptr) {
        m_calibration = new CalibrationDialog(*m_state, this);
    }
    m_calibration->show();
    m_calibration->raise();
    m_calibration->activateWindow();
}

void MainWindow::pinBaseline()
{
    Profile edited = m_state->profile();
    edited.baseline = edited.strategy;
    m_state->setProfile(std::move(edited), tr("Pin baseline"));
}

void MainWindow::clearBaseline()
{
    Profile edited = m_state->profile();
    edited.baseline.reset();
    m_state->setProfile(std::move(edited), tr("Clear baseline"));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // 1500 x 950 where the screen has room; on a laptop's 1366 x 768 the window
        // takes the screen's free area instead of running past its edge. A tiny
        // virtual screen (the tests' offscreen 800 x 600) keeps the default.
        QSize size(1500, 950);
        if (const QScreen* screen = this->screen()) {
            const QRect free = screen->availableGeometry();
            if (free.width() >= 1024 && free.height() >= 600) {
                size = size.boundedTo(free.size() - (frameGeometry().size() - geometry().size()));
                move(free.topLeft());
            }
        }
        resize(size);
    }
    restoreState(m_settings->windowState());
    QByteArray splitters = m_settings->splitterState();
    QDataStream in(&splitters, QIODevice::ReadOnly);
    QByteArray vertical;
    QByteArray charts;
    in >> vertical >> charts;
    if (!vertical.isEmpty()) {
        m_vertical->restoreState(vertical);
    }
    if (!charts.isEmpty()) {
        m_charts->restoreState(charts);
    }
    const int metric = m_grid->metricBox()->findData(m_settings->gridMetric());
    m_grid->metricBox()->setCurrentIndex(metric >= 0 ? metric : 0);
    connect(m_grid->metricBox(), &QComboBox::currentIndexChanged, this,
            [this] { m_settings->setGridMetric(m_grid->metricBox()->currentData().toInt()); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedProfile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedProfile(event->mimeData());
    if (path.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // Open once the drop is over: the unsaved-changes question must not block the
    // program the file was dragged from.
    QMetaObject::invokeMethod(
        this, [this, path] { m_document->openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QByteArray splitters;
    QDataStream out(&splitters, QIODevice::WriteOnly);
    out << m_vertical->saveState() << m_charts->saveState();
    m_settings->setSplitterState(splitters);
}

void MainWindow::updateViews()
{
    const Profile& profile = m_state->profile();
    const Evaluation& ev = m_state->evaluation();
    // The baseline needs only its summary: one more evaluation per change. One that
    // cannot run with these inputs is still kept, so every view can say so.
    m_baseline.reset();
    if (profile.baseline && ev.valid) {
        m_baseline = evaluate(profile, *profile.baseline);
    }
    const Evaluation* baseline = m_baseline ? &*m_baseline : nullptr;
    m_summary->setEvaluation(profile, ev, baseline, m_state->band());
    m_latency->setEvaluation(profile, ev, baseline, m_state->band());
    m_memory->setEvaluation(profile, ev, m_state->selectedGpu(), baseline);
    m_verdict->setEvaluation(ev, baseline);
}

// Qt's convention: "[*]" marks where the unsaved-changes asterisk goes.
void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    setWindowFilePath(m_document->filePath());
    setWindowTitle(tr("%1[*] — MoE Explorer").arg(name));
    setWindowModified(m_state->isModified());
    updateFileActions();
}

void MainWindow::updateFileActions()
{
    if (m_revertAction != nullptr) {
        m_revertAction->setEnabled(!m_document->location().isEmpty() && m_state->isModified());
    }
}

std::optional<QString> MainWindow::exportTo(ExportView view, const QString& path)
{
    ExportOptions options;
    options.metric = m_grid->grid()->metric();
    options.layer = m_grid->grid()->layer();
    return exportView(view, m_state->profile(), m_state->evaluation(), options, path);
}

std::optional<QString> MainWindow::exportReportTo(const QString& path)
{
    ReportInputs inputs;
    inputs.phraseText = [](const Phrase& phrase) { return phraseText(phrase).toStdString(); };  // the window's language
    return exportReport(m_state->profile(), path, inputs);
}

void MainWindow::askExportReport()
{
    const QString suggested = QFileInfo(m_settings->lastExportFolder(), QStringLiteral("design-review.pdf")).filePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), suggested, tr("PDF document (*.pdf);;HTML page (*.html);;Markdown (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    exportReportInBackground(path);
}

void MainWindow::exportReportInBackground(const QString& path)
{
    // The Search dock's results, while current, are the report's search.
    std::optional<ShownSearch> shown;
    if (auto results = m_search->currentResults()) {
        shown = ShownSearch{std::move(results), m_search->resultObjective(), m_search->resultProfile()};
    }
    m_reportJob = new ReportJob(m_state->profile(), path, this, std::move(shown));
    connect(m_reportJob, &ReportJob::finished, this, [this](const QString& written, const QString& error, bool cancelled) {
        if (cancelled) {
            statusBar()->showMessage(tr("Report cancelled; %1 was not written").arg(written), 5000);
        } else if (!error.isEmpty()) {
            m_document->prompts().warn(this, tr("Report failed"), tr("The report was not written."), error);
        } else {
            statusBar()->showMessage(tr("Wrote %1").arg(written), 5000);
        }
        Q_EMIT reportExported(written, error, cancelled);
    });
}

void MainWindow::cancelReportExport()
{
    if (m_reportJob) {
        m_reportJob->cancel();
    }
}

void MainWindow::askExport(ExportView view)
{
    const QString folder = m_settings->lastExportFolder();
    const QString suggested = QFileInfo(folder, exportTitle(view, m_state->profile()).section(QLatin1Char(':'), 0, 0)
                                                    .toLower()
                                                    .replace(QLatin1Char(' '), QLatin1Char('-'))
                                                + QStringLiteral(".png"))
                                  .filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    if (const auto error = exportTo(view, path)) {
        QMessageBox::warning(this, tr("Export failed"), *error);
    }
}

std::optional<QString> MainWindow::exportSearchTo(SearchExport what, const QString& path)
{
    return exportFromSearchDock(*m_search, m_state->profile(), what, path);
}

void MainWindow::askExportSearch(SearchExport what)
{
    const bool csv = what == SearchExport::Csv;
    const QString name = what == SearchExport::Scatter ? QStringLiteral("search-scatter.png")
        : csv                                          ? QStringLiteral("search-results.csv")
                                                       : QStringLiteral("feasibility-map.png");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QFileInfo(m_settings->lastExportFolder(), name).filePath(),
        csv ? tr("CSV table (*.csv)") : tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    if (const auto error = exportSearchTo(what, path)) {
        QMessageBox::warning(this, tr("Export failed"), *error);
    }
}

} // namespace moe::ui
