// Issue 11, point 7: the per-GPU list of the CLI's JSON is written as text, not as a
// nlohmann::json object per GPU. The bytes must stay exactly those of
// gpuToJson(gpu).dump(2) (existing JSON output keeps its meaning and its form): every
// GPU of real evaluations, figures nlohmann writes in each of its layouts, and whole
// `evaluate` and `search --gpus` documents against the documents built as before.

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/accuracyoutput.h"
#include "cli/cli.h"
#include "cli/gpulistjson.h"
#include "model/evaluationjson.h"
#include "profile/profileio.h"
#include "search/search.h"
#include "testprofiles.h"

using namespace moe;

namespace {

// What the CLI wrote before: the object dumped, its later lines indented.
std::string dumpedAsBefore(const GpuState& gpu, std::size_t indent)
{
    const std::string dumped = gpuToJson(gpu).dump(2);
    std::string text;
    for (const char c : dumped) {
        text += c;
        if (c == '\n') {
            text.append(indent, ' ');
        }
    }
    return text;
}

std::string written(cli::GpuListJsonWriter& writer, const GpuState& gpu, std::size_t indent)
{
    std::string text;
    writer.append(text, gpu, indent);
    return text;
}

std::string runCli(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run(args, out, err);
    if (code != 0) {
        qWarning("%s", err.str().c_str());
    }
    return out.str();
}

} // namespace

class TestGpuListJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every GPU of the seed on a cluster with idle GPUs (128 used of 160), at the
    // indentations evaluate (4) and search (8) use.
    void everyGpu_sameBytesAsTheObject()
    {
        Profile profile = test::builtin("seed");
        profile.cluster.gpuCount = 160;
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        QVERIFY(ev.valid);
        QCOMPARE(ev.gpus.size(), std::size_t(160));
        QVERIFY(!ev.gpus.back().used);
        cli::GpuListJsonWriter writer;
        for (const GpuState& gpu : ev.gpus) {
            for (const std::size_t indent : {std::size_t(4), std::size_t(8)}) {
                QCOMPARE(written(writer, gpu, indent), dumpedAsBefore(gpu, indent));
            }
        }
    }

    // nlohmann's layouts: "0.0", "-0.0", integers with ".0", plain decimals up to 15
    // digits before the point, "0.000ddd" down to 1e-4, exponents with two digits at
    // least ("1e-05", "1e+16"), the extremes, and "null" for what is not finite.
    void figures_inEveryLayout()
    {
        const double figures[] = {0.0, -0.0, 1.0, 100.0, 0.1, 1.0 / 3.0, 123456789012345.0, 1234567890123456.0,
                                  1e16, 1e21, 1e-4, 1.5e-5, 1e-7, 5e-324, std::numeric_limits<double>::max(),
                                  -2.5e300, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                                  -std::numeric_limits<double>::infinity()};
        cli::GpuListJsonWriter writer;
        for (const double x : figures) {
            GpuState gpu;
            gpu.tokens = x;
            gpu.a2aBytes = -x;
            gpu.computeS = x / 7;
            gpu.memory.kvCache = x;
            gpu.index = -3;  // integers in the entry keep their sign
            gpu.used = x > 0;
            QCOMPARE(written(writer, gpu, 4), dumpedAsBefore(gpu, 4));
        }
    }

    // The cache of formatted figures is keyed by the double's bits: a hundred thousand
    // random figures (colliding in its 1,024 slots) each come out as their own.
    void cache_neverMixesFigures()
    {
        std::mt19937_64 random(11);
        std::uniform_real_distribution<double> exponent(-30, 30);
        cli::GpuListJsonWriter writer;
        for (int i = 0; i < 100'000; ++i) {
            GpuState gpu;
            gpu.tokens = std::pow(10.0, exponent(random));
            gpu.computeS = i % 3 == 0 ? gpu.tokens : std::pow(10.0, exponent(random));
            gpu.a2aBytes = static_cast<double>(i % 17);
            gpu.index = i;
            QCOMPARE(written(writer, gpu, 4), dumpedAsBefore(gpu, 4));
        }
    }

    // Whole documents: `evaluate --format json` as cli.cpp built it before (the object
    // with its gpus list, dumped), and a `search --gpus` result's list.
    void evaluateDocument_sameBytesAsBefore()
    {
        Profile profile = test::builtin("seed");
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        nlohmann::json json = evaluationToJson(ev, false);
        json["gpus"] = nlohmann::json::array();
        for (const GpuState& gpu : ev.gpus) {
            json["gpus"].push_back(gpuToJson(gpu));
        }
        json["profile"] = profile.name;
        json["mode"] = toString(profile.workload.mode);
        json["measured_accuracy"] = cli::accuracyToJson(measuredAccuracy(profile), profile.cluster.system);
        QCOMPARE(runCli({"evaluate", "builtin:seed", "--format", "json"}), json.dump(2) + "\n");

        const std::string searched = runCli({"search", "builtin:seed", "--format", "json", "--top", "2", "--gpus"});
        const nlohmann::json document = nlohmann::json::parse(searched);
        QCOMPARE(document["results"].size(), std::size_t(2));
        const SearchResult result = search(profile, Objective::Throughput);
        for (std::size_t i = 0; i < 2; ++i) {
            const Evaluation best = evaluate(applyCandidate(profile, result.ranked[i]), Detail::PerGpu);
            nlohmann::json gpus = nlohmann::json::array();
            for (const GpuState& gpu : best.gpus) {
                gpus.push_back(gpuToJson(gpu));
            }
            QVERIFY(document["results"][i]["gpus"] == gpus);
            // And laid out as dump(2) nests it, four spaces deeper.
            std::string list = gpus.dump(2);
            std::string nested;
            for (const char c : list) {
                nested += c;
                if (c == '\n') {
                    nested.append(6, ' ');
                }
            }
            QVERIFY(searched.find("\"gpus\": " + nested) != std::string::npos);
        }
    }
};

QTEST_MAIN(TestGpuListJson)
#include "tst_gpulistjson.moc"
