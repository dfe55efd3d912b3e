// The model against measured runs (../shared/validation/measured-runs.md, sections A,
// B and C; the profiles and measurements are in bench/validation/). The expected values
// are the published measurements, never the program's output.
//
// The targets are the issue's: Table 5's dense steps with a mean error of at most 3%
// and each within 6% (Calculon, on the same rows: 3.65% mean, 8.87% worst), Table 4's
// layers within 8%, MoE training and serving rows within 15%. The MoE rows that miss today are marked as
// expected failures, so meeting one turns into an unexpected pass that asks for its
// mark to be removed.

#include <QTest>

#include <cmath>

#include "accuracy/validationruns.h"

using namespace moe::validation;

class TestValidation : public QObject {
    Q_OBJECT

private:
    std::vector<Result> m_results;

    std::vector<Result> section(const char* name) const
    {
        std::vector<Result> out;
        for (const auto& r : m_results) {
            if (r.run.section == name) {
                out.push_back(r);
            }
        }
        return out;
    }

    const Result& byId(const std::string& id) const
    {
        for (const auto& r : m_results) {
            if (r.run.id == id) {
                return r;
            }
        }
        qFatal("no validation run %s", id.c_str());
        return m_results.front();
    }

private slots:
    void initTestCase()
    {
        // The runs the product ships (embedded at build time) are those of the folder.
        const std::vector<Run> files = loadRuns(MOE_VALIDATION_DIR);
        const std::span<const Run> shipped = shippedRuns();
        QCOMPARE(shipped.size(), files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            QCOMPARE(shipped[i].id, files[i].id);
            QCOMPARE(shipped[i].measured, files[i].measured);
            const Result fromFile = predict(files[i], MOE_VALIDATION_DIR);
            m_results.push_back(predict(shipped[i]));
            QVERIFY2(m_results.back().error.empty(), (files[i].id + ": " + m_results.back().error).c_str());
            QCOMPARE(m_results.back().predicted, fromFile.predicted);
        }
        QCOMPARE(section("A").size(), std::size_t{8});
        QCOMPARE(section("B").size(), std::size_t{5});
        QCOMPARE(section("X").size(), std::size_t{9});
        QCOMPARE(section("CX").size(), std::size_t{4});
    }

    void denseStepsWithinTargets()
    {
        double sum = 0;
        for (const auto& r : section("A")) {
            const double error = std::fabs(r.errorShare());
            QVERIFY2(error <= 0.06, (r.run.id + ": " + std::to_string(error * 100) + "%").c_str());
            sum += error;
        }
        const double mean = sum / 8;
        QVERIFY2(mean <= 0.03, (std::to_string(mean * 100) + "%").c_str());
    }

    void denseLayersWithinEightPercent()
    {
        QCOMPARE(section("A4").size(), std::size_t{5});
        for (const auto& r : section("A4")) {
            const double error = std::fabs(r.errorShare());
            QVERIFY2(error <= 0.08, (r.run.id + ": " + std::to_string(error * 100) + "%").c_str());
        }
    }

