#include "explain/explaindock.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "explain/explanationmodel.h"
#include "document/explorerstate.h"

namespace moe::ui {

ExplainDock::ExplainDock(ExplorerState& state, QWidget* parent)
    : QDockWidget(tr("Explain"), parent)
    , m_state(state)
    , m_model(new ExplanationModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ExplainDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterRole(Qt::ToolTipRole);  // the name, key, formula and values of the row
    m_view->setModel(m_proxy);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setToolTip(tr("Each figure with its formula, the formula with the values, and its source"));
    m_filter->setPlaceholderText(tr("Filter figures, e.g. memory or a2a"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the rows that contain this text"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setWidget(content);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_state, &ExplorerState::evaluationChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            refresh();
        }
    });
    connect(&m_state, &ExplorerState::selectedGpuChanged, this, [this] {
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

void ExplainDock::refresh()
{
    m_stale = false;
    const Profile& profile = m_state.profile();
    std::vector<Explanation> rows = explain(profile);
    // The selected GPU's own figures, under keys that name it.
    const auto gpu = m_state.selectedGpu();
    for (Explanation e : explainGpu(profile, profile.strategy, gpu)) {
        e.key = "gpu " + std::to_string(gpu) + ": " + e.key;
        rows.push_back(std::move(e));
    }
    m_model->setExplanations(std::move(rows));
    m_view->resizeColumnToContents(ExplanationModel::Figure);
    m_view->resizeColumnToContents(ExplanationModel::Value);
}

void ExplainDock::focusFigure(const QString& key)
{
    show();
    raise();
    if (m_stale) {
        refresh();
    }
    const int row = m_model->rowForKey(key);
    if (row >= 0) {
        m_filter->clear();
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectRow(index.row());
        m_view->scrollTo(index);
    }
}

} // namespace moe::ui
