// Serving steps (issue 14): speculative decoding, prefix-cache hits in prefill, and
// MLA's absorbed decode. Expected values are worked by hand in the comments.

#include <QTest>

#include <cmath>

#include "model/architecture.h"
#include "model/evaluation.h"
#include "profile/profileio.h"
#include "report/report.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

bool near(double value, double expected, double tolerance = 1e-9)
{
    return std::fabs(value - expected) <= tolerance * std::fabs(expected);
}

json smallDecode()
{
    json j = test::smallMoeJson();
    j["version"] = 2;
    j["workload"] = json{{"mode", "decode"}, {"batch", 64}, {"seq_len", 2048}};
    return j;
}

// DeepSeek-V3's attention (config.json of deepseek-ai/DeepSeek-V3): 128 heads, MLA with
// kv_lora_rank 512, qk_rope_head_dim 64, qk_nope_head_dim 128, v_head_dim 128.
json deepSeekAttention(json j)
{
    j["model"]["hidden"] = 7168;
    j["model"]["heads"] = 128;
    j["model"]["kv_heads"] = 128;
    j["model"]["attention"] = json{{"kind", "mla"},           {"q_lora_rank", 1536},      {"kv_lora_rank", 512},
                                   {"qk_nope_head_dim", 128}, {"qk_rope_head_dim", 64}, {"v_head_dim", 128}};
    return j;
}

std::string refusal(const json& j)
{
    const LoadResult result = parseProfile(j.dump(), "x");
    return result.ok() ? std::string("loaded") : result.error.toString();
}

} // namespace

class TestServing : public QObject {
    Q_OBJECT

private slots:
    // Leviathan et al. 2023, eq. 1: a step with g drafts, each accepted with
    // probability a, emits (1 - a^(g+1)) / (1 - a) tokens, g + 1 when a = 1.
    void tokensPerStep_data()
    {
        QTest::addColumn<int>("drafts");
        QTest::addColumn<double>("acceptance");
        QTest::addColumn<double>("expected");
        QTest::newRow("DeepSeek-V3 MTP, 85%") << 1 << 0.85 << 1.85;  // V3 report, section 5.4.3: "1.8 times TPS"
        QTest::newRow("2 drafts, 50%") << 2 << 0.5 << 1.75;          // 1 + 0.5 + 0.25
        QTest::newRow("3 drafts, always") << 3 << 1.0 << 4.0;
        QTest::newRow("never accepted") << 4 << 0.0 << 1.0;
        QTest::newRow("5 drafts, 80%") << 5 << 0.8 << (1 - std::pow(0.8, 6)) / (1 - 0.8);
    }
    void tokensPerStep()
    {
        QFETCH(int, drafts);
        QFETCH(double, acceptance);
        QFETCH(double, expected);
        QVERIFY(near(Speculative{drafts, acceptance}.tokensPerStep(), expected));
    }

    // A step verifies 1 + g tokens per sequence and emits the accepted ones: with one
    // draft always accepted, the step processes twice the tokens of plain decoding,
    // and counts two output tokens per sequence.
    void speculativeStepCountsAcceptedTokens()
    {
        json j = smallDecode();
        const Evaluation plain = evaluate(test::profileFrom(j));
        j["workload"]["speculative"] = json{{"draft_tokens", 1}, {"acceptance", 1.0}};
        const Evaluation spec = evaluate(test::profileFrom(j));
        QVERIFY(spec.valid);
        QVERIFY(near(spec.flopsPerStep, 2 * plain.flopsPerStep));
        QVERIFY(near(spec.rates.tokensPerS, 64 * 2 / spec.time.total));
        QVERIFY(near(spec.rates.timePerOutputTokenS, spec.time.total / 2));
        QVERIFY(spec.time.total > plain.time.total);

        j["workload"]["speculative"]["acceptance"] = 0.5;  // 1.5 tokens per step, same work
        const Evaluation half = evaluate(test::profileFrom(j));
        QVERIFY(near(half.time.total, spec.time.total));
        QVERIFY(near(half.rates.tokensPerS, 64 * 1.5 / half.time.total));
    }

