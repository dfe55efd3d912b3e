#pragma once

// The design-review report as PDF (issue 12, point 11). QTextDocument lays the HTML
// out in one long column; this file cuts it into A4 pages itself, only between lines
// and between table rows, with each heading and figure caption kept on the page of
// what follows it (QTextDocument's own pagination splits rows and orphans headings).
// Charts are drawn as vectors: each is recorded into a QPicture and replayed in place.

#include <QPicture>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/report.h"

class QTextDocument;

namespace moe::ui {

// A chart of the report as recorded vector drawing, with its logical size.
struct ReportChart {
    QPicture picture;
    QSize size;
};

// One page: the document's strip [top, bottom) (document pixels), below the header
// row of the table it starts inside, repeated, if any.
struct ReportPage {
    struct Strip {
        qreal top = 0;
        qreal bottom = 0;
    };
    qreal top = 0;
    qreal bottom = 0;
    std::optional<Strip> header;
};

// The pages, the first starting at 0, each strip starting where the last ended. Lines,
// table rows and heading-with-content spans are never cut; a page that starts inside
// a table repeats its header row, and the two fit the page height together.
std::vector<ReportPage> reportPages(QTextDocument& document, qreal pageHeight);

std::optional<QString> writeReportPdf(const QString& path, const Report& report,
                                      const std::map<std::string, ReportChart>& charts);

} // namespace moe::ui
