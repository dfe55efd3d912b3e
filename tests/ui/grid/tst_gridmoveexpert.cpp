// Moving an expert by hand (issue 15, point 6): dragging a slot onto another GPU of
// its EP group makes the placement manual with that slot moved, as one undo step, and
// the straggler follows. The profile is the seed (64 experts, top-2, EP 32, two
// slots per GPU, contiguous) with measured routing making expert 0 nine times as
// popular as each other expert (weights 9, 1, ..., 1; total 72), capacity factor 100
// so nothing is dropped.
//
// Before: EP rank 0 holds experts 0 and 1, (9 + 1)/72 of the assignments, against a
// mean rank share of 1/32: imbalance 32 x 10/72 = 40/9, the straggler GPU 0.
// Drag expert 0 onto GPU 1 (rank 1: experts 2, 3): rank 1 holds 2, 3 and 0,
// (1 + 1 + 9)/72, rank 0 only 1/72: imbalance 32 x 11/72 = 44/9, the straggler GPU 1.
//
// While the slot is dragged over GPU 1 (before the drop) the window already shows that
// placement: the straggler figure 44/9 and GPU 1, the latency chart's bars, and the
// traffic matrix, where GPU 2 sends GPU 1 in proportion to rank 1's share (dispatch)
// plus rank 2's (combine): (2 + 2)/72 before, (11 + 2)/72 while over GPU 1, 13/4 times
// as much (core/model/trafficmatrix.h). Escape puts everything back with no undo step.
//
// Set MOE_SHOT_DIR to a directory to also write grid-moved-expert.png and
// window-dragging-expert.png there.

#include <QComboBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>

#include "charts/latencychart.h"
#include "document/explorerstate.h"
#include "grid/gpugridwidget.h"
#include "grid/gridpanel.h"
#include "heatmaps/heatmapsdock.h"
#include "heatmaps/heatmapwidget.h"
#include "isolatedsettings.h"
#include "shots.h"
#include "testprofiles.h"
#include "window/mainwindow.h"

using namespace moe;
using moe::ui::ExplorerState;
using moe::ui::GpuGridWidget;
using moe::ui::GridMetric;
using moe::ui::GridPanel;
using moe::ui::HeatMapKind;
using moe::ui::MainWindow;

namespace {

Profile hotExpertProfile()
{
    Profile p = test::builtin("seed");
    p.workload.routing.kind = RoutingKind::Measured;
    std::vector<double> weights(64, 1.0);
    weights[0] = 9.0;
    p.workload.routing.loads = {weights};
    p.workload.capacityFactor = 100;
    return p;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9 * std::abs(b);
}

} // namespace

