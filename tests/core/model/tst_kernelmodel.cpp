// The kernel-level model and the version 2 profile keys it needs: systems, peaks by
// data type, pipeline schedules. Expected values are worked by hand from the formulas
// in the comments (docs/model.md, "Kernel-level time model").

#include <QTest>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "model/costmodel.h"
#include "model/evaluation.h"
#include "model/explanation.h"
#include "model/kerneltimer.h"
#include "profile/profileio.h"
#include "profile/systems.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

bool near(double value, double expected, double tolerance = 1e-9)
{
    return std::fabs(value - expected) <= tolerance * std::fabs(expected);
}

// Korthikanti et al.'s 22B GPT on one DGX A100 (Table 3), as a version 2 profile.
json selene22b()
{
    json j = test::denseGptJson(48, 6144, 64, 51200, 2048);
    j["version"] = 2;
    j["cluster"] = json{{"system", "dgx-a100-80gb"}, {"gpu_count", 8}};
    j["workload"] = json{{"mode", "training"}, {"batch", 4}, {"seq_len", 2048}, {"micro_batches", 1}};
    j["strategy"] = json{{"tp", 8}, {"pp", 1}, {"dp", 1}, {"ep", 1}};
    return j;
}

// A DeepSeek-V3-like MoE (256 experts, top-8) on DGX H100, experts over 64 GPUs
// (8 nodes of 8): small hidden sizes keep it quick.
json deepSeekLike()
{
    json j = test::smallMoeJson();
    j["version"] = 2;
    j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 64}};
    j["model"]["experts"] = 256;
    j["model"]["top_k"] = 8;
    j["model"]["layers"] = 4;
    j["model"]["dense_layers"] = 0;
    j["workload"] = json{{"mode", "training"}, {"batch", 64}, {"seq_len", 1024}, {"micro_batches", 1}};
    j["strategy"] = json{{"tp", 1}, {"pp", 1}, {"dp", 64}, {"ep", 64}};
    return j;
}

// An A100's 108 SMs and BF16 peak with a ceiling of 1 and no main-loop loss: a GEMM's
// efficiency is its wave and tile quantisation alone.
struct QuantisationOnly {
    QuantisationOnly()
    {
        gpu.peakTflops = 312;
        gpu.hbmGBps = 2039;
        eff.sms = 108;
        eff.gemm = 1.0;
        eff.gemmHalfK = 0;
    }
    Gpu gpu;
    KernelEfficiency eff;
};

// The attention block's forward per layer and micro-batch, in ms, as --explain gives it.
double attentionForwardMs(const Profile& profile)
{
    for (const Explanation& e : explain(profile)) {
        if (e.key == "time_s.attention_compute.per_micro_batch") {
            const auto at = e.values.find("forward ");
            return at == std::string::npos ? -1.0 : std::stod(e.values.substr(at + 8));
        }
    }
    return -1.0;
}

} // namespace

class TestKernelModel : public QObject {
    Q_OBJECT

private slots:
    void everySpecSystemExists()
    {
        // ../shared/spec/profile-format.md, version 2: "At least these ids exist".
        for (const char* id : {"dgx-a100-80gb", "dgx-h100", "hgx-h800", "hgx-h20", "dgx-h200", "dgx-b200", "gb200-nvl72",
                               "gb300-nvl72", "mi300x-8", "mi355x-8"}) {
            const SystemSpec* system = findSystem(id);
            QVERIFY2(system, id);
            QVERIFY2(!system->sources.empty(), id);
            QVERIFY(system->gpu.peakTflops > 0 && system->gpu.hbmGBps > 0 && system->kernels.sms > 0);
        }
    }

    void systemSuppliesTheCluster()
    {
        const Profile p = test::profileFrom(selene22b());
        // DGX A100 datasheet: 80 GiB, 2,039 GB/s, 312 TFLOP/s BF16, 8 GPUs a node.
        QCOMPARE(p.cluster.gpu.memoryGiB, 80.0);
        QCOMPARE(p.cluster.gpu.hbmGBps, 2039.0);
        QCOMPARE(p.cluster.gpu.peakFor(DataType::Bf16), 312.0);
        QCOMPARE(p.cluster.gpusPerNode, std::int64_t{8});
        QVERIFY(p.cluster.kernels.has_value());
    }

    void profileKeysOverrideTheSystem()
    {
        json j = selene22b();
        j["cluster"]["gpu"] = json{{"memory_gib", 40}, {"peak_tflops", json{{"bf16", 300}}}};
        j["cluster"]["scale_up_domain"] = 16;
        const Profile p = test::profileFrom(j);
        QCOMPARE(p.cluster.gpu.memoryGiB, 40.0);
        QCOMPARE(p.cluster.gpu.peakFor(DataType::Bf16), 300.0);
        QCOMPARE(p.cluster.gpu.hbmGBps, 2039.0);
        QCOMPARE(p.cluster.domainSize(), std::int64_t{16});
    }

