#pragma once

// Exports the grid or a chart for a profile, from a fresh off-screen view of a fixed
// size: the window's File > Export and `moe-explorer-cli export` produce the same files.

#include <QImage>
#include <QPicture>
#include <QSize>
#include <QString>

#include <optional>

#include "model/evaluation.h"
#include "grid/gridmetric.h"
#include "heatmaps/heatmap.h"

namespace moe::ui {

// The heat maps (ui/heatmaps): routing share, load by GPU x layer, all-to-all traffic.
enum class ExportView { Grid, Latency, Memory, RoutingMap, LoadMap, TrafficMap };

// The window's selection (the grid's ring, the memory chart's "sel" bar) is never
// drawn: an export shows the model's figures, not where the user last clicked.
struct ExportOptions {
    GridMetric metric = GridMetric::Memory;
    int layer = -1;  // MoE layer for the grid, -1 for all
    QSize size;      // logical size; empty for exportSize()
    // The block naming the profile, strategy, workload and date (exporttitleblock.h);
    // off for the report's charts, whose pages already say all of it.
    bool titleBlock = true;
};

// Logical size of an exported view (PNG files have twice as many pixels each way).
QSize exportSize(ExportView view);
inline constexpr int kPngPixelRatio = 2;

// The view drawn into an image of exportSize() x kPngPixelRatio pixels (96 logical dots
// per inch, as the PNG files).
QImage renderView(ExportView view, const Profile& profile, const Evaluation& evaluation, const ExportOptions& options);

// The view recorded as vector drawing, to be replayed at any scale (the PDF report).
QPicture recordView(ExportView view, const Profile& profile, const Evaluation& evaluation, const ExportOptions& options);

std::optional<QString> exportView(ExportView view, const Profile& profile, const Evaluation& evaluation,
                                  const ExportOptions& options, const QString& path);
QString exportTitle(ExportView view, const Profile& profile);
// The heat map a heat-map view draws, and back.
HeatMapKind heatMapKindOf(ExportView view);
ExportView exportViewOf(HeatMapKind kind);

} // namespace moe::ui
