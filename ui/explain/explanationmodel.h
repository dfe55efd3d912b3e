#pragma once

// Explanations as a table: figure (its label; the JSON key under KeyRole and in the
// tooltip), value with unit, formula, the formula with its values, and the source.

#include <QAbstractTableModel>

#include <vector>

#include "model/explanation.h"

namespace moe::ui {

class ExplanationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Figure, Value, Formula, Values, Source, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;
    using QAbstractTableModel::QAbstractTableModel;

    void setExplanations(std::vector<Explanation> explanations);
    int rowForKey(const QString& key) const;
    const Explanation& explanation(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Explanation> m_rows;
};

QString formatExplainedValue(const Explanation& explanation);

} // namespace moe::ui
