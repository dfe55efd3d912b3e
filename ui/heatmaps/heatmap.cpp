#include "heatmaps/heatmap.h"

#include <QLocale>
#include <QCoreApplication>

#include <algorithm>

#include "base/units.h"
#include "model/topology.h"
#include "model/trafficmatrix.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

// Gives the free functions below a translation context for lupdate.
class Text {
    Q_DECLARE_TR_FUNCTIONS(HeatMap)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The rows of a folded GPU axis: GPUs when they fit, else nodes, else blocks of nodes.
struct GpuBins {
    std::int64_t gpusPerBin = 1;
    std::int64_t bins = 0;
};

GpuBins gpuBins(std::int64_t used, std::int64_t perNode, std::int64_t maxBins)
{
    GpuBins bins;
    perNode = std::max<std::int64_t>(1, perNode);
    maxBins = std::max<std::int64_t>(1, maxBins);
    if (used > maxBins) {
        const std::int64_t nodes = (used + perNode - 1) / perNode;
        bins.gpusPerBin = perNode * ((nodes + maxBins - 1) / maxBins);
    }
    bins.bins = (used + bins.gpusPerBin - 1) / bins.gpusPerBin;
    return bins;
}

QStringList gpuLabels(const GpuBins& bins, std::int64_t perNode)
{
    QStringList labels;
    for (std::int64_t b = 0; b < bins.bins; ++b) {
        if (bins.gpusPerBin == 1) {
            labels << QString::number(b);
        } else if (bins.gpusPerBin == perNode) {
            labels << QString::number(b);
        } else {
            const std::int64_t nodesPerBin = bins.gpusPerBin / perNode;
            labels << QStringLiteral("%1–%2").arg(b * nodesPerBin).arg((b + 1) * nodesPerBin - 1);
        }
    }
    return labels;
}

QString gpuAxis(const GpuBins& bins, std::int64_t perNode)
{
    if (bins.gpusPerBin == 1) {
        return Text::tr("GPU");
    }
    return bins.gpusPerBin == perNode ? Text::tr("node") : Text::tr("nodes");
}

QString foldNote(const GpuBins& bins, std::int64_t perNode, const QString& what)
{
    if (bins.gpusPerBin == 1) {
        return {};
    }
    return bins.gpusPerBin == perNode ? Text::tr("GPUs folded into nodes: %1. ").arg(what)
                                      : Text::tr("GPUs folded into blocks of %1 nodes: %2. ").arg(bins.gpusPerBin / perNode).arg(what);
}

HeatMap emptyMap(HeatMapKind kind, const QString& why)
{
    HeatMap map;
    map.kind = kind;
    map.empty = why;
    return map;
}

// Why a map has nothing to show, or an empty string when it has.
QString nothingToShow(const Profile& profile, const Evaluation& evaluation)
{
    if (!evaluation.valid) {
        return Text::tr("Nothing to show: %1").arg(evaluationError(evaluation, false));
    }
    if (profile.model.experts == 0 || evaluation.layers.empty()) {
        return Text::tr("Nothing to show: the model has no MoE layers.");
    }
    return {};
}

HeatMapMark largest(const HeatMap& map)
{
    HeatMapMark mark;
    double best = -1;
    for (std::int64_t r = 0; r < map.rows; ++r) {
        for (std::int64_t c = 0; c < map.columns; ++c) {
            const double v = map.at(r, c);
            if (!std::isnan(v) && v > best) {
                best = v;
                mark = HeatMapMark{r, c};
            }
        }
    }
    return mark;
}

double largestValue(const std::vector<double>& values)
{
    double top = 0;
    for (const double v : values) {
        if (!std::isnan(v)) {
            top = std::max(top, v);
        }
    }
    return top;
}

} // namespace

QString heatMapName(HeatMapKind kind)
{
    switch (kind) {
    case HeatMapKind::Routing:
        return Text::tr("Routing share by layer × expert");
    case HeatMapKind::GpuLoad:
        return Text::tr("Load by GPU × layer");
    case HeatMapKind::Traffic:
        return Text::tr("All-to-all traffic, GPU × GPU");
    }
    return {};
}

QString formatHeatValue(double value, HeatMapUnit unit)
{
    switch (unit) {
    case HeatMapUnit::Share:
        return QString::fromStdString(formatPercent(value));
    case HeatMapUnit::Tokens:
        return Text::tr("%1 tokens").arg(QString::fromStdString(formatCount(value)));
    case HeatMapUnit::Bytes:
        return QString::fromStdString(formatBytes(value));
    }
    return {};
}

double HeatMap::position(double value) const
{
    if (std::isnan(value) || top <= 0) {
        return 0;
    }
    return std::clamp(value / top, 0.0, 1.0);
}