    // Speculation is a decode setting: a prefill with it is the same step.
    void speculationIgnoredOutsideDecode()
    {
        json j = test::smallMoeJson();
        j["version"] = 2;
        const double plain = evaluate(test::profileFrom(j)).time.total;
        j["workload"]["speculative"] = json{{"draft_tokens", 2}, {"acceptance", 0.7}};
        QCOMPARE(evaluate(test::profileFrom(j)).time.total, plain);
    }

    // MTP modules draft only when speculation is on; otherwise inference skips them
    // (and does not hold their weights).
    void mtpModulesRunOnlyWhenDrafting()
    {
        json j = smallDecode();
        const Evaluation without = evaluate(test::profileFrom(j));
        j["model"]["mtp_layers"] = 1;
        const Evaluation idle = evaluate(test::profileFrom(j));
        QCOMPARE(idle.time.total, without.time.total);
        QCOMPARE(idle.memory.total(), without.memory.total());
        j["workload"]["speculative"] = json{{"draft_tokens", 1}, {"acceptance", 0.8}};
        j["model"].erase("mtp_layers");
        const double specNoMtp = evaluate(test::profileFrom(j)).time.total;
        j["model"]["mtp_layers"] = 1;
        const Evaluation drafting = evaluate(test::profileFrom(j));
        QVERIFY(drafting.time.total > specNoMtp);
        QVERIFY(drafting.memory.total() > without.memory.total());
    }

    // A prefill with half of each prompt cached computes half the tokens (the same
    // forward FLOPs per token: the context is the whole prompt) and counts whole
    // prompts in its throughput.
    void prefixCacheHitsHalveTheWork()
    {
        json j = test::smallMoeJson();
        j["version"] = 2;
        const Evaluation cold = evaluate(test::profileFrom(j));
        j["workload"]["prefix_cache_hit"] = 0.5;
        const Evaluation warm = evaluate(test::profileFrom(j));
        QVERIFY(warm.valid);
        QVERIFY(near(warm.flopsPerStep, cold.flopsPerStep / 2));
        QVERIFY(near(warm.rates.tokensPerS, 16.0 * 512 / warm.time.total));
        QVERIFY(warm.time.total < cold.time.total);
        // The KV cache still holds every prompt token.
        QCOMPARE(warm.memory.kvCache, cold.memory.kvCache);
    }

    // In the kernel model the computed suffix attends to the cached prefix: with half
    // the prompt cached, the attention core does (s (1 + 1/2) + 1) / 2 keys per query
    // for half the queries, about 3/4 of the cold prompt's (s + 1) / 2 x s; the step
    // is not halved.
    void cachedPrefixStillAttended()
    {
        json j = deepSeekAttention(test::smallMoeJson());
        j["version"] = 2;
        j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        j["workload"]["seq_len"] = 16384;
        j["workload"]["batch"] = 8;
        const double cold = evaluate(test::profileFrom(j)).time.attentionCompute;
        j["workload"]["prefix_cache_hit"] = 0.5;
        const double warm = evaluate(test::profileFrom(j)).time.attentionCompute;
        QVERIFY2(warm > cold / 2, qPrintable(QString::number(warm / cold)));
        QVERIFY2(warm < cold, qPrintable(QString::number(warm / cold)));
    }

    // MLA's absorbed decode (DeepSeek-V2 report, section 2.1.2): per head, scores
    // against the cached latent and rope key (512 + 64) and the output in the latent
    // (512): 2 x 128 x 576 + 2 x 128 x 512 = 278,528 FLOPs per context token.
    void mlaDecodeScoreFlops()
    {
        const Profile p = test::profileFrom(deepSeekAttention(smallDecode()));
        QCOMPARE(describeArchitecture(p.model).decodeScoreFlopsPerContextToken, 278528.0);
    }

