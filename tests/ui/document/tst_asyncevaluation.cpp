// Issue 11, point 7: large profiles are evaluated off the GUI thread. Results still
// arrive and apply, the latest request wins (older results are dropped, not shown in
// turn), and until the new result lands evaluation() keeps the last one.

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "longwait.h"
#include "model/evaluation.h"
#include "document/explorerstate.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::ui;

namespace {

Strategy withEp(Strategy s, std::int64_t ep)
{
    s.ep = ep;
    return s;
}

} // namespace

class TestAsyncEvaluation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void latestRequestWins()
    {
        const Profile seed = test::builtin("seed");  // EP32 x DP32 on 128 GPUs
        ExplorerState state(seed);
        const double first = state.evaluation().time.total;
        state.setBackgroundAbove(0);  // every profile on the worker, as a large one would be
        QSignalSpy changed(&state, &ExplorerState::evaluationChanged);
        QSignalSpy evaluating(&state, &ExplorerState::evaluatingChanged);
        // Three quick edits, as a slider drag: EP 16, 8, 4 (each divides TP x DP = 32).
        for (const std::int64_t ep : {16, 8, 4}) {
            state.setStrategy(withEp(state.profile().strategy, ep));
        }
        QVERIFY(state.isEvaluating());
        QCOMPARE(state.profile().strategy.ep, std::int64_t(4));
        // The views still show the last result: the seed's own EP32.
        QCOMPARE(state.evaluation().strategy.ep, std::int64_t(32));
        QCOMPARE(state.evaluation().time.total, first);
        QCOMPARE(changed.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!state.isEvaluating(), test::kBackgroundWorkMs);
        QTest::qWait(50);  // any stale result still queued would land here
        // One result applied: the latest, equal to evaluating EP4 on this thread.
        QCOMPARE(changed.count(), 1);
        Profile expected = seed;
        expected.strategy.ep = 4;
        const Evaluation direct = evaluate(expected, Detail::PerGpu);
        QCOMPARE(state.evaluation().strategy.ep, std::int64_t(4));
        QCOMPARE(state.evaluation().time.total, direct.time.total);
        QCOMPARE(state.evaluation().gpus.size(), direct.gpus.size());
        QCOMPARE(evaluating.count(), 2);  // on once, off once
        // Undo goes through the same path and lands on EP8.
        state.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!state.isEvaluating(), test::kBackgroundWorkMs);
        QCOMPARE(state.evaluation().strategy.ep, std::int64_t(8));
    }

    // An edit that makes the profile invalid while a result is on its way: the stale
    // result must not replace the problem the views now show.
    void invalidEditDropsThePendingResult()
    {
        ExplorerState state(test::builtin("seed"));
        state.setBackgroundAbove(0);
        state.setStrategy(withEp(state.profile().strategy, 16));
        QVERIFY(state.isEvaluating());
        Profile broken = state.profile();
        broken.model.heads = 0;  // refused by the file reader's rules
        state.setProfile(broken);
        QVERIFY(!state.isEvaluating());
        QVERIFY(state.problem());
        QTest::qWait(200);
        QVERIFY(state.problem());
        QVERIFY(!state.evaluation().valid);
    }
};

QTEST_MAIN(TestAsyncEvaluation)
#include "tst_asyncevaluation.moc"
