#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "builtins.h"
#include "explaindock.h"
#include "explorerstate.h"
#include "gpugridwidget.h"
#include "gridpanel.h"
#include "latencychart.h"
#include "memorychart.h"
#include "parametersdock.h"
#include "settings.h"
#include "summarybar.h"
#include "verdictbar.h"

namespace moe::ui {

MainWindow::MainWindow(Profile profile, QWidget* parent)
    : QMainWindow(parent)
    , m_state(new ExplorerState(std::move(profile), this))
    , m_settings(new Settings)
{
    setObjectName(QStringLiteral("MainWindow"));
    setupCentral();
    setupDocks();
    setupMenus();
    connect(m_state, &ExplorerState::evaluationChanged, this, &MainWindow::updateViews);
    connect(m_state, &ExplorerState::selectedGpuChanged, this, &MainWindow::updateViews);
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
    m_vertical->setSizes({520, 380});
    m_charts->setSizes({450, 550});

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
}

void MainWindow::setupMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* builtins = file->addMenu(tr("&New from Built-in"));
    for (const auto& builtin : builtinProfiles()) {
        const QString id = QString::fromUtf8(builtin.id.data(), static_cast<qsizetype>(builtin.id.size()));
        const LoadResult loaded = parseProfile(builtin.text, builtin.id.data());
        QAction* action = builtins->addAction(loaded.ok() ? QString::fromStdString(loaded.profile->name) : id);
        action->setToolTip(id);
        connect(action, &QAction::triggered, this, [this, id] { openBuiltin(id); });
    }
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&GPU Grid..."), QKeySequence(tr("Ctrl+E")), this, [this] { askExport(ExportView::Grid); });
    exportMenu->addAction(tr("&Latency Chart..."), this, [this] { askExport(ExportView::Latency); });
    exportMenu->addAction(tr("&Memory Chart..."), this, [this] { askExport(ExportView::Memory); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* parameters = m_parameters->toggleViewAction();
    parameters->setShortcut(QKeySequence(tr("Ctrl+1")));
    view->addAction(parameters);
    QAction* explain = m_explain->toggleViewAction();
    explain->setShortcut(QKeySequence(tr("Ctrl+2")));
    view->addAction(explain);
    view->addSeparator();
    view->addAction(tr("Focus the &Grid"), QKeySequence(tr("Ctrl+G")), this, [this] { m_grid->grid()->setFocus(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MoE Explorer"), this, [this] {
        QMessageBox::about(this, tr("About MoE Explorer"),
                           tr("<p><b>MoE Explorer</b> %1</p><p>An analytic cost model for Mixture-of-Experts "
                              "deployments. Every figure is computed from the profile's inputs; the Explain panel "
                              "shows each formula with its values and its source.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        resize(1500, 950);
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
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QByteArray splitters;
    QDataStream out(&splitters, QIODevice::WriteOnly);
    out << m_vertical->saveState() << m_charts->saveState();
    m_settings->setSplitterState(splitters);
    event->accept();
}

void MainWindow::updateViews()
{
    const Profile& profile = m_state->profile();
    const Evaluation& ev = m_state->evaluation();
    m_summary->setEvaluation(profile, ev);
    m_latency->setEvaluation(profile, ev);
    m_memory->setEvaluation(profile, ev, m_state->selectedGpu());
    m_verdict->setEvaluation(ev);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — MoE Explorer").arg(QString::fromStdString(m_state->profile().name)));
}

void MainWindow::openBuiltin(const QString& id)
{
    LoadResult loaded = loadBuiltin(id.toStdString());
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Cannot open built-in profile"), QString::fromStdString(loaded.error.toString()));
        return;
    }
    m_state->setProfile(std::move(*loaded.profile));
}

std::optional<QString> MainWindow::exportTo(ExportView view, const QString& path)
{
    ExportOptions options;
    options.selectedGpu = m_state->selectedGpu();
    options.metric = m_grid->grid()->metric();
    options.layer = m_grid->grid()->layer();
    return exportView(view, m_state->profile(), m_state->evaluation(), options, path);
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

} // namespace moe::ui