QString HeatMap::describe(std::int64_t row, std::int64_t column) const
{
    if (row < 0 || row >= rows || column < 0 || column >= columns) {
        return {};
    }
    const double value = at(row, column);
    QString text = QStringLiteral("%1 %2, %3 %4: ")
                       .arg(rowAxis, rowLabels.value(static_cast<int>(row)), columnAxis,
                            columnLabels.value(static_cast<int>(column)));
    if (std::isnan(value)) {
        return text
            + (kind == HeatMapKind::Traffic ? Text::tr("the same GPU") : Text::tr("no value (its pipeline stage lacks this layer)"));
    }
    text += formatHeatValue(value, unit);
    if (!std::isnan(mean) && mean > 0) {
        text += Text::tr(" (%1× the mean)").arg(QLocale().toString(value / mean, 'f', 2));
    }
    if (kind == HeatMapKind::Traffic) {
        const bool inside = std::any_of(blocks.begin(), blocks.end(), [&](const HeatMapBlock& b) {
            return row >= b.first && row < b.first + b.count && column >= b.first && column < b.first + b.count;
        });
        text += Text::tr(" per step, ") + (inside ? Text::tr("inside a node (NVLink)") : Text::tr("across nodes (NIC)"));
    }
    if (row == hottest.row && column == hottest.column) {
        text += Text::tr("; the hottest");
    }
    return text;
}

HeatMap routingMap(const Profile& profile, const Evaluation& evaluation)
{
    if (const QString why = nothingToShow(profile, evaluation); !why.isEmpty()) {
        return emptyMap(HeatMapKind::Routing, why);
    }
    HeatMap map;
    map.kind = HeatMapKind::Routing;
    map.unit = HeatMapUnit::Share;
    map.rowAxis = Text::tr("MoE layer");
    map.columnAxis = Text::tr("expert");
    map.rows = static_cast<std::int64_t>(evaluation.layers.size());
    map.columns = profile.model.experts;
    map.values.assign(static_cast<std::size_t>(map.rows * map.columns), kNaN);
    for (std::int64_t r = 0; r < map.rows; ++r) {
        const ExpertPlacement& placement = *evaluation.layers[static_cast<std::size_t>(r)].placement;
        // Routed = processed + dropped: the router's choice, before the capacity cap.
        double total = 0;
        for (std::int64_t e = 0; e < map.columns; ++e) {
            const auto i = static_cast<std::size_t>(e);
            total += placement.expertTokens[i] + (i < placement.expertDroppedTokens.size() ? placement.expertDroppedTokens[i] : 0.0);
        }
        for (std::int64_t e = 0; e < map.columns; ++e) {
            const auto i = static_cast<std::size_t>(e);
            const double routed = placement.expertTokens[i]
                                + (i < placement.expertDroppedTokens.size() ? placement.expertDroppedTokens[i] : 0.0);
            map.values[static_cast<std::size_t>(r * map.columns + e)] = total > 0 ? routed / total : 0.0;
        }
        map.rowLabels << QString::number(r);
    }
    for (std::int64_t e = 0; e < map.columns; ++e) {
        map.columnLabels << QString::number(e);
    }
    map.mean = 1.0 / static_cast<double>(map.columns);
    map.top = std::max(2 * map.mean, largestValue(map.values));
    map.hottest = largest(map);
    map.caption = Text::tr("Share of each MoE layer's routed tokens (dropped ones included) by expert; an even spread "
                     "gives each 1/%1 = %2. Hottest: expert %3 in MoE layer %4, %5.")
                      .arg(map.columns)
                      .arg(formatHeatValue(map.mean, map.unit))
                      .arg(map.hottest.column)
                      .arg(map.hottest.row)
                      .arg(formatHeatValue(map.at(map.hottest.row, map.hottest.column), map.unit));
    return map;
}

