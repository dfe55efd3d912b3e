#include "search/searchdock.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <new>
#include <utility>

#include "document/explorerstate.h"
#include "search/feasibility.h"
#include "search/feasibilitylegend.h"
#include "search/popouttabs.h"
#include "profile/profileio.h"
#include "report/report.h"
#include "search/searchresultsmodel.h"
#include "search/searchresultsproxy.h"
#include "cli/searchrunner.h"
#include "search/searchscatter.h"
#include "widgets/checknames.h"
#include "widgets/phrasetext.h"
#include "widgets/wrappedlabel.h"

namespace moe::ui {

namespace {

// The search space depends on everything but the strategy being explored (and the
// baseline, which only compares, and the notes, which only describe).
Profile spaceProfile(const Profile& profile)
{
    Profile space = profile;
    space.strategy = Strategy{};
    space.baseline.reset();
    space.notes.clear();
    space.workload.microBatches = 1;
    space.workload.training.recompute = Recompute::None;
    space.source.reset();
    return space;
}

std::string spaceOf(const Profile& profile)
{
    return serializeProfile(spaceProfile(profile));
}

// The undo step's name says what it does, not where it came from.
QString applyText(const Candidate& c)
{
    QString text = SearchDock::tr("Apply TP%1 PP%2 DP%3 EP%4").arg(c.strategy.tp).arg(c.strategy.pp).arg(c.strategy.dp).arg(c.strategy.ep);
    if (c.strategy.etp > 1) {
        text += QStringLiteral(" ETP%1").arg(c.strategy.etp);
    }
    if (c.microBatches > 1) {
        text += SearchDock::tr(", %1 micro-batches").arg(c.microBatches);
    }
    return text;
}

// dimensionValue() without a copy of the profile: this runs at every slider step.
std::int64_t valueOf(const Profile& profile, MapDimension dimension)
{
    switch (dimension) {
    case MapDimension::Tp:
        return profile.strategy.tp;
    case MapDimension::Pp:
        return profile.strategy.pp;
    case MapDimension::Dp:
        return profile.strategy.dp;
    case MapDimension::Ep:
        return profile.strategy.ep;
    case MapDimension::Etp:
        return profile.strategy.etp;
    case MapDimension::MicroBatches:
        return profile.workload.microBatches;
    case MapDimension::Batch:
        return profile.workload.batch;
    }
    return 0;
}

const QColor kMapStale(0xE4, 0xE4, 0xE4);

} // namespace

SearchDock::SearchDock(ExplorerState& state, QWidget* parent)
    : QDockWidget(tr("Search"), parent)
    , m_state(state)
    , m_model(new SearchResultsModel(this))
    , m_proxy(new SearchResultsProxy(*m_model, this))
    , m_table(new QTableView(this))
    , m_map(new QTableWidget(this))
{
    setObjectName(QStringLiteral("SearchDock"));
    m_table->setModel(m_proxy);
    // Column widths from the rows in view and 200 more, not 1,000: fitting 15 columns
    // to a million results' first thousand rows took 54 ms of the GUI thread.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SearchResultsModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Every feasible configuration; double-click or press Enter to apply one"));
    m_map->setToolTip(tr("Best throughput for each pair of values, or why none fits; double-click a coloured cell to apply its best"));
    m_map->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter rows, e.g. 128 or selective"));
    filter->setClearButtonEnabled(true);
    filter->setToolTip(tr("Show only rows that contain this text"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &SearchResultsProxy::setFilterFixedString);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(filter);
    tableLayout->addWidget(m_table);
    auto* views = new QSplitter(Qt::Horizontal, this);
    views->addWidget(tableBox);
    // The scatter and the map share the rest of the width as tabs, each as wide as the
    // two were together (issue 12, point 6: three side by side left the scatter 320 px
    // wide and its labels elided), and either pops out into a window of its own.
    m_chart = new SearchScatter(*m_model, this);
    m_views = new PopOutTabs(this);
    m_views->addPage(m_chart, tr("Scatter"), tr("Search: throughput per GPU against step time"));
    m_views->addPage(buildMap(), tr("Feasibility map"), tr("Search: feasibility map"));
    views->addWidget(m_views);
    views->setStretchFactor(0, 2);
    views->setStretchFactor(1, 3);
    views->setChildrenCollapsible(false);
    // 130 px: the plot keeps some 70 px at 1366x768 (its count is on the tab, not in a
    // title), and the dock leaves room for a summary of three lines.
    m_chart->setMinimumSize(360, 130);
    connect(m_chart, &SearchScatter::captionChanged, this,
            [this](const QString& caption) { m_views->setTabText(0, tr("Scatter: %1").arg(caption)); });

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);  // the Chinese window's taller text fits 1366x768 by these pixels
    layout->addWidget(buildControls());
    layout->addWidget(views, 1);
    setWidget(content);

    // Opened below the charts: three tenths of the window, or a window of its own.
    m_opening = new BottomDockOpening(this);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        applyRow(m_proxy->mapToSource(index).row());
    });
    connect(&m_state, &ExplorerState::profileChanged, this, &SearchDock::onProfileChanged);
    connect(m_chart, &SearchScatter::rowPicked, this, &SearchDock::applyRow);
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
    m_mapLegend = new FeasibilityLegend(box);
    layout->addWidget(m_mapLegend);
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
    // Shown while a search runs: a finished search's "100%" only took the width the
    // summary needs to stay within fewer lines.
    m_progress->hide();
    m_summary = new WrappedLabel(tr("Not searched yet"), box);
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

