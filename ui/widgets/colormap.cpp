#include "widgets/colormap.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace moe::ui {

namespace {

// matplotlib's viridis (_viridis_data, 256 entries, CC0), every 8th entry and the
// last, in 0..255. Linear interpolation between them stays within 1.7 units of the
// full table on every channel.
constexpr std::array<std::array<int, 3>, 33> kViridis{{
    {68, 1, 84},    {71, 13, 96},   {72, 24, 106},  {72, 35, 116},  {71, 45, 123},  {69, 55, 129},  {66, 64, 134},
    {62, 73, 137},  {59, 82, 139},  {55, 91, 141},  {51, 99, 141},  {47, 107, 142}, {44, 114, 142}, {41, 122, 142},
    {38, 130, 142}, {35, 137, 142}, {33, 145, 140}, {31, 152, 139}, {31, 160, 136}, {34, 167, 133}, {40, 174, 128},
    {50, 182, 122}, {63, 188, 115}, {78, 195, 107}, {94, 201, 98},  {112, 207, 87}, {132, 212, 75}, {152, 216, 62},
    {173, 220, 48}, {194, 223, 35}, {216, 226, 25}, {236, 229, 27}, {253, 231, 37},
}};

// Table index of sample i: 0, 8, ..., 248, and 255 for the last.
double tableIndex(std::size_t i)
{
    return i + 1 == kViridis.size() ? 255.0 : 8.0 * static_cast<double>(i);
}

} // namespace

QColor viridis(double t)
{
    if (!std::isfinite(t)) {
        t = 0;
    }
    const double position = std::clamp(t, 0.0, 1.0) * 255.0;
    const auto i = std::min(static_cast<std::size_t>(position / 8.0), kViridis.size() - 2);
    const double f = (position - tableIndex(i)) / (tableIndex(i + 1) - tableIndex(i));
    auto mix = [&](std::size_t channel) {
        return static_cast<int>(std::lround(kViridis[i][channel] * (1 - f) + kViridis[i + 1][channel] * f));
    };
    return QColor(mix(0), mix(1), mix(2));
}

} // namespace moe::ui
