#include "export/reportpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>

#include "document/checkedwrite.h"

namespace moe::ui {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartName = QTextFormat::UserProperty + 1;
constexpr int kChartWidth = 640;  // display width of a chart on the page, in pixels at 96 dpi

// Draws a recorded chart where the document holds its object character.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObject(const std::map<std::string, ReportChart>& charts, QObject* parent)
        : QObject(parent)
        , m_charts(charts)
    {
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        const ReportChart* chart = find(format);
        return chart ? QSizeF(kChartWidth, kChartWidth * chart->size.height() / qreal(chart->size.width())) : QSizeF();
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const ReportChart* chart = find(format);
        if (!chart) {
            return;
        }
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / chart->size.width(), rect.height() / chart->size.height());
        painter->setClipRect(QRect(QPoint(0, 0), chart->size), Qt::IntersectClip);
        painter->drawPicture(0, 0, chart->picture);
        painter->restore();
    }

private:
    const ReportChart* find(const QTextFormat& format) const
    {
        const auto it = m_charts.find(format.property(kChartName).toString().toStdString());
        return it == m_charts.end() ? nullptr : &it->second;
    }

    const std::map<std::string, ReportChart>& m_charts;
};

// Replaces each <img src="CHART.png"> of the HTML with a chart object.
void placeCharts(QTextDocument& document)
{
    std::vector<std::pair<int, QString>> images;  // position, chart
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat()) {
                const QString name = fragment.charFormat().toImageFormat().name();
                images.emplace_back(fragment.position(), name.chopped(name.endsWith(QLatin1String(".png")) ? 4 : 0));
            }
        }
    }
    std::reverse(images.begin(), images.end());  // from the end, so positions hold
    for (const auto& [position, chart] : images) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(kChartObject);
        format.setProperty(kChartName, chart);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

bool holdsChart(const QTextBlock& block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().objectType() == kChartObject) {
            return true;
        }
    }
    return false;
}

// A span of the laid-out document that a page must not cut.
struct Span {
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false;
};

// A table whose header row a page that starts inside it repeats.
struct TableExtent {
    qreal headerTop = 0;
    qreal headerBottom = 0;
    qreal lastRowTop = 0;  // with its padding: a page that starts below it holds no row
};

struct DocumentSpans {
    std::vector<Span> spans;
    std::vector<TableExtent> tables;
};

DocumentSpans spansOf(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    std::vector<Span> spans;
    std::vector<TableExtent> tables;
    QTextTable* lastTable = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (QTextTable* table = cursor.currentTable()) {
            if (table == lastTable) {
                continue;
            }
            lastTable = table;
            // One span per row, over all its cells' blocks; the header row stays with
            // the first row under it.
            for (int row = 0; row < table->rows(); ++row) {
                Span span{1e300, -1e300, row == 0 && table->rows() > 1};
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                        if (it.currentBlock().isValid()) {
                            const QRectF r = layout->blockBoundingRect(it.currentBlock());
                            span.top = std::min(span.top, r.top());
                            span.bottom = std::max(span.bottom, r.bottom());
                        }
                    }
                }
                if (span.bottom >= span.top) {
                    // The cell's padding and border belong to the row.
                    span.top -= 4;
                    span.bottom += 4;
                    spans.push_back(span);
                    if (row == 0 && table->rows() > 1) {
                        tables.push_back({span.top, span.bottom, span.top});
                    } else if (row > 0 && !tables.empty() && table->rows() > 1) {
                        tables.back().lastRowTop = span.top;
                    }
                }
            }
            continue;
        }
        lastTable = nullptr;
        const QTextLayout* lines = block.layout();
        const QRectF box = layout->blockBoundingRect(block);
        // A heading stays with what follows; so does a figure's caption (the block
        // before a chart).
        const bool keep = block.blockFormat().headingLevel() > 0 || (block.next().isValid() && holdsChart(block.next()));
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal top = box.top() + line.y();
            spans.push_back({top, top + line.height(), keep});  // all its lines, then what follows
        }
    }
    // Join each kept span with the next.
    std::vector<Span> joined;
    for (const Span& span : spans) {
        if (!joined.empty() && joined.back().keepWithNext) {
            joined.back().bottom = std::max(joined.back().bottom, span.bottom);
            joined.back().keepWithNext = span.keepWithNext;
        } else {
            joined.push_back(span);
        }
    }
    return {joined, tables};
}

