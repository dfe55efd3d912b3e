// Planning serving against latency targets (issue 14): the Pareto front of output
// tokens per second per GPU against tokens per second per user, the best point that
// meets the targets, the closest one when none does, and disaggregated worker ratios.

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "model/evaluation.h"
#include "search/servingplan.h"
#include "servingprofile.h"
#include "testprofiles.h"

using namespace moe;

namespace {

Profile serving()
{
    return test::smallServingProfile();
}

// The plan compares figures to one part in a billion (servingplan.cpp, comparable()):
// closer than that they are equal.
bool above(double a, double b)
{
    return a > b * (1 + 1e-9);
}
bool same(double a, double b)
{
    return !above(a, b) && !above(b, a);
}

// Dominated: another point at least as good on both axes and better on one.
bool dominated(const ServingPlan& plan, std::size_t i)
{
    const ServingPoint& p = plan.points[i];
    for (std::size_t j = 0; j < plan.points.size(); ++j) {
        const ServingPoint& q = plan.points[j];
        const bool gpu = above(q.outputTokensPerSPerGpu, p.outputTokensPerSPerGpu);
        const bool user = above(q.tokensPerSPerUser, p.tokensPerSPerUser);
        if (j != i && (gpu || same(q.outputTokensPerSPerGpu, p.outputTokensPerSPerGpu))
            && (user || same(q.tokensPerSPerUser, p.tokensPerSPerUser)) && (gpu || user)) {
            return true;
        }
    }
    return false;
}

// A front point with the same figures as point `i`, on no more GPUs: the one that stands
// for both.
bool tiesAFrontPoint(const ServingPlan& plan, std::size_t i)
{
    const ServingPoint& p = plan.points[i];
    return std::any_of(plan.points.begin(), plan.points.end(), [&](const ServingPoint& q) {
        return &q != &p && q.onFront && same(q.outputTokensPerSPerGpu, p.outputTokensPerSPerGpu)
            && same(q.tokensPerSPerUser, p.tokensPerSPerUser) && q.gpus <= p.gpus;
    });
}

// A request with a TPOT target between the fastest and the slowest point's of a plan
// without targets, so that some points meet it and some do not. Targets are in
// milliseconds (workload.serving.tpot_ms); the plan compares seconds.
ServingSpec betweenTpots()
{
    const ServingPlan loose = planServing(serving(), {1024, 256, std::nullopt, std::nullopt, false});
    double fastest = 1e9, slowest = 0;
    for (const ServingPoint& p : loose.points) {
        fastest = std::min(fastest, p.tpotS);
        slowest = std::max(slowest, p.tpotS);
    }
    return {1024, 256, std::nullopt, std::sqrt(fastest * slowest) * 1e3, false};
}

} // namespace

class TestServingPlan : public QObject {
    Q_OBJECT

private slots:
    void frontIsExactlyTheUndominated_data()
    {
        QTest::addColumn<bool>("disaggregated");
        QTest::newRow("aggregated") << false;
        QTest::newRow("disaggregated") << true;
    }
    void frontIsExactlyTheUndominated()
    {
        QFETCH(bool, disaggregated);
        const ServingPlan plan = planServing(serving(), {1024, 256, std::nullopt, std::nullopt, disaggregated});
        QVERIFY(plan.points.size() > 3);
        std::size_t onFront = 0;
        for (std::size_t i = 0; i < plan.points.size(); ++i) {
            const ServingPoint& p = plan.points[i];
            QVERIFY(p.outputTokensPerSPerGpu > 0 && p.tokensPerSPerUser > 0 && p.ttftS > 0 && p.tpotS > 0);
            QVERIFY(std::fabs(p.tokensPerSPerUser * p.tpotS - 1) < 1e-12);
            if (p.onFront) {
                ++onFront;
                QVERIFY2(!dominated(plan, i), qPrintable(QString::number(i)));
                QVERIFY2(!tiesAFrontPoint(plan, i), qPrintable(QString::number(i)));  // ties show once
            } else {
                QVERIFY2(dominated(plan, i) || tiesAFrontPoint(plan, i), qPrintable(QString::number(i)));
            }
        }
        QVERIFY(onFront >= 2);  // more concurrency trades speed per user for throughput
        QVERIFY(plan.best.has_value());  // no targets: every point meets them
        QVERIFY(plan.message.empty());
    }