class TestGridMoveExpert : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dragExpert_makesManualPlacement_oneUndoStep()
    {
        ExplorerState state(hotExpertProfile());
        GridPanel panel(state);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        GpuGridWidget* grid = panel.grid();
        panel.metricBox()->setCurrentIndex(panel.metricBox()->findData(static_cast<int>(GridMetric::ExpertLoad)));
        panel.layerBox()->setCurrentIndex(panel.layerBox()->findData(0));
        QVERIFY(grid->expertsShown());
        QVERIFY(near(state.evaluation().load.imbalance, 40.0 / 9));
        QCOMPARE(grid->stragglerGpu(), qint64(0));

        const QPoint from = grid->slotGrid(0).rect(0).center();  // expert 0 on GPU 0
        const QPoint to = grid->geometry().cellRect(1).center();
        QCOMPARE(grid->slotAt(from).expert, std::int64_t(0));
        QTest::mousePress(grid, Qt::LeftButton, {}, from);
        QTest::mouseMove(grid, (from + to) / 2);
        QTest::mouseMove(grid, to);
        QTest::mouseRelease(grid, Qt::LeftButton, {}, to);

        const Strategy& s = state.profile().strategy;
        QCOMPARE(s.placement, PlacementPolicy::Manual);
        QCOMPARE(s.expertSlots.size(), std::size_t(32));
        QCOMPARE(s.expertSlots[0], (std::vector<std::int64_t>{1}));
        QCOMPARE(s.expertSlots[1], (std::vector<std::int64_t>{2, 3, 0}));
        QCOMPARE(s.expertSlots[2], (std::vector<std::int64_t>{4, 5}));
        QCOMPARE(state.undoStack()->count(), 1);
        QVERIFY(near(state.evaluation().load.imbalance, 44.0 / 9));
        QCOMPARE(grid->stragglerGpu(), qint64(1));
        QCOMPARE(grid->slotAt(grid->slotGrid(1).rect(2).center()).expert, std::int64_t(0));
        const QString dir = qEnvironmentVariable("MOE_SHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(panel.grab().save(dir + QStringLiteral("/grid-moved-expert.png")));
        }

        state.undoStack()->undo();
        QCOMPARE(state.profile().strategy.placement, PlacementPolicy::Contiguous);
        QVERIFY(near(state.evaluation().load.imbalance, 40.0 / 9));
        QCOMPARE(grid->stragglerGpu(), qint64(0));
    }

    void whileDragging_windowShowsTheWouldBePlacement_escapeCancels()
    {
        MainWindow window(hotExpertProfile());
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExplorerState& state = window.state();
        GridPanel& panel = *window.gridPanel();
        GpuGridWidget* grid = panel.grid();
        // Closed at first; the grid's Heat Maps button opens it.
        QVERIFY(window.heatMapsDock()->isHidden());
        QToolButton* heatMaps = nullptr;
        for (QToolButton* button : panel.findChildren<QToolButton*>()) {
            if (button->text() == QStringLiteral("Heat Maps")) {
                heatMaps = button;
            }
        }
        QVERIFY(heatMaps);
        heatMaps->click();
        QVERIFY(window.heatMapsDock()->isVisible());
        window.heatMapsDock()->setKind(HeatMapKind::Traffic);
        panel.metricBox()->setCurrentIndex(panel.metricBox()->findData(static_cast<int>(GridMetric::ExpertLoad)));
        panel.layerBox()->setCurrentIndex(panel.layerBox()->findData(0));
        QVERIFY(grid->expertsShown());
        const auto traffic = [&] { return window.heatMapsDock()->mapWidget()->map().at(2, 1); };
        const double trafficBefore = traffic();
        const QList<qreal> barsBefore = window.latencyChart()->values();
        QVERIFY(trafficBefore > 0);

        Profile moved = hotExpertProfile();
        moved.strategy.placement = PlacementPolicy::Manual;
        moved.strategy.expertSlots.clear();
        for (std::int64_t r = 0; r < 32; ++r) {
            moved.strategy.expertSlots.push_back({2 * r, 2 * r + 1});
        }
        moved.strategy.expertSlots[0] = {1};
        moved.strategy.expertSlots[1] = {2, 3, 0};
        moe::ui::LatencyChart expected;
        expected.setEvaluation(moved, evaluate(moved, Detail::PerGpu));

        const QPoint from = grid->slotGrid(0).rect(0).center();  // expert 0 on GPU 0
        const QPoint over1 = grid->geometry().cellRect(1).center();
        const QPoint over2 = grid->geometry().cellRect(2).center();
        QTest::mousePress(grid, Qt::LeftButton, {}, from);
        QTest::mouseMove(grid, (from + over1) / 2);
        QTest::mouseMove(grid, over1);
        // Not dropped yet: the would-be placement everywhere.
        QCOMPARE(state.profile().strategy.expertSlots[1], (std::vector<std::int64_t>{2, 3, 0}));
        QVERIFY(near(state.evaluation().load.imbalance, 44.0 / 9));
        QCOMPARE(grid->stragglerGpu(), qint64(1));
        QCOMPARE(window.latencyChart()->values(), expected.values());
        QVERIFY(window.latencyChart()->values() != barsBefore);
        QVERIFY(near(traffic(), trafficBefore * 13.0 / 4.0));
        test::saveShot(window, QStringLiteral("window-dragging-expert.png"));
        // Over GPU 2 (rank 2 gets expert 0): GPU 1 is back to its own share.
        QTest::mouseMove(grid, over2);
        QCOMPARE(state.profile().strategy.expertSlots[2], (std::vector<std::int64_t>{4, 5, 0}));
        QVERIFY(near(traffic(), trafficBefore * (2.0 + 11.0) / 4.0));  // now rank 2 combines 11/72 back
        QTest::keyClick(grid, Qt::Key_Escape);
        QCOMPARE(state.profile().strategy, hotExpertProfile().strategy);
        QCOMPARE(state.undoStack()->count(), 0);
        QVERIFY(!state.isModified());
        QVERIFY(near(state.evaluation().load.imbalance, 40.0 / 9));
        QCOMPARE(grid->stragglerGpu(), qint64(0));
        QCOMPARE(window.latencyChart()->values(), barsBefore);
        QVERIFY(near(traffic(), trafficBefore));
        QTest::mouseRelease(grid, Qt::LeftButton, {}, over2);  // after Escape: nothing more
        QCOMPARE(state.undoStack()->count(), 0);

        // Over GPU 1, then GPU 2, dropped on GPU 1: one undo step, whose undo restores all.
        QTest::mousePress(grid, Qt::LeftButton, {}, from);
        QTest::mouseMove(grid, (from + over1) / 2);
        QTest::mouseMove(grid, over2);
        QTest::mouseMove(grid, over1);
        QTest::mouseRelease(grid, Qt::LeftButton, {}, over1);
        QCOMPARE(state.undoStack()->count(), 1);
        QCOMPARE(state.profile().strategy, moved.strategy);
        QCOMPARE(grid->stragglerGpu(), qint64(1));
        state.undoStack()->undo();
        QCOMPARE(state.profile().strategy, hotExpertProfile().strategy);
        QVERIFY(near(traffic(), trafficBefore));
        QCOMPARE(grid->stragglerGpu(), qint64(0));
    }

    void dropOutsideTheGroupOrOnItself_changesNothing()
    {
        ExplorerState state(hotExpertProfile());
        GridPanel panel(state);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        GpuGridWidget* grid = panel.grid();
        panel.metricBox()->setCurrentIndex(panel.metricBox()->findData(static_cast<int>(GridMetric::ExpertLoad)));
        panel.layerBox()->setCurrentIndex(panel.layerBox()->findData(0));
        const QPoint from = grid->slotGrid(0).rect(0).center();
        // GPU 40 is idle (the seed uses 32 of 128), GPU 0 is where it came from.
        for (const qint64 target : {qint64(40), qint64(0)}) {
            const QPoint to = grid->geometry().cellRect(target).center() + QPoint(0, 1);
            QTest::mousePress(grid, Qt::LeftButton, {}, from);
            QTest::mouseMove(grid, to + QPoint(20, 20));
            QTest::mouseMove(grid, to);
            QTest::mouseRelease(grid, Qt::LeftButton, {}, to);
            QCOMPARE(state.undoStack()->count(), 0);
            QCOMPARE(state.profile().strategy.placement, PlacementPolicy::Contiguous);
        }
    }

private:
    test::IsolatedSettings m_settings;  // before any window reads or writes settings
};

QTEST_MAIN(TestGridMoveExpert)
#include "tst_gridmoveexpert.moc"
