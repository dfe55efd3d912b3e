#pragma once

// Painting shared by the GPU grid's cells and its legend, so that an idle GPU, a
// colour and the marks look the same in both, on screen and in every export.

#include <QFontMetrics>
#include <QPalette>
#include <QRect>
#include <QString>

#include "grid/gridmetric.h"
#include "grid/gridscale.h"

class QPainter;

namespace moe::ui {

// A frame of `width` pixels just inside `rect`, drawn as filled strips so that it
// lands on whole pixels at any pen and device-pixel-ratio setting.
void fillFrame(QPainter& painter, const QRect& rect, int width, const QColor& colour);

// The one look of an idle GPU (or one whose stage lacks the layer): hatched like an
// empty slot (never mistaken for the smallest value), or flat mid grey when the cell
// is too small to hatch. `framed` outlines it, for cells with no node board behind.
void paintIdle(QPainter& painter, const QRect& rect, const QPalette& palette, bool framed);

// The one look of a value beyond the scale's top (over capacity): the top colour
// under a dark cross-hatch.
void paintBeyond(QPainter& painter, const QRect& rect);

// Outline colours, chosen to stand apart from every viridis colour: the straggler
// GPU and the hottest expert in red, the replicas of a clicked expert in magenta.
QColor hotOutline();
QColor pickedOutline();

struct GridLegend {
    QString caption;  // what the colours mean, left-aligned; wrapped or elided when short of room
    GridMetric metric = GridMetric::Memory;
    GridScale scale;  // scale.any false: only the idle swatch
    bool showBeyond = false;  // some cell is beyond the top: show its swatch
    QString idleText;         // what a hatched cell means ("idle")
};

// Caption on the left; on the right the colour key ("0", the viridis gradient with
// the mean marked for load scales, the top value), the beyond swatch ("over
// capacity" or "above scale") when some cell is, and the idle swatch.
// A caption longer than one line beside the key wraps when `area` is more than one
// line high (gridLegendCaptionLines() says how many it needs), and is elided otherwise.
void paintGridLegend(QPainter& painter, const QRect& area, const QPalette& palette, const GridLegend& legend);

// The lines the caption needs beside the key at its narrowest, in `area`'s width.
int gridLegendCaptionLines(const QFontMetrics& fm, const QRect& area, const GridLegend& legend);

} // namespace moe::ui
