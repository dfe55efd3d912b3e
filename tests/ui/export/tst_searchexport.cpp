// The Search dock's views leave the window (issue 12, point 12): File > Export writes
// the scatter and the feasibility map as PNG, SVG and PDF under the title block, and
// the results as CSV with the columns and rows of `moe-explorer-cli search --format csv`.

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "export/exporttitleblock.h"
#include "export/searchexport.h"
#include "export/viewexport.h"
#include "isolatedsettings.h"
#include "longwait.h"
#include "search/searchdock.h"
#include "search/searchresultsmodel.h"
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

} // namespace

class TestSearchExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<MainWindow>(test::builtin("seed"));
        SearchDock* dock = m_window->searchDock();
        QSignalSpy finished(dock, &SearchDock::searchFinished);
        dock->startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        QVERIFY(dock->model()->rowCount() > 100);
    }

    // The CSV is the command-line tool's, every result: the same header and rows.
    void csv_isTheCliCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.csv"));
        const auto error = m_window->exportSearchTo(SearchExport::Csv, path);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        const QByteArray csv = readAll(path);
        const int rows = m_window->searchDock()->model()->rowCount();
        QProcess cli;
        cli.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("search"), QStringLiteral("builtin:seed"), QStringLiteral("--format"),
                                                 QStringLiteral("csv"), QStringLiteral("--top"), QString::number(rows)});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray expected = cli.readAllStandardOutput();
        QCOMPARE(csv.count("\r\n"), rows + 1);  // a header and one line per result
        QCOMPARE(csv.left(csv.indexOf("\r\n")), expected.left(expected.indexOf("\r\n")));
        QVERIFY(csv == expected);
    }

    void views_writeEachFormat_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("suffix");
        for (const auto& [what, name] : {std::pair{SearchExport::Scatter, "scatter"}, std::pair{SearchExport::FeasibilityMap, "map"}}) {
            for (const char* suffix : {"png", "svg", "pdf"}) {
                QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(name), QLatin1String(suffix))))
                    << int(what) << QString::fromLatin1(suffix);
            }
        }
    }
    void views_writeEachFormat()
    {
        QFETCH(int, what);
        QFETCH(QString, suffix);
        const auto kind = static_cast<SearchExport>(what);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.") + suffix);
        const auto error = m_window->exportSearchTo(kind, path);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 1000);
        if (const QString shots = qEnvironmentVariable("MOE_SHOT_DIR"); !shots.isEmpty()) {
            QFile::copy(path, shots + QStringLiteral("/search-%1.%2").arg(what).arg(suffix));  // to look at
        }
        const Profile seed = test::builtin("seed");
        const QString title = kind == SearchExport::Scatter
            ? scatterExportTitle(seed)
            : mapExportTitle(*m_window->searchDock()->feasibilityMap(), seed);
        if (suffix == QLatin1String("png")) {
            const QImage image(path);
            QVERIFY(!image.isNull());
            if (kind == SearchExport::Scatter) {
                QCOMPARE(image.size(), scatterExportSize() * kPngPixelRatio);
            }
        } else if (suffix == QLatin1String("svg")) {
            QVERIFY(QSvgRenderer(path).isValid());
            QVERIFY2(bytes.contains(title.toHtmlEscaped().toUtf8()), qPrintable(title));
            QVERIFY(bytes.contains(strategyCaption(seed.strategy).toHtmlEscaped().toUtf8()));
            if (kind == SearchExport::FeasibilityMap) {
                // Every header of the map, and its cells' text.
                const QTableWidget& map = *m_window->searchDock()->feasibilityMap();
                for (int c = 0; c < map.columnCount(); ++c) {
                    QVERIFY(bytes.contains(map.horizontalHeaderItem(c)->text().toUtf8()));
                }
                for (int r = 0; r < map.rowCount(); ++r) {
                    QVERIFY(bytes.contains(map.verticalHeaderItem(r)->text().toUtf8()));
                }
                QCOMPARE(title, QStringLiteral("Feasibility map, TP by EP: %1").arg(QString::fromStdString(seed.name)));
            }
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }
    }

    void noResults_saysSo()
    {
        MainWindow fresh(test::builtin("seed"));
        QTemporaryDir dir;
        const auto error = fresh.exportSearchTo(SearchExport::Csv, dir.filePath(QStringLiteral("x.csv")));
        QVERIFY(error.has_value());
        QVERIFY(error->contains(QStringLiteral("run a search first")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    test::IsolatedSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestSearchExport)
#include "tst_searchexport.moc"