HeatMap gpuLoadMap(const Profile& profile, const Evaluation& evaluation, std::int64_t maxRows)
{
    if (const QString why = nothingToShow(profile, evaluation); !why.isEmpty()) {
        return emptyMap(HeatMapKind::GpuLoad, why);
    }
    const Strategy& s = evaluation.strategy;
    const std::int64_t perNode = std::max<std::int64_t>(1, profile.cluster.gpusPerNode);
    const std::int64_t used = evaluation.gpusUsed;
    const GpuBins bins = gpuBins(used, perNode, maxRows);
    HeatMap map;
    map.kind = HeatMapKind::GpuLoad;
    map.unit = HeatMapUnit::Tokens;
    map.rowAxis = gpuAxis(bins, perNode);
    map.columnAxis = Text::tr("MoE layer");
    map.rows = bins.bins;
    map.columns = static_cast<std::int64_t>(evaluation.layers.size());
    map.values.assign(static_cast<std::size_t>(map.rows * map.columns), kNaN);
    std::vector<StageLayers> stages;
    for (std::int64_t p = 0; p < s.pp; ++p) {
        stages.push_back(stageLayers(profile.model.layers, profile.workload.pipeline, s.pp, p));
    }
    double sum = 0;
    double count = 0;
    for (std::int64_t g = 0; g < used; ++g) {
        const GpuState& gpu = evaluation.gpus[static_cast<std::size_t>(g)];
        const StageLayers& stage = stages[static_cast<std::size_t>(gpu.pp)];
        const std::int64_t row = g / bins.gpusPerBin;
        for (std::int64_t c = 0; c < map.columns; ++c) {
            const LayerLoad& layer = evaluation.layers[static_cast<std::size_t>(c)];
            if (!stage.contains(layer.layer)) {
                continue;
            }
            const double tokens = layer.placement->rankTokens[static_cast<std::size_t>(gpu.ep)];
            sum += tokens;
            ++count;
            double& cell = map.values[static_cast<std::size_t>(row * map.columns + c)];
            cell = std::isnan(cell) ? tokens : std::max(cell, tokens);  // a folded row: its busiest GPU
        }
    }
    map.rowLabels = gpuLabels(bins, perNode);
    for (std::int64_t c = 0; c < map.columns; ++c) {
        map.columnLabels << QString::number(c);
    }
    map.mean = count > 0 ? sum / count : kNaN;
    map.top = std::max(count > 0 ? 2 * map.mean : 0.0, largestValue(map.values));
    map.hottest = largest(map);
    map.caption = foldNote(bins, perNode, Text::tr("each row shows its busiest GPU"))
                + Text::tr("Token-to-expert assignments each GPU's expert slots process per step, by MoE layer; hatched: "
                     "the GPU's pipeline stage lacks the layer. Mean %1.")
                      .arg(formatHeatValue(map.mean, map.unit));
    if (map.hottest.row >= 0) {
        const double hot = map.at(map.hottest.row, map.hottest.column);
        map.caption += Text::tr(" Busiest: %1 %2 in MoE layer %3, %4 (%5× the mean).")
                           .arg(map.rowAxis, map.rowLabels.value(static_cast<int>(map.hottest.row)))
                           .arg(map.hottest.column)
                           .arg(formatHeatValue(hot, map.unit))
                           .arg(QLocale().toString(hot / map.mean, 'f', 2));
    }
    return map;
}

HeatMap trafficMap(const Profile& profile, const Evaluation& evaluation, std::int64_t maxBins)
{
    if (const QString why = nothingToShow(profile, evaluation); !why.isEmpty()) {
        return emptyMap(HeatMapKind::Traffic, why);
    }
    const TrafficMatrix matrix = trafficMatrix(profile, evaluation.strategy, maxBins);
    if (matrix.bins == 0) {
        return emptyMap(HeatMapKind::Traffic, Text::tr("Nothing to show: no all-to-all traffic."));
    }
    const std::int64_t perNode = matrix.gpusPerNode;
    const GpuBins bins{matrix.gpusPerBin, matrix.bins};
    HeatMap map;
    map.kind = HeatMapKind::Traffic;
    map.unit = HeatMapUnit::Bytes;
    map.rowAxis = Text::tr("from %1").arg(gpuAxis(bins, perNode));
    map.columnAxis = Text::tr("to %1").arg(gpuAxis(bins, perNode));
    map.rows = matrix.bins;
    map.columns = matrix.bins;
    map.values = matrix.bytes;
    if (!matrix.byNode()) {
        for (std::int64_t i = 0; i < matrix.bins; ++i) {
            map.values[static_cast<std::size_t>(i * matrix.bins + i)] = kNaN;  // a GPU does not send to itself
        }
        for (std::int64_t first = 0; first < matrix.bins; first += perNode) {
            map.blocks.push_back({first, std::min(perNode, matrix.bins - first)});
        }
    } else {
        for (std::int64_t i = 0; i < matrix.bins; ++i) {
            map.blocks.push_back({i, 1});
        }
    }
    map.rowLabels = gpuLabels(bins, perNode);
    map.columnLabels = map.rowLabels;
    map.top = largestValue(map.values);
    const TrafficLink hot = matrix.hottest();
    map.caption = foldNote(bins, perNode, Text::tr("a cell sums the bytes between them; the diagonal stays inside a node"))
                + Text::tr("Bytes each GPU sends each other GPU per step in the MoE all-to-alls (dispatch and combine). "
                     "Outlined squares: links inside a node (NVLink); the rest cross nodes (NIC).");
    if (hot.from < 0) {
        map.caption += Text::tr(" No GPU sends to another: expert parallelism is 1.");
        return map;
    }
    map.hottest = HeatMapMark{hot.from, hot.to};
    const QString axis = gpuAxis(bins, perNode);
    map.caption += Text::tr(" Hottest link: %1 %2 → %1 %3, %4 per step, %5.")
                       .arg(axis, map.rowLabels.value(static_cast<int>(hot.from)),
                            map.rowLabels.value(static_cast<int>(hot.to)), formatHeatValue(hot.bytes, map.unit),
                            hot.intraNode ? Text::tr("inside a node") : Text::tr("across nodes"));
    return map;
}

HeatMap buildHeatMap(HeatMapKind kind, const Profile& profile, const Evaluation& evaluation)
{
    switch (kind) {
    case HeatMapKind::Routing:
        return routingMap(profile, evaluation);
    case HeatMapKind::GpuLoad:
        return gpuLoadMap(profile, evaluation);
    case HeatMapKind::Traffic:
        return trafficMap(profile, evaluation);
    }
    return {};
}

} // namespace moe::ui