    // The best point meets the targets and no point that meets them does better.
    void bestMeetsTheTargets()
    {
        const ServingSpec request = betweenTpots();
        const double target = *maxTpotS(request);
        const ServingPlan plan = planServing(serving(), request);
        QVERIFY(plan.best.has_value());
        const ServingPoint& best = plan.points[*plan.best];
        QVERIFY(best.meetsTargets);
        QVERIFY(best.tpotS <= target);
        for (const ServingPoint& p : plan.points) {
            QCOMPARE(p.meetsTargets, p.tpotS <= target);
            if (p.meetsTargets) {
                QVERIFY(p.outputTokensPerSPerGpu <= best.outputTokensPerSPerGpu);
            }
        }
    }

    // A target nothing meets names itself and the closest point instead of an empty table.
    void nothingMeetsNamesTheClosest()
    {
        const ServingPlan plan = planServing(serving(), {1024, 256, 1e-6, std::nullopt, false});  // 1 ns
        QVERIFY(!plan.best.has_value());
        QVERIFY(plan.closest.has_value());
        QVERIFY2(plan.message.find("nothing meets TTFT") != std::string::npos, plan.message.c_str());
        double quickest = 1e9;
        for (const ServingPoint& p : plan.points) {
            quickest = std::min(quickest, p.ttftS);
        }
        QCOMPARE(plan.points[*plan.closest].ttftS, quickest);
    }

    // Disaggregated: the prefill and decode workers' request rates balance within one
    // prefill worker (x prefill workers and y decode workers, x rounded from y R_d / R_p).
    void workerRatioBalancesRates()
    {
        const ServingPlan plan = planServing(serving(), {1024, 256, std::nullopt, std::nullopt, true});
        QVERIFY(!plan.points.empty());
        for (const ServingPoint& p : plan.points) {
            QVERIFY(p.prefill.has_value());
            const double prefillRate = static_cast<double>(p.prefillWorkers) * p.prefill->requestsPerS;
            const double decodeRate = static_cast<double>(p.decodeWorkers) * p.decode.requestsPerS;
            const bool oneWorkerPrefill = p.prefillWorkers == 1 && prefillRate > decodeRate;
            QVERIFY2(oneWorkerPrefill || std::fabs(prefillRate - decodeRate) <= p.prefill->requestsPerS,
                     qPrintable(QString("%1 x %2 against %3 x %4")
                                    .arg(p.prefillWorkers)
                                    .arg(p.prefill->requestsPerS)
                                    .arg(p.decodeWorkers)
                                    .arg(p.decode.requestsPerS)));
            // The throughput is the slower side's request rate times the output length.
            const double expected = std::min(prefillRate, decodeRate) * 256 / static_cast<double>(p.gpus);
            QVERIFY(std::fabs(p.outputTokensPerSPerGpu - expected) <= 1e-9 * expected);
        }
    }

    // The window's "you are here": the profile's own strategy at its batch is the same
    // point the plan timed for that strategy and concurrency.
    void ownPointMatchesThePlan()
    {
        const ServingSpec request{1024, 256, std::nullopt, std::nullopt, false};
        const ServingPlan plan = planServing(serving(), request);
        const ServingPoint& some = plan.points.back();
        Profile own = serving();
        own.strategy = some.decode.strategy;
        own.workload.batch = some.decode.concurrency;
        const auto point = servingPointOf(own, request);
        QVERIFY(point.has_value());
        QCOMPARE(point->ttftS, some.ttftS);
        QCOMPARE(point->tpotS, some.tpotS);
        QCOMPARE(point->outputTokensPerSPerGpu, some.outputTokensPerSPerGpu);
    }

