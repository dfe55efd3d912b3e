#include "heatmaps/heatmapsdock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "document/explorerstate.h"
#include "heatmaps/heatmapwidget.h"

namespace moe::ui {

HeatMapsDock::HeatMapsDock(ExplorerState& state, QWidget* parent)
    : QDockWidget(tr("Heat Maps"), parent)
    , m_state(state)
    , m_kind(new QComboBox(this))
    , m_map(new HeatMapWidget(this))
{
    setObjectName(QStringLiteral("HeatMapsDock"));
    for (const HeatMapKind kind : kHeatMapKinds) {
        m_kind->addItem(heatMapName(kind), static_cast<int>(kind));
    }
    m_kind->setToolTip(tr("Which heat map to show"));
    auto* label = new QLabel(tr("&Show"), this);
    label->setBuddy(m_kind);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export..."));
    exportButton->setToolTip(tr("Export this heat map as PNG, SVG or PDF"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_kind, 1);
    bar->addWidget(exportButton);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);
    setWidget(content);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        refresh();
    });
    connect(exportButton, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(kind()); });
    connect(&m_state, &ExplorerState::evaluationChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            refresh();
        }
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale) {
            refresh();
        }
    });
}

HeatMapKind HeatMapsDock::kind() const
{
    return static_cast<HeatMapKind>(m_kind->currentData().toInt());
}

void HeatMapsDock::setKind(HeatMapKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void HeatMapsDock::refresh()
{
    m_stale = false;
    m_map->setMap(buildHeatMap(kind(), m_state.profile(), m_state.evaluation()));
}

} // namespace moe::ui
