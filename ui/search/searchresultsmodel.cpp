#include "search/searchresultsmodel.h"

#include <QLocale>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

#include "base/units.h"
#include "widgets/localfigures.h"

namespace moe::ui {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// The placement as the profile form names it (core's toString is the JSON value).
QString placementName(PlacementPolicy placement)
{
    switch (placement) {
    case PlacementPolicy::Contiguous:
        return SearchResultsModel::tr("contiguous");
    case PlacementPolicy::RoundRobin:
        return SearchResultsModel::tr("round robin");
    case PlacementPolicy::Balanced:
        return SearchResultsModel::tr("balanced");
    case PlacementPolicy::Eplb:
        return SearchResultsModel::tr("EPLB");
    case PlacementPolicy::Manual:
        return SearchResultsModel::tr("manual");
    }
    return QString::fromLatin1(toString(placement));
}

// The recomputation as the profile form names it (core's toString is the JSON value).
QString recomputeName(moe::Recompute recompute)
{
    switch (recompute) {
    case moe::Recompute::None:
        return SearchResultsModel::tr("none");
    case moe::Recompute::Selective:
        return SearchResultsModel::tr("selective");
    case moe::Recompute::Full:
        return SearchResultsModel::tr("full");
    }
    return QString::fromLatin1(toString(recompute));
}

// A strategy's numbers mixed into one key; rows with equal keys are compared in full.
std::uint64_t keyOf(const Strategy& s, std::int64_t microBatches)
{
    std::uint64_t key = 0;
    for (const std::int64_t v : {s.tp, s.pp, s.dp, s.ep, s.etp, microBatches}) {
        key = (key ^ static_cast<std::uint64_t>(v)) * 0x100000001B3ULL;  // FNV-1a style
    }
    return key;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_content{std::make_shared<const SearchResult>(), {}}
{
}

SearchResultsModel::Content SearchResultsModel::prepare(SearchResult result)
{
    Content content;
    content.index.reserve(result.ranked.size());
    for (std::size_t i = 0; i < result.ranked.size(); ++i) {
        const Candidate& c = result.ranked[i];
        content.index.emplace_back(keyOf(c.strategy, c.microBatches), static_cast<int>(i));
    }
    std::sort(content.index.begin(), content.index.end());
    content.result = std::make_shared<const SearchResult>(std::move(result));
    return content;
}

void SearchResultsModel::setContent(Content content)
{
    beginResetModel();
    m_content = std::move(content);
    m_stale = false;
    endResetModel();
}

std::optional<int> SearchResultsModel::rowOf(const Profile& profile) const
{
    const std::uint64_t key = keyOf(profile.strategy, profile.workload.microBatches);
    const auto& index = m_content.index;
    auto it = std::lower_bound(index.begin(), index.end(), std::pair(key, 0));
    // Rows of one key are in rank order, so the first match is the best-ranked one.
    for (; it != index.end() && it->first == key; ++it) {
        const Candidate& c = candidate(it->second);
        if (c.strategy == profile.strategy && c.microBatches == profile.workload.microBatches
            && c.capacityFactor == profile.workload.capacityFactor && (profile.workload.mode != Mode::Training || c.recompute == profile.workload.training.recompute)) {
            return it->second;
        }
    }
    return std::nullopt;
}

void SearchResultsModel::setStale(bool stale)
{
    if (stale == m_stale) {
        return;
    }
    m_stale = stale;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
    }
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_content.result->ranked.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Candidate& c = candidate(index.row());
    // Qt::UserRole carries the number to sort by; DisplayRole the text with its unit.
    const bool sortKey = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sortKey) {
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::ForegroundRole && m_stale) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    }
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Tp:
        return static_cast<qlonglong>(c.strategy.tp);
    case Pp:
        return static_cast<qlonglong>(c.strategy.pp);
    case Dp:
        return static_cast<qlonglong>(c.strategy.dp);
    case Ep:
        return static_cast<qlonglong>(c.strategy.ep);
    case Etp:
        return static_cast<qlonglong>(c.strategy.etp);
    case MicroBatches:
        return static_cast<qlonglong>(c.microBatches);
    case Recompute:
        return recomputeName(c.recompute);
    case Placement:
        return placementText(c);
    case Gpus:
        return static_cast<qlonglong>(c.strategy.gpusUsed());
    case Throughput:
        return sortKey ? QVariant(c.tokensPerS) : QVariant(displayText(c, index.row(), index.column()));
    case Step:
        return sortKey ? QVariant(c.stepS) : QVariant(displayText(c, index.row(), index.column()));
    case PerGpu:
        return sortKey ? QVariant(c.tokensPerSPerGpu) : QVariant(displayText(c, index.row(), index.column()));
    case Memory:
        return sortKey ? QVariant(c.memoryBytes) : QVariant(displayText(c, index.row(), index.column()));
    case Headroom:
        return sortKey ? QVariant(c.headroomBytes) : QVariant(displayText(c, index.row(), index.column()));
    case Pareto:
        return sortKey ? QVariant(c.pareto ? 1 : 0) : QVariant(displayText(c, index.row(), index.column()));
    default:
        return {};
    }
}

QString SearchResultsModel::placementText(const Candidate& c)
{
    QString text = placementName(c.strategy.placement);
    if (c.strategy.redundantExperts > 0) {
        text += tr(", %1 redundant").arg(c.strategy.redundantExperts);
    }
    return text + tr(", capacity %1").arg(QLocale().toString(c.capacityFactor));
}

QString SearchResultsModel::displayText(const Candidate& c, int row, int column)
{
    switch (column) {
    case Rank:
        return QString::number(row + 1);
    case Tp:
        return QString::number(c.strategy.tp);
    case Pp:
        return QString::number(c.strategy.pp);
    case Dp:
        return QString::number(c.strategy.dp);
    case Ep:
        return QString::number(c.strategy.ep);
    case Etp:
        return QString::number(c.strategy.etp);
    case MicroBatches:
        return QString::number(c.microBatches);
    case Recompute:
        return recomputeName(c.recompute);
    case Placement:
        return placementText(c);
    case Gpus:
        return QString::number(c.strategy.gpusUsed());
    case Throughput:
        return localRate(c.tokensPerS);
    case Step:
        return localSeconds(c.stepS);
    case PerGpu:
        return localRate(c.tokensPerSPerGpu);
    case Memory:
        return QStringLiteral("%1 GiB").arg(QLocale().toString(c.memoryBytes / kGiB, 'f', 1));
    case Headroom:
        return QStringLiteral("%1 GiB").arg(QLocale().toString(c.headroomBytes / kGiB, 'f', 1));
    case Pareto:
        return c.pareto ? tr("yes") : QString();
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    const QString titles[] = {tr("Rank"),       tr("TP"),   tr("PP"),         tr("DP"),       tr("EP"),
                              tr("ETP"),        tr("Micro-batches"), tr("Recompute"), tr("Placement"), tr("GPUs"), tr("Throughput"),
                              tr("Step time"),  tr("Per GPU"), tr("Fullest GPU"), tr("Headroom"), tr("Pareto")};
    return section >= 0 && section < ColumnCount ? QVariant(titles[section]) : QVariant();
}

} // namespace moe::ui
