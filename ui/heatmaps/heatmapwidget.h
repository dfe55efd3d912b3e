#pragma once

// Draws one HeatMap: cells coloured on the viridis map from 0 to the map's top, cells
// without a value hatched, outlined blocks (a node's intra-node links), the hottest
// cell outlined in red, labels, the colour key with the mean marked, and the caption.
// Hover names the cell. The screen and every export draw through render().
//
// Cells are drawn as runs: neighbours in a row with the same colour are one rectangle.
// On a vector device (SVG, PDF, a recorded QPicture) a map of more than
// kMaxVectorHeatMapCells cells draws its cells as one image instead, at the PNG
// export's resolution, with the labels, key, outlines and caption still vector: a
// DeepSeek-V3-sized measured routing table (58 x 16,384 cells) was 221 MB of SVG with
// one rectangle per cell (docs/benchmarks.md, "Largest legal inputs").

#include <QImage>
#include <QWidget>

#include <cstdint>

#include "heatmaps/heatmap.h"
#include "heatmaps/heatmapgeometry.h"

namespace moe::ui {

// Above this many cells a vector export carries the cells as one image. 32,768 = 2^15
// keeps every built-in profile's and library model's maps vector (the largest routing
// maps: Kimi K2's 60 x 384 = 23,040 cells, DeepSeek-V3's 58 x 256 = 14,848; load and
// traffic maps fold to at most 64 rows, heatmap.h) and bounds the worst vector map, every cell its own colour, near 7.5 MB
// of SVG: QSvgGenerator writes about 230 bytes for each rectangle whose colour differs
// from the one before (3,470,396 bytes for DeepSeek-V3's 14,848 cells, measured).
inline constexpr std::int64_t kMaxVectorHeatMapCells = 32'768;
// Pixels per unit of the cell image: the PNG export's ratio (viewexport.h,
// kPngPixelRatio), so the image in an SVG or PDF matches the PNG pixel for pixel.
inline constexpr int kHeatMapCellImageRatio = 2;

class HeatMapWidget : public QWidget {
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget* parent = nullptr);

    void setMap(HeatMap map);
    const HeatMap& map() const { return m_map; }
    // The layout for `area` with text measured by `metrics` (the paint device's: an
    // export's image may have another resolution than the screen).
    HeatMapGeometry layoutFor(const QRect& area, const QFontMetrics& metrics) const;
    HeatMapGeometry currentGeometry() const { return layoutFor(rect(), fontMetrics()); }
    void render(QPainter& painter, const QRect& target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void paintCells(QPainter& painter, const HeatMapGeometry& g) const;
    void paintCellRuns(QPainter& painter, const HeatMapGeometry& g) const;
    // The cells alone, drawn into an image of cellImageRect()'s size x
    // kHeatMapCellImageRatio.
    static QRectF cellImageRect(const HeatMapGeometry& g);
    QImage cellImage(const HeatMapGeometry& g) const;
    void paintLabels(QPainter& painter, const HeatMapGeometry& g, const QFontMetrics& metrics) const;
    void paintLegend(QPainter& painter, const HeatMapGeometry& g, const QFontMetrics& metrics) const;

    HeatMap m_map;
};

} // namespace moe::ui
