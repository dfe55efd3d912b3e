// Aggregated serving with continuous batching and chunked prefill (issue 14, point 2;
// docs/serving.md, "Aggregated serving"). The formulas are worked by hand in the
// comments; the plan's points are checked against steps timed here.

#include <QTest>

#include <cmath>

#include "model/evaluation.h"
#include "search/continuousbatching.h"
#include "search/servingplan.h"
#include "servingprofile.h"

using namespace moe;

namespace {

bool near(double value, double expected, double tolerance = 1e-12)
{
    return std::fabs(value - expected) <= tolerance * std::fabs(expected);
}

} // namespace

class TestContinuousBatching : public QObject {
    Q_OBJECT

private slots:
    // 64 sequences per replica, I = 1,000, O = 500, chunks of 256, T_d = 20 ms, T_c = 30 ms:
    // q = 64 x 1 x 1,000 / 500 = 128 prompt tokens a step; f = 128 / 256 = 0.5 of the steps
    // carry a chunk; T = 20 + 0.5 x 30 = 35 ms = TPOT; TTFT = ceil(1,000 / 256) = 4 steps of
    // 20 + 30 ms = 200 ms; 64 / 0.035 = 1,828.57 output tokens/s per replica.
    void chunkedPrefill()
    {
        ContinuousBatchingInput in;
        in.concurrencyPerReplica = 64;
        in.inputTokens = 1000;
        in.outputTokens = 500;
        in.chunkTokens = 256;
        in.decodeStepS = 0.020;
        in.chunkStepS = 0.030;
        const auto r = continuousBatching(in);
        QVERIFY(r.has_value());
        QVERIFY(near(r->promptTokensPerStep, 128));
        QVERIFY(near(r->chunkedStepShare, 0.5));
        QVERIFY(near(r->meanStepS, 0.035));
        QVERIFY(near(r->tpotS, 0.035));
        QVERIFY(near(r->ttftS, 0.200));
        QVERIFY(near(r->outputTokensPerS, 64 / 0.035));
    }

    // Speculation and cache hits, whole prompts: 10 sequences, I = 4,000 with h = 0.5
    // (2,000 computed), O = 1,000, tau = 1.875, c = the computed prompt (2,000),
    // T_d = 50 ms, T_c = 400 ms: q = 10 x 1.875 x 2,000 / 1,000 = 37.5; f = 0.01875;
    // T = 50 + 7.5 = 57.5 ms; TPOT = 57.5 / 1.875 = 30.667 ms; TTFT one step of 450 ms;
    // 10 x 1.875 / 0.0575 = 326.09 output tokens/s.
    void speculationAndCacheHits()
    {
        ContinuousBatchingInput in;
        in.concurrencyPerReplica = 10;
        in.inputTokens = 4000;
        in.outputTokens = 1000;
        in.cacheHit = 0.5;
        in.tokensPerStep = 1.875;
        in.chunkTokens = 2000;
        in.decodeStepS = 0.050;
        in.chunkStepS = 0.400;
        const auto r = continuousBatching(in);
        QVERIFY(r.has_value());
        QVERIFY(near(r->promptTokensPerStep, 37.5));
        QVERIFY(near(r->meanStepS, 0.0575));
        QVERIFY(near(r->tpotS, 0.0575 / 1.875));
        QVERIFY(near(r->ttftS, 0.450));
        QVERIFY(near(r->outputTokensPerS, 10 * 1.875 / 0.0575));
    }

    // The chunks keep up only while q <= c: 128 sequences need 256 prompt tokens a step
    // (exactly the chunk: every step carries one), 129 need 258.
    void chunksMustKeepUp()
    {
        ContinuousBatchingInput in;
        in.concurrencyPerReplica = 128;
        in.inputTokens = 1000;
        in.outputTokens = 500;
        in.chunkTokens = 256;
        in.decodeStepS = 0.020;
        in.chunkStepS = 0.030;
        const auto full = continuousBatching(in);
        QVERIFY(full.has_value());
        QVERIFY(near(full->meanStepS, 0.050));
        in.concurrencyPerReplica = 129;
        QVERIFY(!continuousBatching(in).has_value());
    }

    // Smaller chunks: more steps to the first token, each carrying less prefill. 1,000
    // tokens in chunks of 100 take ceil(1,000 / 100) = 10 steps of 20 + 5 ms: TTFT 250 ms;
    // 8 sequences need q = 8 x 1,000 / 500 = 16 tokens a step, f = 0.16, T = 20.8 ms.
    void smallerChunksTradeTtft()
    {
        ContinuousBatchingInput in;
        in.concurrencyPerReplica = 8;
        in.inputTokens = 1000;
        in.outputTokens = 500;
        in.chunkTokens = 100;
        in.decodeStepS = 0.020;
        in.chunkStepS = 0.005;
        const auto r = continuousBatching(in);
        QVERIFY(r.has_value());
        QVERIFY(near(r->ttftS, 10 * 0.025));
        QVERIFY(near(r->promptTokensPerStep, 16));
        QVERIFY(near(r->meanStepS, 0.020 + 0.16 * 0.005));
    }

    // The plan's aggregated points follow the formulas, with the decode step and the
    // chunk step timed here: a decode of C sequences at the mean context I + O / 2, and a
    // prefill of one I-token prompt per DP replica computing the last c tokens.
    void planPointsFollowTheFormulas()
    {
        const Profile base = test::smallServingProfile();
        const ServingSpec request{1024, 256, std::nullopt, std::nullopt, false, 128};
        const ServingPlan plan = planServing(base, request);
        QVERIFY(!plan.points.empty());
        for (const ServingPoint& p : plan.points) {
            const Strategy& s = p.decode.strategy;
            const double perReplica = static_cast<double>(p.decode.concurrency) / static_cast<double>(s.dp);
            Profile decode = base;
            decode.strategy = s;
            decode.workload.mode = Mode::Decode;
            decode.workload.batch = p.decode.concurrency;
            decode.workload.seqLen = 1024 + 128;
            decode.workload.microBatches = std::min(base.workload.microBatches,
                                                    std::max<std::int64_t>(1, p.decode.concurrency / s.dp));
            const double td = evaluate(decode, s).time.total;
            Profile chunk = base;
            chunk.strategy = s;
            chunk.workload.mode = Mode::Prefill;
            chunk.workload.batch = s.dp;
            chunk.workload.seqLen = 1024;
            chunk.workload.microBatches = 1;
            chunk.workload.prefixCacheHit = 1 - 128.0 / 1024;
            const double tc = evaluate(chunk, s).time.total;
            // q = C / DP x 1,024 / 256 (no speculation) must fit in the 128-token chunk.
            const double q = perReplica * 1024 / 256;
            QVERIFY(q <= 128);
            const double step = td + q / 128 * tc;
            QVERIFY2(near(p.tpotS, step, 1e-9), qPrintable(QString("%1 vs %2").arg(p.tpotS).arg(step)));
            QVERIFY(near(p.ttftS, 8 * (td + tc), 1e-9));  // ceil(1,024 / 128) = 8 chunks
            const double perGpu = perReplica * static_cast<double>(s.dp) / step / static_cast<double>(s.gpusUsed());
            QVERIFY(near(p.outputTokensPerSPerGpu, perGpu, 1e-9));
        }
    }
};

QTEST_APPLESS_MAIN(TestContinuousBatching)
#include "tst_continuousbatching.moc"
