#pragma once

// The three heat maps beside the GPU grid (issue 15, point 2), as plain tables of
// values: what each cell holds, its labels and its scale. HeatMapWidget draws any of
// them; the builders here decide what they show (docs/explorer.md, "Heat maps").
//
// - Routing: MoE layer x expert, the share of the layer's routed tokens each expert
//   receives (dropped ones included: this is the routing, before capacity).
// - GPU load: GPU x MoE layer, tokens per step each GPU's expert slots process in the
//   layer; a GPU whose pipeline stage lacks the layer has no value (hatched).
// - Traffic: the all-to-all matrix of core/model/trafficmatrix.h, sender x receiver,
//   with each node's block of intra-node links outlined and the hottest link named.
//
// Large clusters fold rows (GPUs into nodes, or blocks of nodes) to at most
// kMaxHeatMapBins; a folded load cell holds its busiest GPU's value, a folded traffic
// cell the sum of the bytes between its GPUs.

#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "model/evaluation.h"
#include "profile/profile.h"

namespace moe::ui {

enum class HeatMapKind { Routing, GpuLoad, Traffic };
inline constexpr HeatMapKind kHeatMapKinds[] = {HeatMapKind::Routing, HeatMapKind::GpuLoad, HeatMapKind::Traffic};
QString heatMapName(HeatMapKind kind);

inline constexpr std::int64_t kMaxHeatMapBins = 64;

enum class HeatMapUnit { Share, Tokens, Bytes };

struct HeatMapMark {
    std::int64_t row = -1;  // -1: none
    std::int64_t column = -1;
};

// A square block of cells outlined on the map (a node's intra-node links).
struct HeatMapBlock {
    std::int64_t first = 0;
    std::int64_t count = 0;
};

struct HeatMap {
    HeatMapKind kind = HeatMapKind::Routing;
    QString rowAxis;     // "MoE layer", "GPU", "node", "sender GPU"
    QString columnAxis;
    std::int64_t rows = 0;
    std::int64_t columns = 0;
    std::vector<double> values;  // rows x columns, row-major; NaN: no value (hatched)
    QStringList rowLabels;       // one per row
    QStringList columnLabels;    // one per column
    HeatMapUnit unit = HeatMapUnit::Share;
    double top = 0;  // the value drawn in the top colour
    double mean = std::numeric_limits<double>::quiet_NaN();  // marked on the legend when set
    HeatMapMark hottest;  // outlined in red and named in the caption
    std::vector<HeatMapBlock> blocks;  // outlined diagonal blocks
    QString caption;  // one line under the map: what it shows, folding, the hottest cell
    QString empty;    // why there is nothing to show, when rows or columns is 0

    double at(std::int64_t row, std::int64_t column) const
    {
        return values[static_cast<std::size_t>(row * columns + column)];
    }
    // Where `value` falls on the colour map, 0 to 1.
    double position(double value) const;
    // The cell's tooltip: its row and column, its value and what that is.
    QString describe(std::int64_t row, std::int64_t column) const;
};

QString formatHeatValue(double value, HeatMapUnit unit);

// `evaluation` must be evaluate(profile, Detail::PerGpu); an invalid one, or a model
// without experts, gives a map with `empty` set.
HeatMap routingMap(const Profile& profile, const Evaluation& evaluation);
HeatMap gpuLoadMap(const Profile& profile, const Evaluation& evaluation, std::int64_t maxRows = kMaxHeatMapBins);
HeatMap trafficMap(const Profile& profile, const Evaluation& evaluation, std::int64_t maxBins = kMaxHeatMapBins);
HeatMap buildHeatMap(HeatMapKind kind, const Profile& profile, const Evaluation& evaluation);

} // namespace moe::ui
