// Exports are fit to paste into a design review: a PNG of the expected size that is
// not blank, an SVG that parses, a PDF that starts with %PDF and carries the title;
// the same files from the window and from moe-explorer-cli export.

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

#include "model/evaluation.h"
#include "export/exporter.h"
#include "explain/explanationmodel.h"
#include "testprofiles.h"
#include "export/viewexport.h"

using namespace moe;
using namespace moe::ui;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// How QPdfWriter stores a document title: a PDF string of UTF-16 big-endian text,
// with '(', ')' and '\\' bytes escaped by a backslash (PDF 1.7, 7.3.4.2).
QByteArray pdfUtf16String(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        for (const char byte : {static_cast<char>(c.unicode() >> 8), static_cast<char>(c.unicode() & 0xff)}) {
            if (byte == '(' || byte == ')' || byte == '\\') {
                bytes.append('\\');
            }
            bytes.append(byte);
        }
    }
    return bytes;
}

int distinctColours(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportEveryView_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("suffix");
        for (const auto& [view, name] : {std::pair{ExportView::Grid, "grid"}, std::pair{ExportView::Latency, "latency"},
                                         std::pair{ExportView::Memory, "memory"}}) {
            for (const char* suffix : {"png", "svg", "pdf"}) {
                QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(name), QLatin1String(suffix))))
                    << static_cast<int>(view) << QString::fromLatin1(suffix);
            }
        }
    }
    void exportEveryView()
    {
        QFETCH(int, view);
        QFETCH(QString, suffix);
        const Profile profile = test::builtin("seed");
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.") + suffix);
        const auto kind = static_cast<ExportView>(view);
        const auto error = exportView(kind, profile, ev, ExportOptions{}, path);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        checkFile(path, suffix, exportSize(kind), exportTitle(kind, profile));
    }

    void exportRefusesUnknownSuffix()
    {
        QTemporaryDir dir;
        const auto error = exportDrawing([](QPainter&, const QRect&) {}, QSize(10, 10), dir.filePath(QStringLiteral("x.bmp")),
                                         QStringLiteral("t"));
        QVERIFY(error.has_value());
        QVERIFY(error->contains(QStringLiteral(".png, .svg or .pdf")));
    }

    // A failed export (no such folder) reports it and leaves nothing behind.
    void exportIntoMissingFolder_reportsError()
    {
        QTemporaryDir dir;
        const Profile profile = test::builtin("seed");
        const auto error = exportView(ExportView::Latency, profile, evaluate(profile, Detail::PerGpu), ExportOptions{},
                                      dir.filePath(QStringLiteral("missing/out.png")));
        QVERIFY(error.has_value());
    }

    void cliExport_writesEachFormat_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("latency.pdf") << "latency" << "pdf";
        QTest::newRow("memory.svg") << "memory" << "svg";
        QTest::newRow("grid.png") << "grid" << "png";
    }
    void cliExport_writesEachFormat()
    {
        QFETCH(QString, chart);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(chart + QLatin1Char('.') + suffix);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // the tool must manage without a display by itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));  // as under root in CI
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("export"), QStringLiteral("builtin:seed"),
                                                 QStringLiteral("--ep"), QStringLiteral("16"), QStringLiteral("--dp"),
                                                 QStringLiteral("16"), QStringLiteral("--chart"), chart,
                                                 QStringLiteral("--out"), path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        const QByteArray errors = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, errors.constData());
        QVERIFY2(errors.isEmpty(), errors.constData());  // scripts read anything on stderr as a problem
        const ExportView view = chart == QLatin1String("grid") ? ExportView::Grid
            : chart == QLatin1String("memory")                 ? ExportView::Memory
                                                                : ExportView::Latency;
        checkFile(path, suffix, exportSize(view), exportTitle(view, test::builtin("seed")));
    }

    void cliExport_badArguments_exitTwo()
    {
        QProcess cli;
        cli.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("export"), QStringLiteral("builtin:seed"),
                                                 QStringLiteral("--chart"), QStringLiteral("latency"),
                                                 QStringLiteral("--out"), QStringLiteral("chart.bmp")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains(".png, .svg or .pdf"));
    }

    void explanationModel_passesModelTester()
    {
        ExplanationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Profile profile = test::builtin("seed");
        model.setExplanations(explain(profile));
        QVERIFY(model.rowCount() > 30);
        QCOMPARE(model.columnCount(), int(ExplanationModel::ColumnCount));
        const int row = model.rowForKey(QStringLiteral("time_s.total"));
        QVERIFY(row >= 0);
        QVERIFY(model.data(model.index(row, ExplanationModel::Value)).toString().endsWith(QStringLiteral("ms")));
        model.setExplanations({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    static void checkFile(const QString& path, const QString& suffix, QSize logicalSize, const QString& title)
    {
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 1000);
        if (suffix == QLatin1String("png")) {
            const QImage image(path);
            QCOMPARE(image.size(), logicalSize * kPngPixelRatio);
            QVERIFY2(distinctColours(image) >= 4, "the PNG looks blank");
        } else if (suffix == QLatin1String("svg")) {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd()) {
                xml.readNext();
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(QSvgRenderer(path).isValid());
            QVERIFY(bytes.contains(title.toHtmlEscaped().toUtf8()));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY2(bytes.contains(pdfUtf16String(title)), "the PDF does not carry the chart's title");
        }
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
