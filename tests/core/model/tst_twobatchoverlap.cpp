// Two-batch overlap in serving, stage by stage (issue 14, points 1 and 2): each half's
// dispatch and combine hide only beside the stage the engine runs between their issue
// and their wait (SGLang's DeepSeek strategies, batch_overlap/operations_strategy.py;
// its executor runs the first half `delta` stages ahead, then alternates). The
// expected stalls are worked by hand in each test's comment, in arbitrary time units.

#include <QTest>

#include <cmath>

#include "model/evaluation.h"
#include "model/costmodel.h"
#include "model/twobatchoverlap.h"
#include "profile/profileio.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::detail;

namespace {

// output 1, prepare 2, core 10, router 1, shared 3, routed 4.
TwoBatchLayer layerWith(double dispatch, double combine)
{
    TwoBatchLayer l;
    l.output = 1;
    l.prepare = 2;
    l.core = 10;
    l.router = 1;
    l.shared = 3;
    l.routed = 4;
    l.dispatch = dispatch;
    l.combine = combine;
    return l;
}

// The straggler stage's exposed all-to-all per micro-batch, as the evaluation
// computes it: its MoE layers times the exposure of its average layer.
double exposedPerMicroBatch(const Profile& profile, TwoBatchPhase phase)
{
    const Context ctx(profile, profile.strategy);
    const StageShape stage = stageShape(ctx, 0);
    const AllToAllCost a2a = allToAll(ctx, stage, kBusiestRank, ctx.fewestPeers, nullptr);
    return static_cast<double>(stage.moeLayers)
        * twoBatchExposedPerLayer(kernelTwoBatchLayer(ctx, stage, kBusiestRank, a2a), phase);
}

} // namespace

class TestTwoBatchOverlap : public QObject {
    Q_OBJECT

private slots:
    // Decode, the other half two stages behind: the stream runs A3 B1 A4 B2 A5 B3 A1'
    // B4 A2' B5. A's dispatch, issued as A3 starts, travels beside A's shared experts
    // (3) and B1, B's output and prepare (1 + 2): a window of 6, so a dispatch of 8
    // stalls A4 by 2. A's combine, issued as A4 ends, travels beside B2, B's core and
    // router (10 + 1 = 11): a combine of 6 is hidden. B is the same a stage later.
    // Exposed: 2 per layer and half.
    void decodeDispatchLongerThanItsWindow()
    {
        QCOMPARE(twoBatchExposedPerLayer(layerWith(8, 6), TwoBatchPhase::Decode), 2.0);
    }

    // As above with a combine of 15 against its window of 11: 4 more, 6 in all. A
    // stalled wait does not shorten the other waits' windows: each window lies between
    // an issue and a wait of the same half, with no wait of the other half inside it.
    void decodeBothLongerThanTheirWindows()
    {
        QCOMPARE(twoBatchExposedPerLayer(layerWith(8, 15), TwoBatchPhase::Decode), 6.0);
    }

    // Communication within its windows (dispatch 6 of 6, combine 11 of 11): nothing
    // exposed, however little compute the rest of the layer has.
    void decodeWithinItsWindows()
    {
        QCOMPARE(twoBatchExposedPerLayer(layerWith(6, 11), TwoBatchPhase::Decode), 0.0);
    }

    // The point of the stage-by-stage rule: the whole layer's compute (2 x 21 for the
    // two halves) would cover a dispatch of 20 and a combine of 0 twice over, yet the
    // dispatch sees only its window of 6: 14 exposed.
    void decodeHidesOnlyBesideItsStage()
    {
        QCOMPARE(twoBatchExposedPerLayer(layerWith(20, 0), TwoBatchPhase::Decode), 14.0);
    }

    // Prefill, no delay between the halves, two stages a layer (SGLang yields after
    // the dispatch is issued and after the combine is issued, and not between layers):
    // X = [shared 3; combine waited; output, prepare, core, router 14; dispatch issued]
    // and Y = [dispatch waited; routed 4; combine issued], run A.X B.X A.Y B.Y. With
    // dispatch 8 and combine 6, from A.X ending at 17 (A's dispatch lands at 25): B.X
    // ends at 34 (lands at 42); A.Y starts at 34 with its dispatch landed, ends at 38
    // (A's combine lands at 44); B.Y waits from 38 to 42 (a stall of 4), ends at 46
    // (lands at 52); A.X' runs shared 46 to 49, waits for its combine to 44 (landed),
    // ends at 63. The period is 46 against 2 x 21 of compute: 4, so 2 per half; B's
    // dispatch had only A.Y's 4 beside it.
    void prefillSecondHalfDispatchWaits()
    {
        QCOMPARE(twoBatchExposedPerLayer(layerWith(8, 6), TwoBatchPhase::Prefill), 2.0);
    }

