// Issue 11, point 7: evaluate() computes each distinct GPU once (GPUs of one pipeline
// stage and EP rank share their cost; their all-to-all differs only by how many group
// peers share their node) and fills the per-GPU list from those shared states. Here
// every GPU is computed on its own, from its coordinates, with the cost model's
// functions, and must come out exactly equal: clusters with idle GPUs, expert groups
// that straddle nodes (so peers vary along the list), skewed routing and uneven stages.

#include <QTest>

#include "model/costmodel.h"
#include "model/topology.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::detail;

namespace {

void compareEveryGpu(const Profile& profile)
{
    const Evaluation ev = evaluate(profile, Detail::PerGpu);
    QVERIFY2(ev.valid, ev.error.c_str());
    const Strategy& s = profile.strategy;
    const Context ctx(profile, s);
    const std::int64_t count = std::max(profile.cluster.gpuCount, ev.gpusUsed);
    QCOMPARE(static_cast<std::int64_t>(ev.gpus.size()), count);
    const double m = ctx.microBatches;
    for (std::int64_t g = 0; g < count; ++g) {
        const GpuState& gpu = ev.gpus[static_cast<std::size_t>(g)];
        QCOMPARE(gpu.index, g);
        QCOMPARE(gpu.node, g / profile.cluster.gpusPerNode);
        QCOMPARE(gpu.used, g < ev.gpusUsed);
        if (!gpu.used) {
            QCOMPARE(gpu.memory.total(), 0.0);
            QCOMPARE(gpu.tokens, 0.0);
            continue;
        }
        const GpuCoordinates c = coordinatesOf(g, s, profile.cluster.gpusPerNode);
        QCOMPARE(gpu.tp, c.tp);
        QCOMPARE(gpu.pp, c.pp);
        QCOMPARE(gpu.dp, c.dp);
        QCOMPARE(gpu.ep, c.ep);
        QCOMPARE(gpu.etp, c.etp);
        QCOMPARE(gpu.edp, c.edp);
        const StageShape stage = stageShape(ctx, c.pp);
        QCOMPARE(gpu.experts, expertSlotsOf(ctx, stage, c.ep));
        QCOMPARE(gpu.tokens, m * assignmentsOf(ctx, stage, c.ep));
        QCOMPARE(gpu.computeS, m * (attentionSeconds(ctx, stage, nullptr) + denseSeconds(ctx, stage, nullptr)
                                    + expertSeconds(ctx, stage, c.ep, nullptr)));
        QCOMPARE(gpu.memory.total(), memoryOf(ctx, stage, c.ep, nullptr).total());
        const std::int64_t peers = peersInNode(g - (g % ctx.groupSize), ctx.groupSize, g, profile.cluster.domainSize());
        const AllToAllCost a2a = allToAll(ctx, stage, c.ep, peers, nullptr);
        QCOMPARE(gpu.a2aBytes, m * (a2a.dispatch.bytes + a2a.combine.bytes));
    }
}

} // namespace

class TestPerGpu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seed_withIdleGpus()
    {
        Profile seed = test::builtin("seed");
        seed.cluster.gpuCount += 24;
        compareEveryGpu(seed);
    }

    // Six GPUs a node: expert groups of 16 straddle nodes, so neighbouring GPUs have
    // different numbers of same-node peers.
    void expertGroupsStraddleNodes()
    {
        Profile seed = test::builtin("seed");
        seed.cluster.gpusPerNode = 6;
        seed.cluster.gpuCount = 132;
        compareEveryGpu(seed);
    }

    // Training with PP over uneven layer counts and Zipf routing (per-rank loads differ).
    void deepSeekSized_smallCluster()
    {
        nlohmann::json j = test::deepSeekSizedTrainingJson();
        Profile profile = test::profileFrom(j);
        profile.cluster.gpuCount = 1024;
        profile.strategy.pp = 4;
        profile.strategy.tp = 2;
        profile.strategy.dp = 128;
        profile.strategy.ep = 64;
        profile.strategy.etp = 1;
        profile.workload.routing.kind = RoutingKind::Zipf;
        compareEveryGpu(profile);
    }
};

QTEST_MAIN(TestPerGpu)
#include "tst_pergpu.moc"
