#pragma once

// The Search dock: runs core's exhaustive search off the GUI thread (the latest
// request wins; Cancel stops it), shows the results as a sortable, filterable table,
// a scatter of throughput per GPU against step time with the Pareto front, and a
// feasibility map over two chosen dimensions (TP x EP by default). Picking a row, a
// point or a feasible map cell applies that configuration.

#include <QDockWidget>

#include <atomic>
#include <memory>

#include "feasibility.h"
#include "search.h"

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QCheckBox;

namespace moe::ui {

class ExplorerState;
class SearchResultsModel;

class SearchDock : public QDockWidget {
    Q_OBJECT

public:
    explicit SearchDock(ExplorerState& state, QWidget* parent = nullptr);
    ~SearchDock() override;

    void startSearch();
    void cancelSearch();
    bool isRunning() const { return m_running; }
    SearchResultsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTableWidget* feasibilityMap() const { return m_map; }
    // The map's two dimensions; the same dimension twice is refused.
    void setMapDimensions(MapDimension rows, MapDimension columns);
    QScatterSeries* points() const { return m_points; }
    QString summaryText() const;
    // Applies the result in the model's row `row`.
    void applyRow(int row);

Q_SIGNALS:
    void searchFinished();

private:
    QWidget* buildControls();
    QWidget* buildScatter();
    QWidget* buildMap();
    void finish(std::uint64_t generation, SearchResult result);
    void showScatter();
    void showMap();
    void onProfileChanged();

    ExplorerState& m_state;
    SearchResultsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QComboBox* m_objective = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QCheckBox* m_auto = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_chart = nullptr;
    QScatterSeries* m_points = nullptr;
    QScatterSeries* m_frontPoints = nullptr;
    QLineSeries* m_front = nullptr;
    QTableWidget* m_map = nullptr;
    QComboBox* m_mapRows = nullptr;
    QComboBox* m_mapColumns = nullptr;
    FeasibilityMap m_mapCells;
    std::pair<MapDimension, MapDimension> m_mapShown{MapDimension::Tp, MapDimension::Ep};
    std::vector<std::size_t> m_pointRows;  // the result row of each scatter point
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    std::string m_searchedSpace;  // the profile without its strategy, as last searched
};

} // namespace moe::ui
