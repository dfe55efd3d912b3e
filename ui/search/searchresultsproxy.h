#pragma once

// Sorting and filtering of the search results table. QSortFilterProxyModel's own
// lessThan() compares QVariants from data(): for the 1.7 million results of a
// 32,768-GPU DeepSeek training search that took 0.9 s on the GUI thread each time the
// results arrived (issue 11). This one compares the candidates' numbers directly, in
// the same order as the QVariants would.

#include <QSortFilterProxyModel>

namespace moe::ui {

class SearchResultsModel;

class SearchResultsProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit SearchResultsProxy(SearchResultsModel& model, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SearchResultsModel& m_model;
};

} // namespace moe::ui
