// Measured expert loads from the serving engines' dumps (core/profile/routingdump.h):
// the three samples in routingdumps/ (typed in each engine's exact format, see
// docs/routing-dumps.md), malformed dumps named with their file and line or pointer,
// the layers matched to the profile's MoE layers, and `moe-explorer-cli import-routing`.

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

#include "../../cli/clirun.h"
#include "profile/profileio.h"
#include "profile/routingdump.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;
using Rows = std::vector<std::vector<double>>;

namespace {

const std::string kSamples = MOE_ROUTING_DUMPS;

// The samples record the same traffic: 4 layers, layer 0 dense, 8 experts, top-2. The
// per-layer sums, added by hand from each sample (see the comments in the test):
//   MoE layer 0: 60 20 10 20 15 15 10 10   (160 assignments; expert 0 holds 37.5%)
//   MoE layer 1: 20 x 8                    (uniform)
//   MoE layer 2: 5 5 5 5 5 5 30 100        (expert 7 holds 62.5%)
const Rows kExpected = {{60, 20, 10, 20, 15, 15, 10, 10}, {20, 20, 20, 20, 20, 20, 20, 20}, {5, 5, 5, 5, 5, 5, 30, 100}};

json sampleProfileJson()
{
    json j = test::smallMoeJson();
    j["model"]["experts"] = 8;
    j["model"]["dense_layers"] = 1;
    j["model"]["dense_hidden"] = 4096;
    return j;
}

Model sampleModel()
{
    return test::profileFrom(sampleProfileJson()).model;
}

std::string writeFile(const QTemporaryDir& dir, const std::string& name, const std::string& text)
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A safetensors file of I64 tensors (header padded to 8 bytes, as the library writes).
std::string safetensors(const json& header, const std::string& data)
{
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<char>((text.size() >> (8 * i)) & 0xff);
    }
    return bytes + text + data;
}

std::string int64s(const std::vector<std::int64_t>& values)
{
    std::string out;
    for (std::int64_t v : values) {
        for (int i = 0; i < 8; ++i) {
            out.push_back(static_cast<char>((static_cast<std::uint64_t>(v) >> (8 * i)) & 0xff));
        }
    }
    return out;
}

} // namespace

