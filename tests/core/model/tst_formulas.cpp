// The model reduces exactly to the standard formulas of cost-model.md, section 3, in
// their cases: pipeline bubble, collective volumes, KV-cache sizes, all-to-all bytes.
// Every expected value is worked from the formula in the test, not read off the program.

#include <QTest>

#include <cmath>

#include "model/architecture.h"
#include "model/evaluation.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

bool near(double value, double expected, double tolerance = 1e-12)
{
    return std::fabs(value - expected) <= tolerance * std::fabs(expected);
}

} // namespace

class TestFormulas : public QObject {
    Q_OBJECT

private slots:
    // Narayanan et al. 2021: the 1F1B bubble is (p - 1)/m of the ideal time.
    void pipelineBubble_data()
    {
        QTest::addColumn<int>("pp");
        QTest::addColumn<int>("microBatches");
        QTest::newRow("p2_m4") << 2 << 4;
        QTest::newRow("p4_m8") << 4 << 8;
        QTest::newRow("p8_m8") << 8 << 8;
        QTest::newRow("p4_m1") << 4 << 1;
    }
    void pipelineBubble()
    {
        QFETCH(int, pp);
        QFETCH(int, microBatches);
        json j = test::denseGptJson(32, 4096, 32, 0, 2048);
        j["strategy"]["pp"] = pp;
        j["workload"]["batch"] = microBatches;
        j["workload"]["micro_batches"] = microBatches;
        const Evaluation ev = evaluate(test::profileFrom(j));
        const TimeBreakdown& t = ev.time;
        // The ideal time: m micro-batches through the slowest stage.
        const double ideal = t.compute() + t.a2aDispatch + t.a2aCombine + t.tpComm + t.ppComm;
        QVERIFY(near(t.ppBubble / ideal, (pp - 1.0) / microBatches));
    }

    // nccl-tests PERFORMANCE.md: Megatron's tensor parallelism does two all-reduces of
    // S = s b h bytes per layer forward (attention and MLP), each moving 2(t-1)/t x S.
    void tensorParallelAllReduceVolume_data()
    {
        QTest::addColumn<int>("tp");
        QTest::addColumn<QString>("mode");
        QTest::newRow("tp2_prefill") << 2 << "prefill";
        QTest::newRow("tp8_prefill") << 8 << "prefill";
        QTest::newRow("tp4_training") << 4 << "training";  // backward doubles it
    }
    void tensorParallelAllReduceVolume()
    {
        QFETCH(int, tp);
        QFETCH(QString, mode);
        json j = test::denseGptJson(24, 2304, 24, 51200, 2048);
        j["strategy"]["tp"] = tp;
        j["workload"]["mode"] = mode.toStdString();
        j["cluster"]["intra_node"]["latency_us"] = 3;
        const Evaluation ev = evaluate(test::profileFrom(j));
        const double S = 2048.0 * 1 * 2304 * 2;  // s b h x 2 bytes
        const double passes = mode == QLatin1String("training") ? 2 : 1;
        const double allReduces = 2 * 24 * passes;
        QVERIFY(near(ev.commBytes.tp, allReduces * 2.0 * (tp - 1) / tp * S));
        // Time: the bytes over 300 GB/s NVLink, plus 2(t-1) latency steps each.
        const double seconds = allReduces * (2.0 * (tp - 1) / tp * S / 300e9 + 2.0 * (tp - 1) * 3e-6);
        QVERIFY(near(ev.time.tpComm, seconds));
    }

    // Data-parallel gradient sync: a ring all-reduce of every gradient, 2(d-1)/d x P x 2
    // bytes, over the NIC when the replicas span nodes.
    void dataParallelAllReduceVolume()
    {
        json j = test::denseGptJson(24, 2304, 24, 51200, 2048);
        j["strategy"]["dp"] = 16;
        j["workload"]["batch"] = 16;
        const Profile p = test::profileFrom(j);
        const Evaluation ev = evaluate(p);
        const double P = describeArchitecture(p.model).totalParams;
        QVERIFY(near(ev.commBytes.dp, 2.0 * 15 / 16 * P * 2));
        QVERIFY(near(ev.time.dpComm, 2.0 * 15 / 16 * P * 2 / 25e9));  // 16 GPUs span two nodes: NIC
    }

