#include "search/searchresultsproxy.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>

#include "search/searchresultsmodel.h"

namespace moe::ui {

namespace {

// The number a column sorts by: what SearchResultsModel::data() gives for Qt::UserRole.
double sortKey(const Candidate& c, int row, int column)
{
    switch (column) {
    case SearchResultsModel::Rank:
        return row;
    case SearchResultsModel::Tp:
        return static_cast<double>(c.strategy.tp);
    case SearchResultsModel::Pp:
        return static_cast<double>(c.strategy.pp);
    case SearchResultsModel::Dp:
        return static_cast<double>(c.strategy.dp);
    case SearchResultsModel::Ep:
        return static_cast<double>(c.strategy.ep);
    case SearchResultsModel::Etp:
        return static_cast<double>(c.strategy.etp);
    case SearchResultsModel::MicroBatches:
        return static_cast<double>(c.microBatches);
    case SearchResultsModel::Gpus:
        return static_cast<double>(c.strategy.gpusUsed());
    case SearchResultsModel::Throughput:
        return c.tokensPerS;
    case SearchResultsModel::Step:
        return c.stepS;
    case SearchResultsModel::PerGpu:
        return c.tokensPerSPerGpu;
    case SearchResultsModel::Memory:
        return c.memoryBytes;
    case SearchResultsModel::Headroom:
        return c.headroomBytes;
    case SearchResultsModel::Pareto:
        return c.pareto ? 1 : 0;
    default:
        return 0;
    }
}

} // namespace

SearchResultsProxy::SearchResultsProxy(SearchResultsModel& model, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_model(model)
{
    QAbstractProxyModel::setSourceModel(&model);
    // The model only ever resets (new results) or recolours (stale).
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(&model, &QAbstractItemModel::modelReset, this, [this] { reorder(true); });
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                if (rowCount() > 0) {
                    Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
                }
            });
}

SearchResultsProxy::Order SearchResultsProxy::computeOrder(const SearchResult& result, int column, Qt::SortOrder order,
                                                           const QString& filter)
{
    Order computed;
    const auto& ranked = result.ranked;
    if (column == SearchResultsModel::Rank && order == Qt::AscendingOrder && filter.isEmpty()) {
        return computed;  // the results' own order
    }
    std::vector<int>& rows = computed.rows;
    rows.reserve(ranked.size());
    for (int row = 0; row < static_cast<int>(ranked.size()); ++row) {
        bool keep = filter.isEmpty();
        for (int c = 0; !keep && c < SearchResultsModel::ColumnCount; ++c) {
            keep = SearchResultsModel::displayText(ranked[static_cast<std::size_t>(row)], row, c).contains(filter);
        }
        if (keep) {
            rows.push_back(row);
        }
    }
    const auto at = [&](int row) -> const Candidate& { return ranked[static_cast<std::size_t>(row)]; };
    // The Placement column sorts by text: each row's text is made once, not at every
    // comparison (a sort of 1.7 million rows makes about 70 million).
    std::vector<QString> placements;
    if (column == SearchResultsModel::Placement) {
        placements.resize(ranked.size());
        for (const int row : rows) {
            placements[static_cast<std::size_t>(row)] = SearchResultsModel::placementText(at(row));
        }
    }
    const auto less = [&](int a, int b) {
        if (column == SearchResultsModel::Recompute) {
            // By name, as the QVariant strings compared ("full" < "none" < "selective").
            return std::strcmp(toString(at(a).recompute), toString(at(b).recompute)) < 0;
        }
        if (column == SearchResultsModel::Placement) {
            return placements[static_cast<std::size_t>(a)] < placements[static_cast<std::size_t>(b)];
        }
        return sortKey(at(a), a, column) < sortKey(at(b), b, column);
    };
    // Stable both ways, as QSortFilterProxyModel: equal rows keep their rank order.
    if (order == Qt::AscendingOrder) {
        std::stable_sort(rows.begin(), rows.end(), less);
    } else {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
    }
    computed.proxyOf.assign(ranked.size(), -1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        computed.proxyOf[static_cast<std::size_t>(rows[i])] = static_cast<int>(i);
    }
    return computed;
}

void SearchResultsProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= SearchResultsModel::ColumnCount) {
        column = SearchResultsModel::Rank;
        order = Qt::AscendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reorder(false);
}

void SearchResultsProxy::setFilterFixedString(const QString& text)
{
    if (text == m_filter) {
        return;
    }
    m_filter = text;
    reorder(false);
}

void SearchResultsProxy::reorder(bool sourceReset)
{
    const std::uint64_t generation = ++m_generation;
    const bool rankOrder = m_sortColumn == SearchResultsModel::Rank && m_sortOrder == Qt::AscendingOrder && m_filter.isEmpty();
    if (rankOrder || m_model.rowCount() <= m_backgroundAbove) {
        applyOrder(computeOrder(m_model.result(), m_sortColumn, m_sortOrder, m_filter), sourceReset);
        return;
    }
    if (sourceReset) {
        // New results: shown in rank order until their own order lands.
        m_order = Order{};
        endResetModel();
    }
    ++m_pending;
    QPointer<SearchResultsProxy> self(this);
    (void)QtConcurrent::run([self, generation, result = m_model.sharedResult(), column = m_sortColumn, order = m_sortOrder,
                             filter = m_filter] {
        Order computed = computeOrder(*result, column, order, filter);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result, computed = std::move(computed)]() mutable {
                if (!self) {
                    return;
                }
                --self->m_pending;
                // Only the latest request, for the results still shown.
                if (generation == self->m_generation && result == self->m_model.sharedResult()) {
                    self->applyOrder(std::move(computed), false);
                    Q_EMIT self->orderApplied();
                }
            },
            Qt::QueuedConnection);
    });
}

void SearchResultsProxy::applyOrder(Order order, bool sourceReset)
{
    if (sourceReset) {
        m_order = std::move(order);
        endResetModel();
        return;
    }
    // A new order of the same rows: the selection and the current row follow their rows.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QList<int> sources;
    sources.reserve(from.size());
    for (const QModelIndex& index : from) {
        sources.append(mapToSource(index).row());
    }
    m_order = std::move(order);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QModelIndex shown = mapFromSource(m_model.index(sources[i], from[i].column()));
        to.append(shown);
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

QModelIndex SearchResultsProxy::mapToSource(const QModelIndex& proxy) const
{
    if (!proxy.isValid() || proxy.model() != this) {
        return {};
    }
    const int row = ownOrder() ? proxy.row() : m_order.rows[static_cast<std::size_t>(proxy.row())];
    return m_model.index(row, proxy.column());
}

QModelIndex SearchResultsProxy::mapFromSource(const QModelIndex& source) const
{
    if (!source.isValid() || source.row() >= m_model.rowCount()) {
        return {};
    }
    int row = source.row();
    if (!m_order.proxyOf.empty()) {
        row = static_cast<std::size_t>(row) < m_order.proxyOf.size() ? m_order.proxyOf[static_cast<std::size_t>(row)] : -1;
    }
    return row < 0 ? QModelIndex() : createIndex(row, source.column());
}

QModelIndex SearchResultsProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex SearchResultsProxy::parent(const QModelIndex&) const
{
    return {};
}

bool SearchResultsProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

int SearchResultsProxy::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return ownOrder() ? m_model.rowCount() : static_cast<int>(m_order.rows.size());
}

int SearchResultsProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : SearchResultsModel::ColumnCount;
}

QVariant SearchResultsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_model.headerData(section, orientation, role);
}

} // namespace moe::ui
