// Megatron-Core's selective recomputation by module (`workload.training.recompute_modules`,
// issue 10, point 4): what each module saves in activation memory and costs in time,
// worked by hand from docs/model.md ("Activations", "Recomputation"), and how the
// profile names them.
//
// The scenario: DeepSeek-V3 (61 layers, 3 dense, and its multi-token-prediction
// module's MoE layer: 62 layers, 59 of them MoE; MLA with 128 heads of 128 + 64
// query-key and 128 value dimensions, latents of 1536 and 512; 256 experts of FFN 2048,
// top-8, one shared expert) on 2048 H800 at TP1 PP1 DP2048 EP64, one sequence of 4096
// tokens per GPU and step (so T = 4096, one micro-batch in flight), activations of
// 1 byte (the formula's 2-byte counts times 1/2), FlashAttention (no score matrix).

#include <QTest>

#include <cmath>

#include "model/evaluation.h"
#include "model/explanation.h"
#include "model/kerneltimer.h"
#include "profile/profileio.h"
#include "profile/systems.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

constexpr double kTokens = 4096;
constexpr double kLayers = 62;  // 61 and the MTP module's

json deepSeekJson(const char* recompute, const json& modules)
{
    json j = json::parse(serializeProfile(test::builtin("deepseek-v3-training-h800")));
    j["cluster"]["gpu_count"] = 2048;
    j["strategy"]["tp"] = 1;
    j["strategy"]["pp"] = 1;
    j["strategy"]["dp"] = 2048;
    j["strategy"]["ep"] = 64;
    j["workload"]["batch"] = 2048;
    j["workload"]["micro_batches"] = 1;
    j["workload"]["pipeline"] = json{{"schedule", "1f1b"}};
    j["workload"]["overlap"]["ep_a2a"] = "none";
    j["workload"]["training"]["recompute"] = recompute;
    j["workload"]["training"].erase("recompute_modules");  // the built-in names its own
    if (!modules.is_null()) {
        j["workload"]["training"]["recompute_modules"] = modules;
    }
    return j;
}

Evaluation evaluated(const char* recompute, const json& modules = nullptr)
{
    return evaluate(test::profileFrom(deepSeekJson(recompute, modules)));
}

LoadResult parsed(const json& modules, const char* recompute = "selective")
{
    return parseProfile(deepSeekJson(recompute, modules).dump(), "x");
}

// One pass of the expert compute per micro-batch, in ms, as --explain prints it for
// DeepSeek-V3 with selective recomputation of `modules`: `block` "common " or "routed ",
// `pass` "forward ", "backward " or "recompute "; -1 if it is not there.
double expertPassMs(const json& modules, const char* block, const char* pass)
{
    const Profile profile = test::profileFrom(deepSeekJson("selective", modules));
    for (const Explanation& e : explain(profile)) {
        if (e.key == "time_s.expert_compute.per_micro_batch") {
            const auto at = e.values.find(pass, e.values.find(block));
            return at == std::string::npos ? -1.0 : std::stod(e.values.substr(at + std::string(pass).size()));
        }
    }
    return -1.0;
}

} // namespace

