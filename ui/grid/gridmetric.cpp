#include "grid/gridmetric.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "grid/expertslots.h"
#include "model/topology.h"
#include "base/units.h"
#include "widgets/componentlabels.h"
#include "widgets/localfigures.h"

namespace moe::ui {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
// Tooltips list at most this many expert ids; layers with hundreds of experts per
// rank would otherwise make a tooltip taller than the screen.
constexpr std::int64_t kMaxIdsShown = 16;

// Gives the free functions below a translation context for lupdate.
class Text {
    Q_DECLARE_TR_FUNCTIONS(GridMetric)
};

// The GPU's three largest memory components from the table (core/model/components.h):
// "KV cache 29.3 GiB · attention weights 10.2 GiB · expert weights 7.1 GiB".
QString memoryParts(const MemoryBreakdown& memory)
{
    std::vector<const MemoryComponent*> parts;
    for (const MemoryComponent& c : kMemoryComponents) {
        if (memory.*c.field > 0) {
            parts.push_back(&c);
        }
    }
    std::sort(parts.begin(), parts.end(), [&](auto* a, auto* b) { return memory.*a->field > memory.*b->field; });
    parts.resize(std::min<std::size_t>(parts.size(), 3));
    QStringList texts;
    for (const MemoryComponent* c : parts) {
        texts << componentLabel(*c) + QLatin1Char(' ') + localBytes(memory.*c->field);
    }
    return QStringLiteral("  ") + texts.join(QStringLiteral(" \u00b7 "));
}

const GpuState* usedGpu(const Evaluation& evaluation, qint64 gpu)
{
    if (gpu < 0 || gpu >= static_cast<qint64>(evaluation.gpus.size())) {
        return nullptr;
    }
    const GpuState& state = evaluation.gpus[static_cast<std::size_t>(gpu)];
    return state.used ? &state : nullptr;
}

const LayerLoad* layerAt(const Evaluation& evaluation, int moeLayer)
{
    if (moeLayer < 0 || moeLayer >= static_cast<int>(evaluation.layers.size())) {
        return nullptr;
    }
    const LayerLoad& load = evaluation.layers[static_cast<std::size_t>(moeLayer)];
    return load.placement ? &load : nullptr;
}

// Expert slots and tokens of EP rank `ep` in one layer; 0 for a rank the placement
// does not describe (an evaluation and a profile out of step).
std::int64_t slotsOf(const ExpertPlacement& placement, std::int64_t ep)
{
    return ep >= 0 && ep < static_cast<std::int64_t>(placement.rankExperts.size())
        ? placement.rankExperts[static_cast<std::size_t>(ep)]
        : 0;
}

double tokensOf(const ExpertPlacement& placement, std::int64_t ep)
{
    return ep >= 0 && ep < static_cast<std::int64_t>(placement.rankTokens.size())
        ? placement.rankTokens[static_cast<std::size_t>(ep)]
        : 0.0;
}

StageLayers stageOf(const Evaluation& evaluation, const Profile& profile, const GpuState& gpu)
{
    return stageLayers(profile.model.layers, profile.workload.pipeline, evaluation.strategy.pp, gpu.pp);
}

// "layers 4 to 7", or with a layout of model chunks "layers 0 to 1, 8 to 9".
QString describeLayers(const StageLayers& stage)
{
    QStringList ranges;
    for (const LayerRange& r : stage.ranges) {
        ranges << Text::tr("%1 to %2").arg(r.first).arg(r.first + r.count - 1);
    }
    return ranges.join(QStringLiteral(", "));
}

// "34, 35" for the experts the GPU's EP rank hosts in one layer.
QString expertIds(const ExpertPlacement& placement, std::int64_t ep)
{
    if (ep < 0 || ep + 1 >= static_cast<std::int64_t>(placement.rankOffsets.size())) {
        return {};
    }
    const std::int64_t begin = placement.rankOffsets[static_cast<std::size_t>(ep)];
    const std::int64_t end = placement.rankOffsets[static_cast<std::size_t>(ep + 1)];
    QStringList ids;
    for (std::int64_t i = begin; i < std::min(end, begin + kMaxIdsShown); ++i) {
        ids << QString::number(placement.expertIds[static_cast<std::size_t>(i)]);
    }
    QString text = ids.join(QStringLiteral(", "));
    if (end - begin > kMaxIdsShown) {
        text += Text::tr(" … (%1 more)").arg(end - begin - kMaxIdsShown);
    }
    return text;
}

QString layerExperts(const LayerLoad& load, const GpuState& gpu)
{
    return Text::tr("layer %1: experts %2").arg(load.layer).arg(expertIds(*load.placement, gpu.ep));
}

// The selected layer's experts, or for all layers the count per layer over the
// stage and the ids of the stage's first MoE layer.
QString expertLines(const Evaluation& evaluation, const Profile& profile, const GpuState& gpu, int moeLayer)
{
    const StageLayers stage = stageOf(evaluation, profile, gpu);
    if (const LayerLoad* load = layerAt(evaluation, moeLayer)) {
        if (!stage.contains(load->layer)) {
            return Text::tr("layer %1: none (its pipeline stage holds layers %2)").arg(load->layer).arg(describeLayers(stage));
        }
        return layerExperts(*load, gpu);
    }
    const LayerLoad* first = nullptr;
    int layers = 0;
    auto fewest = std::numeric_limits<std::int64_t>::max();
    std::int64_t most = 0;
    for (const LayerLoad& load : evaluation.layers) {
        if (!load.placement || !stage.contains(load.layer)) {
            continue;
        }
        const std::int64_t slots = slotsOf(*load.placement, gpu.ep);
        fewest = std::min(fewest, slots);
        most = std::max(most, slots);
        first = first ? first : &load;
        ++layers;
    }
    if (!first) {
        return Text::tr("no MoE layers in its pipeline stage");
    }
    const QString count = fewest == most ? QString::number(most) : Text::tr("%1 to %2").arg(fewest).arg(most);
    return Text::tr("%1 experts in each of its %2 MoE layers").arg(count).arg(layers) + QLatin1Char('\n')
        + layerExperts(*first, gpu);
}

} // namespace

