#include "export/viewexport.h"

#include <QImage>
#include <QPainter>

#include "export/exporter.h"
#include "export/exporttitleblock.h"
#include "grid/gpugridwidget.h"
#include "charts/latencychart.h"
#include "charts/memorychart.h"
#include "heatmaps/heatmapwidget.h"

namespace moe::ui {

QSize exportSize(ExportView view)
{
    switch (view) {
    case ExportView::Grid:
        return QSize(1600, 1000);
    case ExportView::RoutingMap:
    case ExportView::LoadMap:
    case ExportView::TrafficMap:
        return QSize(1200, 900);
    default:
        return QSize(1200, 700);
    }
}

HeatMapKind heatMapKindOf(ExportView view)
{
    return view == ExportView::RoutingMap ? HeatMapKind::Routing
         : view == ExportView::LoadMap    ? HeatMapKind::GpuLoad
                                          : HeatMapKind::Traffic;
}

ExportView exportViewOf(HeatMapKind kind)
{
    switch (kind) {
    case HeatMapKind::Routing:
        return ExportView::RoutingMap;
    case HeatMapKind::GpuLoad:
        return ExportView::LoadMap;
    case HeatMapKind::Traffic:
        break;
    }
    return ExportView::TrafficMap;
}

QString exportTitle(ExportView view, const Profile& profile)
{
    const QString name = QString::fromStdString(profile.name);
    switch (view) {
    case ExportView::Grid:
        return QObject::tr("GPU grid: %1").arg(name);
    case ExportView::Latency:
        return QObject::tr("Step time by component: %1").arg(name);
    case ExportView::Memory:
        return QObject::tr("Memory per GPU: %1").arg(name);
    case ExportView::RoutingMap:
    case ExportView::LoadMap:
    case ExportView::TrafficMap:
        return QObject::tr("%1: %2").arg(heatMapName(heatMapKindOf(view)), name);
    }
    return name;
}

namespace {

// Builds the off-screen view and hands `draw` a renderer for it: the title block on
// top, the view in the rest.
template <typename Draw>
auto withView(ExportView view, const Profile& profile, const Evaluation& evaluation, const ExportOptions& options, Draw&& draw)
{
    const QSize size = options.size.isEmpty() ? exportSize(view) : options.size;
    const ExportTitleBlock block = makeTitleBlock(exportTitle(view, profile), profile);
    const int top = options.titleBlock ? titleBlockHeight(block, size.width()) : 0;
    const QSize viewSize(size.width(), size.height() - top);
    const auto withBlock = [&](const auto& drawView) {
        return [&, drawView](QPainter& painter, const QRect& target) {
            const QRect rest = options.titleBlock ? paintTitleBlock(painter, target, block) : target;
            drawView(painter, rest);
        };
    };
    if (view == ExportView::Grid) {
        GpuGridWidget grid;
        grid.resize(viewSize);
        grid.setEvaluation(profile, evaluation);
        grid.setMetric(options.metric);
        grid.setLayer(options.layer);
        grid.setSelectionShown(false);
        return draw(withBlock([&](QPainter& painter, const QRect& target) { grid.render(painter, target); }));
    }
    if (view == ExportView::RoutingMap || view == ExportView::LoadMap || view == ExportView::TrafficMap) {
        HeatMapWidget map;
        map.resize(size);
        map.setMap(buildHeatMap(heatMapKindOf(view), profile, evaluation));
        return draw([&](QPainter& painter, const QRect& target) { map.render(painter, target); });
    }
    // A fresh chart sized for the file, so the export does not depend on the window.
    std::unique_ptr<ChartView> chart;
    if (view == ExportView::Latency) {
        auto latency = std::make_unique<LatencyChart>();
        latency->setEvaluation(profile, evaluation, nullptr, uncertaintyBand(profile));  // once per export
        chart = std::move(latency);
    } else {
        auto memory = std::make_unique<MemoryChart>();
        memory->setEvaluation(profile, evaluation, -1);  // no "sel" bar
        chart = std::move(memory);
    }
    chart->resize(viewSize);
    chart->chart()->resize(QSizeF(viewSize));
    return draw(withBlock([&](QPainter& painter, const QRect& target) { chart->render(painter, QRectF(target)); }));
}

} // namespace

QImage renderView(ExportView view, const Profile& profile, const Evaluation& evaluation, const ExportOptions& options)
{
    return withView(view, profile, evaluation, options, [&](const Renderer& render) {
        const QSize size = options.size.isEmpty() ? exportSize(view) : options.size;
        QImage image = exportImage(size, kPngPixelRatio);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            render(painter, QRect(QPoint(0, 0), size));
        }
        markPngDotsPerInch(image, kPngPixelRatio);
        return image;
    });
}

QPicture recordView(ExportView view, const Profile& profile, const Evaluation& evaluation, const ExportOptions& options)
{
    return withView(view, profile, evaluation, options, [&](const Renderer& render) {
        const QSize size = options.size.isEmpty() ? exportSize(view) : options.size;
        QPicture picture;
        picture.setBoundingRect(QRect(QPoint(0, 0), size));
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        render(painter, QRect(QPoint(0, 0), size));
        painter.end();
        return picture;
    });
}

std::optional<QString> exportView(ExportView view, const Profile& profile, const Evaluation& evaluation,
                                  const ExportOptions& options, const QString& path)
{
    return withView(view, profile, evaluation, options, [&](const Renderer& render) {
        return exportDrawing(render, options.size.isEmpty() ? exportSize(view) : options.size, path,
                             exportTitle(view, profile), kPngPixelRatio);
    });
}

} // namespace moe::ui
