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
// Set MOE_SHOT_DIR to a directory to also write grid-moved-expert.png there.

#include <QComboBox>
#include <QTest>
#include <QUndoStack>

#include <cmath>

#include "document/explorerstate.h"
#include "grid/gpugridwidget.h"
#include "grid/gridpanel.h"
#include "testprofiles.h"

using namespace moe;
using moe::ui::ExplorerState;
using moe::ui::GpuGridWidget;
using moe::ui::GridMetric;
using moe::ui::GridPanel;

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
};

QTEST_MAIN(TestGridMoveExpert)
#include "tst_gridmoveexpert.moc"
