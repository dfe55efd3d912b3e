#include "grid/gridpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "document/explorerstate.h"
#include "grid/gpugridwidget.h"
#include "grid/gridmetric.h"

namespace moe::ui {

namespace {

// The experts on each EP rank's slots, as strategy.expert_slots lists them.
std::vector<std::vector<std::int64_t>> slotLists(const ExpertPlacement& placement)
{
    std::vector<std::vector<std::int64_t>> ranks;
    for (std::size_t r = 0; r + 1 < placement.rankOffsets.size(); ++r) {
        ranks.emplace_back(placement.expertIds.begin() + placement.rankOffsets[r],
                           placement.expertIds.begin() + placement.rankOffsets[r + 1]);
    }
    return ranks;
}

} // namespace

GridPanel::GridPanel(ExplorerState& state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_grid(new GpuGridWidget(this))
    , m_metric(new QComboBox(this))
    , m_layer(new QComboBox(this))
{
    for (GridMetric metric : kGridMetrics) {
        m_metric->addItem(QStringLiteral("%1 (%2)").arg(metricName(metric), metricUnit(metric)), static_cast<int>(metric));
    }
    m_metric->setToolTip(tr("What the colour of each GPU shows"));
    m_layer->setToolTip(tr("Show expert placement and load for one MoE layer, or all layers together"));
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export..."));
    exportButton->setToolTip(tr("Export the grid as PNG, SVG or PDF"));
    auto* rescaleButton = new QToolButton(this);
    rescaleButton->setText(tr("Rescale"));
    rescaleButton->setToolTip(tr("Fit the colour scale to the figures shown now. The scale is otherwise kept while "
                                 "you edit, so that colours stay comparable; it is refitted when you change the "
                                 "metric or the layer, or open a profile."));
    m_rescale = rescaleButton;
    auto* heatMapsButton = new QToolButton(this);
    heatMapsButton->setText(tr("Heat Maps"));
    heatMapsButton->setToolTip(tr("Show the routing share by layer and expert, the load by GPU and layer, or the "
                                  "all-to-all traffic matrix beside the grid (View > Heat Maps)"));
    auto* metricLabel = new QLabel(tr("&Colour by"), this);
    metricLabel->setBuddy(m_metric);
    auto* layerLabel = new QLabel(tr("MoE &layer"), this);
    layerLabel->setBuddy(m_layer);

    auto* bar = new QHBoxLayout;
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addSpacing(12);
    bar->addWidget(layerLabel);
    bar->addWidget(m_layer);
    bar->addStretch(1);
    bar->addWidget(heatMapsButton);
    bar->addWidget(rescaleButton);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { m_grid->setMetric(static_cast<GridMetric>(m_metric->currentData().toInt())); });
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { m_grid->setLayer(m_layer->currentData().toInt()); });
    connect(exportButton, &QToolButton::clicked, this, &GridPanel::exportRequested);
    connect(heatMapsButton, &QToolButton::clicked, this, &GridPanel::heatMapsRequested);
    connect(rescaleButton, &QToolButton::clicked, this, [this] {
        m_grid->resetScale();
        m_grid->setEvaluation(m_state.profile(), m_state.sharedEvaluation());
    });
    connect(&m_state, &ExplorerState::documentOpening, m_grid, &GpuGridWidget::resetScale);
    connect(m_grid, &GpuGridWidget::gpuSelected, &m_state, &ExplorerState::setSelectedGpu);
    connect(m_grid, &GpuGridWidget::expertMoveRequested, this, &GridPanel::moveExpert);
    connect(m_grid, &GpuGridWidget::expertMovePreviewed, this, &GridPanel::previewMove);
    connect(m_grid, &GpuGridWidget::expertMoveCancelled, this, &GridPanel::cancelMove);
    connect(&m_state, &ExplorerState::selectedGpuChanged, m_grid, &GpuGridWidget::setSelectedGpu);
    connect(&m_state, &ExplorerState::evaluationChanged, this, &GridPanel::refresh);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &GridPanel::showContextMenu);
    refresh();
}

void GridPanel::showContextMenu(const QPoint& position)
{
    const qint64 gpu = m_grid->geometry().cellAt(position);
    QMenu menu(this);
    if (gpu >= 0 && gpu < m_state.evaluation().gpusUsed) {
        menu.addAction(tr("Explain GPU %1...").arg(gpu), this, [this, gpu] { Q_EMIT explainRequested(gpu); });
    }
    menu.addAction(tr("Export as PNG, SVG or PDF..."), this, &GridPanel::exportRequested);
    menu.exec(m_grid->mapToGlobal(position));
}

namespace {

// The merge key of an expert drag's edits (ExplorerState::setStrategy()).
constexpr int kExpertMoveMergeKey = 0x45584d56;  // "EXMV"

} // namespace

