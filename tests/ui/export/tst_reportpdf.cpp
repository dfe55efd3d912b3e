// The PDF report (issue 12, point 11): pages are cut only between lines and table rows,
// never between a heading and what follows it; charts are vectors (no JPEG, no image at
// all); the "Load balance" grid is coloured by load; and a report made from the window
// reuses the Search dock's results while they are current.

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include "base/units.h"
#include "document/explorerstate.h"
#include "export/reportexport.h"
#include "export/reportjob.h"
#include "export/reportpdf.h"
#include "export/viewexport.h"
#include "isolatedsettings.h"
#include "longwait.h"
#include "model/evaluation.h"
#include "report/report.h"
#include "search/searchdock.h"
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

struct TableRow {
    qreal top = 0;
    qreal bottom = 0;
    int row = 0;    // 0: the header row
    int table = 0;  // which table of the document
};

// [top, bottom] of each table row, from its cells' blocks, as the test sees them.
std::vector<TableRow> tableRows(QTextDocument& document)
{
    std::vector<TableRow> rows;
    QTextTable* last = nullptr;
    int tables = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextTable* table = QTextCursor(block).currentTable();
        if (!table || table == last) {
            continue;
        }
        last = table;
        ++tables;
        for (int r = 0; r < table->rows(); ++r) {
            qreal top = 1e300;
            qreal bottom = -1e300;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextBlock first = table->cellAt(r, c).firstCursorPosition().block();
                const QRectF rect = document.documentLayout()->blockBoundingRect(first);
                top = std::min(top, rect.top());
                bottom = std::max(bottom, rect.bottom());
            }
            rows.push_back({top, bottom, r, tables});
        }
    }
    return rows;
}

