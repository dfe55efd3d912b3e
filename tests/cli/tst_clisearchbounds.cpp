// Issue 11, point 6, at the command line: per-GPU lists only with --gpus, a search
// counted first and refused above the limit (exit 2, naming the count and the limit),
// and running out of memory ends with exit 1 and a message, never an abort.

#include <algorithm>
#include <fstream>
#include <sstream>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "clirun.h"
#include "search/search.h"
#include "testprofiles.h"

using nlohmann::json;

namespace {

using Run = moe::test::CliRun;
using moe::test::contains;
using moe::test::runCli;

// DeepSeek-V3's shape on `gpus` GPUs, written where the CLI can read it.
QString deepSeekOn(const QTemporaryDir& dir, std::int64_t gpus)
{
    json j = moe::test::deepSeekSizedTrainingJson();
    j["cluster"]["gpu_count"] = gpus;
    const QString path = dir.filePath(QStringLiteral("deepseek-%1.moeprofile.json").arg(gpus));
    std::ofstream(path.toStdString()) << j.dump();
    return path;
}

} // namespace

class TestCliSearchBounds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The seed's cluster has 128 GPUs (its source, docs/model.md), so each result's list
    // has 128 entries; without --gpus there is none, and the rest is the same.
    void gpusOnlyWhenAsked()
    {
        const Run plain = runCli({"search", "builtin:seed", "--top", "3", "--format", "json"});
        const Run listed = runCli({"search", "builtin:seed", "--top", "3", "--format", "json", "--gpus"});
        QCOMPARE(plain.code, 0);
        QCOMPARE(listed.code, 0);
        json a = json::parse(plain.out);
        json b = json::parse(listed.out);
        QCOMPARE(b["results"].size(), std::size_t(3));
        for (auto& result : b["results"]) {
            QCOMPARE(result["gpus"].size(), std::size_t(128));
            result.erase("gpus");
        }
        QVERIFY(a == b);
        const Run table = runCli({"search", "builtin:seed", "--gpus"});
        QCOMPARE(table.code, 2);
        QVERIFY2(contains(table.err, "--gpus"), table.err.c_str());
    }

    // The count of a profile's rank does not need every result kept: --top 1 and --top
    // 100 give the own strategy the same rank and the same feasible count.
    void ownRankWithoutKeepingAll()
    {
        const json one = json::parse(runCli({"search", "builtin:seed", "--top", "1", "--format", "json"}).out);
        const json many = json::parse(runCli({"search", "builtin:seed", "--top", "100", "--format", "json"}).out);
        QVERIFY(one["feasible"] == many["feasible"]);
        QVERIFY(one["profile_strategy"]["rank"] == many["profile_strategy"]["rank"]);
        QVERIFY(one["profile_strategy"]["rank"].get<int>() > 1);  // EP32 on 32 GPUs is not the best
    }

    // Decode of a million sequences on 1,048,576 GPUs: billions of configurations.
    void overTheLimit_refusedWithCountAndLimit()
    {
        QTemporaryDir dir;
        json j = moe::test::smallMoeJson();
        j["cluster"]["gpu_count"] = 1'048'576;
        j["workload"]["mode"] = "decode";
        j["workload"]["batch"] = 1'048'576;
        const QString path = dir.filePath(QStringLiteral("huge.moeprofile.json"));
        std::ofstream(path.toStdString()) << j.dump();
        const Run run = runCli({"search", path.toStdString()});
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.empty());
        // The count (with thousands separators) and the limit.
        // QRegularExpression, not std::regex: GCC 12 warns inside <regex> in sanitizer builds.
        const QRegularExpression count(QStringLiteral("the space has (over )?[0-9]{3},[0-9]{3},[0-9]{3}[0-9,]* configurations"));
        QVERIFY2(count.match(QString::fromStdString(run.err)).hasMatch() && contains(run.err, "limit of 100,000,000"),
                 run.err.c_str());
    }

    // Under a 200 MB address-space limit, DeepSeek-V3's shape on 1,048,576 GPUs runs out
    // of memory filling the per-GPU records (evaluate, search --gpus): exit 1 with a
    // message. (The search itself now fits: it keeps only the top N and the front.)
    // Before, nlohmann::json's destructor ran out too and the process aborted (134).
    void outOfMemory_exitOneWithMessage_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("evaluate") << QStringLiteral("evaluate") << QStringList{};
        QTest::newRow("search --gpus") << QStringLiteral("search") << QStringList{"--top", "1", "--gpus"};
    }
    void outOfMemory_exitOneWithMessage()
    {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer reserves terabytes of address space for its shadow memory at
        // start-up, so no sanitized binary starts under a 200 MB limit.
        QSKIP("an address-space limit stops AddressSanitizer's binaries from starting");
#endif
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QStringList args = QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -v 200000; exec \"$0\" \"$@\""),
                                             QStringLiteral(MOE_CLI_PATH), command, deepSeekOn(dir, 1'048'576),
                                             QStringLiteral("--format"), QStringLiteral("json")}
            + options;
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral("bash"), args);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 1 && err.contains(QStringLiteral("out of memory running \"%1\"").arg(command)),
                 qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(err)));
    }
};

QTEST_GUILESS_MAIN(TestCliSearchBounds)
#include "tst_clisearchbounds.moc"
