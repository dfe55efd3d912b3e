// The Search dock's results belong to the inputs they were searched for: opening
// another profile or editing the cluster makes them stale (greyed, "Results for ...;
// search again") and nothing of them can be applied; while they are current, the rank
// line, the table's selection and the "you are here" marks on the scatter and the map
// follow the current strategy. Driven by double-clicks on the real table.

#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "document/documentcontroller.h"
#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "longwait.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"
#include "search/search.h"
#include "search/searchdock.h"
#include "search/searchresultsmodel.h"
#include "search/searchscatter.h"
#include "search/strategyspace.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::ui;

namespace {

// The window on the seed with the Search dock open and searched.
struct SearchedWindow {
    SearchedWindow()
        : window(test::builtin("seed"))
    {
        window.resize(1600, 1000);
        window.show();
        dock()->show();
    }
    SearchDock* dock() { return window.searchDock(); }
    bool search()
    {
        QSignalSpy finished(dock(), &SearchDock::searchFinished);
        dock()->startSearch();
        return finished.wait(test::kBackgroundWorkMs) && QTest::qWaitForWindowExposed(&window);
    }
    // Double-clicks the table's row `row` as it is shown (sorted by rank).
    void doubleClickRow(int row)
    {
        QTableView* table = dock()->table();
        const QModelIndex index = table->model()->index(row, 0);
        table->scrollTo(index);
        // A user's double-click: QTest's sends only the second press, which a view
        // ignores unless the first one pressed the same row.
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    }

    MainWindow window;
};

// The rank of the profile's own strategy among the results, 1-based, or 0; found here
// rather than through the dock.
std::size_t rankOf(const SearchResult& result, const Profile& profile)
{
    for (std::size_t i = 0; i < result.ranked.size(); ++i) {
        const Candidate& c = result.ranked[i];
        if (c.strategy == profile.strategy && c.microBatches == profile.workload.microBatches) {
            return i + 1;
        }
    }
    return 0;
}

} // namespace

