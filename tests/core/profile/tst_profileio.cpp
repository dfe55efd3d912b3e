// Reading and writing profiles: strict validation naming the JSON path, unknown keys
// kept on a round trip, built-ins valid, duplicate keys refused, only regular files
// read, saving atomic and keeping the file's mode and links.

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include "profile/builtins.h"
#include "profile/duplicatekeys.h"
#include "model/evaluation.h"
#include "profile/profileio.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Sets (or with a null value, erases) the key at a JSON pointer.
json edited(json document, const std::string& pointer, const json& value)
{
    const json::json_pointer ptr(pointer);
    if (value.is_null()) {
        document[ptr.parent_pointer()].erase(ptr.back());
    } else {
        document[ptr] = value;
    }
    return document;
}

} // namespace

class TestProfileIo : public QObject {
    Q_OBJECT

private slots:
    // Found by the fuzzer: nlohmann's lexer stops at a NUL byte, so "a document, NUL,
    // garbage" parsed as the document alone, and the duplicate-key scan then walked the
    // garbage (a '}' with nothing open: undefined behaviour). A NUL is refused, with
    // its position: line 2, column 3 here.
    void nulByte_refusedWithPosition()
    {
        const std::string text = std::string("\"mme-\"\n  ") + '\0' + "}}]";
        const LoadResult r = parseProfile(text, "t");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.find("NUL byte at line 2, column 3") != std::string::npos, r.error.message.c_str());
        QVERIFY(!detail::findDuplicateKey("}]}").has_value());
    }

    // Issue 11, point 12: UTF-16 says so, with or without a byte-order mark.
    void utf16_saysSo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LE with BOM") << QByteArray("\xff\xfe{\0\"\0", 6);
        QTest::newRow("BE with BOM") << QByteArray("\xfe\xff\0{\0\"", 6);
        QTest::newRow("LE without BOM") << QByteArray("{\0\"\0f\0", 6);
    }
    void utf16_saysSo()
    {
        QFETCH(QByteArray, bytes);
        const LoadResult r = parseProfile(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), "t");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.find("UTF-16") != std::string::npos, r.error.message.c_str());
    }

    // The seed switched to training: its baseline (DP 3) cannot split the global batch
    // of 128, which the window shows as "baseline: not evaluated" and lets the user
    // save. The saved file must open again, the baseline kept, with a warning.
    void baselineThatCannotRunThisWorkload_opensWithWarning()
    {
        nlohmann::json seed;
        for (const auto& builtin : builtinProfiles()) {
            if (builtin.id == "seed") {
                seed = nlohmann::json::parse(builtin.text);
            }
        }
        seed["workload"]["mode"] = "training";
        const LoadResult r = parseProfile(seed.dump(), "seed");
        QVERIFY2(r.ok(), r.error.toString().c_str());
        QVERIFY(r.profile->baseline.has_value());
        QCOMPARE(r.profile->baseline->dp, std::int64_t{3});
        bool warned = false;
        for (const auto& w : r.warnings) {
            warned = warned || (w.starts_with("/baseline") && w.find("128") != std::string::npos);
        }
        QVERIFY(warned);
        QVERIFY(!evaluate(*r.profile, *r.profile->baseline).valid);
    }

    void builtinsLoadWithoutWarnings()
    {
        QVERIFY(builtinProfiles().size() >= 3);
        QCOMPARE(builtinProfiles().front().id, std::string_view("seed"));
        for (const auto& builtin : builtinProfiles()) {
            const LoadResult result = parseProfile(builtin.text, "x");
            QVERIFY2(result.ok(), qPrintable(QString::fromStdString(result.error.toString())));
            QVERIFY2(result.warnings.empty(),
                     result.warnings.empty() ? "" : qPrintable(QString::fromStdString(result.warnings.front())));
            QVERIFY(!result.profile->notes.empty());  // every built-in cites its sources
            QVERIFY(evaluate(*result.profile).valid);
        }
    }

    void seedMatchesTheSourceAnalysis()
    {
        // ../shared/seed/parallel-strategy-analysis.md: 128 GPUs of 64 GB at 400 TFLOP/s,
        // 100 GB/s links; 16 layers, 64 experts, hidden 4096, MoE hidden 16384, batch 128,
        // sequence 1024; EP32 TP1 on 32 GPUs; a 3-GPU current deployment.
        const Profile p = test::builtin("seed");
        QCOMPARE(p.cluster.gpuCount, 128);
        QCOMPARE(p.cluster.gpu.memoryGiB, 64.0);
        QCOMPARE(p.cluster.gpu.peakTflops, 400.0);
        QCOMPARE(p.cluster.intraNode.bandwidthGBps, 100.0);
        QCOMPARE(p.model.layers, 16);
        QCOMPARE(p.model.experts, 64);
        QCOMPARE(p.model.hidden, 4096);
        QCOMPARE(p.model.expertHidden, 16384);
        QCOMPARE(p.workload.batch, 128);
        QCOMPARE(p.workload.seqLen, 1024);
        QVERIFY((p.strategy == Strategy{1, 1, 32, 32, 1, PlacementPolicy::Contiguous, 0}));
        QVERIFY(p.baseline.has_value());
        QCOMPARE(p.baseline->gpusUsed(), 3);
    }

    void saveThenLoad_roundTrip()
    {
        for (const auto& builtin : builtinProfiles()) {
            const Profile p = test::builtin(std::string(builtin.id).c_str());
            const std::string once = serializeProfile(p);
            const LoadResult again = parseProfile(once, "x");
            QVERIFY(again.ok());
            QCOMPARE(serializeProfile(*again.profile), once);
            QVERIFY(again.profile->strategy == p.strategy);
            QCOMPARE(again.profile->model.experts, p.model.experts);
            QCOMPARE(evaluate(*again.profile).time.total, evaluate(p).time.total);
        }
    }

    // Issue 15, point 6: a manual placement (version 2) is saved as its slot list,
    // reads back the same, and the model uses it. The small MoE has 16 experts on
    // EP 8; moving expert 1 from rank 0 to rank 1 gives rank 1 three of the 16
    // equally loaded slots: 3/16 of the assignments against a mean of 1/8, an
    // imbalance of (3/16) / (1/8) = 1.5.
    void manualPlacement_roundTripAndUsed()
    {
        json j = test::smallMoeJson();
        json lists = json::array();
        for (int r = 0; r < 8; ++r) {
            lists.push_back(json::array({2 * r, 2 * r + 1}));
        }
        lists[0] = json::array({0});
        lists[1] = json::array({2, 3, 1});
        j["strategy"]["placement"] = "manual";
        j["strategy"]["expert_slots"] = lists;
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY2(result.ok(), result.error.toString().c_str());
        QCOMPARE(result.profile->strategy.placement, PlacementPolicy::Manual);
        QCOMPARE(result.profile->strategy.expertSlots[1], (std::vector<std::int64_t>{2, 3, 1}));
        const std::string once = serializeProfile(*result.profile);
        const json saved = json::parse(once);
        QCOMPARE(saved["version"].get<int>(), 2);
        QVERIFY(saved["strategy"]["expert_slots"] == lists);
        const LoadResult again = parseProfile(once, "x");
        QVERIFY(again.ok());
        QVERIFY(again.profile->strategy == result.profile->strategy);
        const Evaluation ev = evaluate(*again.profile, Detail::PerGpu);
        QVERIFY2(ev.valid, ev.error.c_str());
        QVERIFY(std::abs(ev.load.imbalance - 1.5) < 1e-12);
        QCOMPARE(ev.layers[0].placement->rankExperts[1], std::int64_t(3));
        // Another placement drops the list on a save.
        Profile contiguous = *again.profile;
        contiguous.strategy.placement = PlacementPolicy::Contiguous;
        QVERIFY(!json::parse(serializeProfile(contiguous))["strategy"].contains("expert_slots"));
    }

    // Issue 11, point 12: a measured-routing table under Zipf routing is not
    // "unknown": the warning says what it is for, and that a save drops it (as the
    // writer does for a kind's unused keys).
    void loadsUnderZipf_warnsWhatItIsFor()
    {
        json j = test::smallMoeJson();
        j["workload"]["routing"] = json{{"kind", "zipf"}, {"s", 1.1}, {"loads", json::array({json::array({1, 2})})}};
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), std::size_t(1));
        QVERIFY2(result.warnings[0].starts_with("/workload/routing/loads: only used with measured routing"),
                 result.warnings[0].c_str());
        const json saved = json::parse(serializeProfile(*result.profile));
        QVERIFY(!saved["workload"]["routing"].contains("loads"));
    }

    // Found by the fuzzer in CI: a profile without a system and with workload.overlap
    // saved a "cluster.overlap": 0 beside it, and the loader refuses the two together,
    // so the saved file did not open again.
    void scheduleOverlapWithoutSystem_savesWithoutTypedFraction()
    {
        json j = test::smallMoeJson();
        j["cluster"].erase("overlap");
        j["workload"]["overlap"] = json{{"dp_grad", true}, {"tp_comm", false}, {"ep_a2a", "none"}};
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY2(result.ok(), result.error.toString().c_str());
        const std::string once = serializeProfile(*result.profile);
        QVERIFY(!json::parse(once)["cluster"].contains("overlap"));
        const LoadResult again = parseProfile(once, "x");
        QVERIFY2(again.ok(), again.error.toString().c_str());
        QCOMPARE(serializeProfile(*again.profile), once);
    }

    void unknownKeys_surviveRoundTripWithWarnings()
    {
        json j = test::smallMoeJson();
        j["x_review"] = json{{"owner", "perf team"}, {"tickets", {1, 2}}};
        j["cluster"]["x_rack"] = "B7";
        j["strategy"]["x_note"] = 3;
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), std::size_t(3));
        const std::string all = result.warnings[0] + result.warnings[1] + result.warnings[2];
        QVERIFY(all.find("/x_review") != std::string::npos);
        QVERIFY(all.find("/cluster/x_rack") != std::string::npos);
        QVERIFY(all.find("/strategy/x_note") != std::string::npos);
        Profile edited = *result.profile;
        edited.strategy.ep = 4;
        const json saved = json::parse(serializeProfile(edited));
        QCOMPARE(saved["x_review"]["owner"].get<std::string>(), std::string("perf team"));
        QCOMPARE(saved["cluster"]["x_rack"].get<std::string>(), std::string("B7"));
        QCOMPARE(saved["strategy"]["x_note"].get<int>(), 3);
        QCOMPARE(saved["strategy"]["ep"].get<int>(), 4);
    }

    // workload.serving.chunk_tokens (issue 14): the chunk of aggregated serving is read,
    // written back beside an unknown key of the same object, and dropped when cleared.
    void servingChunkTokens_readAndWrittenBack()
    {
        json j = test::smallMoeJson();
        j["workload"]["serving"] = json{{"isl", 1024}, {"osl", 256}, {"chunk_tokens", 512}, {"x_owner", "serving team"}};
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), std::size_t(1));
        QVERIFY2(result.warnings[0].find("/workload/serving/x_owner") != std::string::npos, result.warnings[0].c_str());
        QVERIFY(result.profile->workload.serving->chunkTokens == std::int64_t{512});
        const json saved = json::parse(serializeProfile(*result.profile));
        QCOMPARE(saved["workload"]["serving"]["chunk_tokens"].get<int>(), 512);
        QCOMPARE(saved["workload"]["serving"]["x_owner"].get<std::string>(), std::string("serving team"));

        Profile cleared = *result.profile;
        cleared.workload.serving->chunkTokens.reset();
        const json without = json::parse(serializeProfile(cleared));
        QVERIFY(!without["workload"]["serving"].contains("chunk_tokens"));
        QVERIFY(!parseProfile(without.dump(), "x").profile->workload.serving->chunkTokens);
    }

    // The FP8 recipe is read, written back, and not written when it is Megatron's
    // default ("delayed") and the file did not have it.
    void fp8Recipe_readAndWrittenBack()
    {
        json j = test::smallMoeJson();
        j["version"] = 2;
        j["model"]["precision"] = json{{"gemm", "fp8"}, {"fp8_recipe", "tensorwise"}};
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY(result.ok());
        QCOMPARE(result.profile->model.precision.fp8Recipe, Fp8Recipe::Tensorwise);
        QCOMPARE(json::parse(serializeProfile(*result.profile))["model"]["precision"]["fp8_recipe"].get<std::string>(),
                 std::string("tensorwise"));

        Profile fresh = *result.profile;
        fresh.source.reset();
        fresh.sourceLayout.reset();
        fresh.model.precision.fp8Recipe = Fp8Recipe::Delayed;
        QVERIFY(!json::parse(serializeProfile(fresh))["model"]["precision"].contains("fp8_recipe"));
        fresh.model.precision.fp8Recipe = Fp8Recipe::Mxfp8;
        QCOMPARE(parseProfile(serializeProfile(fresh), "x").profile->model.precision.fp8Recipe, Fp8Recipe::Mxfp8);
    }

    // Adam's moment type is read and written back; a save that states it is version 2,
    // and one at fp32 does not gain the key (nor, with nothing else new, version 2).
    void adamMoments_readAndWrittenBack()
    {
        json j = test::smallMoeJson();
        j["workload"]["mode"] = "training";
        j["workload"]["training"] = json{{"adam_moments", "bf16"}};
        j["version"] = 2;
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY2(result.ok(), result.error.toString().c_str());
        QCOMPARE(result.profile->workload.training.adamMoments, DataType::Bf16);
        const json saved = json::parse(serializeProfile(*result.profile));
        QCOMPARE(saved["workload"]["training"]["adam_moments"].get<std::string>(), std::string("bf16"));

        Profile fresh = *result.profile;
        fresh.source.reset();
        fresh.sourceLayout.reset();
        fresh.workload.training.adamMoments = DataType::Fp32;
        const json plain = json::parse(serializeProfile(fresh));
        QVERIFY(!plain["workload"]["training"].contains("adam_moments"));
        QCOMPARE(plain["version"].get<int>(), 1);
    }

    // The SMs the hidden expert all-to-all holds (workload.overlap.ep_sms) are read and
    // written back; at DeepEP's 20 the key is not written; a count outside 1 to 1,024
    // names its pointer; without an overlap that hides the all-to-all it is kept with a
    // warning.
    void expertSms_readWrittenBackAndChecked()
    {
        json j = test::smallMoeJson();
        j["version"] = 2;
        j["cluster"].erase("overlap");
        j["workload"]["overlap"] = json{{"ep_a2a", "1f1b"}, {"ep_sms", 32}};
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY2(result.ok(), result.error.toString().c_str());
        // Only the kernel-level model counts SMs: without a system the key is kept and
        // the user told it does nothing; with one, nothing to say.
        QCOMPARE(result.warnings.size(), std::size_t(1));
        QVERIFY2(result.warnings[0].starts_with("/workload/overlap/ep_sms: used only with a cluster.system"),
                 result.warnings[0].c_str());
        json onSystem = j;
        onSystem["cluster"] = json{{"system", "dgx-h100"}, {"gpu_count", 8}};
        const LoadResult counted = parseProfile(onSystem.dump(), "x");
        QVERIFY2(counted.ok(), counted.error.toString().c_str());
        QVERIFY(counted.warnings.empty());
        QCOMPARE(result.profile->workload.overlap->expertSms, std::int64_t{32});
        QCOMPARE(json::parse(serializeProfile(*result.profile))["workload"]["overlap"]["ep_sms"].get<int>(), 32);

        Profile deepEp = *result.profile;
        deepEp.workload.overlap->expertSms = kDefaultExpertCommSms;
        const json plain = json::parse(serializeProfile(deepEp));
        QVERIFY(!plain["workload"]["overlap"].contains("ep_sms"));
        QCOMPARE(parseProfile(plain.dump(), "x").profile->workload.overlap->expertSms, std::int64_t{20});

        for (const char* bad : {"0", "1.5", "2000", "\"32\""}) {
            j["workload"]["overlap"]["ep_sms"] = json::parse(bad);
            const LoadResult refused = parseProfile(j.dump(), "x");
            QVERIFY2(!refused.ok(), bad);
            QCOMPARE(refused.error.path, std::string("/workload/overlap/ep_sms"));
        }

        j["workload"]["overlap"] = json{{"ep_a2a", "none"}, {"ep_sms", 32}};
        const LoadResult unused = parseProfile(j.dump(), "x");
        QVERIFY(unused.ok());
        QCOMPARE(unused.warnings.size(), std::size_t(1));
        QVERIFY2(unused.warnings[0].starts_with("/workload/overlap/ep_sms: used only when ep_a2a hides"),
                 unused.warnings[0].c_str());
        QCOMPARE(json::parse(serializeProfile(*unused.profile))["workload"]["overlap"]["ep_sms"].get<int>(), 32);
    }

    // A chunk is a whole number of tokens from 1; anything else names its pointer.
    void servingChunkTokens_badValueNamesPointer_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << "0";
        QTest::newRow("negative") << "-64";
        QTest::newRow("fraction") << "1.5";
        QTest::newRow("text") << "\"2k\"";
        QTest::newRow("above the longest sequence") << "1e12";
    }
    void servingChunkTokens_badValueNamesPointer()
    {
        QFETCH(QString, value);
        json j = test::smallMoeJson();
        j["workload"]["serving"] = json{{"isl", 1024}, {"osl", 256}, {"chunk_tokens", json::parse(value.toStdString())}};
        const LoadResult result = parseProfile(j.dump(), "x");
        QVERIFY(!result.ok());
        QCOMPARE(result.error.path, std::string("/workload/serving/chunk_tokens"));
        QVERIFY2(result.error.message.find("expected an integer from 1") != std::string::npos,
                 result.error.toString().c_str());
    }

    void defaultsApplied()
    {
        const Profile p = test::profileFrom(test::smallMoeJson());
        QCOMPARE(p.name, std::string("test"));  // the fallback (file) name
        QCOMPARE(p.model.kvHeads, p.model.heads);
        QCOMPARE(p.model.denseHidden, p.model.expertHidden);
        QCOMPARE(p.model.activationBytes, p.model.weightBytes);
        QCOMPARE(p.model.kvBytes, p.model.activationBytes);
        QCOMPARE(p.workload.microBatches, 1);
        QCOMPARE(p.workload.capacityFactor, 1.0);
        QVERIFY(p.workload.routing.kind == RoutingKind::Uniform);
        QCOMPARE(p.strategy.etp, 1);
        QVERIFY(p.strategy.placement == PlacementPolicy::Contiguous);
    }

    void loadCorruptProfile_reportsPath_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");  // JSON text; "null" removes the key
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<QString>("expectedWords");
        const json base = test::smallMoeJson();
        const char* required[] = {"/format", "/version", "/cluster/gpu_count", "/cluster/gpus_per_node",
                                  "/cluster/gpu/memory_gib", "/cluster/gpu/peak_tflops", "/cluster/gpu/hbm_gbps",
                                  "/cluster/intra_node/bandwidth_gbps", "/cluster/inter_node/bandwidth_gbps",
                                  "/model/layers", "/model/hidden", "/model/heads", "/model/experts", "/model/top_k",
                                  "/model/expert_hidden", "/model/weight_bytes", "/workload/mode", "/workload/batch",
                                  "/workload/seq_len", "/strategy/tp", "/strategy/pp", "/strategy/dp", "/strategy/ep"};
        for (const char* key : required) {
            QTest::newRow(qPrintable(QStringLiteral("missing %1").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << "null" << QString::fromLatin1(key) << "missing";
        }
        QTest::newRow("wrong type") << "/cluster/gpu_count" << "\"many\"" << "/cluster/gpu_count" << "integer";
        QTest::newRow("negative size") << "/cluster/gpu/memory_gib" << "-4" << "/cluster/gpu/memory_gib" << "greater than 0";
        QTest::newRow("zero size") << "/model/hidden" << "0" << "/model/hidden" << "from 1";
        QTest::newRow("fraction above 1") << "/cluster/efficiency" << "{\"compute\": 1.5}" << "/cluster/efficiency/compute"
                                          << "at most 1";
        QTest::newRow("non-integer") << "/strategy/tp" << "1.5" << "/strategy/tp" << "integer";
        QTest::newRow("newer version") << "/version" << "3" << "/version" << "version 3";
        QTest::newRow("wrong format") << "/format" << "\"other\"" << "/format" << "moe-explorer-profile";
        QTest::newRow("unknown mode") << "/workload/mode" << "\"serve\"" << "/workload/mode" << "decode";
        QTest::newRow("too many GPUs") << "/cluster/gpu_count" << "2000000" << "/cluster/gpu_count" << "1048576";
        QTest::newRow("too many layers") << "/model/layers" << "20000" << "/model/layers" << "10000";
        QTest::newRow("kv heads not a divisor") << "/model/kv_heads" << "3" << "/model/kv_heads" << "divisor";
        QTest::newRow("top-k above experts") << "/model/top_k" << "17" << "/model/top_k" << "16";
        QTest::newRow("illegal EP") << "/strategy/ep" << "3" << "/strategy/ep" << "must divide";
        QTest::newRow("TP not dividing heads") << "/strategy/tp" << "3" << "/strategy/tp" << "heads";
        QTest::newRow("PP above layers") << "/strategy/pp" << "8" << "/strategy/pp" << "layers";
        QTest::newRow("baseline illegal") << "/baseline" << "{\"tp\":1,\"pp\":1,\"dp\":8,\"ep\":5}" << "/baseline/ep" << "must divide";
        QTest::newRow("cluster not an object") << "/cluster" << "[]" << "/cluster" << "object";
        QTest::newRow("zipf exponent") << "/workload/routing" << "{\"kind\":\"zipf\",\"s\":-1}" << "/workload/routing/s" << "number";
        QTest::newRow("measured row length") << "/workload/routing" << "{\"kind\":\"measured\",\"loads\":[[1,2]]}"
                                             << "/workload/routing/loads/0" << "16 expert loads";
        QTest::newRow("reserve over memory") << "/cluster/reserve_gib" << "90" << "/cluster/reserve_gib" << "smaller";
    }
    void loadCorruptProfile_reportsPath()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expectedPath);
        QFETCH(QString, expectedWords);
        const json document = edited(test::smallMoeJson(), pointer.toStdString(), json::parse(value.toStdString()));
        const LoadResult result = parseProfile(document.dump(), "x");
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error.path), expectedPath);
        QVERIFY2(QString::fromStdString(result.error.message).contains(expectedWords),
                 qPrintable(QString::fromStdString(result.error.toString())));
    }

    void loadBrokenText_clearError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expectedWords");
        const std::string valid = test::smallMoeJson().dump(2);
        QTest::newRow("empty") << QByteArray("") << "empty";
        QTest::newRow("whitespace") << QByteArray("  \n ") << "empty";
        QTest::newRow("not json") << QByteArray("cluster: 128 GPUs") << "not valid JSON at line 1";
        QTest::newRow("truncated") << QByteArray::fromStdString(valid.substr(0, valid.size() / 2)) << "truncated";
        QTest::newRow("array") << QByteArray("[1, 2]") << "expected an object";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "nesting deeper than";
        QTest::newRow("NaN literal") << QByteArray("{\"format\": NaN}") << "not valid JSON";
    }
    void loadBrokenText_clearError()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expectedWords);
        const LoadResult result = parseProfile(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), "x");
        QVERIFY(!result.ok());
        QVERIFY2(QString::fromStdString(result.error.message).contains(expectedWords),
                 qPrintable(QString::fromStdString(result.error.toString())));
    }

    void loadHugeFile_refusedBeforeParsing()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("huge.moeprofile.json")).toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            out << "{\"notes\": \"";
            const std::string chunk(1 << 20, 'x');
            for (int i = 0; i < 17; ++i) {
                out << chunk;
            }
            out << "\"}";
        }
        const LoadResult result = loadProfileFile(path);
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.find("16 MiB") != std::string::npos);
    }

    void loadMissingFile_namesThePath()
    {
        const LoadResult result = loadProfileFile("/nonexistent/dir/cluster.moeprofile.json");
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.find("/nonexistent/dir/cluster.moeprofile.json") != std::string::npos);
    }

    void saveFile_atomicAndNamedAfterFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("mine.moeprofile.json")).toStdString();
        Profile p = test::builtin("seed");
        QVERIFY(!saveProfileFile(path, p).has_value());
        const std::string first = readFile(path);
        // A failed save (no such folder) reports and writes nothing.
        const auto error = saveProfileFile(dir.filePath(QStringLiteral("missing/x.json")).toStdString(), p);
        QVERIFY(error.has_value());
        QVERIFY(error->find("missing/x.json") != std::string::npos);
        // A successful save replaces the file and leaves no temporary behind.
        p.strategy.ep = 16;
        p.strategy.dp = 16;
        QVERIFY(!saveProfileFile(path, p).has_value());
        QVERIFY(readFile(path) != first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        const LoadResult again = loadProfileFile(path);
        QVERIFY(again.ok());
        QCOMPARE(again.profile->strategy.ep, 16);
    }
    // JSON says an object's names should be unique (RFC 8259, 4); a profile with two
    // values for one key is a mistake. The expected line and column are counted by hand
    // in each text (lines and columns from 1, the column of the key's opening quote).
    void duplicateKey_refusedWithBothPositions_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("nested, on two lines") << QByteArray("{\n  \"strategy\": {\"tp\": 1,\n    \"tp\": 2}\n}\n")
                                              << "/strategy/tp" << "line 2, column 16" << "line 3, column 5";
        QTest::newRow("escaped spelling of the same key")
            << QByteArray(R"({"format": "a", "\u0066ormat": "b"})") << "/format" << "line 1, column 2"
            << "line 1, column 17";
        QTest::newRow("inside an array") << QByteArray(R"({"workload": {"routing": {"loads": [[1], {"a": 1, "a": 2}]}}})")
                                         << "/workload/routing/loads/1/a" << "line 1, column 43" << "line 1, column 51";
        QTest::newRow("key with a slash") << QByteArray(R"({"x/y": 1, "x/y": 2})") << "/x~1y" << "line 1, column 2"
                                          << "line 1, column 12";
    }
    void duplicateKey_refusedWithBothPositions()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const LoadResult result = parseProfile(text.toStdString(), "x");
        QVERIFY(!result.ok());
        const QString message = QString::fromStdString(result.error.message);
        QCOMPARE(QString::fromStdString(result.error.path), path);
        QVERIFY2(message.contains(QStringLiteral("appears twice")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("first at ") + first + QStringLiteral(" and again at ") + second),
                 qPrintable(message));
    }

    // Equal names in different objects, and a value equal to a key, are no duplicates.
    void sameNameInDifferentObjects_notADuplicate()
    {
        json document = test::smallMoeJson();
        document["x_a"] = {{"tp", 1}};
        document["x_b"] = {{"tp", "tp"}};
        const LoadResult result = parseProfile(document.dump(2), "x");
        QVERIFY2(result.ok(), qPrintable(QString::fromStdString(result.error.toString())));
    }

    // Opening a FIFO for reading waits for a writer, and reading it waits for the
    // writer to close: the window never appeared. Anything but a regular file is
    // refused, naming what it is.
    void loadNonRegularFile_refusedWithoutWaiting_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("FIFO") << "fifo" << "a FIFO";
        QTest::newRow("folder") << "folder" << "a folder";
        QTest::newRow("character device") << "/dev/null" << "a device";
    }
    void loadNonRegularFile_refusedWithoutWaiting()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QTemporaryDir dir;
        std::string path = dir.filePath(QStringLiteral("p.moeprofile.json")).toStdString();
        if (kind == QStringLiteral("fifo")) {
            QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        } else if (kind == QStringLiteral("folder")) {
            QVERIFY(QDir().mkpath(QString::fromStdString(path)));
        } else {
            path = kind.toStdString();
        }
        const LoadResult result = loadProfileFile(path);
        QVERIFY(!result.ok());
        const QString message = QString::fromStdString(result.error.message);
        QVERIFY2(message.contains(words) && message.contains(QString::fromStdString(path))
                     && message.contains(QStringLiteral("not a regular file")),
                 qPrintable(message));
    }

    // Issue 11, point 12: a missing file, a link to nothing and a loop of links all
    // failed as "cannot open ...: No such file or directory" or "Too many levels of
    // symbolic links"; each now says which it is (the link's target for a dangling one).
    void loadMissingDanglingOrLooping_distinctMessages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << "missing" << "no such file";
        QTest::newRow("dangling link") << "dangling" << "dangling symbolic link to \"gone.moeprofile.json\"";
        QTest::newRow("symlink loop") << "loop" << "symlink loop";
    }
    void loadMissingDanglingOrLooping_distinctMessages()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.moeprofile.json")).toStdString();
        if (kind == QStringLiteral("dangling")) {
            QCOMPARE(::symlink("gone.moeprofile.json", path.c_str()), 0);
        } else if (kind == QStringLiteral("loop")) {
            const std::string other = dir.filePath(QStringLiteral("q.moeprofile.json")).toStdString();
            QCOMPARE(::symlink("q.moeprofile.json", path.c_str()), 0);
            QCOMPARE(::symlink("p.moeprofile.json", other.c_str()), 0);
        }
        const LoadResult result = loadProfileFile(path);
        QVERIFY(!result.ok());
        const QString message = QString::fromStdString(result.error.message);
        QVERIFY2(message.contains(words) && message.contains(QString::fromStdString(path)), qPrintable(message));
        for (const char* other : {"no such file", "dangling", "symlink loop"}) {
            if (!words.startsWith(QLatin1String(other)) && !words.contains(QLatin1String(other))) {
                QVERIFY2(!message.contains(QLatin1String(other)), qPrintable(message));
            }
        }
    }

    void loadEmptyPath_refused()
    {
        const LoadResult result = loadProfileFile("");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.find("empty") != std::string::npos, result.error.message.c_str());
    }

    // A save replaces the file by a rename: the new file must carry the old one's mode,
    // or a private (600) profile becomes world-readable under the usual umask 022.
    void saveFile_keepsMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("600, private") << 0600;
        QTest::newRow("640, group-readable") << 0640;
        QTest::newRow("664, group-writable") << 0664;
    }
    void saveFile_keepsMode()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("mine.moeprofile.json")).toStdString();
        Profile p = test::builtin("seed");
        QVERIFY(!saveProfileFile(path, p).has_value());
        QCOMPARE(::chmod(path.c_str(), static_cast<mode_t>(mode)), 0);
        p.strategy.ep = 16;
        p.strategy.dp = 16;
        QVERIFY(!saveProfileFile(path, p).has_value());
        struct stat info {};
        QCOMPARE(::stat(path.c_str(), &info), 0);
        QCOMPARE(static_cast<int>(info.st_mode & 07777), mode);
        QCOMPARE(info.st_uid, ::getuid());
        QCOMPARE(loadProfileFile(path).profile->strategy.ep, 16);
    }

    // Saving through a symbolic link (here a chain of two, one relative) replaces the
    // file at the end of the chain and leaves the links as they were.
    void saveFile_throughSymlink_keepsLink()
    {
        namespace fs = std::filesystem;
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        fs::create_directory(root / "store");
        const fs::path real = root / "store" / "real.moeprofile.json";
        Profile p = test::builtin("seed");
        QVERIFY(!saveProfileFile(real.string(), p).has_value());
        fs::create_symlink("store/real.moeprofile.json", root / "inner.moeprofile.json");
        fs::create_symlink(root / "inner.moeprofile.json", root / "outer.moeprofile.json");
        p.strategy.ep = 16;
        p.strategy.dp = 16;
        QVERIFY(!saveProfileFile((root / "outer.moeprofile.json").string(), p).has_value());
        QVERIFY(fs::is_symlink(root / "outer.moeprofile.json"));
        QVERIFY(fs::is_symlink(root / "inner.moeprofile.json"));
        QCOMPARE(fs::read_symlink(root / "inner.moeprofile.json").string(), std::string("store/real.moeprofile.json"));
        QCOMPARE(loadProfileFile(real.string()).profile->strategy.ep, 16);
        // No temporary left in either folder.
        QCOMPARE(QDir(QString::fromStdString((root / "store").string())).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestProfileIo)
#include "tst_profileio.moc"
