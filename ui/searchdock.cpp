#include "searchdock.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "explorerstate.h"
#include "feasibility.h"
#include "profileio.h"
#include "report.h"
#include "searchresultsmodel.h"
#include "searchrunner.h"
#include "units.h"

namespace moe::ui {

namespace {

constexpr std::size_t kMaxPlotted = 4000;  // QtCharts slows past a few thousand points

// The search space depends on everything but the strategy being explored.
std::string spaceOf(const Profile& profile)
{
    Profile space = profile;
    space.strategy = Strategy{};
    space.workload.microBatches = 1;
    space.workload.training.recompute = Recompute::None;
    space.source = nlohmann::json::object();
    return serializeProfile(space);
}

} // namespace

SearchDock::SearchDock(ExplorerState& state, QWidget* parent)
    : QDockWidget(tr("Search"), parent)
    , m_state(state)
    , m_model(new SearchResultsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_map(new QTableWidget(this))
{
    setObjectName(QStringLiteral("SearchDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SearchResultsModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Every feasible configuration; double-click or press Enter to apply one"));
    m_map->setToolTip(tr("Best throughput for each pair of values, or why none fits; double-click a green cell to apply its best"));
    m_map->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter rows, e.g. 128 or selective"));
    filter->setClearButtonEnabled(true);
    filter->setToolTip(tr("Show only rows that contain this text"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(filter);
    tableLayout->addWidget(m_table);
    auto* views = new QSplitter(Qt::Horizontal, this);
    views->addWidget(tableBox);
    views->addWidget(buildScatter());
    views->addWidget(buildMap());
    // Table, scatter and map share the width; the scatter needs room for its axes.
    for (int i = 0; i < views->count(); ++i) {
        views->setStretchFactor(i, 1);
    }
    m_chart->setMinimumWidth(320);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(buildControls());
    layout->addWidget(views, 1);
    setWidget(content);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        applyRow(m_proxy->mapToSource(index).row());
    });
    connect(&m_state, &ExplorerState::profileChanged, this, &SearchDock::onProfileChanged);
    connect(m_map, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const std::size_t index = static_cast<std::size_t>(row) * m_mapCells.columnValues.size() + static_cast<std::size_t>(column);
        if (index < m_mapCells.cells.size() && m_mapCells.cells[index].best >= 0) {
            applyRow(static_cast<int>(m_mapCells.cells[index].best));
        }
    });
}

QWidget* SearchDock::buildMap()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_mapRows = new QComboBox(box);
    m_mapColumns = new QComboBox(box);
    for (QComboBox* combo : {m_mapRows, m_mapColumns}) {
        for (const MapDimension d : kMapDimensions) {
            combo->addItem(QString::fromLatin1(toString(d)), static_cast<int>(d));
        }
    }
    m_mapRows->setCurrentIndex(m_mapRows->findData(static_cast<int>(MapDimension::Tp)));
    m_mapColumns->setCurrentIndex(m_mapColumns->findData(static_cast<int>(MapDimension::Ep)));
    m_mapRows->setToolTip(tr("The map's rows"));
    m_mapColumns->setToolTip(tr("The map's columns"));
    auto* rowsLabel = new QLabel(tr("Map &rows"), box);
    rowsLabel->setBuddy(m_mapRows);
    auto* columnsLabel = new QLabel(tr("c&olumns"), box);
    columnsLabel->setBuddy(m_mapColumns);
    row->addWidget(rowsLabel);
    row->addWidget(m_mapRows);
    row->addWidget(columnsLabel);
    row->addWidget(m_mapColumns);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_map, 1);
    // Choosing the other combo's dimension swaps the two, so rows and columns differ.
    auto follow = [this](QComboBox* changed, QComboBox* other, MapDimension previous) {
        if (changed->currentData() == other->currentData()) {
            QSignalBlocker block(other);
            other->setCurrentIndex(other->findData(static_cast<int>(previous)));
        }
        m_mapShown = {static_cast<MapDimension>(m_mapRows->currentData().toInt()),
                      static_cast<MapDimension>(m_mapColumns->currentData().toInt())};
        showMap();
    };
    connect(m_mapRows, &QComboBox::currentIndexChanged, this, [this, follow] { follow(m_mapRows, m_mapColumns, m_mapShown.first); });
    connect(m_mapColumns, &QComboBox::currentIndexChanged, this,
            [this, follow] { follow(m_mapColumns, m_mapRows, m_mapShown.second); });
    return box;
}

