#pragma once

// Search results as a table: one row per feasible configuration, best first. Results
// searched for other inputs than the profile's now are stale: their text is greyed.

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "search/search.h"

namespace moe::ui {

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Rank, Tp, Pp, Dp, Ep, Etp, MicroBatches, Recompute, Gpus, Throughput, Step, PerGpu, Memory, Headroom, Pareto, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(SearchResult result);
    const SearchResult& result() const { return m_result; }
    const Candidate& candidate(int row) const { return m_result.ranked[static_cast<std::size_t>(row)]; }
    // The row of the profile's own strategy (with its micro-batches and, in training,
    // its recomputation), or none when it is not among the feasible. Runs at every
    // slider step, so it looks the strategy up in an index rather than scanning
    // (DeepSeek-V3 training has 723,802 feasible results).
    std::optional<int> rowOf(const Profile& profile) const;
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SearchResult m_result;
    // (key of the strategy's numbers, row), sorted by key: see rowOf().
    std::vector<std::pair<std::uint64_t, int>> m_index;
    bool m_stale = false;
};

} // namespace moe::ui