    // The plan times the profile's own deployment (a user weighing today's must find
    // it; aggregated, since disaggregated it leaves no GPU for a prefill worker), each
    // layout and concurrency once, and never more GPUs than the cluster has.
    void ownLayoutsAndSizes_data()
    {
        QTest::addColumn<bool>("disaggregated");
        QTest::newRow("aggregated") << false;
        QTest::newRow("disaggregated") << true;
    }
    void ownLayoutsAndSizes()
    {
        QFETCH(bool, disaggregated);
        Profile profile = serving();
        profile.strategy = Strategy{1, 1, 16, 16};  // the whole cluster, as a served unit would be
        const ServingPlan plan = planServing(profile, {1024, 256, std::nullopt, std::nullopt, disaggregated});
        QVERIFY(!plan.points.empty());
        bool ownTimed = false;
        std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>> seen;
        for (const ServingPoint& p : plan.points) {
            QVERIFY2(p.gpus <= profile.cluster.gpuCount, qPrintable(QString::number(p.gpus)));
            const Strategy& d = p.decode.strategy;
            ownTimed = ownTimed || (d.tp == 1 && d.dp == 16 && d.ep == 16 && d.pp == 1);
            if (!disaggregated) {
                QVERIFY2(seen.insert({d.tp, d.pp, d.dp, d.ep, d.etp, p.decode.concurrency}).second,
                         qPrintable(QStringLiteral("TP%1 DP%2 EP%3 x%4 twice").arg(d.tp).arg(d.dp).arg(d.ep).arg(p.decode.concurrency)));
            }
        }
        QCOMPARE(ownTimed, !disaggregated);
    }

    // Prefill and decode workers share the cluster: on one 8-GPU node the prefill worker
    // with the most requests per GPU can leave no room for a decode worker beside it, and
    // the plan must then pair a smaller one rather than come back empty (Mixtral 8x22B
    // on one H100 node: before, "no strategy ... holds the model"; aggregated planned).
    void disaggregatedPairsWithinTheCluster()
    {
        const Profile node = test::builtin("mixtral-8x22b-h100");
        const ServingPlan plan = planServing(node, {1024, 256, std::nullopt, std::nullopt, true});
        QVERIFY2(!plan.points.empty(), plan.message.c_str());
        for (const ServingPoint& p : plan.points) {
            QVERIFY(p.gpus <= node.cluster.gpuCount);
            QCOMPARE(p.gpus, p.prefillWorkers * p.prefill->strategy.gpusUsed() + p.decodeWorkers * p.decode.strategy.gpusUsed());
        }
    }

    // Worked by hand: 2 prefill workers of 8 GPUs at 10 requests/s feed 3 decode workers
    // of 16 GPUs at 5 requests/s: 15 requests/s (the decode side) x 100 tokens / 64 GPUs.
    void disaggregatedThroughputByHand()
    {
        ServingWorker prefill;
        prefill.strategy.dp = 8;
        prefill.requestsPerS = 10;
        ServingWorker decode;
        decode.strategy.dp = 16;
        decode.requestsPerS = 5;
        QCOMPARE(disaggregatedThroughputPerGpu(prefill, decode, 2, 3, 100), 15.0 * 100 / 64);
    }

    // Deployments that tie on both axes (replicas of one layout at one sequence each)
    // are one choice: the front shows the one on the fewest GPUs, and the best is it.
    void tiesStandOnce()
    {
        const ServingPlan plan = planServing(serving(), {1024, 256, std::nullopt, std::nullopt, false});
        std::size_t ties = 0;
        for (std::size_t i = 0; i < plan.points.size(); ++i) {
            ties += !plan.points[i].onFront && tiesAFrontPoint(plan, i) ? 1 : 0;
        }
        QVERIFY(ties > 0);  // else this profile tests nothing here
        QVERIFY(plan.best && plan.points[*plan.best].onFront);
    }