    // With 128 heads on one latent the decode attention does 278,528 / (576 x 2 bytes)
    // = 242 FLOPs per byte of KV cache read, above an H100's 989 TFLOP/s / 3.35 TB/s =
    // 295 only at its efficiencies: a draft token per sequence doubles the FLOPs while
    // the cache is read once, so the attention core takes longer than half again.
    void draftsMakeMlaDecodeComputeBound()
    {
        json j = deepSeekAttention(smallDecode());
        j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        j["model"]["kv_bytes"] = 2;
        j["workload"]["batch"] = 512;
        j["workload"]["seq_len"] = 8192;
        const double plain = evaluate(test::profileFrom(j)).time.attentionCompute;
        j["workload"]["speculative"] = json{{"draft_tokens", 1}, {"acceptance", 0.8}};
        const double drafted = evaluate(test::profileFrom(j)).time.attentionCompute;
        QVERIFY2(drafted > 1.5 * plain, qPrintable(QString::number(drafted / plain)));
    }

    void badValuesNamed_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("acceptance over 1") << "/workload/speculative/acceptance" << "1.5"
                                           << "/workload/speculative/acceptance";
        QTest::newRow("no drafts") << "/workload/speculative/draft_tokens" << "0" << "/workload/speculative/draft_tokens";
        QTest::newRow("negative hit") << "/workload/prefix_cache_hit" << "-0.1" << "/workload/prefix_cache_hit";
        QTest::newRow("everything cached") << "/workload/prefix_cache_hit" << "1" << "at least one token";
    }
    void badValuesNamed()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json j = smallDecode();
        j["workload"]["speculative"] = json{{"draft_tokens", 1}, {"acceptance", 0.8}};
        j[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        const std::string message = refusal(j);
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    }

    // workload.serving: the request shape and targets, kept on a save (version 2), and
    // the report's serving section plans against them.
    void servingSpecRoundTripsAndReports()
    {
        json j = smallDecode();
        j["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        j["workload"]["serving"] = json{{"isl", 1024}, {"osl", 256}, {"tpot_ms", 1000}};
        const Profile p = test::profileFrom(j);
        QVERIFY(p.workload.serving.has_value());
        QCOMPARE(p.workload.serving->inputTokens, std::int64_t{1024});
        QVERIFY(!p.workload.serving->ttftMs.has_value());
        const json saved = json::parse(serializeProfile(p));
        QCOMPARE(saved["version"].get<int>(), 2);
        QCOMPARE(saved["workload"]["serving"]["tpot_ms"].get<double>(), 1000.0);
        QVERIFY(!saved["workload"]["serving"].contains("ttft_ms"));

        ReportInputs inputs;
        inputs.scalingStudy = false;
        const Report report = buildReport(p, inputs);
        bool heading = false;
        bool best = false;
        for (const ReportBlock& block : report.blocks) {
            if (const auto* h = std::get_if<ReportHeading>(&block)) {
                heading = heading || h->text == "Serving";
            }
            if (const auto* para = std::get_if<ReportParagraph>(&block)) {
                best = best || para->text.starts_with("Best meeting the targets: ");
            }
        }
        QVERIFY(heading);
        QVERIFY(best);
        j["workload"]["serving"]["isl"] = 0;
        QVERIFY(refusal(j).find("/workload/serving/isl") != std::string::npos);
    }

    void keysRoundTripAsVersion2()
    {
        json j = smallDecode();
        j["version"] = 1;
        QVERIFY(json::parse(serializeProfile(test::profileFrom(j)))["version"] == 1);
        j["workload"]["speculative"] = json{{"draft_tokens", 2}, {"acceptance", 0.7}};
        j["workload"]["prefix_cache_hit"] = 0.25;
        const std::string once = serializeProfile(test::profileFrom(j));
        const json saved = json::parse(once);
        QCOMPARE(saved["version"].get<int>(), 2);
        QCOMPARE(saved["workload"]["speculative"]["draft_tokens"].get<int>(), 2);
        QCOMPARE(saved["workload"]["speculative"]["acceptance"].get<double>(), 0.7);
        QCOMPARE(saved["workload"]["prefix_cache_hit"].get<double>(), 0.25);
        QCOMPARE(serializeProfile(test::profileFrom(saved)), once);
    }
};

QTEST_GUILESS_MAIN(TestServing)
#include "tst_serving.moc"
