#pragma once

// Sorting and filtering of the search results table, off the GUI thread when the
// results are many. A search of DeepSeek-V3 training on 32,768 GPUs ranks 1.7 million
// results: QSortFilterProxyModel sorted them on the GUI thread every time they arrived
// (0.9 s comparing QVariants, still about 0.3 s comparing numbers) and filtered them
// there at every key press (issue 11, point 7). This proxy keeps the row order as a
// plain permutation: the table's default order, by rank, is the results' own and costs
// nothing; other orders and filters are computed on a worker thread for more than
// backgroundAbove() rows, and the table keeps its last order until the new one lands.
//
// The orders are QSortFilterProxyModel's: a stable sort by the number
// SearchResultsModel gives for Qt::UserRole (Recompute by name), ties in rank order
// both ways; the filter keeps the rows where any column's text contains the string,
// case-sensitively (setFilterFixedString with every column).

#include <QAbstractProxyModel>

#include <cstdint>
#include <memory>
#include <vector>

#include "search/search.h"

namespace moe::ui {

class SearchResultsModel;

class SearchResultsProxy : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit SearchResultsProxy(SearchResultsModel& model, QObject* parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setFilterFixedString(const QString& text);
    // Orders of more rows than this are computed on a worker thread.
    void setBackgroundAbove(int rows) { m_backgroundAbove = rows; }
    int backgroundAbove() const { return m_backgroundAbove; }
    // A sort or filter is being computed on a worker thread.
    bool isOrdering() const { return m_pending != 0; }

    QModelIndex mapToSource(const QModelIndex& proxy) const override;
    QModelIndex mapFromSource(const QModelIndex& source) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // The model's titles, with or without rows (the base class maps them through row 0).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows shown, in order (proxy row to source row), and the inverse (source row
    // to proxy row, -1 when filtered out); both empty for every row in rank order.
    struct Order {
        std::vector<int> rows;
        std::vector<int> proxyOf;
    };
    // The order of `result`'s rows for a sort and a filter; any thread may call it.
    static Order computeOrder(const SearchResult& result, int column, Qt::SortOrder order, const QString& filter);

Q_SIGNALS:
    // A sort or filter computed on a worker thread has been applied.
    void orderApplied();

private:
    // Recomputes the order for the model's results, the sort and the filter.
    void reorder(bool sourceReset);
    void applyOrder(Order order, bool sourceReset);
    // Every row in rank order: no permutation is held.
    bool ownOrder() const { return m_order.rows.empty() && m_order.proxyOf.empty(); }

    SearchResultsModel& m_model;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    Order m_order;
    int m_backgroundAbove = 100'000;
    std::uint64_t m_generation = 0;  // the latest request wins
    int m_pending = 0;               // worker computations not yet come back
};

} // namespace moe::ui
