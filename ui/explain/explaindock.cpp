#include "explain/explaindock.h"

#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

#include "explain/explanationmodel.h"
#include "document/explorerstate.h"
#include "explain/explanationtexts.h"
#include "widgets/formulatexts.h"

namespace moe::ui {

ExplainDock::ExplainDock(ExplorerState& state, QWidget* parent)
    : QDockWidget(tr("Explain"), parent)
    , m_state(state)
    , m_model(new ExplanationModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_details(new QTextBrowser(this))
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
    m_view->setTextElideMode(Qt::ElideNone);  // wrapped, never cut to "…"
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Label, value and formula in view; the formula with its values and the source are
    // in the details below, one click on a row away.
    m_view->setColumnHidden(ExplanationModel::Values, true);
    m_view->setColumnHidden(ExplanationModel::Source, true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ExplanationModel::Figure, QHeaderView::Interactive);
    header->setSectionResizeMode(ExplanationModel::Value, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExplanationModel::Formula, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setToolTip(tr("Each figure with its value and formula; click a row for the formula with the values and its source"));
    m_details->setOpenExternalLinks(true);
    m_details->setToolTip(tr("The selected figure: its formula with the values and its source"));
    m_details->setPlaceholderText(tr("Click a row for the formula with its values and the source"));
    m_filter->setPlaceholderText(tr("Filter figures, e.g. memory or a2a"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the rows that contain this text"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    auto* split = new QSplitter(Qt::Vertical, content);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    setWidget(content);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExplainDock::showDetails);
    // Wrapped formulas take as many lines as the column's width leaves them.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == ExplanationModel::Formula) {
            fitRows();
        }
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ExplainDock::fitRows);
    m_view->viewport()->installEventFilter(this);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ExplainDock::fitRows);
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
        if (visible) {
            widenOnFirstShow();
        }
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
    // The labels' column as wide as its longest label, but never more than a third of
    // the panel: the formula needs the room.
    m_view->resizeColumnToContents(ExplanationModel::Figure);
    const int third = std::max(120, m_view->viewport()->width() / 3);
    if (m_view->columnWidth(ExplanationModel::Figure) > third) {
        m_view->setColumnWidth(ExplanationModel::Figure, third);
    }
    fitRows();
    showDetails();
}

void ExplainDock::fitRows()
{
    m_view->resizeRowsToContents();
}

bool ExplainDock::eventFilter(QObject* watched, QEvent* event)
{
    // A wider or narrower panel (docked, floated, dragged) wraps the formulas anew.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        QTimer::singleShot(0, this, &ExplainDock::fitRows);
    }
    return QDockWidget::eventFilter(watched, event);
}

namespace {

// Label, value and a formula of some 40 characters side by side.
constexpr int kNarrowest = 400;

} // namespace

int ExplainDock::openingWidth(int windowWidth)
{
    // A figure, its value and a formula of some 60 characters side by side need about
    // 480 px; more than two fifths of the window would squeeze the charts.
    return std::clamp(windowWidth * 2 / 5, 420, 640);
}

void ExplainDock::widenOnFirstShow()
{
    if (m_widened || isFloating()) {
        return;
    }
    auto* window = qobject_cast<QMainWindow*>(parentWidget());
    if (!window) {
        return;
    }
    m_widened = true;
    const int wanted = openingWidth(window->width());
    if (width() < wanted) {
        window->resizeDocks({this}, {wanted}, Qt::Horizontal);
    }
    // At 1366 px the Parameters and the views' minimum widths leave it under 300 px:
    // then it opens as a window of its own beside the main one, wide enough to read
    // (drag it back onto the window to dock it again).
    // Checked once the window has laid out the docks anew.
    QTimer::singleShot(0, this, [this, window, wanted] {
        if (!isFloating() && width() < kNarrowest) {
            setFloating(true);
            resize(wanted, window->height() * 3 / 4);
            move(window->geometry().right() - wanted - 8, window->geometry().top() + 60);
        }
    });
}

void ExplainDock::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Explanation& e = m_model->explanation(current.row());
    const auto html = [](const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); };
    // A source that is a web address is a link: the cited source one click away.
    QString source = sourceText(e.source).toHtmlEscaped();
    static const QRegularExpression url(QStringLiteral("(https?://[^\\s)<>]+)"));
    source.replace(url, QStringLiteral("<a href=\"\\1\">\\1</a>"));
    m_details->setHtml(tr("<b>%1</b> = %2<br><i>%3</i><br>= %4<br>%5<br><small>%6</small>")
                           .arg(m_model->data(m_model->index(current.row(), ExplanationModel::Figure)).toString().toHtmlEscaped(),
                                formatExplainedValue(e).toHtmlEscaped(), formulaText(e.formula).toHtmlEscaped(),
                                valuesText(e.values).toHtmlEscaped(),
                                source.isEmpty() ? tr("Source: the model's own definition") : tr("Source: %1").arg(source),
                                html(e.key)));
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
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

} // namespace moe::ui
