#pragma once

// Perceptually uniform, colour-blind-safe colour map (viridis, from matplotlib's
// published table) for heat maps.

#include <QColor>

namespace moe::ui {

// `t` in 0..1; values outside are clamped.
QColor viridis(double t);

} // namespace moe::ui