QString metricName(GridMetric metric)
{
    switch (metric) {
    case GridMetric::Memory:
        return Text::tr("Memory used");
    case GridMetric::Experts:
        return Text::tr("Experts hosted");
    case GridMetric::Tokens:
        return Text::tr("Tokens routed per step");
    case GridMetric::AllToAllBytes:
        return Text::tr("All-to-all sent per step");
    case GridMetric::ComputeTime:
        return Text::tr("Compute time per step");
    case GridMetric::ExpertLoad:
        return Text::tr("Expert load per slot");
    }
    return {};
}

QString metricUnit(GridMetric metric)
{
    switch (metric) {
    case GridMetric::Memory:
        return Text::tr("GiB");
    case GridMetric::Experts:
        return Text::tr("experts");
    case GridMetric::Tokens:
        return Text::tr("tokens");
    case GridMetric::AllToAllBytes:
        return Text::tr("GiB");
    case GridMetric::ComputeTime:
        return Text::tr("ms");
    case GridMetric::ExpertLoad:
        return Text::tr("tokens");
    }
    return {};
}

QString formatGridValue(GridMetric metric, double value)
{
    if (std::isnan(value)) {
        return Text::tr("idle");
    }
    switch (metric) {
    case GridMetric::Memory:
    case GridMetric::AllToAllBytes:
        return localBytes(value * kGiB);
    case GridMetric::Experts:
        return localInteger(value);
    case GridMetric::Tokens:
    case GridMetric::ExpertLoad:
        return localCount(value);
    case GridMetric::ComputeTime:
        return localSeconds(value / 1000.0);
    }
    return {};
}

bool metricPerLayer(GridMetric metric)
{
    return metric == GridMetric::Experts || metric == GridMetric::Tokens || metric == GridMetric::ExpertLoad;
}

bool hostsLayer(const Evaluation& evaluation, const Profile& profile, qint64 gpu, int moeLayer)
{
    const GpuState* state = usedGpu(evaluation, gpu);
    const LayerLoad* load = layerAt(evaluation, moeLayer);
    return state && (!load || stageOf(evaluation, profile, *state).contains(load->layer));
}