class TestRoutingDump : public QObject {
    Q_OBJECT

private slots:
    void samples_giveHandSummedRows_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("path");
        // SGLang: logical_count of 2 steps x 4 layers x 8 experts; layer 0 (dense) is all
        // zero; the steps add up, e.g. layer 1: 40+20, 10+10, 10+0, 10+10, 5+10, 5+10, 0+10, 0+10.
        QTest::newRow("sglang") << "sglang" << "sglang-expert-distribution.json";
        // vLLM: 2 records of 3 MoE layers x 10 slots (2 redundant); the slots' loads add
        // by p2l_map, e.g. record 1 layer 0: expert 0 = slot 0 + slot 8 = 30 + 10, and
        // record 2 layer 2 (p2l 7 6 0 1 2 3 4 5 7 6): expert 7 = 20 + 20, expert 6 = 5 + 5.
        QTest::newRow("vllm") << "vllm" << "vllm-eplb-load-stats.jsonl";
        // TensorRT-LLM: 2 ranks x iterations 5, 6 x layers 1..3; e.g. layer 1 expert 0 is
        // 15 in each of the four records: 60.
        QTest::newRow("trtllm") << "trtllm" << "trtllm";
    }
    void samples_giveHandSummedRows()
    {
        QFETCH(QString, engine);
        QFETCH(QString, path);
        const auto parsed = routingDumpEngineFromString(engine.toStdString());
        QVERIFY(parsed);
        const auto result = readRoutingDump(*parsed, kSamples + "/" + path.toStdString());
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.dump->experts, 8);
        const MeasuredRows rows = measuredRowsFor(*result.dump, sampleModel());
        QVERIFY2(!rows.rows.empty(), rows.error.c_str());
        QCOMPARE(rows.rows, kExpected);
    }

    void malformed_namesWhere_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sglang_not_json") << "sglang" << "{\"logical_count\": [[1, 2,]]}" << "dump: not JSON: parse error at line 1, column 26";
        QTest::newRow("sglang_negative") << "sglang" << "{\"logical_count\": [[1, 2], [3, -4]]}"
                                         << "dump: /logical_count/1/1: expected a token count";
        QTest::newRow("sglang_ragged") << "sglang" << "{\"logical_count\": [[[1, 2], [3, 4]], [[1, 2], [3]]]}"
                                       << "dump: /logical_count/1/1: expected 2 experts";
        QTest::newRow("sglang_missing") << "sglang" << "{\"rank\": 0}" << "dump: /logical_count: missing";
        QTest::newRow("sglang_placement") << "sglang" << "{\"physical_to_logical_map\": [[0, 1]]}"
                                          << "a placement (\"physical_to_logical_map\"), not a load record";
        QTest::newRow("sglang_pt_archive") << "sglang" << QStringLiteral("PK\x03\x04rest") << "SGLang's .pt file";
        QTest::newRow("vllm_bad_line")
            << "vllm" << "{\"record_type\": \"eplb_load_meta\"}\n\n{\"record_type\": \"eplb_load_stats\",\n"
            // The record breaks off after its 34 characters: nlohmann names column 35.
            << "dump:3: not a JSON record: parse error at line 1, column 35";
        QTest::newRow("vllm_bad_map")
            << "vllm"
            << "{\"record_type\": \"eplb_load_stats\", \"expert_load\": [[1, 2]], \"p2l_map\": [[0, 1]]}\n"
               "{\"record_type\": \"eplb_load_stats\", \"expert_load\": [[1, 2]], \"p2l_map\": [[0, -1]]}\n"
            << "dump:2: /p2l_map/0/1: expected a logical expert id";
        QTest::newRow("vllm_layers_differ")
            << "vllm"
            << "{\"record_type\": \"eplb_load_stats\", \"expert_load\": [[1, 2]], \"p2l_map\": [[0, 1]]}\n"
               "{\"record_type\": \"eplb_load_stats\", \"expert_load\": [[1, 2], [1, 2]], \"p2l_map\": [[0, 1], [0, 1]]}\n"
            << "dump:2: /expert_load: expected 1 MoE layers, like the first record, got 2";
        QTest::newRow("vllm_missing_map") << "vllm" << "{\"record_type\": \"eplb_load_stats\", \"expert_load\": [[1]]}"
                                          << "dump:1: /p2l_map: missing";
        QTest::newRow("vllm_no_stats") << "vllm" << "{\"record_type\": \"eplb_load_meta\"}\n"
                                       << "dump: no \"eplb_load_stats\" record in 1 line(s)";
    }
    void malformed_namesWhere()
    {
        QFETCH(QString, engine);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::string bytes = text.toStdString();
        const auto result = engine == QLatin1String("sglang") ? parseSglangDump(bytes, "dump") : parseVllmDump(bytes, "dump");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.find(expected.toStdString()) != std::string::npos, result.error.c_str());
    }

    void malformedSafetensors_namesWhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const std::string counts = int64s({1, 2, 3, 4, 5, 6, 7, 8});
        const json good = {{"5_1", {{"dtype", "I64"}, {"shape", {8}}, {"data_offsets", {0, 64}}}}};
        auto bytes = [](const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
        QTest::newRow("too_short") << bytes("abc") << "rank0.safetensors: 3 bytes, too short";
        QTest::newRow("header_past_end") << bytes(safetensors(good, counts).substr(0, 40))
                                         << "rank0.safetensors: the header length (first 8 bytes) says";
        json shape = good;
        shape["5_1"]["shape"] = {4};
        QTest::newRow("wrong_shape") << bytes(safetensors(shape, counts)) << "rank0.safetensors: header /5_1/shape: expected [8]";
        json key = {{"layer1", good["5_1"]}};
        QTest::newRow("wrong_key") << bytes(safetensors(key, counts)) << "header /layer1: expected a key \"ITER_LAYER\"";
        json offsets = good;
        offsets["5_1"]["data_offsets"] = {8, 72};
        QTest::newRow("offsets_past_data") << bytes(safetensors(offsets, counts))
                                           << "header /5_1/data_offsets: expected [BEGIN, BEGIN + 64] within the 64 data bytes";
        json dtype = good;
        dtype["5_1"]["dtype"] = "BF16";
        QTest::newRow("dtype") << bytes(safetensors(dtype, counts)) << "header /5_1/dtype: expected I64, I32, F64 or F32";
        QTest::newRow("negative") << bytes(safetensors(good, int64s({1, 2, 3, -4, 5, 6, 7, 8})))
                                  << "header /5_1: count 3 is -4";
    }
    void malformedSafetensors_namesWhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        std::vector<std::pair<std::int64_t, std::vector<double>>> byLayer;
        std::int64_t records = 0;
        const auto error = addSafetensorsCounts(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                                "rank0.safetensors", 8, byLayer, records);
        QVERIFY(error);
        QVERIFY2(error->find(expected.toStdString()) != std::string::npos, error->c_str());
    }

    void trtllmFolder_missingMetaOrRanks_says()
    {
        QTemporaryDir dir;
        const auto none = readTrtllmDump(dir.path().toStdString());
        QVERIFY(!none.ok());
        QVERIFY2(none.error.find("meta_info.json") != std::string::npos, none.error.c_str());
        writeFile(dir, "meta_info.json", "{\"num_experts\": 8, \"num_experts_per_token\": 2}");
        const auto noRanks = readTrtllmDump(dir.path().toStdString());
        QVERIFY2(noRanks.error.find("no rank*.safetensors file") != std::string::npos, noRanks.error.c_str());
        writeFile(dir, "meta_info.json", "{\"num_experts\": \"8\"}");
        const auto badMeta = readTrtllmDump(dir.path().toStdString());
        QVERIFY2(badMeta.error.find("meta_info.json: /num_experts: expected a positive integer, got \"8\"")
                     != std::string::npos,
                 badMeta.error.c_str());
    }

    // The layers line up with the profile's MoE layers, or the import says why not.
    void rows_matchTheModelsLayers_orSayWhy()
    {
        const Model model = sampleModel();  // 4 layers, the first dense: 3 MoE layers
        RoutingDump dump;
        dump.experts = 8;
        dump.layers = kExpected;  // MoE layers only
        QCOMPARE(measuredRowsFor(dump, model).rows, kExpected);
        dump.layers.insert(dump.layers.begin(), std::vector<double>(8, 0.0));  // every layer, dense first
        QCOMPARE(measuredRowsFor(dump, model).rows, kExpected);
        dump.layers[0][3] = 1;  // tokens in a dense layer: another model's dump
        QVERIFY(measuredRowsFor(dump, model).error.find("layer 0 has tokens") != std::string::npos);
        dump.layers.erase(dump.layers.begin());
        dump.layers.pop_back();
        QVERIFY(measuredRowsFor(dump, model).error.find("the dump has 2 MoE layers, the profile's model has 3")
                != std::string::npos);
        dump.layers = kExpected;
        dump.layers[1].assign(8, 0.0);
        QVERIFY(measuredRowsFor(dump, model).error.find("layer 1 recorded no tokens") != std::string::npos);
        dump.layers = kExpected;
        dump.experts = 16;
        QVERIFY(measuredRowsFor(dump, model).error.find("counts 16 experts per layer, the profile's model has 8")
                != std::string::npos);
    }

    // End to end: the written profile loads with the dump's rows as measured routing.
    void importRouting_writesAProfileThatLoads()
    {
        QTemporaryDir dir;
        const std::string into = writeFile(dir, "into.moeprofile.json", sampleProfileJson().dump(2));
        const std::string out = dir.filePath(QStringLiteral("out.moeprofile.json")).toStdString();
        const auto run = test::runCli({"import-routing", kSamples + "/vllm-eplb-load-stats.jsonl", "--engine", "vllm",
                                       "--into", into, "--out", out});
        QCOMPARE(run.code, 0);
        QVERIFY2(test::contains(run.err, "2 record(s) x 3 MoE layers x 8 logical experts"), run.err.c_str());
        // The hottest: expert 7 of MoE layer 2, 100 of 160 assignments.
        QVERIFY2(test::contains(run.err, "expert 7 of MoE layer 2 takes 62.50%"), run.err.c_str());
        const LoadResult loaded = loadProfileFile(out);
        QVERIFY2(loaded.ok(), loaded.error.toString().c_str());
        QCOMPARE(loaded.profile->workload.routing.kind, RoutingKind::Measured);
        QCOMPARE(loaded.profile->workload.routing.loads, kExpected);
    }

    // A malformed dump writes nothing: the previous --out file survives.
    void importRouting_badDump_keepsPreviousFile()
    {
        QTemporaryDir dir;
        const std::string into = writeFile(dir, "into.moeprofile.json", sampleProfileJson().dump(2));
        const std::string dump = writeFile(dir, "bad.jsonl", "{\"record_type\": \"eplb_load_stats\", \"expert_load\": [[1, \"x\"]], \"p2l_map\": [[0, 1]]}\n");
        const std::string out = writeFile(dir, "out.moeprofile.json", "previous");
        const auto run = test::runCli({"import-routing", dump, "--engine", "vllm", "--into", into, "--out", out});
        QCOMPARE(run.code, 2);
        QVERIFY2(test::contains(run.err, "bad.jsonl:1: /expert_load/0/1: expected a token count"), run.err.c_str());
        QVERIFY2(test::contains(run.err, "nothing was written"), run.err.c_str());
        QCOMPARE(readFile(out), std::string("previous"));
        // A dump of another model is refused the same way.
        const auto other = test::runCli({"import-routing", kSamples + "/sglang-expert-distribution.json", "--engine",
                                         "sglang", "--into", "builtin:mixtral-8x7b-h100", "--out", out});
        QCOMPARE(other.code, 2);
        QVERIFY2(test::contains(other.err, "counts 8 experts per layer") || test::contains(other.err, "layers"),
                 other.err.c_str());
        QCOMPARE(readFile(out), std::string("previous"));
        const auto noEngine = test::runCli({"import-routing", dump, "--into", into});
        QCOMPARE(noEngine.code, 2);
        QVERIFY2(test::contains(noEngine.err, "--engine sglang|vllm|trtllm"), noEngine.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRoutingDump)
#include "tst_routingdump.moc"
