// The corpus of real files (tests/corpus): every malformed profile in bad/ is refused
// by the loader with exactly the JSON path recorded in bad/expected.json and a message
// containing the recorded words, and `moe-explorer-cli validate` exits with 2 (not a
// crash) naming that path; every profile in good/ loads and evaluates.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "model/evaluation.h"
#include "profile/profileio.h"

using namespace moe;

namespace {

const QString kCorpus = QStringLiteral(MOE_CORPUS_DIR);
const QString kCli = QStringLiteral(MOE_CLI_PATH);
const QStringList kProfileFilter{QStringLiteral("*.moeprofile.json")};

QJsonObject expectations()
{
    QFile file(kCorpus + QStringLiteral("/bad/expected.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct CliResult {
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(kCli, arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.status = process.exitStatus();
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A document just over the 16 MiB limit: valid JSON, a profile apart from its size.
void writeHugeProfile(const QString& path)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << R"({"format": "moe-explorer-profile", "version": 1, "notes": ")";
    const std::string chunk(1 << 20, 'x');
    for (std::size_t written = 0; written <= kMaxProfileBytes; written += chunk.size()) {
        out << chunk;
    }
    out << "\"}\n";
}

} // namespace

class TestCorpus : public QObject {
    Q_OBJECT

private:
    static void addBadRows()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<QString>("expectedWords");
        const QJsonObject all = expectations();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            QTest::newRow(qPrintable(it.key())) << kCorpus + QStringLiteral("/bad/") + it.key()
                                                << e.value(QStringLiteral("path")).toString()
                                                << e.value(QStringLiteral("words")).toString();
        }
    }

    static void addGoodRows()
    {
        QTest::addColumn<QString>("file");
        const QDir good(kCorpus + QStringLiteral("/good"));
        for (const QString& name : good.entryList(kProfileFilter, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(name)) << good.filePath(name);
        }
    }

private slots:
    void corpus_everyBadFileHasAnExpectation()
    {
        const QJsonObject all = expectations();
        QVERIFY2(all.size() >= 40, "bad/expected.json is missing or has fewer than 40 files");
        const QStringList files = QDir(kCorpus + QStringLiteral("/bad")).entryList(kProfileFilter, QDir::Files);
        QCOMPARE(files.size(), all.size());
        for (const QString& name : files) {
            QVERIFY2(all.contains(name), qPrintable(name + QStringLiteral(" has no entry in bad/expected.json")));
        }
        QVERIFY(QDir(kCorpus + QStringLiteral("/good")).entryList(kProfileFilter, QDir::Files).size() >= 3);
    }

