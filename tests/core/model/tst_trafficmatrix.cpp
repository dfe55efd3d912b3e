// Issue 15, point 2: the all-to-all traffic matrix. The expected bytes are worked by
// hand from the formula in core/model/trafficmatrix.h.

#include <QTest>

#include "model/evaluation.h"
#include "model/trafficmatrix.h"
#include "testprofiles.h"

using namespace moe;

namespace {

// Two nodes of two GPUs, EP 4 (DP 4), a 4-layer MoE of 16 experts, top-2, hidden 1024
// at 2 bytes, prefill of 16 sequences of 512 tokens: each GPU dispatches
// 16 / 4 x 512 = 2,048 tokens per layer, each copy 1,024 x 2 = 2,048 bytes.
nlohmann::json twoByTwo()
{
    nlohmann::json j = test::smallMoeJson();
    j["cluster"]["gpu_count"] = 4;
    j["cluster"]["gpus_per_node"] = 2;
    j["strategy"] = nlohmann::json{{"tp", 1}, {"pp", 1}, {"dp", 4}, {"ep", 4}};
    return j;
}

constexpr double kMiB = 1024.0 * 1024.0;

} // namespace

class TestTrafficMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Uniform routing: each EP rank gets 1/4 of the assignments. GPU i dispatches to j
    // 2,048 tokens x 2 copies x 1/4 x 2,048 B = 2 MiB per layer, and returns to j as
    // much (the combine of what j sent it): 4 MiB per layer, 16 MiB over 4 layers.
    void uniformTwoNodesByTwoGpus()
    {
        const Profile profile = test::profileFrom(twoByTwo());
        const TrafficMatrix matrix = trafficMatrix(profile, profile.strategy);
        QCOMPARE(matrix.bins, 4);
        QVERIFY(!matrix.byNode());
        for (std::int64_t i = 0; i < 4; ++i) {
            for (std::int64_t j = 0; j < 4; ++j) {
                QCOMPARE(matrix.at(i, j), i == j ? 0.0 : 16 * kMiB);
            }
        }
        QVERIFY(matrix.intraNode(0, 1));
        QVERIFY(matrix.intraNode(3, 2));
        QVERIFY(!matrix.intraNode(1, 2));
        QVERIFY(!matrix.intraNode(0, 3));
        const TrafficLink hot = matrix.hottest();  // all equal: the first in row order
        QCOMPARE(hot.from, 0);
        QCOMPARE(hot.to, 1);
        QVERIFY(hot.intraNode);

        // A row adds up to the GPU's all-to-all bytes in the per-GPU list: 3 x 16 MiB.
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        QVERIFY2(ev.valid, ev.error.c_str());
        for (std::int64_t i = 0; i < 4; ++i) {
            double sent = 0;
            for (std::int64_t j = 0; j < 4; ++j) {
                sent += matrix.at(i, j);
            }
            QCOMPARE(sent, 48 * kMiB);
            QCOMPARE(ev.gpus[static_cast<std::size_t>(i)].a2aBytes, sent);
        }
    }

    // Folded to nodes (at most 2 bins for 4 GPUs): node 0 -> node 1 carries the four
    // pairs 0->2, 0->3, 1->2, 1->3 (64 MiB); the diagonal holds 0->1 and 1->0 (32 MiB).
    void foldsToNodes()
    {
        const Profile profile = test::profileFrom(twoByTwo());
        const TrafficMatrix matrix = trafficMatrix(profile, profile.strategy, 2);
        QVERIFY(matrix.byNode());
        QCOMPARE(matrix.bins, 2);
        QCOMPARE(matrix.gpusPerBin, 2);
        QCOMPARE(matrix.at(0, 1), 64 * kMiB);
        QCOMPARE(matrix.at(1, 0), 64 * kMiB);
        QCOMPARE(matrix.at(0, 0), 32 * kMiB);
        QVERIFY(matrix.intraNode(1, 1));
        QVERIFY(!matrix.intraNode(0, 1));
        const TrafficLink hot = matrix.hottest();  // off the diagonal only
        QCOMPARE(hot.from, 0);
        QCOMPARE(hot.to, 1);
        QVERIFY(!hot.intraNode);
        // Three bins' worth of room for two nodes still folds by node, not by GPU.
        QCOMPARE(trafficMatrix(profile, profile.strategy, 3).gpusPerBin, 2);
    }

    // Skewed routing, contiguous placement: expert 0 weighs 5, the other 15 weigh 1
    // (total 20). Rank 0 holds experts 0-3: share (5 + 3) / 20 = 0.4; ranks 1-3 hold
    // four experts of weight 1: 0.2. Capacity 100 drops nothing. Per layer a GPU's
    // tokens give 2,048 x 2 x 2,048 B = 8 MiB per unit of share, so over 4 layers
    //   1 -> 0: 32 MiB x (0.4 dispatched to rank 0 + 0.2 returned for rank 1) = 19.2 MiB
    //   1 -> 2: 32 MiB x (0.2 + 0.2) = 12.8 MiB
    //   0 -> 2: 32 MiB x (0.2 + 0.4) = 19.2 MiB
    void skewedRoutingLoadsTheHotRank()
    {
        nlohmann::json j = twoByTwo();
        std::vector<double> weights(16, 1.0);
        weights[0] = 5.0;
        j["workload"]["routing"] = nlohmann::json{{"kind", "measured"}, {"loads", {weights}}};
        j["workload"]["capacity_factor"] = 100;
        const Profile profile = test::profileFrom(j);
        const TrafficMatrix matrix = trafficMatrix(profile, profile.strategy);
        QCOMPARE(matrix.at(1, 0), 32 * kMiB * 0.6);
        QCOMPARE(matrix.at(1, 2), 32 * kMiB * 0.4);
        QCOMPARE(matrix.at(0, 2), 32 * kMiB * 0.6);
        QCOMPARE(matrix.at(3, 0), matrix.at(0, 3));
        const TrafficLink hot = matrix.hottest();
        QCOMPARE(hot.from, 0);
        QCOMPARE(hot.to, 1);
        QCOMPARE(hot.bytes, 32 * kMiB * 0.6);
    }

    // Training repeats dispatch and combine in the backward pass: twice the bytes.
    void trainingDoublesTheBytes()
    {
        nlohmann::json j = twoByTwo();
        j["workload"]["mode"] = "training";
        const Profile profile = test::profileFrom(j);
        QCOMPARE(trafficMatrix(profile, profile.strategy).at(2, 1), 32 * kMiB);
    }

    // GPUs of different expert-parallel groups exchange nothing; EP 1 has no all-to-all.
    void onlyWithinExpertGroups()
    {
        nlohmann::json j = twoByTwo();
        j["strategy"]["ep"] = 2;
        const Profile profile = test::profileFrom(j);
        const TrafficMatrix matrix = trafficMatrix(profile, profile.strategy);
        QVERIFY(matrix.at(0, 1) > 0);
        QCOMPARE(matrix.at(0, 2), 0.0);
        QCOMPARE(matrix.at(1, 3), 0.0);
        j["strategy"]["ep"] = 1;
        const Profile local = test::profileFrom(j);
        QCOMPARE(trafficMatrix(local, local.strategy).hottest().from, -1);
    }
};

QTEST_APPLESS_MAIN(TestTrafficMatrix)
#include "tst_trafficmatrix.moc"
