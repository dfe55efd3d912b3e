#include "search/searchresultsproxy.h"

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
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(&model);
}

bool SearchResultsProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int column = left.column();
    const Candidate& a = m_model.candidate(left.row());
    const Candidate& b = m_model.candidate(right.row());
    if (column == SearchResultsModel::Recompute) {
        // By name, as the QVariant strings compared ("full" < "none" < "selective").
        return std::strcmp(toString(a.recompute), toString(b.recompute)) < 0;
    }
    return sortKey(a, left.row(), column) < sortKey(b, right.row(), column);
}

} // namespace moe::ui