    // DeepSeek-V2 (arXiv 2405.04434), Table 1: KV cache elements per token per layer.
    void kvCacheElements_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<double>("elements");
        // hidden 4096, head dim 128
        QTest::newRow("MHA_2_nh_dh") << 32 << 32 << 2.0 * 32 * 128;
        QTest::newRow("GQA_2_ng_dh") << 32 << 8 << 2.0 * 8 * 128;
        QTest::newRow("MQA_2_dh") << 32 << 1 << 2.0 * 128;
    }
    void kvCacheElements()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(double, elements);
        json j = test::denseGptJson(32, 4096, heads, 32000, 4096);
        j["model"]["kv_heads"] = kvHeads;
        j["workload"] = json{{"mode", "decode"}, {"batch", 4}, {"seq_len", 4096}};
        const Profile p = test::profileFrom(j);
        QCOMPARE(describeArchitecture(p.model).kvElementsPerToken, elements);
        // 4 sequences x 4096 tokens x elements x 2 bytes x 32 layers on one GPU.
        QCOMPARE(evaluate(p).memory.kvCache, 4.0 * 4096 * elements * 2 * 32);
    }

    // Under TP, KV heads are split over the ranks; with fewer KV heads than ranks each
    // rank keeps one.
    void kvCacheSplitByTensorParallel()
    {
        json j = test::denseGptJson(32, 4096, 32, 32000, 4096);
        j["model"]["kv_heads"] = 8;
        j["workload"] = json{{"mode", "decode"}, {"batch", 4}, {"seq_len", 4096}};
        j["strategy"]["tp"] = 4;
        QCOMPARE(evaluate(test::profileFrom(j)).memory.kvCache, 4.0 * 4096 * (2 * 2 * 128) * 2 * 32);
        j["strategy"]["tp"] = 16;
        j["model"]["heads"] = 32;
        QCOMPARE(evaluate(test::profileFrom(j)).memory.kvCache, 4.0 * 4096 * (2 * 1 * 128) * 2 * 32);
    }

    // DeepEP's byte accounting for the seed scenario (EP32 over 32 GPUs, prefill of
    // 128 x 1024 tokens): each GPU dispatches its 4 x 1024 tokens to their top-2
    // experts' ranks, 4096 x 2 x 4096 hidden x 2 bytes, of which 31/32 leave the GPU;
    // combine returns the same; 16 MoE layers.
    void seedAllToAllBytes()
    {
        const Evaluation ev = evaluate(test::builtin("seed"));
        const double perLayer = 4096.0 * 2 * 4096 * 2;
        QVERIFY(near(ev.commBytes.a2a, 2 * 16 * perLayer * 31 / 32));
        // Time: 8 of the 32 group members share a node, so 24/32 of the bytes cross the
        // 100 GB/s NIC at 80% efficiency, plus one 5 us latency, per layer and direction.
        const double perLayerSeconds = perLayer * 24 / 32 / (100e9 * 0.8) + 5e-6;
        QVERIFY(near(ev.time.a2aDispatch, 16 * perLayerSeconds));
        QVERIFY(near(ev.time.a2aCombine, 16 * perLayerSeconds));
    }

    // The seed's compute by the roofline: 4096 tokens per GPU; attention FLOPs per token
    // and layer 2 x 4h^2 + 4 s h; the busiest rank processes 2/64 of 131072 x 2
    // assignments per layer at 2 x 2 x h x 16384 FLOPs; 400 TFLOP/s at 50%.
    void seedComputeTimes()
    {
        const Evaluation ev = evaluate(test::builtin("seed"));
        const double h = 4096;
        const double attentionFlops = 4096 * (2 * 4 * h * h + 4 * 1024 * h);
        QVERIFY(near(ev.time.attentionCompute, 16 * attentionFlops / 200e12));
        const double assignments = 131072.0 * 2 * 2 / 64;
        QVERIFY(near(ev.time.expertCompute, 16 * (assignments * 4 * h * 16384 + 4096 * 2 * h * 64) / 200e12));
        QCOMPARE(ev.time.denseCompute, 0.0);
    }

    // The seed's weights per GPU: 16 layers x 4h^2 of attention plus two norms, and 32
    // experts of 2 x 4096 x 16384, in BF16, plus 16 routers of 4096 x 64.
    void seedWeightMemory()
    {
        const Evaluation ev = evaluate(test::builtin("seed"));
        const double h = 4096;
        QCOMPARE(ev.memory.attentionWeights, 16 * (4 * h * h + 2 * h) * 2);
        QCOMPARE(ev.memory.expertWeights, (32 * 2 * h * 16384 + 16 * h * 64) * 2);
        QCOMPARE(ev.memory.gradients, 0.0);
        QCOMPARE(ev.memory.optimizer, 0.0);
    }

    // Mixed-precision Adam (ZeRO, Rajbhandari et al. 2019): an fp32 master weight and two
    // moments per parameter, 12 bytes, or 4 + 2 x 2 = 8 with BF16 moments (DeepSeek-V3
    // report, section 3.3.3). The small MoE on one of its 8 GPUs (EP8) holds 4 layers of
    // attention, 4 x (4h^2 + 2h) = 16,785,408, 2 experts per layer, 4 x 2 x 2 x 1024 x 2048
    // = 33,554,432, 4 routers of 1024 x 16 = 65,536 and the final norm, 1,024 parameters:
    // 50,406,400 in all. ZeRO-1 divides the 16,851,968 non-expert ones by DP 8 and the
    // experts by EDP 1.
    void adamStatePerParameter_data()
    {
        QTest::addColumn<QString>("moments");
        QTest::addColumn<bool>("distributed");
        QTest::addColumn<double>("expected");
        QTest::newRow("fp32") << "fp32" << false << 12 * 50406400.0;
        QTest::newRow("bf16") << "bf16" << false << 8 * 50406400.0;
        QTest::newRow("bf16, distributed") << "bf16" << true << 8 * (16851968.0 / 8 + 33554432.0);
    }
    void adamStatePerParameter()
    {
        QFETCH(QString, moments);
        QFETCH(bool, distributed);
        QFETCH(double, expected);
        json j = test::smallMoeJson();
        j["version"] = 2;
        j["workload"]["mode"] = "training";
        j["workload"]["training"] = json{{"adam_moments", moments.toStdString()}, {"distributed_optimizer", distributed}};
        QCOMPARE(evaluate(test::profileFrom(j)).memory.optimizer, expected);
    }
};

QTEST_APPLESS_MAIN(TestFormulas)
#include "tst_formulas.moc"