std::vector<int> stageMoeLayers(const Evaluation& evaluation, const Profile& profile, qint64 gpu)
{
    std::vector<int> layers;
    const GpuState* state = usedGpu(evaluation, gpu);
    if (!state) {
        return layers;
    }
    const StageLayers stage = stageOf(evaluation, profile, *state);
    for (std::size_t i = 0; i < evaluation.layers.size(); ++i) {
        if (evaluation.layers[i].placement && stage.contains(evaluation.layers[i].layer)) {
            layers.push_back(static_cast<int>(i));
        }
    }
    return layers;
}

double gridValue(const Evaluation& evaluation, const Profile& profile, qint64 gpu, GridMetric metric, int moeLayer)
{
    const GpuState* state = usedGpu(evaluation, gpu);
    if (!state) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const LayerLoad* load = metricPerLayer(metric) ? layerAt(evaluation, moeLayer) : nullptr;
    const bool hosts = load && stageOf(evaluation, profile, *state).contains(load->layer);
    if (load && !hosts) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    switch (metric) {
    case GridMetric::Memory:
        return state->memory.total() / kGiB;
    case GridMetric::Experts:
        if (load) {
            return static_cast<double>(slotsOf(*load->placement, state->ep));
        }
        return static_cast<double>(state->experts);
    case GridMetric::Tokens:
        if (load) {
            return tokensOf(*load->placement, state->ep);
        }
        return state->tokens;
    case GridMetric::ExpertLoad: {
        if (load) {
            return LayerSlots(*load->placement, evaluation.strategy.edp()).hottestSlotOn(state->ep);
        }
        // All layers: the busiest slot of any layer its stage holds.
        double busiest = std::numeric_limits<double>::quiet_NaN();
        const ExpertPlacement* last = nullptr;
        for (const int i : stageMoeLayers(evaluation, profile, gpu)) {
            const ExpertPlacement* placement = evaluation.layers[static_cast<std::size_t>(i)].placement.get();
            if (placement != last) {  // layers sharing a routing row share one placement
                const double v = LayerSlots(*placement, evaluation.strategy.edp()).hottestSlotOn(state->ep);
                busiest = std::isnan(busiest) ? v : std::max(busiest, v);
                last = placement;
            }
        }
        return busiest;
    }
    case GridMetric::AllToAllBytes:
        return state->a2aBytes / kGiB;
    case GridMetric::ComputeTime:
        return state->computeS * 1000.0;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QString describeGpu(const Evaluation& evaluation, const Profile& profile, qint64 gpu, int moeLayer)
{
    const qint64 perNode = std::max<qint64>(1, profile.cluster.gpusPerNode);
    QStringList lines{Text::tr("GPU %1 · node %2").arg(gpu).arg(gpu / perNode)};
    const GpuState* state = usedGpu(evaluation, gpu);
    if (!state) {
        lines << (evaluation.valid ? Text::tr("idle: the strategy uses the first %1 GPUs").arg(evaluation.gpusUsed)
                                   : Text::tr("idle: the strategy cannot run"));
        return lines.join(QLatin1Char('\n'));
    }
    QString ranks = Text::tr("TP %1 · PP %2 · DP %3 · EP %4").arg(state->tp).arg(state->pp).arg(state->dp).arg(state->ep);
    if (evaluation.strategy.etp > 1 || evaluation.strategy.edp() > 1) {
        ranks += Text::tr(" · ETP %1 · EDP %2").arg(state->etp).arg(state->edp);
    }
    lines << ranks << expertLines(evaluation, profile, *state, moeLayer);
    const double used = state->memory.total();
    lines << Text::tr("memory: %1 of %2 (%3)")
                 .arg(localBytes(used), localBytes(evaluation.capacityBytes),
                      localPercent(evaluation.capacityBytes > 0 ? used / evaluation.capacityBytes : 0.0));
    lines << memoryParts(state->memory);
    const double tokens = gridValue(evaluation, profile, gpu, GridMetric::Tokens, moeLayer);
    lines << (layerAt(evaluation, moeLayer) ? Text::tr("tokens routed in this layer: %1 per step")
                                            : Text::tr("tokens routed: %1 per step"))
                 .arg(localCount(tokens));
    lines << Text::tr("compute: %1 per step").arg(localSeconds(state->computeS));
    lines << Text::tr("all-to-all sent: %1 per step").arg(localBytes(state->a2aBytes));
    return lines.join(QLatin1Char('\n'));
}

} // namespace moe::ui