void SearchDock::startSearch()
{
    const bool automatic = std::exchange(m_automatic, false);
    // Counted first (quick: it stops at the limit); the window keeps every feasible
    // candidate for its table and map, so a huge space would also fill the memory.
    const SearchSize size = estimateSearch(m_state.profile());
    if (size.overLimit && (automatic || !m_askLarge || !m_askLarge(size.configurations, size.stopped, size.limit))) {
        m_summary->setWrappedText(tr("Not searched: the space has over %L1 configurations (the limit)%2")
                               .arg(size.limit)
                               .arg(automatic ? tr("; press Search to search it anyway") : QString()));
        m_searchedSpace = spaceOf(m_state.profile());  // not asked again until it changes
        return;
    }
    cancelSearch();
    const std::uint64_t generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelFlag = cancel;
    m_running = true;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setWrappedText(tr("Searching..."));
    const Profile profile = m_state.profile();
    m_searchedSpace = spaceOf(profile);
    const auto objective = static_cast<Objective>(m_objective->currentData().toInt());
    m_searchedObjective = objective;
    const auto mapDimensions = m_mapShown;
    QPointer<SearchDock> self(this);
    // The search runs on Qt's pool (and its own threads); progress, the best results so
    // far and the finished results come back through queued calls, and a newer search
    // makes older results stale. What the views need of the results is prepared here,
    // off the GUI thread.
    (void)QtConcurrent::run([self, generation, cancel, profile, objective, mapDimensions] {
        auto progress = [self](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self) {
                        self->m_progress->setMaximum(static_cast<int>(total));
                        self->m_progress->setValue(static_cast<int>(done));
                    }
                },
                Qt::QueuedConnection);
        };
        auto preview = [self, generation](std::vector<Candidate> best, std::int64_t feasible) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, best = std::move(best), feasible]() mutable {
                    if (self) {
                        self->showPreview(generation, std::move(best), feasible);
                    }
                },
                Qt::QueuedConnection);
        };
        Finished finished;
        try {
            SearchResult result = cli::runSearch(profile, objective, 0, cancel.get(), progress, {}, preview);
            finished.content = SearchResultsModel::prepare(std::move(result));
            finished.points = SearchScatter::preparePoints(*finished.content.result);
            finished.map = moe::feasibilityMap(profile, *finished.content.result, mapDimensions.first, mapDimensions.second);
            finished.mapDimensions = mapDimensions;
        } catch (const std::bad_alloc&) {
            // The search's threads have stopped and given their memory back.
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation] {
                    if (self) {
                        self->fail(generation, tr("Stopped: the search ran out of memory. Narrow it (Constraints, max GPUs)."));
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, profile, finished = std::move(finished)]() mutable {
                if (self) {
                    self->finish(generation, std::move(finished), profile);
                }
            },
            Qt::QueuedConnection);
    });
}

