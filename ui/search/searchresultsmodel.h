#pragma once

// Search results as a table: one row per feasible configuration, best first. Results
// searched for other inputs than the profile's now are stale: their text is greyed.
//
// A search of DeepSeek-V3 training on 32,768 GPUs ranks 1.7 million results: what the
// table needs of them beyond the list (the index rowOf() searches) is built by
// prepare(), which any thread may call, so the GUI thread only swaps it in.

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "search/search.h"

namespace moe::ui {

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Rank, Tp, Pp, Dp, Ep, Etp, MicroBatches, Recompute, Gpus, Throughput, Step, PerGpu, Memory, Headroom, Pareto, ColumnCount };
    explicit SearchResultsModel(QObject* parent = nullptr);

    // The results and their index, ready to show: built off the GUI thread.
    struct Content {
        std::shared_ptr<const SearchResult> result;
        // (key of the strategy's numbers, row), sorted by key: see rowOf().
        std::vector<std::pair<std::uint64_t, int>> index;
    };
    static Content prepare(SearchResult result);
    void setContent(Content content);
    void setResult(SearchResult result) { setContent(prepare(std::move(result))); }
    const SearchResult& result() const { return *m_content.result; }
    // The results shown, for work on other threads (they never change once shown).
    std::shared_ptr<const SearchResult> sharedResult() const { return m_content.result; }
    const Candidate& candidate(int row) const { return m_content.result->ranked[static_cast<std::size_t>(row)]; }
    // A cell's Qt::DisplayRole value as text (numbers without group separators), what
    // the table's filter matches; any thread may call it.
    static QString displayText(const Candidate& c, int row, int column);
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
    Content m_content;
    bool m_stale = false;
};

} // namespace moe::ui
