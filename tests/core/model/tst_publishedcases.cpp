// The published cases of ../shared/validation/public-cases.md, each with its source.

#include <QTest>

#include <cmath>

#include "model/architecture.h"
#include "model/collectives.h"
#include "model/evaluation.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

double relativeError(double value, double expected)
{
    return std::fabs(value - expected) / std::fabs(expected);
}

// Narayanan et al. 2021 (arXiv 2104.04473), eq. for the dense GPT parameter count.
double narayananParams(double l, double h, double V, double s)
{
    return 12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h));
}

} // namespace

class TestPublishedCases : public QObject {
    Q_OBJECT

private slots:
    // Case 1. Mixtral 8x7B (arXiv 2401.04088, Table 1): 46,702,792,704 parameters, of
    // which 12,879,925,248 active per token. Counting by hand: per layer attention
    // 2*4096*4096 + 2*4096*1024 = 41,943,040, experts 8 * 3*4096*14336, router 4096*8,
    // two RMSNorms 2*4096; plus untied embeddings 2*32000*4096 and the final norm.
    void mixtralParameterCounts()
    {
        const Evaluation ev = evaluate(test::builtin("mixtral-8x7b-h100"));
        QVERIFY(ev.valid);
        QVERIFY(relativeError(ev.paramsTotal, 46'702'792'704.0) < 1e-3);
        QVERIFY(relativeError(ev.paramsActivePerToken, 12'879'925'248.0) < 1e-3);
        // The hand count above is exact, so the model must be too.
        QCOMPARE(static_cast<qint64>(ev.paramsTotal), qint64(46'702'792'704));
        QCOMPARE(static_cast<qint64>(ev.paramsActivePerToken), qint64(12'879'925'248));
    }

    // Case 2. Narayanan et al. 2021, Table 1 (V = 51200, s = 2048).
    void denseGptParameterCounts_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("layers");
        QTest::addColumn<double>("published");
        QTest::newRow("1.7B") << 24 << 2304 << 24 << 1.7e9;
        QTest::newRow("145.6B") << 96 << 12288 << 80 << 145.6e9;
        QTest::newRow("1008B") << 160 << 25600 << 128 << 1008.0e9;
    }
    void denseGptParameterCounts()
    {
        QFETCH(int, heads);
        QFETCH(int, hidden);
        QFETCH(int, layers);
        QFETCH(double, published);
        const Profile p = test::profileFrom(test::denseGptJson(layers, hidden, heads, 51200, 2048));
        const Architecture a = describeArchitecture(p.model);
        const double formula = narayananParams(layers, hidden, 51200, 2048);
        QVERIFY2(relativeError(a.totalParams, formula) < 0.005, qPrintable(QString::number(a.totalParams)));
        // The formula leaves out only the final LayerNorm (weight and bias, 2h).
        QVERIFY(std::fabs((a.totalParams - formula) - 2.0 * hidden) < 1.0);
        // Table 1 rounds to the 0.1B; the 1.7B row to 0.1B of 1.7B (6%).
        QVERIFY(relativeError(a.totalParams, published) < (published < 2e9 ? 0.05 : 0.005));
    }

    // DeepSeek-V3 (arXiv 2412.19437): 671B total, 37B activated, from its architecture:
    // 61 layers (3 dense), hidden 7168, MLA (q rank 1536, kv rank 512, 128 + 64 qk dims,
    // 128 v dim, 128 heads), 256 routed experts of 2048 + 1 shared, top-8, dense FFN
    // 18432, vocabulary 129280 untied. The 14B multi-token-prediction module is not
    // part of the 671B.
    void deepSeekV3ParameterCount()
    {
        json j = test::smallMoeJson();
        j["model"] = json{{"layers", 61},
                          {"dense_layers", 3},
                          {"hidden", 7168},
                          {"heads", 128},
                          {"attention",
                           {{"kind", "mla"},
                            {"q_lora_rank", 1536},
                            {"kv_lora_rank", 512},
                            {"qk_nope_head_dim", 128},
                            {"qk_rope_head_dim", 64},
                            {"v_head_dim", 128}}},
                          {"experts", 256},
                          {"shared_experts", 1},
                          {"top_k", 8},
                          {"expert_hidden", 2048},
                          {"dense_hidden", 18432},
                          {"gated_ffn", true},
                          {"vocab", 129280},
                          {"weight_bytes", 1}};
        const Architecture a = describeArchitecture(test::profileFrom(j).model);
        QVERIFY2(relativeError(a.totalParams, 671e9) < 0.005, qPrintable(QString::number(a.totalParams)));
        // "37B activated" is rounded to the billion.
        QVERIFY2(std::fabs(a.activeParamsPerToken - 37e9) < 1e9, qPrintable(QString::number(a.activeParamsPerToken)));
        // MLA caches d_c + d_h^R = 512 + 64 elements per token and layer (DeepSeek-V2 Table 1).
        QCOMPARE(a.kvElementsPerToken, 576.0);
    }

    // Case 3. Korthikanti et al. 2022 (arXiv 2205.05198), Table 2, GPT-3 175B: a = 96,
    // s = 2048, h = 12288, b = 1, t = 8; 5as/h = 80.
    void korthikantiActivationsGpt3_data()
    {
        QTest::addColumn<int>("tp");
        QTest::addColumn<QString>("recompute");
        QTest::addColumn<bool>("sequenceParallel");
        QTest::addColumn<double>("perLayerOverSbh");
        const double t = 8;
        QTest::newRow("no_parallelism") << 1 << "none" << false << 34.0 + 80.0;
        QTest::newRow("tensor_parallel") << 8 << "none" << false << 10 + 24 / t + 80 / t;
        QTest::newRow("tensor_sequence_parallel") << 8 << "none" << true << 34 / t + 80 / t;
        QTest::newRow("tensor_parallel_selective") << 8 << "selective" << false << 10 + 24 / t;
        QTest::newRow("tensor_sequence_selective") << 8 << "selective" << true << 34 / t;
        QTest::newRow("full_recompute") << 8 << "full" << false << 2.0;
    }
    void korthikantiActivationsGpt3()
    {
        QFETCH(int, tp);
        QFETCH(QString, recompute);
        QFETCH(bool, sequenceParallel);
        QFETCH(double, perLayerOverSbh);
        json j = test::denseGptJson(96, 12288, 96, 51200, 2048);
        j["workload"]["training"] = json{{"recompute", recompute.toStdString()}, {"sequence_parallel", sequenceParallel}};
        j["strategy"]["tp"] = tp;
        const Evaluation ev = evaluate(test::profileFrom(j));
        QVERIFY(ev.valid);
        const double sbh = 2048.0 * 1 * 12288;
        const double expected = 96 * sbh * perLayerOverSbh;
        QVERIFY2(relativeError(ev.memory.activations, expected) < 1e-12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(ev.memory.activations).arg(expected)));
    }

    // Case 3, second half: selective recomputation saves 70% of sbh(34 + 5as/h).
    void selectiveRecomputeSaves70Percent()
    {
        json j = test::denseGptJson(96, 12288, 96, 51200, 2048);
        const double none = evaluate(test::profileFrom(j)).memory.activations;
        j["workload"]["training"] = json{{"recompute", "selective"}};
        const double selective = evaluate(test::profileFrom(j)).memory.activations;
        const double saved = 1 - selective / none;  // 80 / 114 = 0.7018
        QVERIFY2(std::fabs(saved - 0.70) < 0.005, qPrintable(QString::number(saved)));
    }

    // Under 1F1B the first stage holds PP micro-batches in flight (Korthikanti et al.).
    void firstStageHoldsPpMicroBatches()
    {
        json j = test::denseGptJson(96, 12288, 96, 51200, 2048);
        j["strategy"]["tp"] = 8;
        j["strategy"]["pp"] = 4;
        j["workload"]["batch"] = 8;
        j["workload"]["micro_batches"] = 8;
        const Evaluation ev = evaluate(test::profileFrom(j));
        const double sbh = 2048.0 * 12288;
        const double perLayer = sbh * (10 + 24.0 / 8 + 80.0 / 8);
        QCOMPARE(ev.memoryGpu / 8, 0);  // the fullest GPU is in stage 0
        QVERIFY(relativeError(ev.memory.activations, 4 /* PP */ * 24 /* layers per stage */ * perLayer) < 1e-12);
    }

    // Case 4. Korthikanti et al. 2022, Table 5: 175B on 64 A100 (TP 8, PP 8), global
    // batch 64, 13.75 s per iteration, is 51.4% MFU with model FLOPs
    // 72 B s l h^2 (1 + s/(6h) + V/(12 l h)).
    void korthikantiMfu()
    {
        json j = test::denseGptJson(96, 12288, 96, 51200, 2048);
        j["cluster"]["gpu_count"] = 64;
        j["strategy"] = json{{"tp", 8}, {"pp", 8}, {"dp", 1}, {"ep", 1}};
        j["workload"]["batch"] = 64;
        j["workload"]["micro_batches"] = 64;
        const Evaluation ev = evaluate(test::profileFrom(j));
        const double B = 64, s = 2048, l = 96, h = 12288, V = 51200;
        const double modelFlops = 72 * B * s * l * h * h * (1 + s / (6 * h) + V / (12 * l * h));
        QVERIFY(relativeError(ev.flopsPerStep, modelFlops) < 1e-12);
        const double mfu = ev.flopsPerStep / (13.75 * 64 * 312e12);
        QVERIFY2(std::fabs(mfu - 0.514) < 0.005, qPrintable(QString::number(mfu)));
        // The program's own MFU uses the same definition for its own step time.
        QVERIFY(relativeError(ev.rates.mfu * ev.time.total * 64 * 312e12, ev.flopsPerStep) < 1e-12);
    }

    // Case 5. nccl-tests doc/PERFORMANCE.md: all-reduce of 1 GiB on 8 GPUs at 100 GB/s
    // moves 2*7/8 * 2^30 bytes per rank: 18.79 ms, plus 2(n-1) latency steps.
    void ncclAllReduce()
    {
        const double bytes = 1024.0 * 1024 * 1024;
        QCOMPARE(allReduceBytesPerRank(8, bytes), 2.0 * 7 / 8 * bytes);
        QCOMPARE(allGatherBytesPerRank(8, bytes), 7.0 / 8 * bytes);
        QCOMPARE(allToAllBytesPerRank(8, bytes), 7.0 / 8 * bytes);
        const double seconds = allReduceSeconds(8, bytes, LinkSpeed{100e9, 0});
        QVERIFY(std::fabs(seconds - 0.018790) < 0.000001);
        const double withLatency = allReduceSeconds(8, bytes, LinkSpeed{100e9, 5e-6});
        QVERIFY(relativeError(withLatency, seconds + 14 * 5e-6) < 1e-12);
    }

    // Case 6. DeepSeek-V2 Table 1 for GQA: Mixtral in BF16 caches 2 x 8 KV heads x 128
    // x 32 layers x 2 bytes = 131,072 bytes per token.
    void mixtralKvCachePerToken()
    {
        Profile p = test::builtin("mixtral-8x7b-h100");
        const Architecture a = describeArchitecture(p.model);
        QCOMPARE(a.kvElementsPerToken * p.model.kvBytes * static_cast<double>(p.model.layers), 131072.0);
        // Through the engine: one sequence per GPU with 1000 tokens of context.
        p.workload.batch = 8;
        p.workload.seqLen = 1000;
        const Evaluation ev = evaluate(p);
        QCOMPARE(ev.memory.kvCache, 1000 * 131072.0);
    }
};

QTEST_APPLESS_MAIN(TestPublishedCases)
#include "tst_publishedcases.moc"