    void loadBadFile_reportsPath_data() { addBadRows(); }
    void loadBadFile_reportsPath()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedPath);
        QFETCH(QString, expectedWords);
        const LoadResult result = loadProfileFile(file.toStdString());
        QVERIFY(!result.ok());
        QVERIFY(result.warnings.empty());
        const QString message = QString::fromStdString(result.error.message);
        QCOMPARE(QString::fromStdString(result.error.path), expectedPath);
        QVERIFY2(message.contains(expectedWords), qPrintable(message));
    }

    // Every refusal is a phrase the window translates (contexts "ProfileFile" and
    // "StrategyCheck"), whose English is the message the CLI prints, byte for byte.
    void loadBadFile_isPhrased_data() { addBadRows(); }
    void loadBadFile_isPhrased()
    {
        QFETCH(QString, file);
        const LoadResult result = loadProfileFile(file.toStdString());
        QVERIFY(!result.ok());
        QVERIFY2(*result.error.phrase.text, result.error.message.c_str());
        const std::string context = result.error.phrase.context;
        QVERIFY2(context == "ProfileFile" || context == "StrategyCheck", context.c_str());
        QCOMPARE(result.error.phrase.english(), result.error.message);
    }

    // The real binary: a refusal is exit code 2 with the path on stderr, never a crash.
    void validateBadFile_exitsTwoNamingPath_data() { addBadRows(); }
    void validateBadFile_exitsTwoNamingPath()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedPath);
        QFETCH(QString, expectedWords);
        const CliResult r = runCli({QStringLiteral("validate"), file});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        // Whole-file errors have no path; the message then says what is wrong.
        const QString expected = expectedPath.isEmpty() ? expectedWords : expectedPath + QStringLiteral(": ");
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
    }

    void loadGoodFile_loadsAndEvaluates_data() { addGoodRows(); }
    void loadGoodFile_loadsAndEvaluates()
    {
        QFETCH(QString, file);
        const LoadResult result = loadProfileFile(file.toStdString());
        QVERIFY2(result.ok(), qPrintable(QString::fromStdString(result.error.toString())));
        const Evaluation ev = evaluate(*result.profile);
        QVERIFY2(ev.valid, ev.error.c_str());
        QVERIFY(ev.time.total > 0);
        const CliResult r = runCli({QStringLiteral("validate"), file});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("valid profile")));
    }

    // Unknown keys load with one warning each, named by an escaped JSON pointer.
    void goodFileWithUnknownKeys_warnsWithTheirPaths()
    {
        const LoadResult result = loadProfileFile(
            (kCorpus + QStringLiteral("/good/05-unknown-keys-from-a-newer-version.moeprofile.json")).toStdString());
        QVERIFY(result.ok());
        QStringList paths;
        for (const auto& warning : result.warnings) {
            paths << QString::fromStdString(warning.substr(0, warning.find(": ")));
        }
        paths.sort();
        const QStringList expected{QStringLiteral("/cluster/fabric"), QStringLiteral("/cluster/rack~1slot~02"),
                                   QStringLiteral("/model/attention/sliding_window"),
                                   QStringLiteral("/workload/routing/loads"), QStringLiteral("/x_review")};
        QCOMPARE(paths, expected);
    }

    // Issue 13: the built-ins now name a system and a library model, but files that type
    // their hardware and architecture, as the built-ins did before (good/09 and 10 are
    // their version 1 texts), still open with exactly those figures and the version 1
    // flat model: no system, no kernel model, the typed overlap fraction. Each expected
    // figure is read from the file itself.
    void oldExplicitBuiltins_keepTheirOwnFigures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("gpt-145b") << QStringLiteral("09-old-builtin-gpt-145b-explicit-a100.moeprofile.json");
        QTest::newRow("deepseek-v3-training") << QStringLiteral("10-old-builtin-deepseek-v3-training-explicit-h800.moeprofile.json");
    }
    void oldExplicitBuiltins_keepTheirOwnFigures()
    {
        QFETCH(QString, name);
        const QString path = kCorpus + QStringLiteral("/good/") + name;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject cluster = json.value(QStringLiteral("cluster")).toObject();
        const QJsonObject gpu = cluster.value(QStringLiteral("gpu")).toObject();
        const QJsonObject model = json.value(QStringLiteral("model")).toObject();
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);

        const LoadResult result = loadProfileFile(path.toStdString());
        QVERIFY2(result.ok(), result.error.message.c_str());
        QVERIFY(result.warnings.empty());
        const Profile& p = *result.profile;
        QVERIFY(p.cluster.system.empty());
        QVERIFY(!p.cluster.kernels.has_value());
        QVERIFY(p.model.preset.empty());
        QVERIFY(!p.workload.overlap.has_value());
        QCOMPARE(p.cluster.overlap, cluster.value(QStringLiteral("overlap")).toDouble());
        QCOMPARE(p.cluster.gpu.memoryGiB, gpu.value(QStringLiteral("memory_gib")).toDouble());
        QCOMPARE(p.cluster.gpu.hbmGBps, gpu.value(QStringLiteral("hbm_gbps")).toDouble());
        QCOMPARE(p.cluster.intraNode.bandwidthGBps,
                 cluster.value(QStringLiteral("intra_node")).toObject().value(QStringLiteral("bandwidth_gbps")).toDouble());
        QCOMPARE(p.cluster.interNode.bandwidthGBps,
                 cluster.value(QStringLiteral("inter_node")).toObject().value(QStringLiteral("bandwidth_gbps")).toDouble());
        QCOMPARE(p.cluster.efficiency.compute,
                 cluster.value(QStringLiteral("efficiency")).toObject().value(QStringLiteral("compute")).toDouble());
        QCOMPARE(p.model.layers, model.value(QStringLiteral("layers")).toInteger());
        QCOMPARE(p.model.activationBytes, model.value(QStringLiteral("activation_bytes")).toDouble());
        QCOMPARE(p.model.mtpLayers, std::int64_t{0});  // no MTP module unless the file says so
        const Evaluation ev = evaluate(p);
        QVERIFY2(ev.valid, ev.error.c_str());
    }

    // Not committed: a file just over 16 MiB is written at test time.
    void hugeFile_refusedByLoaderAndCli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.moeprofile.json"));
        writeHugeProfile(path);
        QVERIFY(QFileInfo(path).size() > static_cast<qint64>(kMaxProfileBytes));
        const LoadResult result = loadProfileFile(path.toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.error.path, std::string());
        QVERIFY(result.error.message.find("16 MiB") != std::string::npos);
        const CliResult r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("16 MiB")), qPrintable(r.err));
    }

    void directoryInsteadOfFile_refused()
    {
        QTemporaryDir dir;
        const LoadResult result = loadProfileFile(dir.path().toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.error.path, std::string());
        QVERIFY2(result.error.message.find(dir.path().toStdString()) != std::string::npos, result.error.message.c_str());
        const CliResult r = runCli({QStringLiteral("validate"), dir.path()});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