// DeepSeek-V3's report, whose tables run over pages, built once for the tests that
// share it (the report searches twice; on 2048 GPUs that took 64 s here, on 256 GPUs
// with the same step and tables it takes 4 s).
const Report& deepSeekReport()
{
    static const Report report = buildReport(test::deepSeekTraining256());
    return report;
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // For page heights from a third of A4 to A4 (1047 px at 96 dpi less 15 mm margins),
    // no page starts inside a table row, and every heading's page also holds the first
    // line of what follows it.
    void pages_keepRowsWholeAndHeadingsWithContent_data()
    {
        QTest::addColumn<int>("pageHeight");
        for (int height = 350; height <= 1047; height += 41) {
            QTest::newRow(qPrintable(QString::number(height))) << height;
        }
    }
    void pages_keepRowsWholeAndHeadingsWithContent()
    {
        QFETCH(int, pageHeight);
        const Report& report = deepSeekReport();
        QTextDocument document;
        HtmlOptions options;
        options.figureElements = false;
        document.setHtml(QString::fromStdString(reportToHtml(report, [](const std::string& c) { return c + ".png"; }, options)));
        document.setTextWidth(680);
        const std::vector<ReportPage> pages = reportPages(document, pageHeight);
        QVERIFY(pages.size() >= 2);
        std::vector<qreal> starts;
        for (std::size_t i = 0; i < pages.size(); ++i) {
            starts.push_back(pages[i].top);
            QVERIFY(pages[i].bottom > pages[i].top);
            QCOMPARE(pages[i].top, i == 0 ? 0.0 : pages[i - 1].bottom);
            const qreal header = pages[i].header ? pages[i].header->bottom - pages[i].header->top : 0.0;
            QVERIFY(header + pages[i].bottom - pages[i].top <= pageHeight + 0.01);
        }
        const auto pageOf = [&](qreal y) {
            return static_cast<int>(std::upper_bound(starts.begin(), starts.end(), y) - starts.begin()) - 1;
        };
        const std::vector<TableRow> rows = tableRows(document);
        for (const TableRow& row : rows) {
            QVERIFY2(pageOf(row.top) == pageOf(row.bottom - 0.5),
                     qPrintable(QStringLiteral("a row %1..%2 is cut").arg(row.top).arg(row.bottom)));
        }
        // A page that starts among a table's body rows shows that table's header row
        // first; a page that starts anywhere else shows none.
        // That is: the first row to begin on the page is a body row, and the row before
        // it in its table began on an earlier page (whatever the font's line spacing).
        for (const ReportPage& page : pages) {
            const TableRow* header = nullptr;
            const TableRow* firstOnPage = nullptr;
            for (const TableRow& row : rows) {
                if (row.top >= page.top && row.top < page.bottom && (!firstOnPage || row.top < firstOnPage->top)) {
                    firstOnPage = &row;
                }
            }
            if (firstOnPage && firstOnPage->row > 0) {
                for (const TableRow& row : rows) {
                    if (row.table == firstOnPage->table && row.row == firstOnPage->row - 1 && row.top < page.top) {
                        for (const TableRow& first : rows) {
                            if (first.table == row.table && first.row == 0) {
                                header = &first;
                            }
                        }
                    }
                }
            }
            QCOMPARE(page.header.has_value(), header != nullptr);
            if (header) {
                QVERIFY(page.header->top <= header->top && page.header->bottom >= header->bottom);
            }
        }
        int headings = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || !block.next().isValid()) {
                continue;
            }
            ++headings;
            const QRectF heading = document.documentLayout()->blockBoundingRect(block);
            const QTextBlock next = block.next();
            const QRectF following = document.documentLayout()->blockBoundingRect(next);
            const qreal firstLine = next.layout()->lineCount() > 0 ? next.layout()->lineAt(0).height() : 0;
            QVERIFY2(pageOf(heading.top()) == pageOf(following.top() + firstLine - 0.5),
                     qPrintable(QStringLiteral("heading \"%1\" ends page %2").arg(block.text()).arg(pageOf(heading.top()) + 1)));
        }
        QVERIFY(headings >= 10);
    }

    // A table longer than a page goes on under its header row repeated: at a third of
    // A4 the DeepSeek-V3 report's tables run over pages, and the PDF shows each header
    // once more for every page a table continues on.
    void pages_repeatTheHeaderRowOfAContinuedTable()
    {
        const Report& report = deepSeekReport();
        QTextDocument document;
        HtmlOptions options;
        options.figureElements = false;
        document.setHtml(QString::fromStdString(reportToHtml(report, [](const std::string& c) { return c + ".png"; }, options)));
        document.setTextWidth(680);
        int repeated = 0;
        for (const ReportPage& page : reportPages(document, 350)) {
            repeated += page.header ? 1 : 0;
        }
        QVERIFY(repeated >= 1);
    }

    // Charts drawn as vectors: no raster image, so no JPEG; the text is there.
    void pdf_chartsAreVectors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        const auto error = exportReport(test::builtin("seed"), path);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(!pdf.contains("/DCTDecode"));  // JPEG
        QVERIFY(!pdf.contains("/Subtype /Image"));
        QVERIFY(pdf.contains("/FontFile"));
        QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page>") >= 3);
    }

    // The grid under "Load balance" is the grid coloured by tokens routed per GPU, not
    // by memory: on a skewed profile the two differ.
    void loadBalanceGrid_colouredByLoad()
    {
        QTemporaryDir dir;
        const Profile profile = test::builtin("seed");
        const QString path = dir.filePath(QStringLiteral("review.md"));
        QVERIFY(!exportReport(profile, path));
        const QImage written(dir.filePath(QStringLiteral("review-grid.png")));
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        ExportOptions options;
        options.titleBlock = false;
        options.size = QSize(900, 560);
        options.metric = GridMetric::Tokens;
        QImage byLoad = renderView(ExportView::Grid, profile, ev, options).convertToFormat(QImage::Format_ARGB32);
        options.metric = GridMetric::Memory;
        QImage byMemory = renderView(ExportView::Grid, profile, ev, options).convertToFormat(QImage::Format_ARGB32);
        byLoad.setDevicePixelRatio(1);
        byMemory.setDevicePixelRatio(1);
        QCOMPARE(written.convertToFormat(QImage::Format_ARGB32), byLoad);
        QVERIFY(written.convertToFormat(QImage::Format_ARGB32) != byMemory);
    }

    // With current results in the Search dock the report searches once (the scaling
    // study on twice the GPUs) instead of twice, and ranks by the dock's objective.
    void reportFromWindow_reusesCurrentSearch()
    {
        MainWindow window(test::builtin("seed"));
        SearchDock* dock = window.searchDock();
        QSignalSpy finished(dock, &SearchDock::searchFinished);
        dock->startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        QVERIFY(dock->currentResults());
        QTemporaryDir dir;
        QSignalSpy exported(&window, &MainWindow::reportExported);
        int before = ReportJob::searchesRun();
        window.exportReportInBackground(dir.filePath(QStringLiteral("review.md")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, test::kBackgroundWorkMs);
        QCOMPARE(exported.front().at(1).toString(), QString());
        QCOMPARE(ReportJob::searchesRun() - before, 1);
        const QString md = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("review.md"))));
        QVERIFY(md.contains(QStringLiteral("evaluated %1 configurations")
                                .arg(QString::fromStdString(formatGrouped(static_cast<double>(dock->currentResults()->evaluated))))));

        // Stale results (the workload changed) are not used: both searches run.
        Profile edited = window.state().profile();
        edited.workload.batch *= 2;
        window.state().setProfile(edited, QStringLiteral("batch"));
        QVERIFY(!dock->currentResults());
        before = ReportJob::searchesRun();
        window.exportReportInBackground(dir.filePath(QStringLiteral("again.md")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, test::kBackgroundWorkMs);
        QCOMPARE(ReportJob::searchesRun() - before, 2);
    }

private:
    test::IsolatedSettings m_settings;
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
