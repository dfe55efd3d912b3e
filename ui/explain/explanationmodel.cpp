#include "explain/explanationmodel.h"

#include "base/units.h"
#include "explain/explanationtexts.h"
#include "explain/figurenames.h"
#include "widgets/formulatexts.h"
#include "widgets/localfigures.h"

namespace moe::ui {

QString formatExplainedValue(const Explanation& e)
{
    if (e.unit == "bytes") {
        return localBytes(e.value);
    }
    if (e.unit == "s") {
        return localSeconds(e.value);
    }
    if (e.unit == "tokens/s") {
        return localRate(e.value);
    }
    if (e.unit == "FLOP") {
        return localFlops(e.value);
    }
    if (e.unit == "parameters") {
        return localCount(e.value) + QLatin1Char(' ') + ExplanationModel::tr("parameters");
    }
    if (e.unit.empty()) {
        return localPercent(e.value);
    }
    return localNumber(e.value) + QLatin1Char(' ') + QString::fromStdString(e.unit);
}

void ExplanationModel::setExplanations(std::vector<Explanation> explanations)
{
    beginResetModel();
    m_rows = std::move(explanations);
    endResetModel();
}

int ExplanationModel::rowForKey(const QString& key) const
{
    const std::string wanted = key.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == wanted) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ExplanationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExplanationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExplanationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Explanation& e = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole) {
        // The key too: the dock filters on this text, so "a2a" finds its rows in any language.
        return QStringLiteral("%1\n%2\n%3\n= %4")
            .arg(figureName(e.key), QString::fromStdString(e.key), formulaText(e.formula), valuesText(e.values));
    }
    if (role == KeyRole) {
        return QString::fromStdString(e.key);
    }
    if (role == Qt::UserRole && index.column() == Value) {
        return e.value;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Figure:
        return figureName(e.key);
    case Value:
        return formatExplainedValue(e);
    case Formula:
        return formulaText(e.formula);
    case Values:
        return valuesText(e.values);
    case Source:
        return sourceText(e.source);
    default:
        return {};
    }
}

QVariant ExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Figure:
        return tr("Figure");
    case Value:
        return tr("Value");
    case Formula:
        return tr("Formula");
    case Values:
        return tr("With the values");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace moe::ui
