// Every exported chart stands alone in a review (issue 12, point 10): a title block names
// the view and profile, the strategy, the mode and workload, and the date, in PNG, SVG
// and PDF, from the window and from moe-explorer-cli export; the grid's PNG keeps the
// node labels; the window's selection (the grid's ring, the memory chart's "sel" bar)
// never reaches a file.

#include <QDate>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "document/explorerstate.h"
#include "export/exporttitleblock.h"
#include "export/viewexport.h"
#include "isolatedsettings.h"
#include "model/evaluation.h"
#include "testprofiles.h"
#include "window/mainwindow.h"

using namespace moe;
using namespace moe::ui;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the seed's block says, read off resources/profiles/seed.moeprofile.json:
// "strategy": { "tp": 1, "pp": 1, "dp": 32, "ep": 32, "etp": 1 }, and the workload
// "mode": "prefill", "batch": 128, "seq_len": 1024.
const QString kSeedStrategy = QStringLiteral("TP 1 · PP 1 · DP 32 · EP 32 · ETP 1");
const QString kSeedWorkload = QStringLiteral("prefill, batch 128 x 1,024 tokens");

// Whether the text of an SVG holds `text` (QSvgGenerator writes each drawText() as one
// <text> element, XML-escaped).
bool svgHolds(const QByteArray& svg, const QString& text)
{
    return svg.contains(text.toHtmlEscaped().toUtf8());
}

// Rows of the image, from the top, that hold a dark pixel (text): the title block's.
int darkRowsInTop(const QImage& image, int rows)
{
    int dark = 0;
    for (int y = 0; y < std::min(rows, image.height()); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 96) {
                ++dark;
                break;
            }
        }
    }
    return dark;
}

} // namespace

