#pragma once

// The Search dock: runs core's exhaustive search off the GUI thread (the latest
// request wins; Cancel stops it), shows the results as a sortable, filterable table,
// a scatter of throughput per GPU against step time with the Pareto front, and a
// feasibility map over two chosen dimensions (TP x EP by default). Picking a row, a
// point or a feasible map cell applies that configuration.
//
// Results belong to the inputs they were searched for: once the profile's cluster,
// model or workload differ (another profile opened, a field edited) they are stale:
// greyed, the summary says what they were for, and nothing of them can be applied.
// While they are current, the rank line, the table's selection and the "you are here"
// marks on the scatter and the map follow the current strategy.

#include <QDockWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "search/feasibility.h"
#include "search/search.h"
#include "search/searchresultsmodel.h"
#include "search/searchscatter.h"
#include "widgets/bottomdockopening.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QTableView;
class QTableWidget;
class QCheckBox;

namespace moe::ui {

class ExplorerState;
class FeasibilityLegend;
class PopOutTabs;
class WrappedLabel;
class SearchResultsProxy;

class SearchDock : public QDockWidget {
    Q_OBJECT

public:
    explicit SearchDock(ExplorerState& state, QWidget* parent = nullptr);
    ~SearchDock() override;

    // Counts the space first; above kMaxSearchConfigurations it asks (the question set
    // with setLargeSearchQuestion(); without one it refuses), and an automatic search
    // never asks: it says the space is too large.
    void startSearch();
    void setLargeSearchQuestion(std::function<bool(std::int64_t configurations, bool over, std::int64_t limit)> ask)
    {
        m_askLarge = std::move(ask);
    }
    void cancelSearch();
    bool isRunning() const { return m_running; }
    SearchResultsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SearchResultsProxy* proxy() const { return m_proxy; }
    QTableWidget* feasibilityMap() const { return m_map; }
    FeasibilityLegend* mapLegend() const { return m_mapLegend; }
    // The map's two dimensions; the same dimension twice is refused.
    void setMapDimensions(MapDimension rows, MapDimension columns);
    SearchScatter* scatter() const { return m_chart; }
    // The tabs of the scatter and the map, which pop out into windows of their own.
    PopOutTabs* views() const { return m_views; }
    QScatterSeries* points() const;
    QString summaryText() const;
    // Whether the results were searched for other inputs than the profile's now.
    bool isStale() const { return m_stale; }
    // The map cell ("you are here") of the current strategy, or none.
    std::optional<std::pair<int, int>> currentMapCell() const { return m_currentCell; }
    // The finished results while they are current (not stale, not cancelled, no search
    // running), with the objective that ranks them and the profile searched; null
    // otherwise. A report reuses them instead of searching again.
    std::shared_ptr<const SearchResult> currentResults() const;
    Objective resultObjective() const;
    const Profile& resultProfile() const { return m_resultProfile; }
    // Applies the result in the model's row `row`; refused while the results are stale.
    void applyRow(int row);

    // Notes the window's height before the dock first docks into it (openDocked).
    void setVisible(bool visible) override;

Q_SIGNALS:
    void searchFinished();

private:
    // What the views need of a finished search, built on the search's thread: the
    // table's index, the scatter's points and the map (issue 11, point 7: 1.7 million
    // results used to block the GUI thread for half a second as they arrived).
    struct Finished {
        SearchResultsModel::Content content;
        SearchScatter::Points points;
        FeasibilityMap map;
        std::pair<MapDimension, MapDimension> mapDimensions;
    };
    QWidget* buildControls();
    QWidget* buildMap();
    // The best results so far, shown while the search runs.
    void showPreview(std::uint64_t generation, std::vector<Candidate> best, std::int64_t feasible);
    void finish(std::uint64_t generation, Finished finished, const Profile& searched);
    void fail(std::uint64_t generation, const QString& why);
    // Computes the map for the dimensions shown (on a worker thread for many results).
    void showMap();
    void fillMap(FeasibilityMap map);
    void onProfileChanged();
    // Compares the results' inputs with the profile's; true when staleness changed.
    bool updateStale();
    // The rank line, the table's selection and the marks follow the current strategy.
    void followCurrent();
    void markMapCell(std::optional<std::pair<int, int>> cell);
    // A map cell's text: a feasible cell's best throughput, short ("1.27 M tokens/s"),
    // "★ best" on the search's best; an infeasible cell's reason.
    QString mapCellText(int row, int column) const;
    QString rankText(std::optional<int> row) const;
    QString staleText() const;

    ExplorerState& m_state;
    SearchResultsModel* m_model;
    SearchResultsProxy* m_proxy;
    QTableView* m_table;
    QComboBox* m_objective = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QCheckBox* m_auto = nullptr;
    QProgressBar* m_progress = nullptr;
    WrappedLabel* m_summary = nullptr;
    QString m_counts;  // "Evaluated 30,840 configurations: ...", without the rank line
    SearchScatter* m_chart = nullptr;
    PopOutTabs* m_views = nullptr;
    QTableWidget* m_map = nullptr;
    FeasibilityLegend* m_mapLegend = nullptr;
    QComboBox* m_mapRows = nullptr;
    QComboBox* m_mapColumns = nullptr;
    FeasibilityMap m_mapCells;
    std::pair<MapDimension, MapDimension> m_mapShown{MapDimension::Tp, MapDimension::Ep};
    std::optional<std::pair<int, int>> m_currentCell;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::uint64_t m_generation = 0;
    std::uint64_t m_mapRequest = 0;  // the latest map request wins
    bool m_running = false;
    std::string m_searchedSpace;  // the profile without its strategy, as last searched
    std::string m_resultSpace;    // the same for the results shown
    Profile m_resultProfile;      // the profile the results shown were searched for
    Objective m_searchedObjective = Objective::Throughput;  // of the search last started
    Objective m_resultObjective = Objective::Throughput;    // of the results shown
    bool m_stale = false;
    BottomDockOpening* m_opening = nullptr;  // its first height, or a window of its own
    bool m_automatic = false;  // the search about to start was not asked for by the user
    std::function<bool(std::int64_t, bool, std::int64_t)> m_askLarge;
};

} // namespace moe::ui