class TestRecomputeModules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Megatron's default for selective is ["core_attn"]: with FlashAttention it keeps
    // and costs what no recomputation does.
    void defaultIsTheAttentionCore()
    {
        const Evaluation none = evaluated("none");
        const Evaluation selective = evaluated("selective");
        const Evaluation coreAttention = evaluated("selective", json::array({"core_attn"}));
        QVERIFY(none.valid && selective.valid);
        QCOMPARE(selective.memory.activations, none.memory.activations);
        QCOMPARE(selective.time.total, none.time.total);
        QCOMPARE(coreAttention.memory.activations, selective.memory.activations);
    }

    // "mla_up_proj" drops Q and K (128 x 192 each) and V (128 x 128) at 2 bytes an
    // element: 2 x (2 x 24,576 + 16,384) = 131,072 bytes per token and layer in the
    // formula's 2-byte counts, times 1/2 for 1-byte activations, over 62 layers of 4096
    // tokens: 62 x 4096 x 65,536 = 16,642,998,272 bytes.
    void mlaUpProjection_dropsQkv()
    {
        const Evaluation none = evaluated("none");
        const Evaluation up = evaluated("selective", json::array({"mla_up_proj"}));
        QCOMPARE(none.memory.activations - up.memory.activations, 16'642'998'272.0);
    }

    // ... and reruns the two up-projection GEMMs forward in every layer's backward:
    // 4096 x (128 x 192) x 1536 for the query (309 GFLOP) and 4096 x (128 x 256) x 512
    // for keys and values (137 GFLOP), at the system's FP8 GEMM rate (model.precision)
    // with the profile's FP8 recipe (block-scaled: the system's block-scaled main loop).
    void mlaUpProjection_rerunsTheUpProjections()
    {
        const Profile profile = test::profileFrom(deepSeekJson("selective", json::array({"mla_up_proj"})));
        const detail::KernelTimer timer(profile.cluster.gpu, *profile.cluster.kernels);
        const double w = profile.model.weightBytes;
        const double e = profile.model.activationBytes;
        const bool block = profile.model.precision.fp8Recipe == Fp8Recipe::Blockwise;
        const double perLayer = timer.gemm({kTokens, 128.0 * 192, 1536, 1, 0, block}, DataType::Fp8, w, e)
            + timer.gemm({kTokens, 128.0 * 256, 512, 1, 0, block}, DataType::Fp8, w, e);
        const Evaluation none = evaluated("selective", json::array());
        const Evaluation up = evaluate(profile);
        QVERIFY(std::abs(up.time.attentionCompute - none.time.attentionCompute - kLayers * perLayer) < 1e-9 * up.time.attentionCompute);
        // Faster than the FP8 peak is impossible: 62 x 446 GFLOP at the H800's FP8 peak.
        const double flops = 2 * kTokens * (128.0 * 192 * 1536 + 128.0 * 256 * 512);
        QVERIFY(kLayers * perLayer > kLayers * flops / (profile.cluster.gpu.peakFor(DataType::Fp8) * 1e12));
    }

    // "layernorm" keeps no norm output (the next GEMM's input, 2sbh): per token 2 x 7168
    // bytes in the 62 attention blocks, the 3 dense FFNs and the 59 MoE layers' shared
    // experts: 124 x 2 x 7168 x 4096 x 1/2 = 3,640,655,872 bytes.
    void layerNorm_dropsNormOutputs()
    {
        const Evaluation plain = evaluated("selective", json::array());
        const Evaluation norms = evaluated("selective", json::array({"layernorm"}));
        QCOMPARE(plain.memory.activations - norms.memory.activations, 3'640'655'872.0);
        QVERIFY(norms.time.total > plain.time.total);
    }

    // "moe_act" drops the activation's output (f = 2048 values, 4096 bytes) of every
    // assignment the GPU's experts receive: 64 GPUs x 4096 tokens x top-8 over 256
    // experts is 8192 per expert, 4 experts on a GPU, 32,768 a layer, over 59 MoE
    // layers: 1,933,312 x 4096 x 1/2 = 3,959,422,976 bytes.
    void moeActivation_dropsActivationOutput()
    {
        const Evaluation plain = evaluated("selective", json::array());
        const Evaluation act = evaluated("selective", json::array({"moe_act"}));
        QCOMPARE(plain.memory.activations - act.memory.activations, 3'959'422'976.0);
        QVERIFY(act.time.expertCompute > plain.time.expertCompute);
    }

    // "mlp" keeps only the dense FFN's input: the gated intermediate, 6 x 18,432 bytes
    // per token, in 3 dense layers: 3 x 110,592 x 4096 x 1/2 = 679,477,248 bytes.
    // "shared_experts" the same for the shared expert's 6 x 2048 in 59 MoE layers:
    // 59 x 12,288 x 4096 x 1/2 = 1,484,783,616 bytes.
    void mlpAndSharedExperts_keepOnlyTheirInput()
    {
        const Evaluation plain = evaluated("selective", json::array());
        QCOMPARE(plain.memory.activations - evaluated("selective", json::array({"mlp"})).memory.activations, 679'477'248.0);
        QCOMPARE(plain.memory.activations - evaluated("selective", json::array({"shared_experts"})).memory.activations,
                 1'484'783'616.0);
    }

    // "moe" reruns the whole MoE layer (Megatron-Core's normal checkpointing of the
    // layer): it keeps only the layer's input, the norm output the shared expert kept
    // anyway, so it saves every assignment's input and intermediate, 2h + 6f = 14,336 +
    // 12,288 = 26,624 bytes (2-byte units) for each of the 1,933,312 assignments, and the
    // shared expert's intermediate, 1,484,783,616 bytes: 25,736,249,344 +
    // 1,484,783,616 = 27,221,032,960 bytes. In time it reruns the routed experts'
    // forward and a third pass of the dispatch and the combine (forward, rerun, backward).
    void moe_rerunsTheLayerAndItsAllToAll()
    {
        const Evaluation plain = evaluated("selective", json::array());
        const Evaluation moe = evaluated("selective", json::array({"moe"}));
        QCOMPARE(plain.memory.activations - moe.memory.activations, 27'221'032'960.0);
        QVERIFY(qFuzzyCompare(moe.time.a2aDispatch, 1.5 * plain.time.a2aDispatch));
        QVERIFY(qFuzzyCompare(moe.time.a2aCombine, 1.5 * plain.time.a2aCombine));
        // The routed experts' recompute is their forward (1-byte activations: no casts
        // whose layouts would differ), as --explain gives both.
        const json moeModules = json::array({"moe"});
        QVERIFY(expertPassMs(moeModules, "routed ", "forward ") > 0);
        QCOMPARE(expertPassMs(moeModules, "routed ", "recompute "), expertPassMs(moeModules, "routed ", "forward "));
        QCOMPARE(expertPassMs(json::array(), "routed ", "recompute "), 0.0);
        QVERIFY(moe.time.expertCompute > plain.time.expertCompute);
    }

    // A module checkpointed whole saves its input as it came. With FP8 GEMMs on BF16
    // activations (2 bytes: scale 1) and DeepSeek-V3's blockwise recipe, a GEMM keeps its
    // input at g = (1 + 1/32) / 2 of the 2-byte count, so "mlp" saves the dense FFN's
    // intermediate, (4 + 2g) x 18,432 = 92,736 bytes a token, but keeps the norm's output
    // at 2 where the FFN's first GEMM kept 2g: 3 dense layers x (92,736 x 4096 - (2 - 2g)
    // x 4096 x 7168) = 1,054,212,096 bytes.
    void mlp_keepsItsInputAtTheActivationsWidth()
    {
        json plain = deepSeekJson("selective", json::array());
        json mlp = deepSeekJson("selective", json::array({"mlp"}));
        plain["model"]["activation_bytes"] = 2;
        mlp["model"]["activation_bytes"] = 2;
        QCOMPARE(evaluate(test::profileFrom(plain)).memory.activations - evaluate(test::profileFrom(mlp)).memory.activations,
                 1'054'212'096.0);
    }

    // Megatron-Core nests the checkpoints: a shared expert or an activation recomputed
    // inside the recomputed MoE layer runs once more in the backward pass, so "moe" with
    // "shared_experts" costs what each costs alone (1-byte activations: no casts whose
    // layouts would differ), and the same for "moe_act". Full recomputation reruns the
    // all-to-all like "moe": three passes against two. (--explain prints six digits:
    // the sums agree to 2e-5 ms.)
    void nestedModules_rerunOnceMore()
    {
        const auto recompute = [](const json& modules, const char* block) {
            return expertPassMs(modules, block, "recompute ");
        };
        const double moeShared = recompute(json::array({"moe", "shared_experts"}), "common ");
        const double moe = recompute(json::array({"moe"}), "common ");
        const double shared = recompute(json::array({"shared_experts"}), "common ");
        QVERIFY(shared > 0);
        QVERIFY2(std::fabs(moeShared - moe - shared) <= 2e-5, qPrintable(QStringLiteral("%1 - %2 vs %3 ms").arg(moeShared).arg(moe).arg(shared)));
        const double moeAct = recompute(json::array({"moe", "moe_act"}), "routed ");
        const double routedMoe = recompute(json::array({"moe"}), "routed ");
        const double act = recompute(json::array({"moe_act"}), "routed ");
        QVERIFY(act > 0);
        QVERIFY2(std::fabs(moeAct - routedMoe - act) <= 2e-5, qPrintable(QStringLiteral("%1 - %2 vs %3 ms").arg(moeAct).arg(routedMoe).arg(act)));
        QVERIFY(qFuzzyCompare(evaluated("full").time.a2aDispatch, 1.5 * evaluated("none").time.a2aDispatch));
    }

    // More recomputation never keeps more, and never runs faster; full keeps least.
    void orderedBetweenNoneAndFull()
    {
        const Evaluation none = evaluated("none");
        const Evaluation all = evaluated("selective", json::array({"core_attn", "layernorm", "mla_up_proj", "mlp", "moe_act", "shared_experts"}));
        const Evaluation full = evaluated("full");
        QVERIFY(none.memory.activations > all.memory.activations);
        QVERIFY(all.memory.activations > full.memory.activations);
        QVERIFY(none.time.total < all.time.total);
        QVERIFY(all.time.total < full.time.total);
    }

    // Written back as read, in the file's order; unset stays unset.
    void roundTrip()
    {
        const LoadResult result = parsed(json::array({"mla_up_proj", "layernorm"}));
        QVERIFY2(result.ok(), result.error.toString().c_str());
        QVERIFY(result.warnings.empty());
        const json saved = json::parse(serializeProfile(*result.profile));
        QVERIFY(saved["workload"]["training"]["recompute_modules"] == json::array({"mla_up_proj", "layernorm"}));
        const LoadResult unset = parsed(nullptr);
        QVERIFY(!unset.profile->workload.training.recomputeModules);
        QVERIFY(!json::parse(serializeProfile(*unset.profile))["workload"]["training"].contains("recompute_modules"));
    }

    // With "none" or "full" the list is kept for when selective is chosen, and a warning
    // says it is not used.
    void notSelective_keptWithWarning()
    {
        const LoadResult result = parsed(json::array({"mla_up_proj"}), "full");
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), std::size_t(1));
        QVERIFY2(result.warnings[0].find("/workload/training/recompute_modules") != std::string::npos
                     && result.warnings[0].find("selective") != std::string::npos,
                 result.warnings[0].c_str());
        QVERIFY(json::parse(serializeProfile(*result.profile))["workload"]["training"].contains("recompute_modules"));
    }

    void badLists_nameTheEntry_data()
    {
        QTest::addColumn<QString>("modules");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a list") << "\"mla_up_proj\"" << "/workload/training/recompute_modules" << "expected an array";
        QTest::newRow("not a name") << "[\"layernorm\", 3]" << "/workload/training/recompute_modules/1" << "expected a module name";
        QTest::newRow("unknown") << "[\"attention\"]" << "/workload/training/recompute_modules/0" << "expected one of \"core_attn\"";
        QTest::newRow("Megatron's gdn_norm_out") << "[\"mlp\", \"gdn_norm_out\"]" << "/workload/training/recompute_modules/1"
                                                 << "\"gdn_norm_out\" is not modelled";
        QTest::newRow("twice") << "[\"mlp\", \"mlp\"]" << "/workload/training/recompute_modules/1" << "listed twice";
    }
    void badLists_nameTheEntry()
    {
        QFETCH(QString, modules);
        QFETCH(QString, pointer);
        QFETCH(QString, says);
        const LoadResult result = parsed(json::parse(modules.toStdString()));
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error.path), pointer);
        QVERIFY2(result.error.message.find(says.toStdString()) != std::string::npos, result.error.toString().c_str());
    }

    // Megatron refuses "mla_up_proj" without multi-latent attention; so does the loader.
    void mlaUpProjection_needsMla()
    {
        json j = test::smallMoeJson();
        j["workload"] = json{{"mode", "training"}, {"batch", 16}, {"seq_len", 512},
                             {"training", {{"recompute", "selective"}, {"recompute_modules", {"mla_up_proj"}}}}};
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY(!result.ok());
        QCOMPARE(result.error.path, std::string("/workload/training/recompute_modules/0"));
        QVERIFY2(result.error.message.find("multi-head latent attention") != std::string::npos, result.error.toString().c_str());
    }
};

QTEST_MAIN(TestRecomputeModules)
#include "tst_recomputemodules.moc"
