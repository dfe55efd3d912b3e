// The design-review report: every figure it prints is evaluate()'s figure for the same
// strategy, formatted as everywhere else; the PDF has text; the HTML
// embeds its charts; Markdown writes them beside it.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "model/evaluation.h"
#include "report/report.h"
#include "export/reportexport.h"
#include "search/search.h"
#include "testprofiles.h"
#include "base/units.h"

using namespace moe;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// The value cell of the Markdown table row whose first cell is `name`.
QString cellOf(const QString& markdown, const QString& name)
{
    const QRegularExpression row(QStringLiteral("^\\| %1 \\| ([^|]+) \\|").arg(QRegularExpression::escape(name)),
                                 QRegularExpression::MultilineOption);
    const auto match = row.match(markdown);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markdown_figuresEqualEvaluate()
    {
        QTemporaryDir dir;
        const Profile profile = test::builtin("seed");
        const QString path = dir.filePath(QStringLiteral("review.md"));
        const auto error = ui::exportReport(profile, path);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        const QString md = readText(path);
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        // Latency table, row by row.
        const struct {
            const char* name;
            double seconds;
        } times[] = {{"attention compute", ev.time.attentionCompute}, {"expert compute", ev.time.expertCompute},
                     {"all-to-all dispatch", ev.time.a2aDispatch},    {"all-to-all combine", ev.time.a2aCombine},
                     {"pipeline bubble", ev.time.ppBubble},           {"total", ev.time.total}};
        for (const auto& t : times) {
            QCOMPARE(cellOf(md, QString::fromLatin1(t.name)), q(formatSeconds(t.seconds)));
        }
        // Memory table.
        QCOMPARE(cellOf(md, QStringLiteral("expert weights")), q(formatBytes(ev.memory.expertWeights)));
        QCOMPARE(cellOf(md, QStringLiteral("KV cache")), q(formatBytes(ev.memory.kvCache)));
        QCOMPARE(cellOf(md, QStringLiteral("activations")), q(formatBytes(ev.memory.activations)));
        // Baseline comparison: the chosen and the baseline's own figures.
        const Evaluation baseline = evaluate(profile, *profile.baseline);
        QVERIFY(md.contains(QStringLiteral("| throughput | %1 | %2 |")
                                .arg(q(formatRate(ev.rates.tokensPerS)), q(formatRate(baseline.rates.tokensPerS)))));
        QVERIFY(md.contains(QStringLiteral("| fullest GPU's memory | %1 | %2 |")
                                .arg(q(formatBytes(ev.memory.total())), q(formatBytes(baseline.memory.total())))));
        // The search's best, as the alternatives table's first row.
        const SearchResult result = search(profile, Objective::Throughput);
        QVERIFY(md.contains(q(formatRate(result.ranked.front().tokensPerS))));
        QVERIFY(md.contains(QStringLiteral("evaluated %1 configurations").arg(QString::fromStdString(formatGrouped(static_cast<double>(result.evaluated))))));
        // Charts beside it.
        for (const char* chart : {"latency", "memory", "grid"}) {
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("review-%1.png").arg(QLatin1String(chart)))));
            QVERIFY(md.contains(QStringLiteral("(review-%1.png)").arg(QLatin1String(chart))));
        }
        // The source analysis's structure.
        for (const char* section : {"## Summary", "## Hardware", "## The chosen strategy and why", "## Latency breakdown",
                                    "## Memory per GPU", "## Load balance", "## Constraint checks",
                                    "## Comparison with the baseline", "## Alternatives the search ranked", "## Risks",
                                    "## Next scaling steps"}) {
            QVERIFY2(md.contains(QLatin1String(section)), section);
        }
    }

    void pdf_hasText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY(!ui::exportReport(test::builtin("seed"), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        // The three charts are drawn as vectors (issue 12, point 11; tst_reportpdf).
        QVERIFY(pdf.contains("/FontFile"));          // embedded glyphs: the text is there
    }

    void html_embedsCharts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.html"));
        QVERIFY(!ui::exportReport(test::builtin("mixtral-8x7b-h100"), path));
        const QString html = readText(path);
        QCOMPARE(html.count(QStringLiteral("data:image/png;base64,")), 3);
        QVERIFY(html.contains(QStringLiteral("<h2>Comparison with the baseline</h2>")));
    }

    void cliReport_exitCodes()
    {
        QTemporaryDir dir;
        QProcess cli;
        cli.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("report"), QStringLiteral("builtin:seed"), QStringLiteral("--out"),
                                                 dir.filePath(QStringLiteral("r.html"))});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.html"))));
        cli.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("report"), QStringLiteral("builtin:seed"), QStringLiteral("--out"),
                                                 dir.filePath(QStringLiteral("r.docx"))});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