class TestExportTitle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void captions_namedFromTheProfile()
    {
        const Profile seed = test::builtin("seed");
        QCOMPARE(strategyCaption(seed.strategy), kSeedStrategy);
        QCOMPARE(workloadCaption(seed.workload), kSeedWorkload);
        Workload training;
        training.mode = Mode::Training;
        training.batch = 4096;
        training.seqLen = 4096;
        training.microBatches = 16;
        QCOMPARE(workloadCaption(training), QStringLiteral("training, global batch 4,096 x 4,096 tokens, 16 micro-batches"));
    }

    void svg_carriesTitleBlock_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("grid") << int(ExportView::Grid);
        QTest::newRow("latency") << int(ExportView::Latency);
        QTest::newRow("memory") << int(ExportView::Memory);
    }
    void svg_carriesTitleBlock()
    {
        QFETCH(int, view);
        const auto kind = static_cast<ExportView>(view);
        const Profile seed = test::builtin("seed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.svg"));
        QVERIFY(!exportView(kind, seed, evaluate(seed, Detail::PerGpu), ExportOptions{}, path));
        const QByteArray svg = readAll(path);
        for (const QString& text : {exportTitle(kind, seed), kSeedStrategy, kSeedWorkload,
                                    QDate::currentDate().toString(Qt::ISODate)}) {
            QVERIFY2(svgHolds(svg, text), qPrintable(text));
        }
    }

    // The PNG has the same block: text in its top rows, where the view itself starts
    // lower down; without a block the grid's top rows are its margin, blank.
    void png_carriesTitleBlock()
    {
        const Profile seed = test::builtin("seed");
        const Evaluation ev = evaluate(seed, Detail::PerGpu);
        ExportOptions with;
        ExportOptions without;
        without.titleBlock = false;
        const QImage titled = renderView(ExportView::Grid, seed, ev, with);
        const QImage bare = renderView(ExportView::Grid, seed, ev, without);
        QVERIFY(darkRowsInTop(titled, 40 * kPngPixelRatio) >= 20);
        QCOMPARE(darkRowsInTop(bare, 8 * kPngPixelRatio), 0);
    }

    // The grid's PNG is the SVG's drawing: its text at the same size, so it keeps the
    // node labels ("node 0".."node 15") the SVG has. The PNG drew text twice as large
    // (a 2x image marked 192 dpi), which left the labels no room on a large cluster.
    void pngGrid_drawnAsTheSvg_data()
    {
        QTest::addColumn<QString>("builtin");
        QTest::newRow("seed") << QStringLiteral("seed");
        QTest::newRow("deepseek-v3-training") << QStringLiteral("deepseek-v3-training-h800");
    }
    void pngGrid_drawnAsTheSvg()
    {
        QFETCH(QString, builtin);
        const Profile profile = test::builtin(qPrintable(builtin));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("grid.png"));
        const QString svg = dir.filePath(QStringLiteral("grid.svg"));
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        QVERIFY(!exportView(ExportView::Grid, profile, ev, ExportOptions{}, png));
        QVERIFY(!exportView(ExportView::Grid, profile, ev, ExportOptions{}, svg));
        QVERIFY(svgHolds(readAll(svg), QStringLiteral("node 1")));
        const QImage drawn = QImage(png).convertToFormat(QImage::Format_RGB32);
        QImage fromSvg(drawn.size(), QImage::Format_RGB32);
        fromSvg.fill(Qt::white);
        {
            QPainter painter(&fromSvg);
            QSvgRenderer(svg).render(&painter);
        }
        // Antialiased edges and the idle cells' hatching differ a little pixel by pixel,
        // so 8 x 8 blocks are compared by their mean grey; text of another size, or a
        // label band that is not there, moves whole blocks.
        const auto meanGrey = [](const QImage& image, int bx, int by) {
            int sum = 0;
            for (int y = by; y < by + 8; ++y) {
                for (int x = bx; x < bx + 8; ++x) {
                    sum += qGray(image.pixel(x, y));
                }
            }
            return sum / 64;
        };
        int differing = 0;
        int sampled = 0;
        for (int y = 0; y + 8 <= drawn.height(); y += 8) {
            for (int x = 0; x + 8 <= drawn.width(); x += 8) {
                differing += std::abs(meanGrey(drawn, x, y) - meanGrey(fromSvg, x, y)) > 24;
                ++sampled;
            }
        }
        QVERIFY2(differing < sampled / 100, qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(sampled)));
    }

    // The window's selection stays out of its exports: the same files whichever GPU
    // is selected, and no "sel" bar in the memory chart.
    void windowExport_noSelection_data()
    {
        QTest::addColumn<QString>("builtin");
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("grid.png") << QStringLiteral("seed") << int(ExportView::Grid) << QStringLiteral("png");
        QTest::newRow("grid.svg") << QStringLiteral("seed") << int(ExportView::Grid) << QStringLiteral("svg");
        QTest::newRow("memory.svg") << QStringLiteral("seed") << int(ExportView::Memory) << QStringLiteral("svg");
        // Sixteen stages: the memory chart names its bars by stage, with an axis title.
        QTest::newRow("deepseek memory.svg") << QStringLiteral("deepseek-v3-training-h800") << int(ExportView::Memory)
                                             << QStringLiteral("svg");
    }
    void windowExport_noSelection()
    {
        QFETCH(QString, builtin);
        QFETCH(int, view);
        QFETCH(QString, suffix);
        MainWindow window(test::builtin(qPrintable(builtin)));
        QTemporaryDir dir;
        QByteArray files[2];
        for (int i = 0; i < 2; ++i) {
            window.state().setSelectedGpu(i == 0 ? 3 : 100);  // GPU 100 is idle: the chart would add a bar
            const QString path = dir.filePath(QStringLiteral("out%1.%2").arg(i).arg(suffix));
            const auto error = window.exportTo(static_cast<ExportView>(view), path);
            QVERIFY2(!error, error ? qPrintable(*error) : "");
            files[i] = readAll(path);
        }
        QVERIFY(!files[0].isEmpty());
        QVERIFY(files[0] == files[1]);
        if (suffix == QLatin1String("svg")) {
            QVERIFY(!files[0].contains(">sel<"));
            QVERIFY(!files[0].contains("sel:"));
            QVERIFY(!files[0].contains("(selected)"));
        }
    }

    // moe-explorer-cli export draws the same block.
    void cliExport_carriesTitleBlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latency.svg"));
        QProcess cli;
        cli.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("export"), QStringLiteral("builtin:seed"), QStringLiteral("--chart"),
                                                 QStringLiteral("latency"), QStringLiteral("--out"), path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray svg = readAll(path);
        QVERIFY(svgHolds(svg, kSeedStrategy));
        QVERIFY(svgHolds(svg, kSeedWorkload));
    }

private:
    test::IsolatedSettings m_settings;
};

QTEST_MAIN(TestExportTitle)
#include "tst_exporttitle.moc"
