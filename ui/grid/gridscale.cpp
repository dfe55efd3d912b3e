#include "grid/gridscale.h"

#include <algorithm>
#include <cmath>

namespace moe::ui {

namespace {

// Values within rounding of the top are on it, not beyond it.
constexpr double kTolerance = 1e-9;

bool loadMetric(GridMetric metric)
{
    return metric == GridMetric::Tokens || metric == GridMetric::ExpertLoad;
}

} // namespace

double GridScale::position(double value) const
{
    if (!(top > 0) || !std::isfinite(value)) {
        return 0.0;
    }
    return std::clamp(value / top, 0.0, 1.0);
}

bool GridScale::beyond(double value) const
{
    return any && std::isfinite(value) && value > top * (1 + kTolerance);
}

GridScale makeScale(GridMetric metric, const std::vector<double>& values, double capacity, double mean)
{
    GridScale scale;
    double largest = 0;
    double sum = 0;
    double count = 0;
    for (const double v : values) {
        if (std::isnan(v)) {
            continue;
        }
        largest = std::max(largest, v);
        sum += v;
        count += 1;
    }
    scale.any = count > 0;
    if (metric == GridMetric::Memory && capacity > 0) {
        scale.kind = GridScale::Kind::Capacity;
        scale.top = capacity;
    } else if (loadMetric(metric)) {
        scale.kind = GridScale::Kind::Mean;
        scale.mean = std::isnan(mean) ? (count > 0 ? sum / count : 0.0) : mean;
        scale.top = std::max(2.0 * scale.mean, largest);
    } else {
        scale.kind = GridScale::Kind::Zero;
        scale.top = largest;
    }
    return scale;
}

GridScale holdScale(const GridScale& held, const GridScale& fresh)
{
    if (!held.any || !(held.top > 0) || held.kind != fresh.kind || held.kind == GridScale::Kind::Capacity) {
        return fresh;  // memory's top is the capacity: nothing to hold
    }
    GridScale kept = held;
    kept.mean = fresh.mean;
    kept.any = fresh.any;
    return kept;
}

} // namespace moe::ui