    // A combine of 15: A's combine, issued as A.Y ends, has B.Y and A's own shared
    // experts beside it; B's combine has A.X' (with its wait) and B's shared. Worked
    // from A.X ending at 17: B.X to 34; A.Y 34-38 (combine lands at 53); B.Y waits to
    // 42, ends at 46 (lands at 61); A.X' shared 46-49, waits to 53 (4), runs to 67,
    // dispatch lands at 75; B.X' shared 67-70, its combine landed at 61, runs to 84,
    // lands at 92; A.Y' 84-88 (lands at 103); B.Y' waits from 88 to 92 (4), ends at 96.
    // From B.Y ending at 46 to B.Y' at 96: 50 against 42, so 8: 4 per half. (With a
    // yield between layers, as SGLang does not have, it would be 6.5.)
    void prefillLongCombine()
    {
        QCOMPARE(twoBatchExposedPerLayer(layerWith(8, 15), TwoBatchPhase::Prefill), 4.0);
    }

    // No communication, nothing exposed, in either phase.
    void noCommunicationNothingExposed()
    {
        QCOMPARE(twoBatchExposedPerLayer(layerWith(0, 0), TwoBatchPhase::Decode), 0.0);
        QCOMPARE(twoBatchExposedPerLayer(layerWith(0, 0), TwoBatchPhase::Prefill), 0.0);
    }

    // A longer all-to-all never exposes less, and never more than itself.
    void exposedGrowsWithTheAllToAll()
    {
        for (const TwoBatchPhase phase : {TwoBatchPhase::Decode, TwoBatchPhase::Prefill}) {
            double previous = 0;
            for (double comm = 0; comm <= 60; comm += 1.5) {
                const double exposed = twoBatchExposedPerLayer(layerWith(comm, comm), phase);
                QVERIFY2(exposed >= previous - 1e-12, qPrintable(QString::number(comm)));
                QVERIFY(exposed <= 2 * comm + 1e-12);
                previous = exposed;
            }
        }
    }

    // DeepSeek's Day-6 decode (EP144, DeepEP's low-latency kernels): the step is its
    // compute plus the exposed all-to-all, with no charge for communication SMs, which
    // the low-latency kernels free once their RDMA messages are issued
    // (deepseek-ai/profile-data README, "Decoding"). So the credit is the whole
    // all-to-all less what the stages expose, for both halves.
    void decodeLowLatencyHoldsNoSms()
    {
        const Profile profile = test::builtin("deepseek-v3-day6-decode-h800");
        const Evaluation ev = evaluate(profile);
        QVERIFY(ev.valid);
        const double exposed = exposedPerMicroBatch(profile, TwoBatchPhase::Decode);
        QVERIFY(exposed > 0);
        const double a2a = ev.time.a2aDispatch + ev.time.a2aCombine;
        const double microBatches = 2;
        QVERIFY(std::fabs(ev.time.overlapped - (a2a - microBatches * exposed)) <= 1e-9 * a2a);
    }

    // A decode step of one sequence per DP replica has no second half (a sequence's one
    // token cannot be split): nothing is hidden, and the step is its compute plus its
    // whole all-to-all.
    void decodeOfOneSequenceHidesNothing()
    {
        Profile profile = test::builtin("deepseek-v3-day6-decode-h800");
        profile.workload.batch = profile.strategy.dp;  // one sequence per replica
        profile.workload.microBatches = 1;
        const Evaluation ev = evaluate(profile);
        QVERIFY(ev.valid);
        QCOMPARE(ev.time.overlapped, 0.0);
        const TimeBreakdown& t = ev.time;
        QVERIFY(std::fabs(t.total - (t.compute() + t.communication())) <= 1e-12 * t.total);
    }

    // One micro-batch still overlaps: the engine splits a decode batch by sequences,
    // and a prefill's prompt tokens in two (deepseek-ai/profile-data README,
    // "Prefilling").
    void oneMicroBatchStillOverlaps_data()
    {
        QTest::addColumn<QString>("builtin");
        QTest::newRow("decode") << "deepseek-v3-day6-decode-h800";
        QTest::newRow("prefill") << "deepseek-v3-day6-prefill-h800";
    }
    void oneMicroBatchStillOverlaps()
    {
        QFETCH(QString, builtin);
        Profile profile = test::builtin(qPrintable(builtin));
        profile.workload.microBatches = 1;
        const Evaluation ev = evaluate(profile);
        QVERIFY(ev.valid);
        QVERIFY(ev.time.overlapped > 0);
    }
};

QTEST_GUILESS_MAIN(TestTwoBatchOverlap)
#include "tst_twobatchoverlap.moc"
