// The Search dock: a search off the GUI thread fills the table, the scatter and the
// feasibility map with core's results; picking a row applies it and every view
// follows; Cancel stops a long search while the window stays responsive.

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "document/explorerstate.h"
#include "longwait.h"
#include "search/feasibility.h"
#include "search/feasibilitylegend.h"
#include "search/search.h"
#include "search/searchdock.h"
#include "search/searchresultsmodel.h"
#include "testprofiles.h"
#include "widgets/phrasetext.h"

using namespace moe;
using namespace moe::ui;

class TestSearchDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void search_fillsViewsWithCoreResults()
    {
        ExplorerState state(test::builtin("seed"));
        SearchDock dock(state);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        const SearchResult expected = search(state.profile(), Objective::Throughput);
        QCOMPARE(static_cast<std::size_t>(dock.model()->rowCount()), expected.ranked.size());
        QVERIFY(dock.model()->candidate(0).strategy == expected.ranked.front().strategy);
        // The source's own EP32 on 32 GPUs: its rank among the feasible, found here independently.
        std::size_t own = 0;
        while (own < expected.ranked.size() && !(expected.ranked[own].strategy == state.profile().strategy)) {
            ++own;
        }
        QVERIFY(own < expected.ranked.size());
        QVERIFY2(dock.summaryText().contains(QStringLiteral("the current strategy ranks %L1 of %L2").arg(own + 1).arg(expected.ranked.size())),
                 qPrintable(dock.summaryText()));
        // Every Pareto point is plotted.
        std::size_t front = 0;
        for (const Candidate& c : expected.ranked) {
            front += c.pareto;
        }
        QVERIFY(front > 0);
        // The best 4,000 off the front are plotted, a thousand per event loop turn
        // (issue 11, point 7), the best first.
        qsizetype plotted = 0;
        for (std::size_t i = 0; i < std::min<std::size_t>(4000, expected.ranked.size()); ++i) {
            plotted += !expected.ranked[i].pareto;
        }
        QVERIFY(plotted > 1000);
        QVERIFY(dock.points()->count() > 0 && dock.points()->count() <= 1000);
        QTRY_COMPARE(dock.points()->count(), plotted);
        // The map: TP1 x EP16 holds the best configuration; its text is its throughput.
        const FeasibilityMap map = feasibilityMap(state.profile(), expected);
        QTableWidget* table = dock.feasibilityMap();
        QCOMPARE(table->rowCount(), static_cast<int>(map.rowValues.size()));
        QCOMPARE(table->columnCount(), static_cast<int>(map.columnValues.size()));
        // The current strategy's cell is marked as such before its text: core's phrase for
        // the cell, in the window's language and number format (tst_translations).
        for (const FeasibilityCell& cell : map.cells) {
            const bool current = map.rowValues[static_cast<std::size_t>(cell.row)] == state.profile().strategy.tp
                && map.columnValues[static_cast<std::size_t>(cell.column)] == state.profile().strategy.ep;
            // A feasible cell shows its best throughput short (tst_feasibilitymap), the
            // search's best marked; an infeasible one the core's reason.
            QString text = phraseText(cell.textPhrase);
            if (cell.feasible) {
                text = compactRate(expected.ranked[static_cast<std::size_t>(cell.best)].tokensPerS);
                if (cell.best == 0) {
                    text = QStringLiteral("★ best · ") + text;
                }
            }
            QCOMPARE(table->item(cell.row, cell.column)->text(), (current ? QStringLiteral("● you are here · ") : QString()) + text);
        }
    }

    // The table scrolls to the current strategy's row when the results land, after the
    // best-so-far rows that came before them.
    void finishedResults_scrollToTheCurrentRow()
    {
        ExplorerState state(test::builtin("seed"));
        SearchDock dock(state);
        dock.resize(1500, 520);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        QTest::qWait(50);
        const QModelIndex current = dock.table()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.row() > 1000);  // the seed's own strategy ranks 8,135
        QVERIFY(dock.table()->viewport()->rect().intersects(dock.table()->visualRect(current)));
        if (const QByteArray dir = qgetenv("MOE_SHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(100);  // every point plotted
            dock.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/search-finished.png"));
        }
    }

    // The model finds the row of any strategy applied from it, in training where one
    // strategy has a row per recomputation choice, and none for a strategy not ranked.
    void rowOf_findsEveryRankedStrategy()
    {
        Profile training = test::builtin("seed");
        training.workload.mode = Mode::Training;
        training.baseline.reset();
        SearchResultsModel model;
        model.setResult(search(training, Objective::Throughput));
        QVERIFY(model.rowCount() > 1000);
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::optional<int> found = model.rowOf(applyCandidate(training, model.candidate(row)));
            QVERIFY(found.has_value());
            // An equal configuration ranked earlier would be found first; there is none.
            QCOMPARE(*found, row);
        }
        Profile unranked = training;
        unranked.strategy.ep = 3;
        QVERIFY(!model.rowOf(unranked));
    }

    void pickRow_appliesTheConfiguration()
    {
        ExplorerState state(test::builtin("seed"));
        SearchDock dock(state);
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        const Candidate best = dock.model()->candidate(0);
        QSignalSpy evaluated(&state, &ExplorerState::evaluationChanged);
        const QModelIndex first = dock.table()->model()->index(0, 0);
        Q_EMIT dock.table()->activated(first);
        QVERIFY(evaluated.count() >= 1);
        QVERIFY(state.profile().strategy == best.strategy);
        QCOMPARE(state.evaluation().rates.tokensPerS, best.tokensPerS);
    }

    // Another pair of dimensions redraws the map; double-clicking a green cell applies
    // that cell's best configuration, a red one nothing.
    void mapDimensions_andApplyingACell()
    {
        ExplorerState state(test::builtin("seed"));
        SearchDock dock(state);
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        dock.setMapDimensions(MapDimension::Pp, MapDimension::Dp);
        const FeasibilityMap map = feasibilityMap(state.profile(), dock.model()->result(), MapDimension::Pp, MapDimension::Dp);
        QTableWidget* table = dock.feasibilityMap();
        QCOMPARE(table->rowCount(), static_cast<int>(map.rowValues.size()));
        QCOMPARE(table->columnCount(), static_cast<int>(map.columnValues.size()));
        QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("PP 2"));
        const auto red = std::find_if(map.cells.begin(), map.cells.end(), [](const FeasibilityCell& c) { return !c.feasible; });
        const auto green = std::find_if(map.cells.begin(), map.cells.end(), [](const FeasibilityCell& c) { return c.feasible; });
        QVERIFY(red != map.cells.end() && green != map.cells.end());
        const Strategy before = state.profile().strategy;
        Q_EMIT table->cellActivated(red->row, red->column);
        QVERIFY(state.profile().strategy == before);
        Q_EMIT table->cellActivated(green->row, green->column);
        const Candidate& best = dock.model()->candidate(static_cast<int>(green->best));
        QVERIFY(state.profile().strategy == best.strategy);
        QCOMPARE(state.profile().strategy.pp, map.rowValues[static_cast<std::size_t>(green->row)]);
        QCOMPARE(state.profile().strategy.dp, map.columnValues[static_cast<std::size_t>(green->column)]);
        // The same dimension twice is refused.
        dock.setMapDimensions(MapDimension::Ep, MapDimension::Ep);
        QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("PP 2"));
    }

    // A DeepSeek-V3-sized training search takes many seconds; Cancel ends it at once
    // and the event loop keeps running meanwhile.
    void cancel_stopsLongSearch()
    {
        ExplorerState state(test::profileFrom(test::deepSeekSizedTrainingJson()));
        SearchDock dock(state);
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.startSearch();
        QTest::qWait(300);  // the GUI thread is free while the search runs
        QVERIFY(dock.isRunning());
        QElapsedTimer timer;
        timer.start();
        dock.cancelSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(dock.model()->result().cancelled);
    }

    // Issue 11, point 6: a space over kMaxSearchConfigurations (decode of a million
    // sequences on 1,048,576 GPUs) is counted first and asked about; "no" starts nothing.
    void largeSearch_askedFirst()
    {
        nlohmann::json j = test::smallMoeJson();
        j["cluster"]["gpu_count"] = 1'048'576;
        j["workload"]["mode"] = "decode";
        j["workload"]["batch"] = 1'048'576;
        ExplorerState state(test::profileFrom(j));
        SearchDock dock(state);
        std::vector<std::int64_t> asked;
        dock.setLargeSearchQuestion([&](std::int64_t configurations, bool, std::int64_t) {
            asked.push_back(configurations);
            return false;
        });
        dock.startSearch();
        QCOMPARE(asked.size(), std::size_t(1));
        QVERIFY(asked.front() > kMaxSearchConfigurations);
        QVERIFY(!dock.isRunning());
        QVERIFY2(dock.summaryText().contains(QStringLiteral("Not searched")), qPrintable(dock.summaryText()));
        QCOMPARE(dock.model()->rowCount(), 0);
    }

    // Issue 11, point 7: results arrive in pieces while the search runs. The best so
    // far fill the table before the end (ranked, feasible as recorded), the summary
    // says so, and Cancel still ends the search.
    void bestSoFar_arriveBeforeTheEnd()
    {
        // First the seed's results, with their map.
        ExplorerState state(test::builtin("seed"));
        SearchDock dock(state);
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        QVERIFY(dock.feasibilityMap()->rowCount() > 0);

        state.setProfile(test::profileFrom(test::deepSeekSizedTrainingJson()), QStringLiteral("DeepSeek-sized"));
        dock.startSearch();
        QTRY_VERIFY_WITH_TIMEOUT(dock.model()->result().evaluated == 0 && dock.model()->rowCount() > 0, test::kBackgroundWorkMs);
        QVERIFY(dock.isRunning());
        QCOMPARE(finished.count(), 1);
        // The seed's map is gone: its cells named rows of the seed's results.
        QCOMPARE(dock.feasibilityMap()->rowCount(), 0);
        QVERIFY2(dock.summaryText().contains(QStringLiteral("so far")), qPrintable(dock.summaryText()));
        QVERIFY(dock.model()->rowCount() <= 200);
        for (int row = 1; row < dock.model()->rowCount(); ++row) {
            QVERIFY(ranksBefore(dock.model()->candidate(row - 1), dock.model()->candidate(row), Objective::Throughput));
        }
        const Candidate best = dock.model()->candidate(0);
        const Evaluation ev = evaluate(applyCandidate(state.profile(), best));
        QVERIFY(ev.ok);
        QCOMPARE(ev.rates.tokensPerS, best.tokensPerS);
        QVERIFY(dock.points()->count() > 0);
        if (const QByteArray dir = qgetenv("MOE_SHOT_DIR"); !dir.isEmpty()) {
            dock.resize(1500, 520);
            dock.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/search-best-so-far.png"));
        }
        dock.cancelSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, test::kBackgroundWorkMs);
        QVERIFY(dock.model()->result().cancelled);
    }
};

QTEST_MAIN(TestSearchDock)
#include "tst_searchdock.moc"