void SearchDock::setMapDimensions(MapDimension rows, MapDimension columns)
{
    if (rows == columns) {
        return;
    }
    QSignalBlocker blockRows(m_mapRows);
    QSignalBlocker blockColumns(m_mapColumns);
    m_mapRows->setCurrentIndex(m_mapRows->findData(static_cast<int>(rows)));
    m_mapColumns->setCurrentIndex(m_mapColumns->findData(static_cast<int>(columns)));
    m_mapShown = {rows, columns};
    showMap();
}

SearchDock::~SearchDock()
{
    cancelSearch();
}

QWidget* SearchDock::buildControls()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_objective = new QComboBox(box);
    m_objective->addItem(tr("throughput"), static_cast<int>(Objective::Throughput));
    m_objective->addItem(tr("latency"), static_cast<int>(Objective::Latency));
    m_objective->addItem(tr("throughput per GPU"), static_cast<int>(Objective::ThroughputPerGpu));
    m_objective->addItem(tr("memory headroom"), static_cast<int>(Objective::Headroom));
    m_objective->setToolTip(tr("What ranks the results"));
    m_run = new QPushButton(tr("&Search"), box);
    m_run->setToolTip(tr("Evaluate every legal strategy for this profile"));
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setToolTip(tr("Stop the running search"));
    m_cancel->setEnabled(false);
    m_auto = new QCheckBox(tr("Re-run on changes"), box);
    m_auto->setToolTip(tr("Search again when the cluster, model or workload changes"));
    m_progress = new QProgressBar(box);
    m_progress->setToolTip(tr("Search progress"));
    m_summary = new QLabel(tr("Not searched yet"), box);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* label = new QLabel(tr("Rank by"), box);
    label->setBuddy(m_objective);
    row->addWidget(label);
    row->addWidget(m_objective);
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    row->addWidget(m_auto);
    row->addWidget(m_progress);
    row->addWidget(m_summary, 1);
    connect(m_run, &QPushButton::clicked, this, &SearchDock::startSearch);
    connect(m_cancel, &QPushButton::clicked, this, &SearchDock::cancelSearch);
    connect(m_objective, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_model->result().ranked.empty()) {
            startSearch();
        }
    });
    return box;
}

QWidget* SearchDock::buildScatter()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    m_points = new QScatterSeries(chart);
    m_points->setName(tr("feasible"));
    m_points->setMarkerSize(6);
    m_frontPoints = new QScatterSeries(chart);
    m_frontPoints->setName(tr("Pareto front"));
    m_frontPoints->setMarkerSize(9);
    m_frontPoints->setColor(QColor(0xD5, 0x5E, 0x00));
    m_front = new QLineSeries(chart);
    m_front->setColor(QColor(0xD5, 0x5E, 0x00));
    chart->addSeries(m_points);
    chart->addSeries(m_front);
    chart->addSeries(m_frontPoints);
    chart->createDefaultAxes();
    // The front's line and its points share one legend entry.
    for (QLegendMarker* marker : chart->legend()->markers(m_front)) {
        marker->setVisible(false);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setToolTip(tr("Throughput per GPU against step time: the front shows what each millisecond less costs in GPUs. Hover a point for its strategy, click to apply it"));
    for (QScatterSeries* series : {m_points, m_frontPoints}) {
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state) {
                return;
            }
            for (std::size_t i = 0; i < m_pointRows.size(); ++i) {
                const Candidate& c = m_model->candidate(static_cast<int>(m_pointRows[i]));
                if (std::abs(c.stepS * 1e3 - point.x()) < 1e-9 * std::max(1.0, point.x())
                    && std::abs(c.tokensPerSPerGpu - point.y()) < 1e-9 * std::max(1.0, point.y())) {
                    QToolTip::showText(QCursor::pos(),
                                       tr("#%1 TP%2 PP%3 DP%4 EP%5 ETP%6, %7 micro-batch(es) on %8 GPUs: %9, %10 per GPU, %11")
                                           .arg(m_pointRows[i] + 1)
                                           .arg(c.strategy.tp)
                                           .arg(c.strategy.pp)
                                           .arg(c.strategy.dp)
                                           .arg(c.strategy.ep)
                                           .arg(c.strategy.etp)
                                           .arg(c.microBatches)
                                           .arg(c.strategy.gpusUsed())
                                           .arg(QString::fromStdString(formatRate(c.tokensPerS)),
                                                QString::fromStdString(formatRate(c.tokensPerSPerGpu)),
                                                QString::fromStdString(formatSeconds(c.stepS))),
                                       m_chart);
                    return;
                }
            }
        });
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            for (std::size_t row : m_pointRows) {
                const Candidate& c = m_model->candidate(static_cast<int>(row));
                if (std::abs(c.stepS * 1e3 - point.x()) < 1e-9 * std::max(1.0, point.x())
                    && std::abs(c.tokensPerSPerGpu - point.y()) < 1e-9 * std::max(1.0, point.y())) {
                    applyRow(static_cast<int>(row));
                    return;
                }
            }
        });
    }
    return m_chart;
}

