// The strategy search is exhaustive and ranks correctly: on small clusters its
// feasible set and its best equal those of an independent brute-force enumeration
// written here from the rules alone; Pareto flags are exact; cancelling stops it fast.

#include <QTest>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <cmath>
#include <thread>

#include "profile/builtins.h"
#include "model/evaluation.h"
#include "profile/profileio.h"
#include "search/search.h"
#include "cli/searchrunner.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

json smallProfile(int gpus, const char* mode)
{
    json j = test::smallMoeJson();
    j["cluster"]["gpu_count"] = gpus;
    j["cluster"]["gpu"]["memory_gib"] = 0.1;  // tight enough that memory rejects some
    j["model"]["layers"] = 4;
    j["model"]["experts"] = 8;
    j["model"]["expert_hidden"] = 1024;
    j["workload"] = json{{"mode", mode}, {"batch", 16}, {"seq_len", 256}};
    j["strategy"] = json{{"tp", 1}, {"pp", 1}, {"dp", 8}, {"ep", 8}};
    return j;
}

double score(const Evaluation& ev, Objective objective, double limit)
{
    switch (objective) {
    case Objective::Throughput:
        return ev.rates.tokensPerS;
    case Objective::Latency:
        return -ev.time.total;
    case Objective::ThroughputPerGpu:
        return ev.rates.tokensPerSPerGpu;
    case Objective::Headroom:
        return limit - ev.memory.total();
    }
    return 0;
}

struct BruteForce {
    std::int64_t feasible = 0;
    double best = -1e300;
};

