#include "export/searchexport.h"

#include <QChart>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QPainter>
#include <QTableWidget>

#include <sstream>

#include "cli/searchcsv.h"
#include "document/checkedwrite.h"
#include "export/exporter.h"
#include "export/exporttitleblock.h"
#include "export/viewexport.h"
#include "search/searchdock.h"
#include "search/searchresultsmodel.h"
#include "search/searchscatter.h"

namespace moe::ui {

namespace {

// The block on top, `drawView` in the rest; the view is sized for the rest first.
template <typename Prepare, typename DrawView>
std::optional<QString> exportWithBlock(const QString& heading, const Profile& profile, QSize size, const QString& path,
                                       Prepare&& prepare, DrawView&& drawView)
{
    const ExportTitleBlock block = makeTitleBlock(heading, profile);
    const QSize viewSize(size.width(), size.height() - titleBlockHeight(block, size.width()));
    prepare(viewSize);
    return exportDrawing(
        [&](QPainter& painter, const QRect& target) { drawView(painter, paintTitleBlock(painter, target, block)); }, size,
        path, heading, kPngPixelRatio);
}

// A copy of the map's cells and headers in a table of its own, sized to show them all.
void copyTable(const QTableWidget& from, QTableWidget& to)
{
    to.setRowCount(from.rowCount());
    to.setColumnCount(from.columnCount());
    for (int r = 0; r < from.rowCount(); ++r) {
        if (const QTableWidgetItem* header = from.verticalHeaderItem(r)) {
            to.setVerticalHeaderItem(r, header->clone());
        }
        for (int c = 0; c < from.columnCount(); ++c) {
            if (const QTableWidgetItem* item = from.item(r, c)) {
                to.setItem(r, c, item->clone());
            }
        }
    }
    for (int c = 0; c < from.columnCount(); ++c) {
        if (const QTableWidgetItem* header = from.horizontalHeaderItem(c)) {
            to.setHorizontalHeaderItem(c, header->clone());
        }
    }
    to.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    to.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    to.setFrameShape(QFrame::NoFrame);
    to.setFocusPolicy(Qt::NoFocus);
    to.setSelectionMode(QAbstractItemView::NoSelection);
    to.resizeColumnsToContents();
    to.resizeRowsToContents();
}

QSize wholeTableSize(const QTableWidget& table)
{
    return {table.verticalHeader()->sizeHint().width() + table.horizontalHeader()->length() + 2,
            table.horizontalHeader()->sizeHint().height() + table.verticalHeader()->length() + 2};
}

} // namespace

QSize scatterExportSize()
{
    return {1200, 700};
}

QString scatterExportTitle(const Profile& searched)
{
    return QObject::tr("Search results, throughput per GPU against step time: %1").arg(QString::fromStdString(searched.name));
}

QString mapExportTitle(const QTableWidget& map, const Profile& searched)
{
    // The headers read "TP 1", "EP 8": the dimension is their first word.
    const auto dimension = [](const QTableWidgetItem* header) {
        return header ? header->text().section(QLatin1Char(' '), 0, 0) : QString();
    };
    return QObject::tr("Feasibility map, %1 by %2: %3")
        .arg(dimension(map.verticalHeaderItem(0)), dimension(map.horizontalHeaderItem(0)),
             QString::fromStdString(searched.name));
}

std::optional<QString> exportSearchCsv(const SearchResult& result, const QString& path)
{
    std::ostringstream out;
    cli::writeSearchCsv(out, result, result.ranked.size());
    const std::string text = out.str();
    return writeFileChecked(path, QByteArray(text.data(), static_cast<qsizetype>(text.size())));
}

std::optional<QString> exportSearchScatter(const SearchResultsModel& model, std::optional<int> currentRow,
                                           const Profile& searched, const QString& path)
{
    SearchScatter scatter(model);
    scatter.showResults();
    scatter.setCurrentRow(currentRow);
    return exportWithBlock(
        scatterExportTitle(searched), searched, scatterExportSize(), path,
        [&](QSize size) {
            scatter.resize(size);
            scatter.chart()->resize(QSizeF(size));
        },
        [&](QPainter& painter, const QRect& target) {
            scatter.scene()->render(&painter, QRectF(target), scatter.chart()->sceneBoundingRect());
        });
}

std::optional<QString> exportFeasibilityMap(const QTableWidget& map, const Profile& searched, const QString& path)
{
    QTableWidget table;
    copyTable(map, table);
    const QSize tableSize = wholeTableSize(table);
    const QString heading = mapExportTitle(map, searched);
    // Wide enough for the block's text to wrap to a few lines at most.
    const int width = std::max(tableSize.width() + 16, 640);
    const ExportTitleBlock block = makeTitleBlock(heading, searched);
    const QSize size(width, titleBlockHeight(block, width) + tableSize.height() + 16);
    return exportWithBlock(
        heading, searched, size, path, [&](QSize) { table.resize(tableSize); },
        [&](QPainter& painter, const QRect& target) {
            painter.fillRect(target, Qt::white);
            table.render(&painter, target.topLeft() + QPoint(8, 8));
        });
}

std::optional<QString> exportFromSearchDock(const SearchDock& dock, const Profile& current, SearchExport what,
                                            const QString& path)
{
    const SearchResultsModel& model = *dock.model();
    if (model.rowCount() == 0 || !model.sharedResult()) {
        return QObject::tr("%1: there are no search results to export; run a search first").arg(path);
    }
    switch (what) {
    case SearchExport::Csv:
        return exportSearchCsv(model.result(), path);
    case SearchExport::Scatter:
        return exportSearchScatter(model, dock.isStale() ? std::nullopt : model.rowOf(current), dock.resultProfile(), path);
    case SearchExport::FeasibilityMap:
        return exportFeasibilityMap(*dock.feasibilityMap(), dock.resultProfile(), path);
    }
    return std::nullopt;
}

} // namespace moe::ui