void SearchDock::startSearch()
{
    cancelSearch();
    const std::uint64_t generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelFlag = cancel;
    m_running = true;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_summary->setText(tr("Searching..."));
    const Profile profile = m_state.profile();
    m_searchedSpace = spaceOf(profile);
    const auto objective = static_cast<Objective>(m_objective->currentData().toInt());
    QPointer<SearchDock> self(this);
    // The search runs on Qt's pool (and its own threads); results and progress come
    // back through queued calls, and a newer search makes older results stale.
    (void)QtConcurrent::run([self, generation, cancel, profile, objective] {
        SearchResult result = cli::runSearch(profile, objective, 0, cancel.get(), [self](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self) {
                        self->m_progress->setMaximum(static_cast<int>(total));
                        self->m_progress->setValue(static_cast<int>(done));
                    }
                },
                Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result = std::move(result)]() mutable {
                if (self) {
                    self->finish(generation, std::move(result));
                }
            },
            Qt::QueuedConnection);
    });
}

void SearchDock::cancelSearch()
{
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
}

void SearchDock::finish(std::uint64_t generation, SearchResult result)
{
    if (generation != m_generation) {
        return;  // a newer search has started: this one's results are stale
    }
    m_running = false;
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    const bool cancelled = result.cancelled;
    QString rejected;
    for (std::size_t i = 0; i < kCheckKinds; ++i) {
        if (result.rejected.byCheck[i] > 0) {
            rejected += (rejected.isEmpty() ? QString() : QStringLiteral(", "))
                + QStringLiteral("%1 %L2").arg(QString::fromLatin1(checkName(static_cast<CheckKind>(i)))).arg(result.rejected.byCheck[i]);
        }
    }
    // Where the profile's own configuration stands: the question the source analysis
    // left unanswered.
    const Profile& profile = m_state.profile();
    QString own = tr("; the current strategy is not feasible");
    for (std::size_t i = 0; i < result.ranked.size(); ++i) {
        const Candidate& c = result.ranked[i];
        if (c.strategy == profile.strategy && c.microBatches == profile.workload.microBatches
            && (profile.workload.mode != Mode::Training || c.recompute == profile.workload.training.recompute)) {
            own = tr("; the current strategy ranks %L1 of %L2%3")
                      .arg(i + 1)
                      .arg(result.ranked.size())
                      .arg(c.pareto ? tr(", on the Pareto front") : QString());
            if (i > 0) {
                // Why it lost to the best: the question the user opened the search with.
                own += QStringLiteral(": ")
                    + QString::fromStdString(whyRanksBelow(profile, c, result.ranked.front(), static_cast<Objective>(m_objective->currentData().toInt())));
            }
            break;
        }
    }
    m_summary->setText((cancelled ? tr("Cancelled after %L1 configurations: ") : tr("Evaluated %L1 configurations: "))
                           .arg(result.evaluated)
                       + tr("%L1 feasible, %L2 rejected").arg(result.ranked.size()).arg(result.rejected.total)
                       + (rejected.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(rejected)) + own);
    m_model->setResult(std::move(result));
    m_table->resizeColumnsToContents();
    showScatter();
    showMap();
    Q_EMIT searchFinished();
}