void SearchDock::showPreview(std::uint64_t generation, std::vector<Candidate> best, std::int64_t feasible)
{
    if (generation != m_generation || !m_running || best.empty()) {
        return;
    }
    const std::size_t shown = best.size();
    SearchResult preview;  // evaluated 0: not a finished search (no map, no rank line)
    preview.ranked = std::move(best);
    const bool first = m_model->result().evaluated > 0 || m_model->rowCount() == 0;
    if (first) {
        // The map of earlier results goes: its cells name rows of those results.
        ++m_mapRequest;
        m_mapCells = FeasibilityMap{};
        m_currentCell.reset();
        m_map->clear();
        m_map->setRowCount(0);
        m_map->setColumnCount(0);
    }
    m_model->setResult(std::move(preview));
    if (first) {
        m_table->resizeColumnsToContents();
    }
    m_chart->showResults();
    m_views->setTabText(0, tr("Scatter: best %L1 so far").arg(shown));
    m_summary->setWrappedText(tr("Searching: %L1 feasible so far; the best %L2 so far are shown").arg(feasible).arg(shown));
}

void SearchDock::fail(std::uint64_t generation, const QString& why)
{
    if (generation != m_generation) {
        return;
    }
    m_running = false;
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();
    m_summary->setWrappedText(why);
}

void SearchDock::cancelSearch()
{
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
}

void SearchDock::finish(std::uint64_t generation, Finished finished, const Profile& searched)
{
    if (generation != m_generation) {
        return;  // a newer search has started: this one's results are stale
    }
    m_running = false;
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();
    const SearchResult& result = *finished.content.result;
    const bool cancelled = result.cancelled;
    QString rejected;
    for (std::size_t i = 0; i < kCheckKinds; ++i) {
        if (result.rejected.byCheck[i] > 0) {
            rejected += (rejected.isEmpty() ? QString() : QStringLiteral(", "))
                + QStringLiteral("%1 %L2").arg(checkLabel(static_cast<CheckKind>(i))).arg(result.rejected.byCheck[i]);
        }
    }
    m_counts = (cancelled ? tr("Cancelled after %L1 configurations: ") : tr("Evaluated %L1 configurations: ")).arg(result.evaluated)
        + tr("%L1 feasible, %L2 rejected").arg(result.feasible).arg(result.rejected.total)
        + (rejected.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(rejected));
    m_resultProfile = searched;
    m_resultObjective = m_searchedObjective;  // the same search: its generation is the latest
    m_resultSpace = spaceOf(searched);
    m_model->setContent(std::move(finished.content));
    m_table->resizeColumnsToContents();
    m_chart->showPoints(std::move(finished.points));
    // The profile may have changed while the search ran: the results say so at once.
    m_stale = false;  // as the model, reset by setContent()
    m_chart->setStale(false);
    updateStale();
    // The map was drawn for the searched profile and the dimensions shown then; beyond
    // the inputs (not stale) it depends on the strategy (its values, its explanations).
    const Profile& now = m_state.profile();
    const bool sameStrategy = now.strategy == searched.strategy && now.workload.microBatches == searched.workload.microBatches
        && now.workload.training.recompute == searched.workload.training.recompute;
    if (!m_stale && finished.mapDimensions == m_mapShown && sameStrategy) {
        ++m_mapRequest;  // any map still being computed is older
        fillMap(std::move(finished.map));
    } else {
        showMap();  // and follows the current strategy
    }
    Q_EMIT searchFinished();
}

QString SearchDock::summaryText() const
{
    return m_summary->text();
}

QScatterSeries* SearchDock::points() const
{
    return m_chart->points();
}