    // Served from a training profile, the steps are a serving engine's: the training
    // pipeline's micro-batches (16 here) would cut each decode step into 16.
    void trainingProfileServedAsDecode()
    {
        Profile training = serving();
        training.workload.mode = Mode::Training;
        training.workload.batch = 256;
        training.workload.microBatches = 16;
        // DualPipe pairs one micro-batch's forward with another's backward: a decode step
        // has neither the pair nor the backward, so nothing of it carries over.
        OverlapPolicy dualPipe;
        dualPipe.expert = ExpertOverlap::DualPipe;
        training.workload.overlap = dualPipe;
        training.workload.pipeline.schedule = PipelineSchedule::DualPipe;
        const Profile base = servingBase(training);
        QVERIFY(base.workload.mode == Mode::Decode);
        QCOMPARE(base.workload.microBatches, std::int64_t{1});
        QVERIFY(base.workload.overlap->expert == ExpertOverlap::None);
        QVERIFY(base.workload.pipeline.schedule == PipelineSchedule::OneFOneB);
        const ServingSpec request{1024, 256, std::nullopt, std::nullopt, false};
        Profile decode = training;  // the same profile written for decoding
        decode.workload.mode = Mode::Decode;
        decode.workload.microBatches = 1;
        decode.workload.overlap->expert = ExpertOverlap::None;
        decode.workload.pipeline = Pipeline{};
        const ServingPlan fromTraining = planServing(training, request);
        const ServingPlan fromDecode = planServing(decode, request);
        QVERIFY(fromTraining.best && fromDecode.best);
        QCOMPARE(fromTraining.points[*fromTraining.best].outputTokensPerSPerGpu,
                 fromDecode.points[*fromDecode.best].outputTokensPerSPerGpu);
    }

    // A point applied is the profile the plan timed: at one sequence per DP replica, one
    // micro-batch where the profile has two (two micro-batches need two sequences).
    void appliedPointIsTheTimedProfile()
    {
        Profile two = serving();
        two.workload.microBatches = 2;
        const ServingSpec request{1024, 256, std::nullopt, std::nullopt, false};
        const ServingPlan plan = planServing(two, request);
        std::size_t checked = 0;
        for (const ServingPoint& p : plan.points) {
            const Profile applied = appliedServingPoint(two, p, request);
            QVERIFY(applied.strategy == p.decode.strategy);
            QCOMPARE(applied.workload.batch, p.decode.concurrency);
            QCOMPARE(applied.workload.seqLen, std::int64_t{1024 + 256 / 2});
            const std::int64_t perReplica = p.decode.concurrency / p.decode.strategy.dp;
            QCOMPARE(applied.workload.microBatches, perReplica >= 2 ? std::int64_t{2} : std::int64_t{1});
            const Evaluation ev = evaluate(applied);
            QVERIFY2(ev.valid, ev.error.c_str());
            checked += perReplica == 1 ? 1 : 0;
        }
        QVERIFY(checked > 0);
    }

    // Chunks too small for the prompts: at one sequence per replica, each step ends
    // (C / DP) tau / O = 1 / 256 of a request, whose replacement needs I (1 - h) = 1,024
    // prompt tokens: 4 per step, against a chunk of 2.
    void chunksThatCannotKeepUpSaySo()
    {
        ServingSpec request{1024, 256, std::nullopt, std::nullopt, false};
        request.chunkTokens = 2;
        const ServingPlan plan = planServing(serving(), request);
        QVERIFY(plan.points.empty());
        QVERIFY2(plan.message.find("cannot keep up") != std::string::npos, plan.message.c_str());
        QVERIFY2(plan.message.find("needs 4 prompt tokens") != std::string::npos, plan.message.c_str());
        QVERIFY2(plan.message.find("chunk of 2") != std::string::npos, plan.message.c_str());
    }

    // Why the others lose: every point giving more per GPU than the best misses the
    // TPOT target, counted here from the points themselves.
    void othersLoseOnTheTargets()
    {
        const ServingSpec request = betweenTpots();
        const ServingPlan plan = planServing(serving(), request);
        QVERIFY(plan.best);
        const ServingPoint& best = plan.points[*plan.best];
        std::size_t more = 0;
        for (std::size_t i = 0; i < plan.points.size(); ++i) {
            const ServingPoint& p = plan.points[i];
            // A tie of a front point is that point again: counted once.
            if (above(p.outputTokensPerSPerGpu, best.outputTokensPerSPerGpu) && (p.onFront || !tiesAFrontPoint(plan, i))) {
                ++more;
                QVERIFY(!p.meetsTargets);
                QVERIFY(missedTargets(p, request).english().starts_with("TPOT <= "));
            }
        }
        QVERIFY(more > 0);
        const std::string why = whyOthersLose(plan, request).english();
        QVERIFY2(why.starts_with("The " + std::to_string(more) + " deployments giving more per GPU each miss TPOT <= "),
                 why.c_str());
        QVERIFY(missedTargets(best, request).english().empty());
    }
};

QTEST_GUILESS_MAIN(TestServingPlan)
#include "tst_servingplan.moc"
