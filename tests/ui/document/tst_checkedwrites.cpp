// Every file the program writes is complete before it replaces the previous one. The
// real command-line tool runs under a file-size limit (bash: `ulimit -f`, with SIGXFSZ
// ignored, so a write past the limit fails with EFBIG as on a full disk): each export
// and report must then exit 1, say why and how far it got, and leave the earlier good
// file (a Markdown report: every file of it) byte for byte as it was, with no
// temporary files beside it. The window's File > Export and Report call the same
// functions (exportView, writeReport).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

// Small enough that every file below is larger (the test checks it), so the write
// fails part-way, not at the first byte.
constexpr int kLimitKiB = 16;

struct Result {
    int code = -1;
    QString err;
};

Result runCli(const QString& folder, const QStringList& args, int limitKiB = 0)
{
    QString script = QStringLiteral("cd \"$1\" && shift && ");
    if (limitKiB > 0) {
        script += QStringLiteral("trap '' XFSZ; ulimit -f %1; ").arg(limitKiB);
    }
    script += QStringLiteral("exec \"$0\" \"$@\"");
    QProcess process;
    process.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, QStringLiteral(MOE_CLI_PATH), folder} + args);
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Every file in the folder (hidden ones too) with its bytes.
std::map<QString, QByteArray> snapshot(const QString& folder)
{
    std::map<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            files[name] = file.readAll();
        }
    }
    return files;
}

} // namespace

class TestCheckedWrites : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullDisk_previousFileIntact_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString seed = QStringLiteral("builtin:seed");
        const auto exportRow = [&](const char* chart, const char* file) {
            return QStringList{QStringLiteral("export"), seed, QStringLiteral("--chart"), QString::fromLatin1(chart),
                               QStringLiteral("--out"), QString::fromLatin1(file)};
        };
        const auto reportRow = [&](const char* file) {
            return QStringList{QStringLiteral("report"), seed, QStringLiteral("--out"), QString::fromLatin1(file)};
        };
        QTest::newRow("grid SVG") << exportRow("grid", "c.svg");
        QTest::newRow("latency SVG") << exportRow("latency", "c.svg");
        QTest::newRow("memory PNG") << exportRow("memory", "c.png");
        QTest::newRow("grid PDF") << exportRow("grid", "c.pdf");
        QTest::newRow("latency PDF") << exportRow("latency", "c.pdf");
        QTest::newRow("report HTML") << reportRow("r.html");
        QTest::newRow("report PDF") << reportRow("r.pdf");
        QTest::newRow("report Markdown and its charts") << reportRow("r.md");
    }
    void fullDisk_previousFileIntact()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const Result good = runCli(dir.path(), args);
        QVERIFY2(good.code == 0, qPrintable(good.err));
        const std::map<QString, QByteArray> before = snapshot(dir.path());
        qint64 largest = 0;
        for (const auto& [name, bytes] : before) {
            largest = std::max<qint64>(largest, bytes.size());
        }
        QVERIFY2(largest > kLimitKiB * 1024, "the good file must be larger than the limit for the test to mean anything");

        const Result full = runCli(dir.path(), args, kLimitKiB);
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains(QStringLiteral("File too large")) && full.err.contains(QStringLiteral("written of")),
                 qPrintable(full.err));
        QVERIFY2(!full.err.contains(QStringLiteral("wrote")), qPrintable(full.err));
        const std::map<QString, QByteArray> after = snapshot(dir.path());
        QCOMPARE(after.size(), before.size());  // no temporary or partial file left
        for (const auto& [name, bytes] : before) {
            QVERIFY2(after.contains(name) && after.at(name) == bytes, qPrintable(name + QStringLiteral(" changed")));
        }
    }

    // A Markdown report whose target is a folder used to write its three chart PNGs
    // first and then fail, leaving them orphaned.
    void markdownTargetIsFolder_failsLeavingNothing()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("d.md")));
        const Result result = runCli(dir.path(), {QStringLiteral("report"), QStringLiteral("builtin:seed"),
                                                  QStringLiteral("--out"), QStringLiteral("d.md")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("d.md")), qPrintable(result.err));
        QVERIFY(snapshot(dir.path()).empty());
        QVERIFY(QDir(dir.filePath(QStringLiteral("d.md"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckedWrites)
#include "tst_checkedwrites.moc"