// The header row to repeat on a page that starts at `top`: that of the table the page
// starts inside, below its header and above its last row's start (a cut in the last
// row's bottom padding leaves none of its rows on the page); none where the header
// would take half the page.
std::optional<ReportPage::Strip> headerAt(const std::vector<TableExtent>& tables, qreal top, qreal pageHeight)
{
    for (const TableExtent& table : tables) {
        if (top >= table.headerBottom - 1 && top <= table.lastRowTop + 1) {
            if (table.headerBottom - table.headerTop > pageHeight / 2) {
                return std::nullopt;
            }
            return ReportPage::Strip{table.headerTop, table.headerBottom};
        }
    }
    return std::nullopt;
}

} // namespace

std::vector<ReportPage> reportPages(QTextDocument& document, qreal pageHeight)
{
    const DocumentSpans layout = spansOf(document);
    const qreal end = document.documentLayout()->documentSize().height();
    std::vector<ReportPage> pages;
    qreal top = 0;
    while (true) {
        const std::optional<ReportPage::Strip> header = headerAt(layout.tables, top, pageHeight);
        const qreal room = pageHeight - (header ? header->bottom - header->top : 0);
        if (end - top <= room) {
            pages.push_back({top, end, header});
            return pages;
        }
        const qreal limit = top + room;
        // The last span start that fits, or the page's end inside a span taller than
        // a page (which has to be cut somewhere).
        qreal cut = limit;
        for (const Span& span : layout.spans) {
            if (span.top > top + 1 && span.top <= limit && span.bottom > limit) {
                cut = span.top;
                break;
            }
            if (span.top > limit) {
                break;
            }
        }
        pages.push_back({top, cut, header});
        top = cut;
    }
}

std::optional<QString> writeReportPdf(const QString& path, const Report& report,
                                      const std::map<std::string, ReportChart>& charts)
{
    QTextDocument document;
    auto* handler = new ChartObject(charts, &document);
    document.documentLayout()->registerHandler(kChartObject, handler);
    HtmlOptions options;
    options.figureElements = false;
    options.breakLongWords = true;  // linear layout of a huge profile name (issue 11)
    // Seven columns on 180 mm of A4: at the text's size the last column got a word a line.
    options.extraCss = "table{font-size:7.5pt}";
    document.setHtml(QString::fromStdString(reportToHtml(report, [](const std::string& chart) { return chart + ".png"; }, options)));
    placeCharts(document);
    // Into memory first: QPdfWriter ignores a failing device (see checkedwrite.h).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(QString::fromStdString(report.title));
        pdf.setCreator(QStringLiteral("MoE Explorer"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        pdf.setResolution(96);
        const QSizeF page(pdf.width(), pdf.height());
        document.setTextWidth(page.width());  // one long column; the pages are cut below
        const std::vector<ReportPage> pages = reportPages(document, page.height());
        QPainter painter(&pdf);
        painter.setRenderHint(QPainter::LosslessImageRendering);  // never JPEG
        // Draws the document's strip [top, bottom) at `at` on the page.
        auto drawStrip = [&](qreal top, qreal bottom, qreal at) {
            painter.save();
            painter.translate(0, at - top);
            const QRectF clip(0, top, page.width(), bottom - top);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        };
        for (std::size_t i = 0; i < pages.size(); ++i) {
            if (i > 0) {
                pdf.newPage();
            }
            const ReportPage& p = pages[i];
            qreal at = 0;
            if (p.header) {
                drawStrip(p.header->top, p.header->bottom, 0);
                at = p.header->bottom - p.header->top;
            }
            drawStrip(p.top, p.bottom, at);
        }
    }
    return writeFileChecked(path, bytes);
}

} // namespace moe::ui

#include "reportpdf.moc"