    // The window's "Peak compute" edits the GEMM data type's peak: with peaks by data
    // type the edit must reach that type, or it would change nothing.
    void setPeakReachesTheDataType()
    {
        Profile p = test::profileFrom(selene22b());
        p.cluster.gpu.setPeak(DataType::Bf16, 250);
        QCOMPARE(p.cluster.gpu.peakFor(DataType::Bf16), 250.0);
        QCOMPARE(p.cluster.gpu.peakTflops, 250.0);
        p.cluster.gpu.setPeak(DataType::Fp8, 600);
        QCOMPARE(p.cluster.gpu.peakFor(DataType::Fp8), 600.0);
        QCOMPARE(p.cluster.gpu.peakFor(DataType::Bf16), 250.0);
        Profile v1 = test::profileFrom(test::denseGptJson(4, 1024, 16, 0, 512));
        v1.cluster.gpu.setPeak(DataType::Bf16, 123);
        QCOMPARE(v1.cluster.gpu.peakTflops, 123.0);
        QCOMPARE(v1.cluster.gpu.peakFor(DataType::Fp8), 123.0);
    }

    void unknownSystemNamesThePathAndTheIds()
    {
        json j = selene22b();
        j["cluster"]["system"] = "dgx-z9000";
        const LoadResult r = parseProfile(j.dump(), "t");
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error.path), QStringLiteral("/cluster/system"));
        QVERIFY(r.error.message.find("dgx-a100-80gb") != std::string::npos);
        QVERIFY(r.error.message.find("mi355x-8") != std::string::npos);
    }

    void flatEfficiencyWithASystemIsRefused()
    {
        json j = selene22b();
        j["cluster"]["efficiency"] = json{{"compute", 0.5}};
        const LoadResult r = parseProfile(j.dump(), "t");
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error.path), QStringLiteral("/cluster/efficiency"));
    }

    // A file is written as version 2 only when it uses a version 2 key, and a system
    // profile keeps following the library: values equal to the system's stay out.
    void versionFollowsTheKeysUsed()
    {
        const Profile v1 = test::profileFrom(test::denseGptJson(4, 1024, 16, 0, 512));
        QCOMPARE(profileToJson(v1).at("version").get<int>(), 1);
        const json saved = profileToJson(test::profileFrom(selene22b()));
        QCOMPARE(saved.at("version").get<int>(), 2);
        QCOMPARE(saved.at("cluster").at("system").get<std::string>(), std::string("dgx-a100-80gb"));
        QVERIFY(!saved.at("cluster").contains("gpu"));
        QVERIFY(!saved.at("cluster").contains("efficiency"));
        const LoadResult again = parseProfile(saved.dump(), "t");
        QVERIFY(again.ok());
        QCOMPARE(evaluate(*again.profile).time.total, evaluate(test::profileFrom(selene22b())).time.total);
    }

    // Wave quantisation: A100 has 108 SMs. A 128 x 256-tiled GEMM of 108 tiles fills
    // one wave exactly; 109 tiles need a second wave that is almost empty. A tile
    // thinner than 64 x 256 runs at its operand intensity, tm tn / (tm + tn), over 51.2.
    void waveQuantisation()
    {
        const QuantisationOnly a100;
        const detail::KernelTimer timer(a100.gpu, a100.eff);
        // 12 x 9 tiles of 128 x 256 (and of 256 x 128 the other way round: 24 x 4.5).
        QVERIFY(near(timer.gemmEfficiency({128.0 * 12, 256.0 * 9, 4096}), 1.0));
        // One more row of tiles: 13 x 9 = 117 tiles of 128 x 256 in 2 waves: 117/216.
        // The square 128 tile: 13 x 18 = 234 in 3 waves, 234/324; the other
        // orientation: 7 x 18 = 126 tiles of 256 x 128 in 2 waves, the last row part
        // empty, 1664/1792 x 126/216; the
        // 64-row tiles: 26 x 9 = 234 of 64 x 256 in 3 waves, 234/324, and 26 x 18 = 468
        // of 64 x 128 in 5 waves, 468/540, at 42.7/51.2 = 5/6 of the rate: 234/324 again.
        // The narrow tiles: 128 x 64 as 64 x 128; 64 x 64, 936 in 9 waves at 32/51.2:
        // 936/972 x 5/8.
        const double expected = std::max({117.0 / 216.0, 234.0 / 324.0, 1664.0 / 1792.0 * 126.0 / 216.0,
                                          468.0 / 540.0 * 5.0 / 6.0, 936.0 / 972.0 * 5.0 / 8.0});
        QVERIFY(near(expected, 234.0 / 324.0));
        QVERIFY(near(timer.gemmEfficiency({128.0 * 13, 256.0 * 9, 4096}), expected));
        // A grouped GEMM schedules the tiles of all its groups together: 12 groups of
        // 9 tiles fill one wave exactly.
        QVERIFY(near(timer.gemmEfficiency({128.0, 256.0 * 9, 4096, 12}), 1.0));
    }

    // A GEMM of few tokens narrows its tiles to fill the SMs, as DeepGEMM picks widths
    // from 16 up (jit_kernels/gemm.py, get_best_configs). 64 tokens x 1,728 outputs on
    // 108 SMs: 108 tiles of 64 x 16 fill one wave, at intensity 64 x 16 / 80 = 12.8, a
    // quarter of 51.2: 1/4. Wider tiles leave SMs idle: 64 x 32, 54 tiles at 21.3/51.2,
    // 0.21; 64 x 64, 27 tiles at 5/8, 0.16; 64 x 128, 14 tiles with the last one part
    // empty at 5/6, 0.10. Six groups of 64 x 128 outputs: 48 tiles of 64 x 16, 48/108 x
    // 1/4 = 1/9, against 6/108 x 5/6 with one 64 x 128 tile each.
    void fewTokensNarrowTheTiles()
    {
        const QuantisationOnly a100;
        const detail::KernelTimer timer(a100.gpu, a100.eff);
        QVERIFY(near(timer.gemmEfficiency({64.0, 108.0 * 16, 4096}), 0.25));
        QVERIFY(near(timer.gemmEfficiency({64.0, 128.0, 4096, 6}), 1.0 / 9.0));
    }

    // Megatron-Core trains the experts with Transformer Engine's GroupedLinear: one
    // cuBLAS GEMM per expert, launched in turn onto four streams (TE v2.8,
    // common/gemm/cublaslt_gemm.cu multi_stream_cublas_gemm; common/util/
    // multi_stream.cpp num_compute_streams 4). On the A100 of waveQuantisation (108 SMs,
    // no ceiling or main-loop loss), 12 experts of 128 x 2,304 outputs fill one wave
    // exactly as one grouped kernel (12 x 9 tiles of 128 x 256). Four at a time, the
    // best tile is the square 128 x 128 one: 4 x 18 = 72 tiles on 108 SMs in each of
    // three waves, efficiency 2/3 (128 x 256: 36 tiles, 1/3; 256 x 128: 72 half-empty
    // tiles, 1/3; 64 x 256: 72 tiles, 2/3; 64 x 128 and 128 x 64: 144 tiles in two waves
    // at 5/6 of the rate, 5/9; 64 x 64: 288 tiles in three waves at 5/8, 5/9). Each
    // GEMM is a launch of its own: 12 launches of the 4 us default where the grouped
    // kernel has one.
    void groupedLinearRunsOneGemmPerExpert()
    {
        const QuantisationOnly a100;
        const detail::KernelTimer timer(a100.gpu, a100.eff);
        const detail::GemmShape grouped{128.0, 256.0 * 9, 4096, 12};
        detail::GemmShape perExpert = grouped;
        perExpert.streams = 4;
        QVERIFY(near(timer.gemmEfficiency(grouped), 1.0));
        QVERIFY(near(timer.gemmEfficiency(perExpert), 2.0 / 3.0));
        // 2 x 128 x 2304 x 4096 x 12 FLOPs at 312 TFLOP/s, times 3/2 for the efficiency
        // (operands of 0 bytes, so that the FLOPs set the time).
        const double flopsSeconds = 2.0 * 128 * 2304 * 4096 * 12 / 312e12;
        QVERIFY(near(timer.gemm(grouped, DataType::Bf16, 0, 0), flopsSeconds + 4e-6));
        QVERIFY(near(timer.gemm(perExpert, DataType::Bf16, 0, 0), 1.5 * flopsSeconds + 12 * 4e-6));
        // Fewer experts than streams run together, as one grouped kernel would.
        detail::GemmShape three = grouped;
        three.groups = 3;
        detail::GemmShape threeOnStreams = three;
        threeOnStreams.streams = 4;
        QVERIFY(near(timer.gemmEfficiency(threeOnStreams), timer.gemmEfficiency(three)));
    }

    // "A larger GEMM never runs at lower efficiency than the same GEMM cut in half"
    // (the invariant), over a sweep of shapes on every system.
    // The same holds for FP8 with block scales (Hopper's own main loop) and for grouped
    // GEMMs, one kernel or one GEMM per group on four streams (GroupedLinear).
    void largerGemmNeverLessEfficient()
    {
        struct Variant {
            DataType type;
            double groups;
            double streams;
            bool blockScaled;
        };
        const Variant variants[] = {{DataType::Bf16, 1, 0, false}, {DataType::Fp8, 1, 0, true},
                                    {DataType::Fp8, 8, 0, false}, {DataType::Fp8, 8, 4, true}};
        std::vector<std::pair<Gpu, KernelEfficiency>> systems;
        for (const SystemSpec& system : builtinSystems()) {
            systems.emplace_back(system.gpu, system.kernels);
        }
        // A user system file may name any tile from 1 to 4,096: with tiles under 64 rows
        // the narrow tiles' rates no longer fall in the order they are tried.
        for (const std::int64_t tileM : {24, 40}) {
            auto [gpu, kernels] = systems.front();
            kernels.tileM = tileM;
            kernels.sms = 132;
            systems.emplace_back(gpu, kernels);
        }
        for (const auto& [gpu, kernels] : systems) {
            const detail::KernelTimer timer(gpu, kernels);
            for (const Variant& v : variants) {
                auto eff = [&](double m, double n, double k) {
                    return timer.gemmEfficiency({m, n, k, v.groups, v.streams, v.blockScaled}, v.type);
                };
                for (double m : {1.0, 7.0, 64.0, 100.0, 128.0, 279.0, 300.0, 527.0, 2048.0, 8192.0, 40000.0}) {
                    for (double n : {64.0, 192.0, 347.0, 768.0, 1182.0, 2304.0, 6144.0}) {
                        for (double k : {64.0, 128.0, 1536.0, 6144.0}) {
                            const double half = eff(m, n, k);
                            QVERIFY(eff(2 * m, n, k) >= half - 1e-12);
                            QVERIFY(eff(m, 2 * n, k) >= half - 1e-12);
                            QVERIFY(eff(m, n, 2 * k) >= half - 1e-12);
                        }
                    }
                }
            }
        }
    }

    // Narayanan et al. 2021: the interleaved schedule's bubble is (p - 1)/(v m) of the
    // ideal time when the stages are alike (no vocabulary here, so no embedding or LM
    // head; the first and last stages differ only by one pipeline send of 2 to 3 over InfiniBand, within 1%).
    // More virtual stages never enlarge it.
    void interleavedBubble_data()
    {
        QTest::addColumn<int>("pp");
        QTest::addColumn<int>("virtualStages");
        QTest::addColumn<int>("microBatches");
        QTest::newRow("p4_v2_m8") << 4 << 2 << 8;
        QTest::newRow("p8_v3_m64") << 8 << 3 << 64;
        QTest::newRow("p2_v6_m4") << 2 << 6 << 4;
    }
    void interleavedBubble()
    {
        QFETCH(int, pp);
        QFETCH(int, virtualStages);
        QFETCH(int, microBatches);
        json j = selene22b();
        j["model"]["layers"] = 48;
        j["model"]["dense_layers"] = 48;
        j["model"]["vocab"] = 0;
        j["model"]["position_embeddings"] = 0;
        j["cluster"]["gpu_count"] = 8 * pp;
        j["strategy"]["pp"] = pp;
        j["workload"]["batch"] = microBatches;
        j["workload"]["micro_batches"] = microBatches;
        j["workload"]["pipeline"] = json{{"schedule", "interleaved"}, {"virtual_stages", virtualStages}};
        const TimeBreakdown t = evaluate(test::profileFrom(j)).time;
        const double ideal = t.compute() + t.a2aDispatch + t.a2aCombine + t.tpComm + t.ppComm;
        QVERIFY2(near(t.ppBubble / ideal, (pp - 1.0) / (virtualStages * microBatches), 1e-2), qPrintable(QString::number(t.ppBubble / ideal * virtualStages * microBatches / (pp - 1.0))));
        j["workload"]["pipeline"]["virtual_stages"] = virtualStages * 2;
        QVERIFY(evaluate(test::profileFrom(j)).time.ppBubble < t.ppBubble);
    }

    // When one stage is slower (the LM head's), the pipeline fills and drains through
    // the others at their own pace: the bubble is less than PP - 1 slowest stages, and
    // more than PP - 1 of the fastest.
    void unevenStagesBubble()
    {
        json j = selene22b();
        j["cluster"]["gpu_count"] = 32;
        j["strategy"]["pp"] = 4;
        j["workload"]["batch"] = 8;
        j["workload"]["micro_batches"] = 8;
        const TimeBreakdown t = evaluate(test::profileFrom(j)).time;
        const double slowest = (t.compute() + t.a2aDispatch + t.a2aCombine + t.tpComm + t.ppComm) / 8;
        QVERIFY(t.ppBubble < 3 * slowest);
        j["model"]["vocab"] = 0;
        j["model"]["position_embeddings"] = 0;
        const TimeBreakdown headless = evaluate(test::profileFrom(j)).time;
        const double fastest = (headless.compute() + headless.tpComm + headless.ppComm) / 8;
        QVERIFY(t.ppBubble > 3 * fastest * (1 - 1e-3));
    }

    // Korthikanti et al. 2022, section 4.2.3: the interleaved schedule's first stage
    // holds activations of (1 + (p - 1)/(p v)) times the 1F1B amount.
    void interleavedActivations()
    {
        json j = selene22b();
        j["cluster"]["gpu_count"] = 32;
        j["strategy"]["pp"] = 4;
        j["workload"]["batch"] = 8;
        j["workload"]["micro_batches"] = 8;
        const double oneFOneB = evaluate(test::profileFrom(j)).memory.activations;
        j["workload"]["pipeline"] = json{{"schedule", "interleaved"}, {"virtual_stages", 2}};
        const double interleaved = evaluate(test::profileFrom(j)).memory.activations;
        QVERIFY(near(interleaved / oneFOneB, 1.0 + 3.0 / (4.0 * 2.0)));
    }

    // Megatron's full recomputation reruns the forward, its TP all-reduces included:
    // three passes of 2 all-reduces per layer against two without recomputation.
    void fullRecomputeRepeatsCollectives()
    {
        json j = selene22b();
        const double plain = evaluate(test::profileFrom(j)).time.tpComm;
        j["workload"]["training"] = json{{"recompute", "full"}};
        QVERIFY(near(evaluate(test::profileFrom(j)).time.tpComm / plain, 3.0 / 2.0));
    }

    // A dense model has no expert gradients: DP = 1 costs no gradient sync at all
    // (it was charged the latency of an empty all-reduce over TP).
    void noGradientSyncWithoutReplicas()
    {
        json j = test::denseGptJson(4, 1024, 16, 0, 512);
        j["workload"] = json{{"mode", "training"}, {"batch", 8}, {"seq_len", 512}};
        j["strategy"] = json{{"tp", 4}, {"pp", 1}, {"dp", 1}, {"ep", 1}};
        j["cluster"]["gpu_count"] = 4;
        QCOMPARE(evaluate(test::profileFrom(j)).time.dpComm, 0.0);
    }

    // Megatron's all-to-all sends each of a token's 8 expert copies whose rank is in
    // another node: 8 x 56/64 = 7. DeepEP sends one per remote node holding one of
    // them: 8 nodes of 32 experts; a node holds none of the 8 with probability
    // C(224, 8)/C(256, 8) = (224 x 223 x ... x 217)/(256 x 255 x ... x 249) = 0.33817,
    // so 8 x (1 - 0.33817) = 5.2947 nodes are touched, 7/8 of them remote: 4.6328.
    // Node-limited routing to 4 nodes: 4 x 7/8 = 3.5.
    void hierarchicalDispatchCopies()
    {
        json j = deepSeekLike();
        {
            const Profile p = test::profileFrom(j);
            const detail::Context ctx(p, p.strategy);
            QVERIFY(near(detail::remoteDomainCopies(ctx, 8), 7.0));
        }
        j["workload"]["expert_dispatch"] = "hierarchical";
        double none = 1;
        for (int i = 0; i < 8; ++i) {
            none *= (224.0 - i) / (256.0 - i);
        }
        QVERIFY(std::fabs(none - 0.33817) < 5e-6);
        {
            const Profile p = test::profileFrom(j);
            const detail::Context ctx(p, p.strategy);
            QVERIFY(near(detail::remoteDomainCopies(ctx, 8), 8 * (1 - none) * 7 / 8));
        }
        j["workload"]["routing"] = json{{"kind", "uniform"}, {"max_nodes_per_token", 4}};
        const Profile p = test::profileFrom(j);
        const detail::Context ctx(p, p.strategy);
        QVERIFY(near(detail::remoteDomainCopies(ctx, 8), 3.5));
    }

    // Turning on an overlap never makes a step slower, and hides no more than there is.
    void overlapNeverSlower()
    {
        json j = deepSeekLike();
        // Megatron's overlap merges micro-batches in pairs: with one there is nothing to pair.
        j["workload"]["batch"] = 256;
        j["workload"]["micro_batches"] = 4;
        j["workload"]["overlap"] = json{{"ep_a2a", "none"}};
        const TimeBreakdown none = evaluate(test::profileFrom(j)).time;
        j["workload"]["overlap"] = json{{"ep_a2a", "1f1b"}};
        const TimeBreakdown hidden = evaluate(test::profileFrom(j)).time;
        QVERIFY(hidden.total < none.total);
        QVERIFY(hidden.overlapped <= hidden.a2aDispatch + hidden.a2aCombine + hidden.dpComm + 1e-12);
        j["workload"]["overlap"]["tp_comm"] = true;
        j["strategy"]["tp"] = 2;
        j["strategy"]["dp"] = 32;
        const double withTp = evaluate(test::profileFrom(j)).time.total;
        j["workload"]["overlap"]["tp_comm"] = false;
        QVERIFY(withTp <= evaluate(test::profileFrom(j)).time.total);
    }

    // Hidden all-to-all is not free: the dispatch and combine kernels hold 20 SMs
    // (DeepSeek-V3 report, section 3.2.2), so the compute beside them runs on 112 of
    // the H100's 132 and hiding W seconds costs W x 20/112 of compute: the credit is
    // W x (1 - 20/112) = 0.8214 W, where W is the all-to-all or, when it is longer
    // (as here), the compute beside it.
    void overlapCostsTheCommunicationSms()
    {
        json j = deepSeekLike();
        j["workload"]["overlap"] = json{{"ep_a2a", "dualpipe"}, {"dp_grad", false}};
        const TimeBreakdown t = evaluate(test::profileFrom(j)).time;
        const double a2a = t.a2aDispatch + t.a2aCombine;
        QVERIFY(t.compute() < a2a);
        QVERIFY(near(t.overlapped, t.compute() * (1 - 20.0 / 112.0)));
        // Megatron-Bridge's recipes give HybridEP 32 SMs (workload.overlap.ep_sms): the
        // compute beside runs on 100 and the credit is W x (1 - 32/100) = 0.68 W.
        j["workload"]["overlap"]["ep_sms"] = 32;
        const TimeBreakdown wider = evaluate(test::profileFrom(j)).time;
        QVERIFY(near(wider.overlapped, wider.compute() * (1 - 32.0 / 100.0)));
    }

    // Inside an NVLink 5 domain the expert all-to-all moves at NVIDIA's published
    // HybridEP rates (deepseek-ai/DeepEP branch hybrid-ep, docs/README_Hybrid-EP.md,
    // GB200 table, 36 ranks, 32 SMs: dispatch 479.02 GB/s BF16, 361.13 GB/s FP8,
    // combine 447.89 GB/s), not the link's all-reduce rate (900 x 0.76 = 684 GB/s); a
    // slower link a profile types still bounds it; Hopper keeps its link's rate
    // (H100: 450 x 0.82 = 369 GB/s), which DeepEP's intranode kernels reach.
    void expertAllToAllAtThePublishedRate()
    {
        json j = deepSeekLike();
        j["cluster"] = json{{"system", "gb200-nvl72"}, {"gpu_count", 64}};
        {
            const Profile p = test::profileFrom(j);
            const detail::Context ctx(p, p.strategy);
            const detail::IntraAllToAllRates rates = detail::intraAllToAllRates(ctx);
            QVERIFY(near(rates.dispatch, 479.02e9));
            QVERIFY(near(rates.combine, 447.89e9));
        }
        j["model"]["precision"] = json{{"dispatch", "fp8"}};
        {
            const Profile p = test::profileFrom(j);
            const detail::Context ctx(p, p.strategy);
            QVERIFY(near(detail::intraAllToAllRates(ctx).dispatch, 361.13e9));
        }
        j["cluster"]["intra_node"] = json{{"bandwidth_gbps", 100}, {"latency_us", 5}};
        {
            const Profile p = test::profileFrom(j);
            const detail::Context ctx(p, p.strategy);
            QVERIFY(near(detail::intraAllToAllRates(ctx).combine, ctx.intra.bytesPerSecond));
            QVERIFY(ctx.intra.bytesPerSecond <= 100e9);
        }
        j = deepSeekLike();
        const Profile p = test::profileFrom(j);
        const detail::Context ctx(p, p.strategy);
        QVERIFY(near(detail::intraAllToAllRates(ctx).dispatch, 450e9 * 0.82));
    }

    // Megatron-Core's all-to-all overlap pairs each communication with one block of the
    // other micro-batch (model_chunk_schedule_plan.py, TransformerLayerSchedulePlan.run):
    // backward combine | forward attention, forward + backward dispatch | both MLPs,
    // forward combine | backward attention; forward a third of a block, backward two
    // thirds. Without pipelining the first micro-batch's forward and the last's backward
    // run alone, so (m - 1)/m of the steps are merged; each hidden second costs
    // 20/(132 - 20) of compute for the SMs the communication holds. Worked from the
    // step's own components, every layer a MoE layer:
    //   hidden = (m - 1)/m x [min(C/2, A/3) + min(D, E) + min(C/2, 2A/3)] x (1 - 20/112).
    void megatronOverlapHidesOnlyBesideItsPairs()
    {
        json j = deepSeekLike();
        j["workload"]["batch"] = 256;
        j["workload"]["micro_batches"] = 4;
        j["workload"]["overlap"] = json{{"ep_a2a", "1f1b"}, {"dp_grad", false}};
        const TimeBreakdown t = evaluate(test::profileFrom(j)).time;
        const double a = t.attentionCompute;
        const double c = t.a2aCombine;
        const double paired = std::min(c / 2, a / 3) + std::min(t.a2aDispatch, t.expertCompute) + std::min(c / 2, 2 * a / 3);
        QVERIFY(near(t.overlapped, 3.0 / 4.0 * paired * (1 - 20.0 / 112.0)));
        // Less than hiding all of it under all the compute, as DualPipe does here.
        j["workload"]["overlap"]["ep_a2a"] = "dualpipe";
        QVERIFY(t.overlapped < evaluate(test::profileFrom(j)).time.overlapped);
    }

    // DeepSeek-V3 report, Table 2: DualPipe's bubble is (PP/2 - 1)(F&B + B - 3W); with
    // F = 1/3, B = 2/3, W = 1/3 of a micro-batch and F&B = B: (PP/2 - 1)/3 of one
    // micro-batch, against 1F1B's PP - 1.
    void dualPipeBubble()
    {
        json j = deepSeekLike();
        j["cluster"]["gpu_count"] = 512;
        j["model"]["layers"] = 8;
        j["strategy"]["pp"] = 8;
        j["workload"]["batch"] = 64 * 16;
        j["workload"]["micro_batches"] = 16;
        j["workload"]["pipeline"] = json{{"schedule", "dualpipe"}};
        const TimeBreakdown t = evaluate(test::profileFrom(j)).time;
        const double ideal = t.compute() + t.a2aDispatch + t.a2aCombine + t.tpComm + t.ppComm;
        QVERIFY(near(t.ppBubble / ideal, (8.0 / 2 - 1) / 3 / 16));
    }

    // An MTP module is one more layer on the last stage, plus a projection and a pass
    // through the head: the step is longer, and the other stages are unchanged.
    void mtpAddsToTheLastStage()
    {
        json j = selene22b();
        const double plain = evaluate(test::profileFrom(j)).time.total;
        j["model"]["mtp_layers"] = 1;
        const double withMtp = evaluate(test::profileFrom(j)).time.total;
        // More than a 49th layer's worth: the head runs again too.
        QVERIFY(withMtp > plain * 49.0 / 48.0);
    }

    // FP8 GEMMs run at the FP8 peak: on an H100 (1,979 against 989 TFLOP/s) a large
    // GEMM-bound step gets faster, but never twice as fast (casts, BF16 attention).
    void precisionPerKindOfWork()
    {
        json j = selene22b();
        j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        const double bf16 = evaluate(test::profileFrom(j)).time.total;
        j["model"]["precision"] = json{{"gemm", "fp8"}};
        const double fp8 = evaluate(test::profileFrom(j)).time.total;
        QVERIFY(fp8 < bf16);
        QVERIFY(fp8 > bf16 / 2);
    }

    // FP8 training quantises each GEMM input in both layouts, row-wise for the GEMM and
    // column-wise for the weight gradient (Transformer Engine's Linear: input_quantizer
    // .set_usage(rowwise=True, columnwise=backward_needs_input)); a prefill in one. On
    // the 22B layer at TP8 on an H100 with FP8 GEMMs, a layer's attention forward in
    // training exceeds the prefill's by the second layout of its two GEMM inputs: 8,192
    // tokens x (6,144 hidden + 6,144 / 8 attention output per TP rank) x 1 byte =
    // 56,623,104 B at 3,350 GB/s x 0.89 (dgx-h100's HBM efficiency) = 18.99 us.
    void fp8TrainingCastsWriteBothLayouts()
    {
        json j = selene22b();
        j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        j["model"]["precision"] = json{{"gemm", "fp8"}};
        const auto forwardMs = attentionForwardMs;
        Profile training = test::profileFrom(j);
        Profile prefill = training;
        prefill.workload.mode = Mode::Prefill;
        const double difference = forwardMs(training) - forwardMs(prefill);
        const double expected = 56623104.0 / (3350e9 * 0.89) * 1e3;
        QVERIFY2(std::fabs(difference - expected) <= 1e-4, qPrintable(QStringLiteral("%1 ms").arg(difference)));
        // Under full recomputation the first forward runs without autograd: Transformer
        // Engine writes the row-wise layout only (backward_needs_input is false), so it
        // costs what the prefill's does; the rerun writes both.
        Profile full = training;
        full.workload.training.recompute = Recompute::Full;
        QVERIFY2(std::fabs(forwardMs(full) - forwardMs(prefill)) <= 1e-5,
                 qPrintable(QStringLiteral("%1 against %2 ms").arg(forwardMs(full)).arg(forwardMs(prefill))));
    }

    // The FP8 recipe (Megatron-Core's fp8_recipe) changes what a cast costs. On the 22B
    // layer (s 2048, b 4: 8,192 tokens; h 6144, TP8, no sequence parallelism) the
    // attention block's forward casts two GEMM inputs, the QKV GEMM's (8,192 x 6,144)
    // and the output projection's (8,192 x 768): 56,623,104 values.
    // - tensorwise (current scaling) first reads each input for its amax, 2 bytes a
    //   value, and runs a scale kernel: 113,246,208 bytes streamed at 0.89 x 3,350 GB/s
    //   and, per cast, two more kernels of 4 us (the amax pass, the scale): 16 us;
    // - blockwise and mxfp8 write 1/32 byte of scales a value beside each of the two
    //   layouts: 3,538,944 bytes more.
    void fp8RecipeChangesWhatACastCosts_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<double>("extraMs");
        const double stream = 3350e9 * 0.89;
        QTest::newRow("delayed") << "delayed" << 0.0;
        QTest::newRow("tensorwise") << "tensorwise" << (113246208.0 / stream + 4 * 4e-6) * 1e3;
        QTest::newRow("blockwise") << "blockwise" << 3538944.0 / stream * 1e3;
        QTest::newRow("mxfp8") << "mxfp8" << 3538944.0 / stream * 1e3;
    }
    void fp8RecipeChangesWhatACastCosts()
    {
        QFETCH(QString, recipe);
        QFETCH(double, extraMs);
        json j = selene22b();
        j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        j["model"]["precision"] = json{{"gemm", "fp8"}};
        // The casts alone: the block-scaled GEMMs' own main loop is
        // blockScaledFp8GemmsRunTheirOwnMainLoop's.
        auto castsOnly = [](Profile p) {
            p.cluster.kernels->gemmFp8BlockHalfK = 0;
            return p;
        };
        const double delayed = attentionForwardMs(castsOnly(test::profileFrom(j)));
        j["model"]["precision"]["fp8_recipe"] = recipe.toStdString();
        const double difference = attentionForwardMs(castsOnly(test::profileFrom(j))) - delayed;
        QVERIFY2(std::fabs(difference - extraMs) <= 1e-5,
                 qPrintable(QStringLiteral("%1 ms, expected %2 ms").arg(difference).arg(extraMs)));
    }

    // Hopper's FP8 GEMMs with block scales promote their partial sums every 128 values
    // of K: their main loop reaches half speed at K = 384 (docs/systems.md, the fit to
    // DeepGEMM's H800 timings) where per-tensor FP8 does at 64. On dgx-h100 a GEMM of
    // 1,536 x 2,816 fills its 132 SMs with 132 tiles of 128 x 256 exactly, so at K =
    // 4,096 its efficiency is 0.709 x 4,096 / 4,160 per tensor and 0.709 x 4,096 / 4,480
    // block-scaled; BF16 ignores the block flag, and Blackwell (dgx-b200, MXFP8 in
    // hardware) has no block-scaled main loop of its own.
    void blockScaledFp8GemmsRunTheirOwnMainLoop()
    {
        const SystemSpec& h100 = *findSystem("dgx-h100");
        const detail::KernelTimer timer(h100.gpu, h100.kernels);
        detail::GemmShape shape{1536, 2816, 4096};
        QVERIFY(near(timer.gemmEfficiency(shape, DataType::Fp8), 0.709 * 4096 / 4160));
        shape.blockScaled = true;
        QVERIFY(near(timer.gemmEfficiency(shape, DataType::Fp8), 0.709 * 4096 / 4480));
        QVERIFY(near(timer.gemmEfficiency(shape, DataType::Bf16), 0.803 * 4096 / 4160));
        const SystemSpec& b200 = *findSystem("dgx-b200");
        const detail::KernelTimer blackwell(b200.gpu, b200.kernels);
        detail::GemmShape perTensor = shape;
        perTensor.blockScaled = false;
        QCOMPARE(blackwell.gemmEfficiency(shape, DataType::Fp8), blackwell.gemmEfficiency(perTensor, DataType::Fp8));
    }

    // FP8 training keeps each GEMM's input for the weight gradient as the quantised
    // 1-byte copy it used (Transformer Engine's Linear; DeepSeek-V3 report section
    // 3.3.3), not the 2-byte activation. On the 22B layer (s 2048, b 4, h 6144, TP8, no
    // sequence parallelism, one micro-batch in flight) that halves, per layer: the two
    // norm outputs (the QKV and first FFN GEMMs' inputs, 2sbh each, whole on every TP
    // rank), the output projection's input (2sbh/t) and the GeLU output, the second FFN
    // GEMM's input (2 x 4h x sb / t): 2sbh + 5sbh/t saved, with sbh = 50,331,648,
    // 100,663,296 + 31,457,280 = 132,120,576 bytes; over 48 layers 6,341,787,648 bytes.
    void fp8TrainingCachesGemmInputsInFp8()
    {
        json j = selene22b();
        j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        j["model"]["activation_bytes"] = 2;
        const double bf16 = evaluate(test::profileFrom(j)).memory.activations;
        j["model"]["precision"] = json{{"gemm", "fp8"}};
        const double fp8 = evaluate(test::profileFrom(j)).memory.activations;
        QCOMPARE(bf16 - fp8, 6'341'787'648.0);
        // A prefill keeps nothing for a backward pass: FP8 changes nothing there.
        j["workload"]["mode"] = "prefill";
        json bf16Prefill = j;
        bf16Prefill["model"].erase("precision");
        QCOMPARE(evaluate(test::profileFrom(j)).memory.activations, evaluate(test::profileFrom(bf16Prefill)).memory.activations);
    }
};

QTEST_GUILESS_MAIN(TestKernelModel)
#include "tst_kernelmodel.moc"
