#pragma once

// Draws one HeatMap: cells coloured on the viridis map from 0 to the map's top, cells
// without a value hatched, outlined blocks (a node's intra-node links), the hottest
// cell outlined in red, labels, the colour key with the mean marked, and the caption.
// Hover names the cell. The screen and every export draw through render().

#include <QWidget>

#include "heatmaps/heatmap.h"
#include "heatmaps/heatmapgeometry.h"

namespace moe::ui {

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
    void paintLabels(QPainter& painter, const HeatMapGeometry& g, const QFontMetrics& metrics) const;
    void paintLegend(QPainter& painter, const HeatMapGeometry& g, const QFontMetrics& metrics) const;

    HeatMap m_map;
};

} // namespace moe::ui
