#pragma once

// The Serving dock (issue 14): plans serving for a request shape (input and output
// tokens) against TTFT and TPOT targets off the GUI thread (the latest request wins),
// and shows the plan as a chart of output tokens/s per GPU against tokens/s per user
// with the Pareto front, the targets and the current profile's own point, a table of
// the front, and a line naming the best deployment or, when nothing meets the targets,
// the closest. Clicking a point or activating a row applies its decode deployment
// (strategy, concurrency as the batch, decode mode at the mean context) as one undo
// step. A plan made for another cluster, model or serving setting is marked stale and
// cannot be applied. The Concurrency slider sets the profile's batch to 1, 2, 4, ...
// 1,024 sequences per DP replica (the plan's grid), one undo step per drag, and the
// ring and the summary's TTFT and TPOT follow it.

#include <QDockWidget>

#include <cstdint>
#include <optional>
#include <string>

#include "search/servingplan.h"
#include "widgets/bottomdockopening.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QShowEvent;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace moe::ui {

class ExplorerState;
class ServingScatter;

class ServingDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ServingDock(ExplorerState& state, QWidget* parent = nullptr);

    // Starts a plan for the current inputs; planFinished() follows.
    void startPlan();
    // The request the controls describe.
    ServingSpec request() const;
    void setRequest(const ServingSpec& request);

    const ServingPlan& plan() const { return m_plan; }
    // Up to date while the dock is shown; a hidden dock catches up when shown.
    bool isStale() const { return m_stale; }
    QString summaryText() const;
    // The prefill chunk the plan uses: "prefill: chunk 8,192 tokens", "prefill: whole
    // prompts", or whole prompts for disaggregated workers.
    QString chunkText() const;
    QTableWidget* table() const { return m_table; }
    ServingScatter* scatter() const { return m_chart; }
    QSlider* concurrencySlider() const { return m_concurrency; }
    // The ring's point: the profile's strategy at its batch under the plan's request.
    const std::optional<ServingPoint>& currentPoint() const { return m_current; }
    // Applies the plan's point `index` to the profile; refused while stale.
    void applyPoint(std::size_t index);
    // Opened below the charts it takes three tenths of the window, or a window of its
    // own where the window cannot hold it (BottomDockOpening).
    void setVisible(bool visible) override;

Q_SIGNALS:
    void planFinished();

private:
    QWidget* buildControls();
    QWidget* buildConcurrency();
    // The slider's position and label for the profile's batch.
    void syncConcurrency();
    void showChunk();  // the profile's chunk, or whole prompts
    void setConcurrency(int position);
    void finish(std::uint64_t generation, ServingPlan plan, ServingSpec request, std::string key);
    void showTable();
    void updateSummary();
    void onProfileChanged();
    // The ring, the staleness and the summary for the profile as it is now.
    void refreshCurrent();
    void showEvent(QShowEvent* event) override;
    // What a plan depends on besides the request: the cluster, the model and the
    // serving settings, not the strategy, mode, batch or sequence it replaces.
    std::string inputsKey() const;

    ExplorerState& m_state;
    BottomDockOpening* m_opening = nullptr;
    QSpinBox* m_isl;
    QSpinBox* m_osl;
    QDoubleSpinBox* m_ttft;
    QDoubleSpinBox* m_tpot;
    QCheckBox* m_disaggregated;
    QPushButton* m_run;
    QSlider* m_concurrency;
    QLabel* m_concurrencyText;
    QLabel* m_summary;
    QLabel* m_chunk;
    ServingScatter* m_chart;
    QTableWidget* m_table;
    ServingPlan m_plan;
    ServingSpec m_planned;
    std::optional<ServingPoint> m_current;  // the profile's own deployment under the plan's request
    std::string m_plannedKey;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    bool m_stale = false;
    bool m_refreshOnShow = false;  // the profile changed while the dock was hidden
};

} // namespace moe::ui
