// moe-explorer-cli's contract (../shared/spec/cli.md): exit codes, JSON keys, clear
// messages for bad input.

#include <algorithm>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>
#include <sstream>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "clirun.h"
#include "cli/options.h"
#include "profile/builtins.h"
#include "profile/profileio.h"

using nlohmann::json;

namespace {

using Run = moe::test::CliRun;
using moe::test::contains;
using moe::test::runCli;

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void version_printsProjectVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("alone") << QStringList{"--version"};
        QTest::newRow("after_a_command") << QStringList{"evaluate", "builtin:seed", "--version"};
    }

    void version_printsProjectVersion()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> argv;
        for (const auto& arg : args) {
            argv.push_back(arg.toStdString());
        }
        const Run run = runCli(argv);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, std::string("moe-explorer-cli ") + MOE_VERSION + "\n");
        QVERIFY(run.err.empty());
        // A version a packager can compare: MAJOR.MINOR.PATCH, nothing else.
        QVERIFY(QRegularExpression(QStringLiteral("^moe-explorer-cli \\d+\\.\\d+\\.\\d+\n$"))
                    .match(QString::fromStdString(run.out))
                    .hasMatch());
    }

    void help_listsVersion()
    {
        const Run run = runCli({"--help"});
        QCOMPARE(run.code, 0);
        QVERIFY(contains(run.out, "--version"));
    }

    void evaluateJson_hasContractKeys()
    {
        const Run run = runCli({"evaluate", "builtin:seed", "--format", "json"});
        QCOMPARE(run.code, 0);
        const json out = json::parse(run.out);
        const std::map<std::string, std::vector<std::string>> keys = {
            {"strategy", {"tp", "pp", "dp", "ep", "etp", "micro_batches"}},
            {"params", {"total", "active_per_token"}},
            {"memory_bytes",
             {"attention_weights", "expert_weights", "dense_weights", "embedding", "gradients", "optimizer",
              "activations", "kv_cache", "comm_buffers", "reserve", "total", "capacity"}},
            {"time_s",
             {"attention_compute", "expert_compute", "dense_compute", "a2a_dispatch", "a2a_combine", "tp_comm",
              "pp_comm", "pp_bubble", "dp_comm", "overlapped", "total"}},
            {"comm_bytes_per_gpu", {"a2a", "tp", "pp", "dp"}},
            {"rates", {"tokens_per_s", "tokens_per_s_per_gpu", "mfu", "comm_fraction"}},
            {"load", {"imbalance", "experts_per_gpu_max", "experts_per_gpu_min"}},
            {"verdict", {"ok", "checks"}},
        };
        for (const auto& [object, fields] : keys) {
            QVERIFY2(out.contains(object), object.c_str());
            for (const auto& field : fields) {
                QVERIFY2(out[object].contains(field), (object + "." + field).c_str());
            }
        }
        QVERIFY(out["gpus_used"].is_number_integer());
        QVERIFY(out["flops_per_step"].is_number());
        // Every GPU of the 128-GPU cluster is listed; 32 of them are used.
        QCOMPARE(out["gpus"].size(), std::size_t(128));
        QCOMPARE(out["gpus_used"].get<int>(), 32);
        for (const char* field : {"index", "node", "tp", "pp", "dp", "ep", "experts", "tokens", "memory_bytes"}) {
            QVERIFY2(out["gpus"][0].contains(field), field);
        }
        // GPU 9 sits in node 1 (8 GPUs per node); EP32 hosts 2 experts of each of 16 layers.
        QCOMPARE(out["gpus"][9]["node"].get<int>(), 1);
        QCOMPARE(out["gpus"][9]["experts"].get<int>(), 32);
        QCOMPARE(out["gpus"][40]["used"].get<bool>(), false);
        for (const auto& check : out["verdict"]["checks"]) {
            QVERIFY(check.contains("name") && check.contains("ok") && check.contains("detail"));
        }
    }

    void evaluateOverrides_changeTheStrategy()
    {
        const Run run = runCli({"evaluate", "builtin:seed", "--ep", "16", "--dp", "16", "--format", "json"});
        QCOMPARE(run.code, 0);
        const json out = json::parse(run.out);
        QCOMPARE(out["strategy"]["ep"].get<int>(), 16);
        QCOMPARE(out["gpus_used"].get<int>(), 16);
        // 64 experts over 16 ranks: 4 per layer, 64 over 16 layers.
        QCOMPARE(out["load"]["experts_per_gpu_max"].get<int>(), 64);
    }

    void evaluateExplain_everyTimeComponent()
    {
        const Run run = runCli({"evaluate", "builtin:seed", "--format", "json", "--explain"});
        QCOMPARE(run.code, 0);
        const json out = json::parse(run.out);
        std::set<std::string> explained;
        for (const auto& e : out["explanations"]) {
            explained.insert(e["key"].get<std::string>());
            QVERIFY(!e["formula"].get<std::string>().empty());
        }
        for (const auto& item : out["time_s"].items()) {
            QVERIFY2(explained.contains("time_s." + item.key()), item.key().c_str());
        }
        for (const auto& item : out["memory_bytes"].items()) {
            QVERIFY2(item.key() == "capacity" || explained.contains("memory_bytes." + item.key()), item.key().c_str());
        }
    }

    void evaluateTable_readableWithUnits()
    {
        const Run run = runCli({"evaluate", "builtin:seed"});
        QCOMPARE(run.code, 0);
        QVERIFY(contains(run.out, "ms"));
        QVERIFY(contains(run.out, "GiB"));
        QVERIFY(contains(run.out, "tokens/s"));
        QVERIFY(contains(run.out, "Verdict: PASS"));
        const Run baseline = runCli({"evaluate", "builtin:seed", "--baseline"});
        QCOMPARE(baseline.code, 0);  // evaluated, even though its verdict fails
        QVERIFY(contains(baseline.out, "Verdict: FAIL"));
        QVERIFY(contains(baseline.out, "[FAIL] memory"));
    }

    void badInput_exitsTwoWithClearMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << QStringList{"evaluate", "/no/such/cluster.moeprofile.json"}
                                      << "/no/such/cluster.moeprofile.json";
        QTest::newRow("unknown builtin") << QStringList{"evaluate", "builtin:nope"} << "no built-in profile named";
        QTest::newRow("illegal override") << QStringList{"evaluate", "builtin:seed", "--ep", "3"} << "/strategy/ep";
        QTest::newRow("non-number override") << QStringList{"evaluate", "builtin:seed", "--tp", "two"} << "--tp";
        QTest::newRow("bad mode") << QStringList{"evaluate", "builtin:seed", "--mode", "serve"} << "--mode";
        QTest::newRow("unknown option") << QStringList{"evaluate", "builtin:seed", "--fast"} << "--fast";
        QTest::newRow("unknown command") << QStringList{"simulate"} << "unknown command";
        QTest::newRow("bad format") << QStringList{"evaluate", "builtin:seed", "--format", "xml"} << "--format";
        QTest::newRow("validate missing") << QStringList{"validate", "/no/such.json"} << "/no/such.json";
        // An empty word (an unset "$PROFILE") used to evaluate builtin:seed without a word.
        QTest::newRow("empty profile argument") << QStringList{"evaluate", ""} << "the profile argument is empty";
        QTest::newRow("empty profile, validate") << QStringList{"validate", "", "--ep", "16"}
                                                 << "the profile argument is empty";
    }
    void badInput_exitsTwoWithClearMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        std::vector<std::string> argv;
        for (const auto& arg : args) {
            argv.push_back(arg.toStdString());
        }
        const Run run = runCli(argv);
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, expected.toStdString()), run.err.c_str());
        QVERIFY(run.out.empty());
    }

    // Issue 11, point 13: the window's toolkit turns a non-UTF-8 name into another one
    // (each bad byte becomes U+FFFD), so "wrote r\xff.png" named a file that was not
    // there. Such a name is refused; a UTF-8 one, accents and all, is taken as given.
    void nonUtf8OutName_refused()
    {
        for (const char* command : {"export", "report"}) {
            std::vector<std::string> args{command, "builtin:seed", "--out", std::string("r\xff.png")};
            if (std::string(command) == "export") {
                args.insert(args.end(), {"--chart", "latency"});
            }
            const Run run = runCli(args);
            QCOMPARE(run.code, 2);
            QVERIFY2(contains(run.err, "--out: the file name is not valid UTF-8 (byte 2 is 0xff)"), run.err.c_str());
            QVERIFY(run.out.empty());
        }
        // Truncated (\xc3 alone), overlong (\xc0\xaf) and surrogate (\xed\xa0\x80) forms, RFC 3629.
        for (const std::string& bad : {std::string("a\xc3.png"), std::string("\xc0\xaf.png"), std::string("\xed\xa0\x80.png")}) {
            QVERIFY(!moe::cli::parseArguments({"export", "--chart", "grid", "--out", bad}).options);
        }
        QVERIFY(moe::cli::parseArguments({"export", "--chart", "grid", "--out", "r\xc3\xa9sum\xc3\xa9-\xe2\x82\xac-\xf0\x9f\x98\x80.png"}).options);
    }

    void noProfile_meansTheSeed()
    {
        const Run run = runCli({"evaluate", "--format", "json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(json::parse(run.out)["gpus_used"].get<int>(), 32);  // EP32 on 32 GPUs, the source's strategy
    }

    void searchJson_rankedWithParetoFlags()
    {
        const Run run = runCli({"search", "builtin:seed", "--top", "3", "--format", "json", "--objective", "latency"});
        QCOMPARE(run.code, 0);
        const json out = json::parse(run.out);
        QVERIFY(out["evaluated"].get<long long>() > 1000);
        QCOMPARE(out["results"].size(), std::size_t(3));
        double previous = 0;
        for (const auto& result : out["results"]) {
            QVERIFY(result.contains("pareto") && result["pareto"].is_boolean());
            // Per-GPU lists only with --gpus (issue 11): tst_clisearchbounds checks them.
            QVERIFY(result.contains("time_s") && result.contains("verdict") && !result.contains("gpus"));
            QVERIFY(result["verdict"]["ok"].get<bool>());
            QVERIFY(result["time_s"]["total"].get<double>() >= previous);  // ranked by latency
            previous = result["time_s"]["total"].get<double>();
        }
        // The quickest configuration is on the Pareto front by definition.
        QVERIFY(out["results"][0]["pareto"].get<bool>());
        QVERIFY(out["profile_strategy"].contains("rank"));
        const Run bad = runCli({"search", "builtin:seed", "--objective", "cheapest"});
        QCOMPARE(bad.code, 2);
    }

    // The source's EP32 on 32 of the 128 GPUs against the best by throughput: the
    // reason names both GPU counts and the per-GPU gap, which must agree with the two
    // strategies' own per-GPU throughput from `evaluate`.
    void searchSaysWhyTheOwnStrategyLost()
    {
        const Run run = runCli({"search", "builtin:seed", "--top", "1", "--format", "json"});
        QCOMPARE(run.code, 0);
        const json out = json::parse(run.out);
        const json best = out["results"][0];
        const std::string why = out["profile_strategy"]["why_below_best"].get<std::string>();
        const std::string gpus = "on 32 GPUs against " + std::to_string(best["gpus_used"].get<int>());
        QVERIFY2(why.find(gpus) != std::string::npos, why.c_str());
        const json own = json::parse(runCli({"evaluate", "builtin:seed", "--format", "json"}).out);
        const double perGpu = own["rates"]["tokens_per_s_per_gpu"].get<double>() / best["rates"]["tokens_per_s_per_gpu"].get<double>();
        char expected[32];
        std::snprintf(expected, sizeof expected, "(%+.1f%% per GPU)", (perGpu - 1) * 100);
        QVERIFY2(why.find(expected) != std::string::npos, why.c_str());
        const Run table = runCli({"search", "builtin:seed", "--top", "1"});
        QVERIFY(table.out.find("against the best: " + why) != std::string::npos);

        // Per GPU the best is EP16 on 16 GPUs. Both do the same FLOPs per token at the
        // same efficiency, so their GPU-time for compute is equal and what the source's
        // EP32 loses must be communication: the all-to-all across more nodes.
        const json byPerGpu = json::parse(runCli({"search", "builtin:seed", "--top", "1", "--format", "json", "--objective",
                                                "throughput-per-gpu"}).out);
        const std::string whyPerGpu = byPerGpu["profile_strategy"]["why_below_best"].get<std::string>();
        QVERIFY2(whyPerGpu.find("mostly all-to-all") != std::string::npos, whyPerGpu.c_str());
        QVERIFY2(whyPerGpu.find("of GPU time per step") != std::string::npos, whyPerGpu.c_str());
    }

    void validateInvalidFile_namesJsonPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.moeprofile.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"moe-explorer-profile","version":1,"cluster":{"gpu_count":8,"gpus_per_node":8,
            "gpu":{"memory_gib":-1,"peak_tflops":1,"hbm_gbps":1}}})");
        file.close();
        const Run run = runCli({"validate", path.toStdString()});
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, "/cluster/gpu/memory_gib"), run.err.c_str());
        const Run good = runCli({"validate", "builtin:seed"});
        QCOMPARE(good.code, 0);
    }

    void profiles_listsBuiltinsSeedFirst()
    {
        const Run run = runCli({"profiles", "--format", "json"});
        QCOMPARE(run.code, 0);
        const json list = json::parse(run.out);
        QVERIFY(list.size() >= 3);
        QCOMPARE(list[0]["id"].get<std::string>(), std::string("builtin:seed"));
    }

    // Issue 11, point 13: an option the command does not read is refused, not ignored
    // (evaluate --out wrote nothing and exited 0), and an option given twice is refused
    // rather than the last one winning silently. Both exit 2 naming the option.
    void unusedOrRepeatedOptions_refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("evaluate --out") << QStringList{"evaluate", "builtin:seed", "--out", "x.json"}
                                        << "--out is not an option of evaluate";
        QTest::newRow("validate --format") << QStringList{"validate", "builtin:seed", "--format", "json"}
                                           << "--format is not an option of validate";
        QTest::newRow("profiles --tp") << QStringList{"profiles", "--tp", "2"} << "--tp is not an option of profiles";
        QTest::newRow("report --chart") << QStringList{"report", "builtin:seed", "--chart", "grid", "--out", "r.md"}
                                        << "--chart is not an option of report";
        QTest::newRow("--tp twice") << QStringList{"evaluate", "builtin:seed", "--tp", "4", "--tp", "8"}
                                    << "--tp is given twice";
        QTest::newRow("--format twice") << QStringList{"search", "builtin:seed", "--format", "json", "--format", "table"}
                                        << "--format is given twice";
    }
    void unusedOrRepeatedOptions_refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        std::vector<std::string> argv;
        for (const QString& a : args) {
            argv.push_back(a.toStdString());
        }
        const Run run = runCli(argv);
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, words.toStdString()), run.err.c_str());
        QVERIFY(run.out.empty());
    }

    // The usage names every command's overrides and --baseline where it reads them.
    void usage_listsOverridesAndBaseline()
    {
        const Run run = runCli({"--help"});
        for (const char* line : {"validate PROFILE [overrides] [--baseline]", "export   PROFILE [overrides] [--baseline]",
                                 "report   PROFILE [overrides] [--baseline]"}) {
            QVERIFY2(contains(run.out, line), line);
        }
    }

    // profile-format.md, version 2: "At least these ids exist", each listed with the
    // sources of its figures (issue: every figure carries its source).
    void systems_listsEverySpecIdWithSources()
    {
        const Run run = runCli({"systems", "--format", "json"});
        QCOMPARE(run.code, 0);
        const json list = json::parse(run.out);
        for (const char* id : {"dgx-a100-80gb", "dgx-h100", "hgx-h800", "hgx-h20", "dgx-h200", "dgx-b200",
                               "gb200-nvl72", "gb300-nvl72", "mi300x-8", "mi355x-8"}) {
            const auto it = std::find_if(list.begin(), list.end(), [&](const json& s) { return s["id"] == id; });
            QVERIFY2(it != list.end(), id);
            QVERIFY2(!(*it)["sources"].empty(), id);
        }
        // The DGX A100 datasheet's BF16 peak; GB200 NVL72's 72-GPU NVLink domain.
        QCOMPARE(list[0]["gpu"]["peak_tflops"]["bf16"].get<double>(), 312.0);
        const Run table = runCli({"systems"});
        QCOMPARE(table.code, 0);
        QVERIFY(contains(table.out, "900 x 72"));
    }

    // cli.md, serve: the request shape is required, targets are milliseconds above 0, and
    // an unmeetable target names itself and the closest deployment.
    void serve_needsShapeAndRefusesBadTargets()
    {
        Run run = runCli({"serve", "builtin:mixtral-8x7b-h100", "--osl", "128"});
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, "--isl"), run.err.c_str());
        run = runCli({"serve", "builtin:mixtral-8x7b-h100", "--isl", "512", "--osl", "128", "--tpot-ms", "-3"});
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, "--tpot-ms"), run.err.c_str());
        // A value missing at the end is named as missing, not quoted as "".
        run = runCli({"serve", "builtin:mixtral-8x7b-h100", "--isl", "512", "--osl", "128", "--tpot-ms"});
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, "--tpot-ms: expected milliseconds above 0, got nothing"), run.err.c_str());
        run = runCli({"serve", "builtin:mixtral-8x7b-h100", "--isl", "512", "--osl", "128", "--top", "3"});
        QCOMPARE(run.code, 2);
        run = runCli({"serve", "builtin:mixtral-8x7b-h100", "--isl", "512", "--osl", "128", "--ttft-ms", "0.000001"});
        QCOMPARE(run.code, 0);
        QVERIFY2(contains(run.out, "nothing meets TTFT") && contains(run.out, "closest:"), run.out.c_str());
    }

    // cli.md, serve: the plan replaces the mode, batch and sequence length and compares
    // no baseline, so those options are refused rather than ignored; a chunk is for
    // aggregated serving only; the targets used are stated, wherever they came from.
    void serve_refusesWhatItWouldIgnore()
    {
        for (const std::vector<std::string>& extra : std::vector<std::vector<std::string>>{
                 {"--batch", "7"}, {"--seq", "9"}, {"--mode", "training"}, {"--baseline"},
                 {"--disaggregated", "--chunk-tokens", "512"}}) {
            std::vector<std::string> args{"serve", "builtin:mixtral-8x7b-h100", "--isl", "512", "--osl", "128"};
            args.insert(args.end(), extra.begin(), extra.end());
            const Run run = runCli(args);
            QCOMPARE(run.code, 2);
            QVERIFY2(contains(run.err, extra.front() == "--disaggregated" ? "--chunk-tokens" : extra.front()), run.err.c_str());
        }
        const Run fromProfile = runCli({"serve", "builtin:deepseek-v3-day6-decode-h800", "--osl", "512"});
        QCOMPARE(fromProfile.code, 0);
        QVERIFY2(contains(fromProfile.out, "targets: TPOT <= 50 ms"), fromProfile.out.c_str());
        const Run none = runCli({"serve", "builtin:mixtral-8x7b-h100", "--isl", "512", "--osl", "128"});
        QVERIFY2(contains(none.out, "targets: none"), none.out.c_str());
    }

    // A training profile is served as a decode one (docs/serving.md, "The plan"): its
    // strategy overrides are checked as a serving step's, where training's rule (the
    // global batch of 2,304 divisible by DP x its 96 micro-batches) refused DP 64; and
    // the plan says why the others lose.
    void serve_trainingProfileAsDecode()
    {
        const Run run = runCli({"serve", "builtin:gpt-145b", "--isl", "1024", "--osl", "256", "--tp", "12", "--pp", "1",
                                "--dp", "64"});
        QCOMPARE(run.code, 0);
        QVERIFY2(contains(run.out, "\nbest: "), run.out.c_str());
        QVERIFY2(contains(run.out, "No deployment gives more output tokens/s per GPU.")
                     || contains(run.out, "deployments giving more per GPU each miss"),
                 run.out.c_str());
    }

    // A best beyond the table's 20 rows of the front is listed after them, under a
    // heading that says whether it is further along the front or off it (the JSON says
    // which: `pareto`).
    void serve_bestBeyondTheRowsShown()
    {
        const Run table = runCli({"serve", "builtin:deepseek-v3-decode-gb200-nvl72", "--isl", "1024", "--osl", "1024",
                                  "--tpot-ms", "10", "--disaggregated"});
        const Run js = runCli({"serve", "builtin:deepseek-v3-decode-gb200-nvl72", "--isl", "1024", "--osl", "1024",
                               "--tpot-ms", "10", "--disaggregated", "--format", "json"});
        QCOMPARE(table.code, 0);
        const json plan = json::parse(js.out);
        QVERIFY(plan["front"].size() > 20);
        std::size_t bestAt = 0;
        while (bestAt < plan["front"].size() && plan["front"][bestAt] != plan["best"]) {
            ++bestAt;
        }
        QVERIFY2(bestAt >= 20 && bestAt < plan["front"].size(), qPrintable(QString::number(bestAt)));
        QVERIFY2(contains(table.out, "(further along the front)\n  *"), table.out.c_str());
        QVERIFY(!contains(table.out, "(off the front)"));
    }

    // Without --isl and --osl, the profile's workload.serving gives them; options win.
    void serve_readsTheProfilesServing()
    {
        const Run run = runCli({"serve", "builtin:deepseek-v3-day6-decode-h800",
                                "--osl", "512", "--format", "json"});
        QCOMPARE(run.code, 0);
        const json plan = json::parse(run.out);
        QCOMPARE(plan["isl"].get<int>(), 4383);  // the profile's
        QCOMPARE(plan["osl"].get<int>(), 512);   // the option's
        QCOMPARE(plan["targets"]["tpot_s"].get<double>(), 0.05);
    }

    // workload.serving.chunk_tokens is the chunk of aggregated serving, and
    // --chunk-tokens wins over it: a profile saying 64 planned with --chunk-tokens 256
    // gives the same front as the profile without the key planned with the option, and
    // the key alone gives the same front as the option alone.
    void serve_chunkTokensKeyAndOptionWins()
    {
        QTemporaryDir dir;
        const moe::LoadResult builtin = moe::loadBuiltin("mixtral-8x7b-h100");
        QVERIFY(builtin.ok());
        json document = json::parse(moe::serializeProfile(*builtin.profile));
        document["workload"]["serving"] = json{{"isl", 2048}, {"osl", 128}};
        const auto write = [&](const char* name, const json& text) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(QByteArray::fromStdString(text.dump()));
            return path.toStdString();
        };
        const std::string plain = write("plain.moeprofile.json", document);
        document["workload"]["serving"]["chunk_tokens"] = 64;
        const std::string keyed = write("keyed.moeprofile.json", document);
        const auto plan = [](std::vector<std::string> args) {
            args.insert(args.begin(), "serve");
            args.insert(args.end(), {"--format", "json"});
            const Run run = runCli(args);
            QTest::qVerify(run.code == 0, "run.code == 0", run.err.c_str(), __FILE__, __LINE__);
            return json::parse(run.out);
        };
        const json byKey = plan({keyed});
        const json byOption64 = plan({plain, "--chunk-tokens", "64"});
        const json whole = plan({plain});
        const json overridden = plan({keyed, "--chunk-tokens", "256"});
        const json byOption256 = plan({plain, "--chunk-tokens", "256"});
        QCOMPARE(byKey["chunk_tokens"].get<int>(), 64);
        QVERIFY(whole["chunk_tokens"].is_null());
        QCOMPARE(overridden["chunk_tokens"].get<int>(), 256);
        QVERIFY(byKey["front"] == byOption64["front"]);
        QVERIFY(overridden["front"] == byOption256["front"]);
        // The chunk changes the plan: 64-token chunks are not whole 2,048-token prompts.
        QVERIFY(byKey["front"] != whole["front"]);
        QVERIFY(overridden["front"] != byKey["front"]);
    }

    // cli.md version 2: search --format csv, one row per result shown, the same results
    // in the same order as the JSON; other commands refuse csv.
    void search_csvMatchesJson()
    {
        const Run csv = runCli({"search", "builtin:seed", "--top", "5", "--format", "csv"});
        QCOMPARE(csv.code, 0);
        const Run js = runCli({"search", "builtin:seed", "--top", "5", "--format", "json"});
        QCOMPARE(js.code, 0);
        const json results = json::parse(js.out)["results"];
        std::vector<std::string> lines;
        std::istringstream in(csv.out);
        for (std::string line; std::getline(in, line);) {
            QVERIFY2(!line.empty() && line.back() == '\r', line.c_str());  // RFC 4180 line ends
            line.pop_back();
            lines.push_back(line);
        }
        QCOMPARE(lines.size(), std::size_t{6});
        QVERIFY(lines[0].starts_with("rank,pareto,tp,pp,dp,ep,etp,micro_batches,recompute,gpus,tokens_per_s,"));
        for (std::size_t i = 0; i < 5; ++i) {
            const json& s = results[i]["strategy"];
            const std::string prefix = std::to_string(i + 1) + "," + (results[i]["pareto"].get<bool>() ? "true" : "false")
                + "," + std::to_string(s["tp"].get<int>()) + "," + std::to_string(s["pp"].get<int>()) + ","
                + std::to_string(s["dp"].get<int>()) + "," + std::to_string(s["ep"].get<int>()) + ",";
            QVERIFY2(lines[i + 1].starts_with(prefix), (lines[i + 1] + " | " + prefix).c_str());
        }
        const Run refused = runCli({"evaluate", "builtin:seed", "--format", "csv"});
        QCOMPARE(refused.code, 2);
        QVERIFY2(contains(refused.err, "expected json or table"), refused.err.c_str());
    }

    void serve_jsonFront()
    {
        const Run run = runCli({"serve", "builtin:mixtral-8x7b-h100", "--isl", "512", "--osl", "128", "--tpot-ms",
                                "1000", "--format", "json"});
        QCOMPARE(run.code, 0);
        const json plan = json::parse(run.out);
        QVERIFY(!plan["front"].empty());
        for (const json& point : plan["front"]) {
            QVERIFY(point["pareto"].get<bool>());
        }
        QVERIFY(plan["best"]["meets_targets"].get<bool>());
        QVERIFY(plan["best"]["tpot_s"].get<double>() <= 1.0);
        QVERIFY(plan["closest"].is_null());
    }

    // The real binary: exit codes survive the process boundary, and a missing file is an
    // exit code, not a signal.
    void binary_exitCodes()
    {
        QProcess process;
        process.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("evaluate"), QStringLiteral("/no/such/file.json")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("/no/such/file.json"));
        process.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("evaluate"), QStringLiteral("builtin:seed")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("Verdict"));
    }
    // Output that cannot be written is a failure: exit 1 and the reason on stderr,
    // never exit 0 with a truncated document. In-process, a stream that refuses
    // everything after its first 100 bytes.
    void outputWriteFails_exitOneWithMessage()
    {
        // No put area: every character goes through overflow(), which fails from the 101st.
        struct FailingBuffer : std::streambuf {
            std::size_t written = 0;
            int_type overflow(int_type c) override
            {
                return written++ < 100 ? traits_type::not_eof(c) : traits_type::eof();
            }
        } buffer;
        std::ostream out(&buffer);
        std::ostringstream err;
        QCOMPARE(moe::cli::run({"evaluate", "builtin:seed", "--format", "json"}, out, err), 1);
        QVERIFY2(contains(err.str(), "cannot write the output"), err.str().c_str());
    }

    // The real binary: standard output on a full device (/dev/full: every write fails
    // with ENOSPC) and past a file-size limit (EFBIG). Before, both exited 0.
    void binary_stdoutWriteFails_exitOne_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("reason");
        QTest::newRow("/dev/full") << QStringLiteral("exec \"$0\" evaluate builtin:seed --format json > /dev/full")
                                   << QStringLiteral("No space left on device");
        QTest::newRow("file-size limit") << QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" evaluate builtin:seed "
                                                           "--format json > \"$1\"/out.json")
                                         << QStringLiteral("File too large");
    }
    void binary_stdoutWriteFails_exitOne()
    {
        QFETCH(QString, script);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral(MOE_CLI_PATH), dir.path()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cannot write the output")) && err.contains(reason), qPrintable(err));
    }

    // A FIFO as the profile: opening it used to wait for a writer forever.
    void binary_fifoProfile_refusedAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("p.moeprofile.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess process;
        process.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("evaluate"), fifo});
        const bool finished = process.waitForFinished(10000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY2(finished, "still waiting on the FIFO after 10 s");
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(fifo) && err.contains(QStringLiteral("not a regular file")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