class TestSearchFollows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    // The case: the seed's results stay in the dock after DeepSeek-V3 opens;
    // double-clicking row 1 must not carry a seed strategy into DeepSeek.
    void otherProfileOpened_resultsStaleAndNotApplied()
    {
        SearchedWindow w;
        QVERIFY(w.search());
        QVERIFY(w.window.document()->openBuiltin(QStringLiteral("deepseek-v3-training-h800")));
        const Profile deepSeek = w.window.state().profile();
        QVERIFY2(w.dock()->summaryText().startsWith(QStringLiteral("Results for Seed"))
                     && w.dock()->summaryText().endsWith(QStringLiteral("search again")),
                 qPrintable(w.dock()->summaryText()));
        QVERIFY(w.dock()->isStale());
        // Greyed: the rows carry the disabled text colour.
        QVERIFY(w.dock()->table()->model()->index(0, 0).data(Qt::ForegroundRole).isValid());
        w.doubleClickRow(0);
        QVERIFY(w.window.state().profile().strategy == deepSeek.strategy);
        QCOMPARE(w.window.state().undoStack()->count(), 0);
        // Nor from the map or the scatter: no cell or ring is marked as current.
        QVERIFY(!w.dock()->currentMapCell());
        QCOMPARE(w.dock()->scatter()->currentMarker()->count(), 0);
        Q_EMIT w.dock()->scatter()->points()->clicked(w.dock()->scatter()->points()->at(0));
        QVERIFY(w.window.state().profile().strategy == deepSeek.strategy);
    }

    // Within one profile: a cluster edit makes the results stale and names what changed;
    // undoing it makes them current again, and then a double-click applies.
    void clusterEdited_staleUntilUndone()
    {
        SearchedWindow w;
        QVERIFY(w.search());
        // Pinning a baseline only compares: the results stay current.
        w.window.pinBaseline();
        QVERIFY(!w.dock()->isStale());
        const Profile seed = w.window.state().profile();
        Profile edited = seed;
        edited.cluster.gpu.memoryGiB = 40;
        w.window.state().setProfile(edited, QStringLiteral("Set GPU memory"));
        QVERIFY(w.dock()->isStale());
        QVERIFY2(w.dock()->summaryText().contains(QStringLiteral("before these changed: cluster")), qPrintable(w.dock()->summaryText()));
        w.doubleClickRow(0);
        QCOMPARE(w.window.state().profile().cluster.gpu.memoryGiB, 40.0);
        QVERIFY(w.window.state().profile().strategy == seed.strategy);
        // A change of strategy alone is no other input: back to the searched cluster, the
        // results are current again.
        w.window.state().undoStack()->undo();
        QVERIFY(!w.dock()->isStale());
        QVERIFY(w.dock()->table()->model()->index(0, 0).data(Qt::ForegroundRole).isNull());
        w.doubleClickRow(0);
        QVERIFY(w.window.state().profile().strategy == w.dock()->model()->candidate(0).strategy);
    }

    // After applying a result, the rank line, the table's selection, the scatter's ring
    // and the map's mark are the applied strategy's; the undo step names the strategy.
    void applyRow_everythingFollows()
    {
        SearchedWindow w;
        QVERIFY(w.search());
        const SearchResult& result = w.dock()->model()->result();
        const int row = 5;
        const Candidate picked = w.dock()->model()->candidate(row);
        w.doubleClickRow(row);
        QVERIFY(w.window.state().profile().strategy == picked.strategy);
        QCOMPARE(rankOf(result, w.window.state().profile()), std::size_t(row + 1));
        QVERIFY2(w.dock()->summaryText().contains(QStringLiteral("the current strategy ranks %L1 of %L2").arg(row + 1).arg(result.ranked.size())),
                 qPrintable(w.dock()->summaryText()));
        const QModelIndexList selected = w.dock()->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().row(), row);
        QScatterSeries* ring = w.dock()->scatter()->currentMarker();
        QCOMPARE(ring->count(), 1);
        QCOMPARE(ring->at(0), QPointF(picked.stepS * 1e3, picked.tokensPerSPerGpu));
        checkMapMark(w);
        // The undo step says what was applied, not which row it came from.
        QString expected = QStringLiteral("Apply TP%1 PP%2 DP%3 EP%4").arg(picked.strategy.tp).arg(picked.strategy.pp).arg(picked.strategy.dp).arg(picked.strategy.ep);
        if (picked.strategy.etp > 1) {
            expected += QStringLiteral(" ETP%1").arg(picked.strategy.etp);
        }
        if (picked.microBatches > 1) {
            expected += QStringLiteral(", %1 micro-batches").arg(picked.microBatches);
        }
        QCOMPARE(w.window.state().undoStack()->text(w.window.state().undoStack()->count() - 1), expected);
    }

    // A slider step moves every mark at once, to the new strategy's rank or to "not
    // feasible" with no ring and no selection.
    void sliderStep_marksFollow()
    {
        SearchedWindow w;
        QVERIFY(w.search());
        const SearchResult& result = w.dock()->model()->result();
        ParameterSlider* ep = w.window.parametersDock()->slider(ParametersDock::Parameter::Ep);
        QTest::keyClick(ep->slider(), Qt::Key_Left);
        const Profile& profile = w.window.state().profile();
        const std::size_t rank = rankOf(result, profile);
        const QModelIndexList selected = w.dock()->table()->selectionModel()->selectedRows();
        if (rank == 0) {
            QVERIFY(w.dock()->summaryText().contains(QStringLiteral("the current strategy is not feasible")));
            QVERIFY(selected.isEmpty());
            QCOMPARE(w.dock()->scatter()->currentMarker()->count(), 0);
        } else {
            QVERIFY2(w.dock()->summaryText().contains(QStringLiteral("ranks %L1 of").arg(rank)), qPrintable(w.dock()->summaryText()));
            QCOMPARE(selected.size(), 1);
            QCOMPARE(selected.front().row(), static_cast<int>(rank - 1));
            const Candidate& c = result.ranked[rank - 1];
            QCOMPARE(w.dock()->scatter()->currentMarker()->at(0), QPointF(c.stepS * 1e3, c.tokensPerSPerGpu));
        }
        checkMapMark(w);
    }

private:
    // The map (TP rows, EP columns) marks the cell of the current TP and EP.
    static void checkMapMark(SearchedWindow& w)
    {
        const Strategy& s = w.window.state().profile().strategy;
        QTableWidget* map = w.dock()->feasibilityMap();
        int marked = 0;
        for (int r = 0; r < map->rowCount(); ++r) {
            for (int c = 0; c < map->columnCount(); ++c) {
                const bool here = map->item(r, c)->text().contains(QStringLiteral("you are here"));
                marked += here;
                if (here) {
                    QCOMPARE(map->verticalHeaderItem(r)->text(), QStringLiteral("TP %1").arg(s.tp));
                    QCOMPARE(map->horizontalHeaderItem(c)->text(), QStringLiteral("EP %1").arg(s.ep));
                }
            }
        }
        QCOMPARE(marked, 1);
    }

    test::IsolatedSettings m_settings;  // before any window reads or writes settings
};

QTEST_MAIN(TestSearchFollows)
#include "tst_searchfollows.moc"
