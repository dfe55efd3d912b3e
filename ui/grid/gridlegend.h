#pragma once

// Painting shared by the GPU grid's cells and its legend, so that an idle GPU and a
// colour look the same in both, on screen and in every export.

#include <QPalette>
#include <QRect>
#include <QString>

#include "grid/gridmetric.h"

class QPainter;

namespace moe::ui {

// A frame of `width` pixels just inside `rect`, drawn as filled strips so that it
// lands on whole pixels at any pen and device-pixel-ratio setting.
void fillFrame(QPainter& painter, const QRect& rect, int width, const QColor& colour);

// The one look of an idle GPU: hatched like an empty slot (never mistaken for the
// smallest value), or flat mid grey when the cell is too small to hatch. `framed`
// outlines it, for cells with no node board behind them.
void paintIdle(QPainter& painter, const QRect& rect, const QPalette& palette, bool framed);

struct GridLegend {
    QString caption;  // what the colours mean, left-aligned; elided when short of room
    GridMetric metric = GridMetric::Memory;
    bool hasValues = false;  // false: only the idle swatch
    double min = 0;          // in metricUnit(metric)
    double max = 0;
};

// Caption on the left; on the right the colour key (min label, viridis gradient, max
// label, or a single swatch when min == max) and the idle swatch.
void paintGridLegend(QPainter& painter, const QRect& area, const QPalette& palette, const GridLegend& legend);

} // namespace moe::ui
