#pragma once

// Exports of the Search dock (issue 12, point 12): the scatter and the feasibility map
// as PNG, SVG or PDF, each under the title block of every exported chart
// (exporttitleblock.h), and the results as CSV with the columns of
// `moe-explorer-cli search --format csv` (core/cli/searchcsv.h). Each view is drawn
// afresh off screen from the dock's results, so nothing of the window's state (a
// hovered point, a selected cell, the dock's size) reaches the file.

#include <QSize>
#include <QString>

#include <optional>

#include "profile/profile.h"
#include "search/search.h"

class QTableWidget;

namespace moe::ui {

class SearchDock;
class SearchResultsModel;

enum class SearchExport { Scatter, FeasibilityMap, Csv };

// Logical size of an exported scatter (PNG files have kPngPixelRatio times the pixels).
QSize scatterExportSize();

// Every result of `result`, best first.
std::optional<QString> exportSearchCsv(const SearchResult& result, const QString& path);
// The scatter of the model's results, the current strategy's row marked when given.
std::optional<QString> exportSearchScatter(const SearchResultsModel& model, std::optional<int> currentRow,
                                           const Profile& searched, const QString& path);
// The map as shown: every cell's text and colours, all rows and columns.
std::optional<QString> exportFeasibilityMap(const QTableWidget& map, const Profile& searched, const QString& path);

// What the window's File > Export > Search... writes: the dock's results (current or
// stale: the title block names the profile they were searched for), the scatter with
// the current strategy marked while they are current. An error when there are none.
std::optional<QString> exportFromSearchDock(const SearchDock& dock, const Profile& current, SearchExport what,
                                            const QString& path);

QString scatterExportTitle(const Profile& searched);
QString mapExportTitle(const QTableWidget& map, const Profile& searched);

} // namespace moe::ui
