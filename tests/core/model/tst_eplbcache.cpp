// Issue 15: EPLB's placement is cached within a search (core/model/eplb.h). The key
// must tell apart everything rebalanceExperts() reads, and a search must come out the
// same with the cache as without it.

#include <QTest>

#include "model/eplb.h"
#include "model/evaluation.h"
#include "search/search.h"
#include "testprofiles.h"

using namespace moe;

namespace {

// deepseek-ai/EPLB's README example: 12 experts, 16 slots, 4 groups, 2 nodes, 8 GPUs.
const std::vector<double> kReadmeWeight{90, 132, 40, 61, 104, 165, 39, 4, 73, 56, 183, 86};

bool samePlan(const EplbPlan& a, const EplbPlan& b)
{
    return a.slotExpert == b.slotExpert && a.replicas == b.replicas && a.hierarchical == b.hierarchical;
}

} // namespace

class TestEplbCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameKeyHits()
    {
        EplbCache cache;
        const EplbPlan& first = cache.plan(kReadmeWeight, 16, 4, 2, 8);
        QVERIFY(samePlan(first, rebalanceExperts(kReadmeWeight, 16, 4, 2, 8)));
        const EplbPlan& again = cache.plan(kReadmeWeight, 16, 4, 2, 8);
        QCOMPARE(&again, &first);
        QCOMPARE(cache.hits(), 1);
        QCOMPARE(cache.misses(), 1);
    }

    // Each part of the key on its own makes another entry, and each entry is what
    // rebalanceExperts() gives for its own arguments.
    void keyDistinguishesEveryArgument_data()
    {
        QTest::addColumn<std::vector<double>>("weight");
        QTest::addColumn<qint64>("slotCount");
        QTest::addColumn<qint64>("groups");
        QTest::addColumn<qint64>("nodes");
        QTest::addColumn<qint64>("gpus");
        std::vector<double> hotter = kReadmeWeight;
        hotter[7] = 400;  // one expert's load differs
        QTest::newRow("weights") << hotter << qint64(16) << qint64(4) << qint64(2) << qint64(8);
        QTest::newRow("slots (redundant experts)") << kReadmeWeight << qint64(24) << qint64(4) << qint64(2) << qint64(8);
        QTest::newRow("groups") << kReadmeWeight << qint64(16) << qint64(1) << qint64(1) << qint64(8);
        QTest::newRow("nodes (hierarchical -> global)") << kReadmeWeight << qint64(16) << qint64(4) << qint64(1) << qint64(8);
        QTest::newRow("gpus (EP size)") << kReadmeWeight << qint64(16) << qint64(4) << qint64(2) << qint64(4);
    }

    void keyDistinguishesEveryArgument()
    {
        QFETCH(std::vector<double>, weight);
        QFETCH(qint64, slotCount);
        QFETCH(qint64, groups);
        QFETCH(qint64, nodes);
        QFETCH(qint64, gpus);
        EplbCache cache;
        const EplbPlan base = cache.plan(kReadmeWeight, 16, 4, 2, 8);
        const EplbPlan& other = cache.plan(weight, slotCount, groups, nodes, gpus);
        QCOMPARE(cache.misses(), 2);
        QCOMPARE(cache.size(), std::size_t(2));
        QVERIFY(samePlan(other, rebalanceExperts(weight, slotCount, groups, nodes, gpus)));
        QVERIFY(!samePlan(other, base));
    }

    void boundedSize()
    {
        EplbCache cache;
        std::vector<double> weight = kReadmeWeight;
        for (std::size_t i = 0; i < EplbCache::kMaxPlans + 10; ++i) {
            weight[0] = static_cast<double>(i + 1);
            cache.plan(weight, 16, 4, 2, 8);
        }
        QVERIFY(cache.size() <= EplbCache::kMaxPlans);
    }

    void scopesNest()
    {
        QCOMPARE(currentEplbCache(), nullptr);
        EplbCache outer;
        {
            const EplbCacheScope a(outer);
            QCOMPARE(currentEplbCache(), &outer);
            EplbCache inner;
            {
                const EplbCacheScope b(inner);
                QCOMPARE(currentEplbCache(), &inner);
            }
            QCOMPARE(currentEplbCache(), &outer);
        }
        QCOMPARE(currentEplbCache(), nullptr);
    }

    // The seed with Zipf routing and EPLB: a search through the cache ranks exactly
    // as evaluations without it do (each result re-evaluated outside any cache).
    void searchMatchesUncachedEvaluations()
    {
        Profile profile = test::builtin("seed");
        profile.workload.routing.kind = RoutingKind::Zipf;
        profile.workload.routing.zipfS = 1.1;
        profile.workload.capacityFactor = 100;
        profile.strategy.placement = PlacementPolicy::Eplb;
        SearchBounds bounds;
        bounds.keepTop = 20;
        const SearchResult result = search(profile, Objective::Throughput, nullptr, bounds);
        QVERIFY(!result.ranked.empty());
        QCOMPARE(currentEplbCache(), nullptr);  // the search's cache is gone with it
        for (const Candidate& c : result.ranked) {
            const Profile applied = applyCandidate(profile, c);
            const Evaluation ev = evaluate(applied, applied.strategy);
            QVERIFY(ev.valid);
            QCOMPARE(ev.rates.tokensPerS, c.tokensPerS);
            QCOMPARE(ev.time.total, c.stepS);
        }
    }
};

QTEST_APPLESS_MAIN(TestEplbCache)
#include "tst_eplbcache.moc"