    void moeTargets_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto& r : section("B")) {
            QTest::newRow(r.run.id.c_str()) << QString::fromStdString(r.run.id);
        }
    }
    void moeTargets()
    {
        QFETCH(QString, id);
        for (const auto& r : section("B")) {
            if (QString::fromStdString(r.run.id) == id) {
                // The rows that miss today (docs/validation.md).
                QEXPECT_FAIL("deepseek-v3-h100-fp8", "too fast: dispatch efficiency, host overhead and partial overlap "
                                                     "not modelled", Continue);
                QEXPECT_FAIL("deepseek-v3-gb200-bf16", "too fast: dispatch efficiency and host overhead not modelled",
                             Continue);
                QEXPECT_FAIL("deepseek-v3-b200-fp8-mtp", "too fast: host overhead of the all-to-all dispatcher not "
                                                         "modelled", Continue);
                QEXPECT_FAIL("qwen3-30b-a3b-h100-fp8", "about 4x too fast: a 2x regression of the release (Megatron-Bridge "
                                                       "issue 1998) and the dispatcher's host overhead", Continue);
                QVERIFY2(std::fabs(r.errorShare()) <= 0.15, std::to_string(r.errorShare() * 100).c_str());
            }
        }
    }

    // Cross-checks (docs/validation.md, section X): Megatron-Bridge's Qwen3-30B-A3B on
    // 16 H100 with HybridEP, the EP overlap off (24.71 s) and on (20.99 s); the overlap
    // must shorten the step, as measured. And the same recipes in later releases
    // (performance-summary-archive.md at 067f987d): DeepSeek-V3 on GB200 with MXFP8
    // (4,256 tokens/s/GPU, 26.04.01), on B200 at PP8 VP2 EP32 (3,328) and on GB300 with
    // the EP overlap (6,338, 26.06) within 15%, as is the last row of Megatron-Core's
    // GB200 optimisation guide (970.01 TFLOPS/GPU over its 2.49812e11 FLOPs per token:
    // 3,883 tokens/s/GPU, the best of thirteen software stacks measured on one layout);
    // B200 at PP16 EP8 (2,790), Qwen3-30B-A3B
    // with FP8 current scaling (8,960) and GB200 with the EP overlap (4,969, 26.06) miss
    // it, for the reasons the page lists.
    void crossChecks()
    {
        const Result& off = byId("qwen3-30b-a3b-h100-bf16-hybridep");
        const Result& on = byId("qwen3-30b-a3b-h100-bf16-hybridep-overlap");
        QVERIFY(on.predicted < off.predicted);
        for (const char* id :
             {"deepseek-v3-gb200-mxfp8-2604", "deepseek-v3-b200-mxfp8-pp8vp2-2604", "deepseek-v3-gb300-mxfp8-2606",
              "deepseek-v3-gb200-mxfp8-guide"}) {
            const Result& r = byId(id);
            QVERIFY2(std::fabs(r.errorShare()) <= 0.15,
                     (r.run.id + ": " + std::to_string(r.errorShare() * 100)).c_str());
        }
        for (const char* id : {"qwen3-30b-a3b-h100-bf16-hybridep", "qwen3-30b-a3b-h100-bf16-hybridep-overlap",
                               "deepseek-v3-b200-mxfp8-2602", "qwen3-30b-a3b-h100-fp8cs-2604",
                               "deepseek-v3-gb200-mxfp8-2606"}) {
            const Result& r = byId(id);
            QEXPECT_FAIL("", "dispatch efficiency, host overhead and partial overlap not modelled", Continue);
            QVERIFY2(std::fabs(r.errorShare()) <= 0.15,
                     (r.run.id + ": " + std::to_string(r.errorShare() * 100)).c_str());
        }
    }

    // The two B200 layouts measured in later releases: PP8 VP2 EP32 ran faster (3,328
    // tokens/s/GPU) than PP16 EP8 (2,790). A planner must rank them so; the model does
    // not yet (docs/validation.md, "What the MoE rows lack").
    void crossChecksRankTheB200Layouts()
    {
        const Result& pp16 = byId("deepseek-v3-b200-mxfp8-2602");
        const Result& pp8 = byId("deepseek-v3-b200-mxfp8-pp8vp2-2604");
        QVERIFY(pp8.run.measured > pp16.run.measured);
        QEXPECT_FAIL("", "PP16 EP8 predicted faster: 32 experts per GPU cost more on the host than modelled", Continue);
        QVERIFY2(pp8.predicted > pp16.predicted, qPrintable(QStringLiteral("PP8 %1, PP16 %2 tokens/s/GPU")
                                                                .arg(pp8.predicted)
                                                                .arg(pp16.predicted)));
    }

    // Serving cross-checks (docs/validation.md, section CX): full-load throughput per
    // GPU from LMSYS's large-scale EP post (2025-05-05, "Overall Throughput"): DeepSeek's
    // profile-trace prefill on H800 (62,713 tokens/s per node / 8), SGLang's prefill on
    // H100 with balanced routing (59,337 / 8) and SGLang's decode on H100 at 256
    // sequences per GPU (22,282 / 8); and the step of DeepSeek's profile-trace decode on
    // H800 at 128 sequences per GPU with MTP: 8 x 128 x 1.6 / 18,598 = 88.1 ms (the
    // post's 60% acceptance; its breakdown figure reads 1.41 ms per layer, x 62 =
    // 87.4 ms). The SGLang decode is within 15% since two-batch overlap
    // runs stage by stage (twobatchoverlap.h; +17% before), the H800 prefill since
    // Hopper's block-scaled FP8 GEMMs run at DeepGEMM's measured rates (+15.9% before);
    // SGLang's H100 prefill is still predicted too fast, and marked so that meeting 15%
    // turns into an unexpected pass.
    void servingCrossChecks_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto& r : section("CX")) {
            QTest::newRow(r.run.id.c_str()) << QString::fromStdString(r.run.id);
        }
    }
    void servingCrossChecks()
    {
        QFETCH(QString, id);
        for (const auto& r : section("CX")) {
            if (QString::fromStdString(r.run.id) == id) {
                QVERIFY2(r.error.empty(), r.error.c_str());
                QVERIFY(r.predicted > 0);
                // docs/validation.md, "What the serving rows lack".
                QEXPECT_FAIL("deepseek-v3-sglang-prefill-h100", "about +23%: the post measures SGLang's communication "
                             "slower than DeepEP's unit tests", Continue);
                QVERIFY2(std::fabs(r.errorShare()) <= 0.15, (r.run.id + ": " + std::to_string(r.errorShare() * 100)).c_str());
            }
        }
    }

    // Section C: DeepSeek's served decode and prefill, averages over a day of production
    // traffic (open-infra-index, "Day 6: DeepSeek-V3/R1 Inference System Overview",
    // 2025-03-01, Statistics): 14.8k output tokens/s per 8-GPU decode node (1,850 per
    // GPU) and 73.7k input tokens/s per 8-GPU prefill node, cache hits included (9,212.5).
    void servingTargets_data()
    {
        QCOMPARE(section("C").size(), std::size_t{2});
        QTest::addColumn<QString>("id");
        for (const auto& r : section("C")) {
            QTest::newRow(r.run.id.c_str()) << QString::fromStdString(r.run.id);
        }
    }
    void servingTargets()
    {
        QFETCH(QString, id);
        for (const auto& r : section("C")) {
            if (QString::fromStdString(r.run.id) == id) {
                QVERIFY2(r.error.empty(), r.error.c_str());
                // docs/validation.md, section C: what the model lacks for each.
                // The same engine at full load is within 5% (servingCrossChecks).
                QEXPECT_FAIL("deepseek-v3-decode-day6", "about +24%: a day's average load and the imbalance between "
                                                        "144 DP attention ranks, neither published", Continue);
                QEXPECT_FAIL("deepseek-v3-prefill-day6", "about 2x: a day's average load, not the unit's capacity",
                             Continue);
                QVERIFY2(std::fabs(r.errorShare()) <= 0.15, std::to_string(r.errorShare() * 100).c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
