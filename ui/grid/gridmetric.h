#pragma once

// What a cell of the GPU grid shows: one figure of a GPU's GpuState, for all MoE
// layers or for one, in the unit the legend names. Also the words a tooltip uses to
// describe a GPU, so that the widget and any report describe it alike.

#include <QString>

#include <vector>

#include "model/evaluation.h"
#include "profile/profile.h"

namespace moe::ui {

// ExpertLoad is last so that a metric saved as a number by an older version keeps
// its meaning.
enum class GridMetric { Memory, Experts, Tokens, AllToAllBytes, ComputeTime, ExpertLoad };

inline constexpr GridMetric kGridMetrics[] = {GridMetric::Memory,        GridMetric::ExpertLoad,
                                              GridMetric::Experts,       GridMetric::Tokens,
                                              GridMetric::AllToAllBytes, GridMetric::ComputeTime};

QString metricName(GridMetric metric);  // "Memory used", "Tokens routed per step"
QString metricUnit(GridMetric metric);  // "GiB": the unit of gridValue()
// A value of gridValue() with its unit, scaled for reading ("512 MiB", "3.2 ms").
QString formatGridValue(GridMetric metric, double value);
// Whether the metric differs per MoE layer; the others always show all layers.
bool metricPerLayer(GridMetric metric);

// The figure of `gpu` in metricUnit(): memory and all-to-all bytes in GiB, compute in
// ms, experts and tokens as counts, expert load as the tokens per step of the GPU's
// busiest expert slot. `moeLayer` indexes Evaluation::layers (-1: all layers); a GPU
// hosts a layer's experts and tokens only when its pipeline stage holds the layer,
// else NaN (drawn hatched: no layer is not a load of 0). Memory, all-to-all and
// compute are the all-layer figures for any layer. NaN for idle GPUs and for GPUs the
// evaluation does not list (it must have been made with Detail::PerGpu).
double gridValue(const moe::Evaluation& evaluation, const moe::Profile& profile, qint64 gpu, GridMetric metric,
                 int moeLayer);

// Multi-line plain text for a GPU's tooltip: node, ranks, experts, memory, load.
// Whether the GPU's pipeline stage holds MoE layer `moeLayer` (true for -1 and for
// per-GPU figures of used GPUs).
bool hostsLayer(const moe::Evaluation& evaluation, const moe::Profile& profile, qint64 gpu, int moeLayer);

// The pipeline stage's MoE layers (indices into Evaluation::layers) of `gpu`.
std::vector<int> stageMoeLayers(const moe::Evaluation& evaluation, const moe::Profile& profile, qint64 gpu);

QString describeGpu(const moe::Evaluation& evaluation, const moe::Profile& profile, qint64 gpu, int moeLayer);

} // namespace moe::ui
