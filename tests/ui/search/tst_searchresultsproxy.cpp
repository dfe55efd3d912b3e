// Issue 11, point 7: the search results table sorts and filters off the GUI thread
// when the results are many. The orders must be QSortFilterProxyModel's (which the
// table used before): every column both ways, and fixed-string filters over every
// column; computed on a worker, they land later and the selection follows its row.

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

#include "longwait.h"
#include "search/search.h"
#include "search/searchresultsmodel.h"
#include "search/searchresultsproxy.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::ui;

namespace {

// The seed's training search: thousands of results with every recomputation choice.
SearchResult trainingResults()
{
    Profile training = test::builtin("seed");
    training.workload.mode = Mode::Training;
    training.baseline.reset();
    return search(training, Objective::Throughput);
}

// Row by row, the source rows both proxies show.
void compareOrders(const QAbstractProxyModel& mine, const QSortFilterProxyModel& qt)
{
    QCOMPARE(mine.rowCount(), qt.rowCount());
    for (int row = 0; row < qt.rowCount(); ++row) {
        QCOMPARE(mine.mapToSource(mine.index(row, 0)).row(), qt.mapToSource(qt.index(row, 0)).row());
    }
}

// Qt's proxy over the model, sorted and filtered from the model's own (rank) order.
std::unique_ptr<QSortFilterProxyModel> qtOrder(SearchResultsModel& model, int column, Qt::SortOrder order,
                                               const QString& filter = {})
{
    auto qt = std::make_unique<QSortFilterProxyModel>();
    qt->setSourceModel(&model);
    qt->setSortRole(Qt::UserRole);
    qt->setFilterKeyColumn(-1);
    qt->setFilterFixedString(filter);
    qt->sort(column, order);
    return qt;
}

} // namespace

class TestSearchResultsProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // On the GUI thread (few rows): every column both ways, with and without a filter.
    void ordersAndFilters_matchQtsProxy()
    {
        SearchResultsModel model;
        model.setResult(trainingResults());
        QVERIFY(model.rowCount() > 1000);
        SearchResultsProxy mine(model);
        QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString& filter : {QString(), QStringLiteral("selective"), QStringLiteral("128"), QStringLiteral("yes"),
                                      QStringLiteral("no match")}) {
            mine.setFilterFixedString(filter);
            for (int column = 0; column < SearchResultsModel::ColumnCount; ++column) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    mine.sort(column, order);
                    QVERIFY(!mine.isOrdering());
                    // A fresh one each time: Qt's keeps ties in its previous order, this
                    // proxy (as Qt's from the rank order) in rank order.
                    compareOrders(mine, *qtOrder(model, column, order, filter));
                    if (QTest::currentTestFailed()) {
                        qWarning() << "filter" << filter << "column" << column << "order" << order;
                        return;
                    }
                }
            }
        }
        QCOMPARE(mine.rowCount(), 0);  // "no match" is the last filter
    }

    // Above backgroundAbove() rows the order is computed on a worker: the table keeps
    // its last order until it lands, the result is Qt's order, the selected row stays
    // selected, and a newer request wins over an older one still being computed.
    void manyRows_orderedOnAWorker()
    {
        SearchResultsModel model;
        model.setResult(trainingResults());
        SearchResultsProxy mine(model);
        mine.setBackgroundAbove(100);
        QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&mine);
        selection.setCurrentIndex(mine.index(5, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy applied(&mine, &SearchResultsProxy::orderApplied);

        mine.sort(SearchResultsModel::Memory, Qt::DescendingOrder);
        mine.sort(SearchResultsModel::PerGpu, Qt::DescendingOrder);  // wins over the first
        QVERIFY(mine.isOrdering());
        QCOMPARE(mine.mapToSource(mine.index(5, 0)).row(), 5);  // still the last order
        QTRY_VERIFY_WITH_TIMEOUT(!mine.isOrdering(), test::kBackgroundWorkMs);
        QCOMPARE(applied.count(), 1);

        compareOrders(mine, *qtOrder(model, SearchResultsModel::PerGpu, Qt::DescendingOrder));
        QCOMPARE(mine.mapToSource(selection.currentIndex()).row(), 5);

        // A filter on the worker too.
        mine.setFilterFixedString(QStringLiteral("full"));
        QTRY_VERIFY_WITH_TIMEOUT(!mine.isOrdering(), test::kBackgroundWorkMs);
        compareOrders(mine, *qtOrder(model, SearchResultsModel::PerGpu, Qt::DescendingOrder, QStringLiteral("full")));
        QVERIFY(mine.rowCount() < model.rowCount());

        // New results arrive in rank order whatever is still being computed.
        mine.setFilterFixedString(QStringLiteral("12"));
        mine.sort(SearchResultsModel::Step, Qt::AscendingOrder);
        model.setResult(search(test::builtin("seed"), Objective::Latency));
        QCOMPARE(mine.rowCount(), model.rowCount());
        QCOMPARE(mine.mapToSource(mine.index(0, 0)).row(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!mine.isOrdering(), test::kBackgroundWorkMs);
        compareOrders(mine, *qtOrder(model, SearchResultsModel::Step, Qt::AscendingOrder, QStringLiteral("12")));
        QVERIFY(mine.rowCount() > 0 && mine.rowCount() < model.rowCount());
    }
};

QTEST_MAIN(TestSearchResultsProxy)
#include "tst_searchresultsproxy.moc"