QString SearchDock::summaryText() const
{
    return m_summary->text();
}

void SearchDock::applyRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    m_state.setProfile(applyCandidate(m_state.profile(), m_model->candidate(row)), tr("Apply search result %1").arg(row + 1));
}

void SearchDock::showScatter()
{
    const auto& ranked = m_model->result().ranked;
    QList<QPointF> points;
    QList<QPointF> front;
    m_pointRows.clear();
    double maxX = 0;
    double maxY = 0;
    // The best-ranked points and every Pareto point; the rest would only slow the chart.
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const Candidate& c = ranked[i];
        if (i >= kMaxPlotted && !c.pareto) {
            continue;
        }
        const QPointF p(c.stepS * 1e3, c.tokensPerSPerGpu);
        (c.pareto ? front : points).append(p);
        m_pointRows.push_back(i);
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    }
    m_points->replace(points);
    m_frontPoints->replace(front);
    std::sort(front.begin(), front.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    m_front->replace(front);
    const auto axesX = m_chart->chart()->axes(Qt::Horizontal);
    const auto axesY = m_chart->chart()->axes(Qt::Vertical);
    if (!axesX.isEmpty() && !axesY.isEmpty()) {
        auto* x = static_cast<QValueAxis*>(axesX.front());
        auto* y = static_cast<QValueAxis*>(axesY.front());
        x->setRange(0, maxX > 0 ? maxX * 1.05 : 1);
        y->setRange(0, maxY > 0 ? maxY * 1.05 : 1);
        // Round ticks, few enough that the labels never run into each other.
        for (QValueAxis* axis : {x, y}) {
            axis->setTickCount(5);
            axis->applyNiceNumbers();
            axis->setLabelFormat(QStringLiteral("%.0f"));
        }
        x->setTitleText(tr("step time (ms)"));
        y->setTitleText(tr("tokens/s/GPU"));
    }
    m_chart->chart()->setTitle(ranked.size() > kMaxPlotted ? tr("Best %L1 of %L2 feasible").arg(kMaxPlotted).arg(ranked.size())
                                                           : tr("%L1 feasible").arg(ranked.size()));
}

void SearchDock::showMap()
{
    if (m_model->result().evaluated == 0) {
        return;  // nothing searched yet: an all-red map would mislead
    }
    m_mapCells = moe::feasibilityMap(m_state.profile(), m_model->result(), m_mapShown.first, m_mapShown.second);
    const FeasibilityMap& map = m_mapCells;
    m_map->clear();
    m_map->setRowCount(static_cast<int>(map.rowValues.size()));
    m_map->setColumnCount(static_cast<int>(map.columnValues.size()));
    QStringList rows;
    QStringList columns;
    for (auto value : map.rowValues) {
        rows << QStringLiteral("%1 %2").arg(QString::fromLatin1(toString(map.rows))).arg(value);
    }
    for (auto value : map.columnValues) {
        columns << QStringLiteral("%1 %2").arg(QString::fromLatin1(toString(map.columns))).arg(value);
    }
    m_map->setVerticalHeaderLabels(rows);
    m_map->setHorizontalHeaderLabels(columns);
    for (const FeasibilityCell& cell : map.cells) {
        auto* item = new QTableWidgetItem(QString::fromStdString(cell.text));
        item->setToolTip(QString::fromStdString(cell.detail));
        if (cell.feasible) {
            item->setBackground(QColor(0xD9, 0xF0, 0xD9));
        } else {
            item->setBackground(QColor(0xF4, 0xD6, 0xD6));
        }
        item->setForeground(Qt::black);
        m_map->setItem(cell.row, cell.column, item);
    }
    m_map->resizeColumnsToContents();
}

void SearchDock::onProfileChanged()
{
    if (m_auto->isChecked() && isVisible() && spaceOf(m_state.profile()) != m_searchedSpace) {
        startSearch();
    }
}

} // namespace moe::ui