// Every strategy with at most `gpus` GPUs, written as plain nested loops over the
// definition of the space in docs/model.md ("Strategy search"): any TP, PP, DP, EP,
// ETP the rules accept, micro-batch counts that divide a replica's sequences, and
// for training every recomputation.
BruteForce bruteForce(const Profile& base, Objective objective)
{
    BruteForce result;
    const std::int64_t n = base.cluster.gpuCount;
    const bool training = base.workload.mode == Mode::Training;
    Profile p = base;
    for (std::int64_t tp = 1; tp <= n; ++tp) {
        for (std::int64_t pp = 1; tp * pp <= n; ++pp) {
            for (std::int64_t dp = 1; tp * pp * dp <= n; ++dp) {
                for (std::int64_t ep = 1; ep <= n; ++ep) {
                    for (std::int64_t etp = 1; etp <= n; ++etp) {
                        const std::int64_t perReplica = (base.workload.batch + dp - 1) / dp;
                        for (std::int64_t m = 1; m <= perReplica; ++m) {
                            if (perReplica % m != 0) {
                                continue;
                            }
                            for (int r = 0; r < (training ? 3 : 1); ++r) {
                                p.strategy = Strategy{tp, pp, dp, ep, etp, base.strategy.placement, base.strategy.redundantExperts};
                                p.workload.microBatches = m;
                                p.workload.training.recompute = training ? static_cast<Recompute>(r) : base.workload.training.recompute;
                                if (checkStrategy(p, p.strategy)) {
                                    continue;
                                }
                                const Evaluation ev = evaluate(p);
                                if (!ev.ok) {
                                    continue;
                                }
                                ++result.feasible;
                                result.best = std::max(result.best, score(ev, objective, ev.capacityBytes * p.constraints.maxMemoryFraction));
                            }
                        }
                    }
                }
            }
        }
    }
    return result;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("objective");
        QTest::newRow("8 GPUs prefill throughput") << 8 << "prefill" << static_cast<int>(Objective::Throughput);
        QTest::newRow("16 GPUs decode latency") << 16 << "decode" << static_cast<int>(Objective::Latency);
        QTest::newRow("16 GPUs training per GPU") << 16 << "training" << static_cast<int>(Objective::ThroughputPerGpu);
        QTest::newRow("32 GPUs prefill headroom") << 32 << "prefill" << static_cast<int>(Objective::Headroom);
        QTest::newRow("32 GPUs training throughput") << 32 << "training" << static_cast<int>(Objective::Throughput);
    }
    void matchesBruteForce()
    {
        QFETCH(int, gpus);
        QFETCH(QString, mode);
        QFETCH(int, objective);
        const Profile profile = test::profileFrom(smallProfile(gpus, qPrintable(mode)));
        const auto o = static_cast<Objective>(objective);
        const SearchResult result = search(profile, o);
        const BruteForce expected = bruteForce(profile, o);
        QVERIFY(expected.feasible > 0);
        QCOMPARE(static_cast<std::int64_t>(result.ranked.size()), expected.feasible);
        QVERIFY(result.rejected.total > 0);  // the space includes configurations that do not fit
        const Evaluation best = evaluate(applyCandidate(profile, result.ranked.front()));
        QCOMPARE(score(best, o, best.capacityBytes * profile.constraints.maxMemoryFraction), expected.best);
        // Ranked best first.
        for (std::size_t i = 1; i < result.ranked.size(); ++i) {
            QVERIFY(!ranksBefore(result.ranked[i], result.ranked[i - 1], o));
        }
    }

    void threadsGiveTheSameResult()
    {
        const Profile profile = test::profileFrom(smallProfile(32, "training"));
        const SearchResult one = search(profile, Objective::Throughput);
        const SearchResult two = cli::runSearch(profile, Objective::Throughput, 2);
        QCOMPARE(two.evaluated, one.evaluated);
        QCOMPARE(two.ranked.size(), one.ranked.size());
        for (std::size_t i = 0; i < one.ranked.size(); ++i) {
            QVERIFY(two.ranked[i].strategy == one.ranked[i].strategy);
            QCOMPARE(two.ranked[i].tokensPerS, one.ranked[i].tokensPerS);
            // Two threads mark fronts of their own shares and then merge them.
            QCOMPARE(two.ranked[i].pareto, one.ranked[i].pareto);
        }
    }

    // No flagged point is dominated, and every other point is (throughput per GPU
    // against step time, docs/model.md), on one thread and on two.
    void paretoFlagsExact()
    {
        const Profile profile = test::profileFrom(smallProfile(16, "decode"));
        for (const SearchResult& result : {search(profile, Objective::Throughput), cli::runSearch(profile, Objective::Latency, 2)}) {
            int front = 0;
            for (const Candidate& a : result.ranked) {
                bool dominated = false;
                for (const Candidate& b : result.ranked) {
                    dominated = dominated
                        || (b.tokensPerSPerGpu >= a.tokensPerSPerGpu && b.stepS <= a.stepS
                            && (b.tokensPerSPerGpu > a.tokensPerSPerGpu || b.stepS < a.stepS));
                }
                QCOMPARE(a.pareto, !dominated);
                front += a.pareto;
            }
            QVERIFY(front >= 1);
        }
    }

    // With the batch fixed, total throughput is tokens/step: a front of throughput
    // against step time would hold only the quickest configuration. Against throughput
    // per GPU it runs from the quickest (all 128 GPUs of the seed) to the most efficient
    // (fewer GPUs), so a user sees what latency costs in GPUs.
    void paretoFrontSpansLatencyAndCost()
    {
        const Profile seed = *loadProfileArgument("builtin:seed").profile;
        const SearchResult result = cli::runSearch(seed, Objective::Throughput, 2);
        const auto quickest = std::min_element(result.ranked.begin(), result.ranked.end(),
                                               [](const Candidate& a, const Candidate& b) { return a.stepS < b.stepS; });
        const auto leanest = std::max_element(result.ranked.begin(), result.ranked.end(), [](const Candidate& a, const Candidate& b) {
            return a.tokensPerSPerGpu < b.tokensPerSPerGpu;
        });
        QVERIFY(quickest->pareto);
        QVERIFY(leanest->pareto);
        QVERIFY(leanest->strategy.gpusUsed() < quickest->strategy.gpusUsed());
        // Along the front, quicker always costs throughput per GPU.
        std::vector<Candidate> front;
        std::copy_if(result.ranked.begin(), result.ranked.end(), std::back_inserter(front), [](const Candidate& c) { return c.pareto; });
        QVERIFY(front.size() >= 3);
        std::sort(front.begin(), front.end(), [](const Candidate& a, const Candidate& b) { return a.stepS < b.stepS; });
        for (std::size_t i = 1; i < front.size(); ++i) {
            QVERIFY(front[i].stepS > front[i - 1].stepS);
            QVERIFY(front[i].tokensPerSPerGpu > front[i - 1].tokensPerSPerGpu);
        }
    }

    void constraintsReject_withReasons()
    {
        json j = smallProfile(16, "prefill");
        j["constraints"] = json{{"max_latency_ms", 1.0}};
        const SearchResult result = search(test::profileFrom(j), Objective::Throughput);
        QVERIFY(result.rejected.byCheck[static_cast<std::size_t>(CheckKind::Latency)] > 0);
        for (const Candidate& c : result.ranked) {
            QVERIFY(c.stepS * 1e3 <= 1.0);
        }
        j["constraints"] = json{{"max_gpus", 4}};
        for (const Candidate& c : search(test::profileFrom(j), Objective::Throughput).ranked) {
            QVERIFY(c.strategy.gpusUsed() <= 4);
        }
    }

    // Cancelling a long search returns within 100 ms.
    void cancelStopsWithin100ms()
    {
        const Profile profile = test::profileFrom(test::deepSeekSizedTrainingJson());
        std::atomic<bool> cancel{false};
        SearchResult result;
        std::thread worker([&] { result = cli::runSearch(profile, Objective::Throughput, 2, &cancel); });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const auto start = std::chrono::steady_clock::now();
        cancel = true;
        worker.join();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        QVERIFY2(ms < 100, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QVERIFY(result.cancelled);
        QVERIFY(result.evaluated > 0);
    }
};

QTEST_APPLESS_MAIN(TestSearch)
#include "tst_search.moc"