Strategy GridPanel::movedStrategy(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank) const
{
    const Evaluation& ev = m_dragEvaluation ? *m_dragEvaluation : m_state.evaluation();
    Strategy s = m_dragStrategy ? *m_dragStrategy : m_state.profile().strategy;
    if (moeLayer < 0 || moeLayer >= static_cast<int>(ev.layers.size()) || !ev.layers[moeLayer].placement) {
        return s;
    }
    if (s.placement != PlacementPolicy::Manual) {
        // The placement shown becomes the list: the dragged layer's, for every layer.
        s.expertSlots = slotLists(*ev.layers[static_cast<std::size_t>(moeLayer)].placement);
        s.placement = PlacementPolicy::Manual;
    }
    if (fromRank < 0 || toRank < 0 || fromRank >= static_cast<std::int64_t>(s.expertSlots.size())
        || toRank >= static_cast<std::int64_t>(s.expertSlots.size())
        || slot >= static_cast<std::int64_t>(s.expertSlots[static_cast<std::size_t>(fromRank)].size())) {
        return m_dragStrategy ? *m_dragStrategy : m_state.profile().strategy;
    }
    auto& from = s.expertSlots[static_cast<std::size_t>(fromRank)];
    const std::int64_t expert = from[static_cast<std::size_t>(slot)];
    from.erase(from.begin() + slot);
    s.expertSlots[static_cast<std::size_t>(toRank)].push_back(expert);
    return s;
}

void GridPanel::moveExpert(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank)
{
    const Strategy s = movedStrategy(moeLayer, fromRank, slot, toRank);
    const Evaluation& ev = m_dragEvaluation ? *m_dragEvaluation : m_state.evaluation();
    const auto& placement = ev.layers.empty() ? nullptr : ev.layers[static_cast<std::size_t>(std::max(0, moeLayer))].placement;
    std::int64_t expert = -1;
    if (placement && fromRank >= 0 && fromRank + 1 < static_cast<std::int64_t>(placement->rankOffsets.size())) {
        expert = placement->expertIds[static_cast<std::size_t>(placement->rankOffsets[fromRank] + slot)];
    }
    // One undoable edit (merged with the drag's previews, if any); the GPUs named are
    // those the user saw (EP rank r of the group).
    m_state.setStrategy(s, tr("Move expert %1 from EP rank %2 to %3").arg(expert).arg(fromRank).arg(toRank),
                        m_dragStrategy ? kExpertMoveMergeKey : -1);
    if (m_dragStrategy) {
        m_state.endGesture();
        m_dragStrategy.reset();
        m_dragEvaluation.reset();
    }
}

void GridPanel::previewMove(int moeLayer, std::int64_t fromRank, std::int64_t slot, std::int64_t toRank)
{
    if (!m_dragStrategy) {
        m_dragStrategy = m_state.profile().strategy;
        m_dragEvaluation = m_state.sharedEvaluation();
        m_state.beginGesture();
    }
    const Strategy s = toRank < 0 ? *m_dragStrategy : movedStrategy(moeLayer, fromRank, slot, toRank);
    m_state.setStrategy(s, tr("Move expert from EP rank %1 to %2").arg(fromRank).arg(toRank), kExpertMoveMergeKey);
}

void GridPanel::cancelMove()
{
    if (!m_dragStrategy) {
        return;
    }
    // Back to where the drag started: the gesture's edits merge into nothing.
    m_state.setStrategy(*m_dragStrategy, tr("Move expert"), kExpertMoveMergeKey);
    m_state.endGesture();
    m_dragStrategy.reset();
    m_dragEvaluation.reset();
}

void GridPanel::fillLayers()
{
    const Evaluation& ev = m_state.evaluation();
    if (m_layer->count() == static_cast<int>(ev.layers.size()) + 1) {
        return;  // the same layers: keep the user's choice
    }
    const QSignalBlocker block(m_layer);
    const int previous = m_layer->count() > 0 ? m_layer->currentData().toInt() : -1;
    m_layer->clear();
    m_layer->addItem(tr("all layers"), -1);
    for (std::size_t i = 0; i < ev.layers.size(); ++i) {
        m_layer->addItem(tr("MoE layer %1 (layer %2)").arg(i).arg(ev.layers[i].layer), static_cast<int>(i));
    }
    const int index = m_layer->findData(previous);
    m_layer->setCurrentIndex(index >= 0 ? index : 0);
    m_grid->setLayer(m_layer->currentData().toInt());
}

void GridPanel::refresh()
{
    fillLayers();
    m_layer->setEnabled(!m_state.evaluation().layers.empty());
    m_grid->setEvaluation(m_state.profile(), m_state.sharedEvaluation());
    m_grid->setSelectedGpu(m_state.selectedGpu());
}

} // namespace moe::ui