void SearchDock::applyRow(int row)
{
    // Stale results were ranked for other inputs: applying one would carry a strategy
    // of another cluster or model into this profile.
    if (m_stale || row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const Candidate& c = m_model->candidate(row);
    m_state.setProfile(applyCandidate(m_state.profile(), c), applyText(c));
}

// Where the current strategy stands: the question the source analysis left unanswered.
QString SearchDock::rankText(std::optional<int> row) const
{
    if (!row) {
        return tr("; the current strategy is not feasible");
    }
    const Candidate& c = m_model->candidate(*row);
    QString text = tr("; the current strategy ranks %L1 of %L2%3")
                       .arg(*row + 1)
                       .arg(m_model->rowCount())
                       .arg(c.pareto ? tr(", on the Pareto front") : QString());
    if (*row > 0) {
        // Why it lost to the best: the question the user opened the search with.
        text += tr(": %1").arg(phraseText(whyRanksBelowPhrases(m_state.profile(), c, m_model->candidate(0),
                                                               static_cast<Objective>(m_objective->currentData().toInt()))));
    }
    return text;
}

std::shared_ptr<const SearchResult> SearchDock::currentResults() const
{
    const std::shared_ptr<const SearchResult> result = m_model->sharedResult();
    if (m_running || m_stale || !result || result->cancelled || result->evaluated == 0) {
        return nullptr;
    }
    return result;
}

Objective SearchDock::resultObjective() const
{
    return m_resultObjective;
}

QString SearchDock::staleText() const
{
    const Profile& now = m_state.profile();
    if (m_resultProfile.name != now.name) {
        return tr("Results for %1; search again").arg(QString::fromStdString(m_resultProfile.name));
    }
    // Which of the inputs differ, by their top-level keys in the file.
    const nlohmann::json before = profileToJson(spaceProfile(m_resultProfile));
    const nlohmann::json after = profileToJson(spaceProfile(now));
    const auto name = [](const std::string& key) {
        return key == "cluster"       ? tr("cluster")
            : key == "model"          ? tr("model")
            : key == "workload"       ? tr("workload")
            : key == "constraints"    ? tr("constraints")
                                      : QString::fromStdString(key);
    };
    QStringList changed;
    for (const auto& [key, value] : before.items()) {
        if (!after.contains(key) || after.at(key) != value) {
            changed << name(key);
        }
    }
    for (const auto& [key, value] : after.items()) {
        if (!before.contains(key)) {
            changed << name(key);
        }
    }
    return tr("Results for %1 before these changed: %2; search again")
        .arg(QString::fromStdString(m_resultProfile.name), changed.join(QStringLiteral(", ")));
}

bool SearchDock::updateStale()
{
    const bool stale = m_model->result().evaluated > 0 && spaceOf(m_state.profile()) != m_resultSpace;
    if (stale == m_stale) {
        return false;
    }
    m_stale = stale;
    m_model->setStale(stale);
    m_chart->setStale(stale);
    m_table->setToolTip(stale ? tr("These results are for other inputs and cannot be applied; search again")
                              : tr("Every feasible configuration; double-click or press Enter to apply one"));
    return true;
}

void SearchDock::followCurrent()
{
    if (m_model->result().evaluated == 0) {
        return;
    }
    // While a search runs its progress has the summary line.
    const bool summarise = !m_running;
    if (m_stale) {
        if (summarise) {
            m_summary->setWrappedText(staleText());
        }
        m_table->clearSelection();
        markMapCell(std::nullopt);
        return;
    }
    const std::optional<int> row = m_model->rowOf(m_state.profile());
    if (summarise) {
        m_summary->setWrappedText(m_counts + rankText(row));
    }
    m_chart->setCurrentRow(row);
    const QModelIndex shown = row ? m_proxy->mapFromSource(m_model->index(*row, 0)) : QModelIndex();
    if (shown.isValid()) {
        m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(shown);
    } else {
        m_table->clearSelection();
    }
    // The map's cell is the current strategy's two values, whichever configuration is
    // the best there.
    const Profile& profile = m_state.profile();
    const auto& rows = m_mapCells.rowValues;
    const auto& columns = m_mapCells.columnValues;
    const auto r = std::find(rows.begin(), rows.end(), valueOf(profile, m_mapCells.rows));
    const auto c = std::find(columns.begin(), columns.end(), valueOf(profile, m_mapCells.columns));
    markMapCell(r != rows.end() && c != columns.end()
                    ? std::optional(std::pair(static_cast<int>(r - rows.begin()), static_cast<int>(c - columns.begin())))
                    : std::nullopt);
}

void SearchDock::markMapCell(std::optional<std::pair<int, int>> cell)
{
    const auto textOf = [this](std::pair<int, int> at) { return mapCellText(at.first, at.second); };
    if (m_currentCell) {
        if (QTableWidgetItem* item = m_map->item(m_currentCell->first, m_currentCell->second)) {
            item->setText(textOf(*m_currentCell));
            QFont font = item->font();
            font.setBold(false);
            item->setFont(font);
        }
    }
    m_currentCell = cell;
    if (!cell) {
        return;
    }
    if (QTableWidgetItem* item = m_map->item(cell->first, cell->second)) {
        item->setText(tr("● you are here · %1").arg(textOf(*cell)));
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        m_map->resizeColumnToContents(cell->second);
        m_map->scrollToItem(item);
    }
}

QString SearchDock::mapCellText(int row, int column) const
{
    const std::size_t index = static_cast<std::size_t>(row) * m_mapCells.columnValues.size() + static_cast<std::size_t>(column);
    if (index >= m_mapCells.cells.size()) {
        return {};
    }
    const FeasibilityCell& cell = m_mapCells.cells[index];
    if (!cell.feasible || cell.best < 0) {
        return phraseText(cell.textPhrase);
    }
    const QString rate = compactRate(m_model->candidate(static_cast<int>(cell.best)).tokensPerS);
    return cell.best == 0 ? tr("★ best · %1").arg(rate) : rate;
}

void SearchDock::showMap()
{
    if (m_model->result().evaluated == 0) {
        return;  // nothing searched yet: an all-red map would mislead
    }
    // The searched profile, not today's: a stale map still shows what was searched.
    const Profile& profile = m_stale ? m_resultProfile : m_state.profile();
    const std::uint64_t request = ++m_mapRequest;
    // A map reads every result: over a million of them take a tenth of a second or
    // more, so those are mapped on a worker and the old map stays until it lands.
    constexpr int kMapOnWorkerAbove = 100'000;
    if (m_model->rowCount() <= kMapOnWorkerAbove) {
        fillMap(moe::feasibilityMap(profile, m_model->result(), m_mapShown.first, m_mapShown.second));
        return;
    }
    QPointer<SearchDock> self(this);
    (void)QtConcurrent::run([self, request, profile, result = m_model->sharedResult(), dimensions = m_mapShown] {
        FeasibilityMap map = moe::feasibilityMap(profile, *result, dimensions.first, dimensions.second);
        QMetaObject::invokeMethod(
            self.data(),
            [self, request, map = std::move(map)]() mutable {
                if (self && request == self->m_mapRequest) {
                    self->fillMap(std::move(map));
                }
            },
            Qt::QueuedConnection);
    });
}

void SearchDock::fillMap(FeasibilityMap cells)
{
    m_mapCells = std::move(cells);
    const FeasibilityMap& map = m_mapCells;
    m_currentCell.reset();
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
    // Feasible cells on one sequential scale of their best throughput (issue 12,
    // point 7): the map reads at a glance where the fast region lies.
    ThroughputScale scale;
    for (const FeasibilityCell& cell : map.cells) {
        if (cell.feasible && cell.best >= 0) {
            scale.include(m_model->candidate(static_cast<int>(cell.best)).tokensPerS);
        }
    }
    const QLocale locale;
    for (const FeasibilityCell& cell : map.cells) {
        auto* item = new QTableWidgetItem(mapCellText(cell.row, cell.column));
        QColor background = infeasibleColour();
        QString tip = phraseText(cell.detailPhrase);
        if (cell.feasible && cell.best >= 0) {
            const double rate = m_model->candidate(static_cast<int>(cell.best)).tokensPerS;
            background = feasibleColour(scale, rate);
            tip = tr("%1 tokens/s; %2").arg(locale.toString(static_cast<qint64>(std::llround(rate))), tip);
        }
        item->setToolTip(tip);
        item->setBackground(m_stale ? kMapStale : background);
        item->setForeground(m_stale ? QColor(0x70, 0x70, 0x70) : textColourOn(background));
        m_map->setItem(cell.row, cell.column, item);
    }
    m_mapLegend->setScale(scale, m_stale);
    m_map->resizeColumnsToContents();
    followCurrent();
}

void SearchDock::onProfileChanged()
{
    if (updateStale()) {
        showMap();  // recoloured; follows the current strategy
    } else {
        followCurrent();
    }
    if (m_auto->isChecked() && isVisible() && spaceOf(m_state.profile()) != m_searchedSpace) {
        m_automatic = true;
        startSearch();
    }
}

void SearchDock::setVisible(bool visible)
{
    if (visible) {
        m_opening->beforeShow();
    }
    QDockWidget::setVisible(visible);
}

} // namespace moe::ui
