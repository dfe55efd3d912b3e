#pragma once

// What a colour of the GPU grid means: the value at the top of the viridis map and
// the value 0 at its bottom, so a colour reads the same whatever the other cells
// hold (docs/explorer.md, "Colour scales").
//
// - Memory: 0 to the GPU's capacity; a cell over capacity is drawn at the top colour
//   and marked.
// - Token loads (tokens per GPU, tokens per expert slot): 0 to twice the mean, or
//   to the largest value when that is higher; the mean is marked on the legend, so
//   a cell's colour says how far it is from an even spread.
// - Experts, all-to-all bytes, compute time: 0 to the largest value.
//
// The widget holds a scale while the profile is edited (a slider drag keeps its
// colours comparable) and makes a fresh one when the metric or layer changes, a
// profile is opened, or the user asks (see GpuGridWidget::resetScale()).

#include <limits>
#include <vector>

#include "grid/gridmetric.h"

namespace moe::ui {

struct GridScale {
    enum class Kind { Capacity, Mean, Zero };
    Kind kind = Kind::Zero;
    double top = 0;  // the value drawn in the top colour, in metricUnit()
    double mean = std::numeric_limits<double>::quiet_NaN();  // Kind::Mean: marked on the legend
    bool any = false;  // some cell has a value

    // Where `value` falls on the map, 0 to 1: value / top, clamped. A scale whose top
    // is 0 (every cell 0) puts everything at 0.
    double position(double value) const;
    // Beyond the top: over capacity (Kind::Capacity), or above a held scale.
    bool beyond(double value) const;
};

// A fresh scale for `values` (NaN: idle or no layer, skipped). `capacity` in
// metricUnit(GridMetric::Memory), used for memory only; without one (0), memory
// falls back to 0 to the largest value. `mean`: the mean the Kind::Mean scale is
// relative to; NaN takes the mean of `values`.
GridScale makeScale(GridMetric metric, const std::vector<double>& values, double capacity,
                    double mean = std::numeric_limits<double>::quiet_NaN());

// The scale to draw with after an edit: `held`'s top (colours stay comparable
// during a drag) with `fresh`'s mean marker; `fresh` itself when `held` had no values.
GridScale holdScale(const GridScale& held, const GridScale& fresh);

} // namespace moe::ui
