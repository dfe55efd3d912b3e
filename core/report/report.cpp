// buildReport(): the design-review report's content, every figure from evaluate()
// and search(). docs/report.md describes each section.

#include <algorithm>

#include "accuracy/measuredaccuracy.h"
#include "model/architecture.h"
#include "profile/uncertaintyband.h"
#include "report/reportbuilder.h"
#include "base/units.h"

namespace moe::detail {

PhraseArg objectiveName(Objective objective)
{
    switch (objective) {
    case Objective::Throughput:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "throughput"));
    case Objective::Latency:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "latency"));
    case Objective::ThroughputPerGpu:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "throughput-per-gpu"));
    case Objective::Headroom:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "headroom"));
    }
    return arg::name(toString(objective));
}

PhraseArg modeName(Mode mode)
{
    switch (mode) {
    case Mode::Training:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "training"));
    case Mode::Prefill:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "prefill"));
    case Mode::Decode:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "decode"));
    }
    return arg::name(toString(mode));
}

PhraseArg recomputeName(Recompute recompute)
{
    switch (recompute) {
    case Recompute::None:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "none"));
    case Recompute::Selective:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "selective"));
    case Recompute::Full:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "full"));
    }
    return arg::name(toString(recompute));
}

PhraseArg placementName(PlacementPolicy placement)
{
    switch (placement) {
    case PlacementPolicy::Contiguous:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "contiguous"));
    case PlacementPolicy::RoundRobin:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "round_robin"));
    case PlacementPolicy::Balanced:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "balanced"));
    case PlacementPolicy::Eplb:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "eplb"));
    case PlacementPolicy::Manual:
        return arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "manual"));
    }
    return arg::name(toString(placement));
}

// The profile's name as the report shows it: at most kMaxShownName characters, so a
// hostile or accidental megabyte of name does not become hundreds of pages (docs/report.md).
std::string Builder::shownName(const std::string& name) const
{
    constexpr std::size_t kMaxShownName = 500;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80 && characters++ == kMaxShownName) {
            std::size_t total = characters;
            for (std::size_t k = i + 1; k < name.size(); ++k) {
                total += (static_cast<unsigned char>(name[k]) & 0xC0) != 0x80;
            }
            return say(MOE_TRANSLATE_NOOP("Report", "%1\u2026 (the first %2 of %3 characters)"),
                       {arg::name(name.substr(0, i)), arg::figure(formatGrouped(static_cast<double>(kMaxShownName))),
                        arg::figure(formatGrouped(static_cast<double>(total)))});
        }
    }
    return name;
}

std::string Builder::rankText(bool thisStrategy) const
{
    if (m_notSearched) {
        return thisStrategy ? say(MOE_TRANSLATE_NOOP("Report", "this strategy was not ranked: %1"), {arg::phrases({*m_notSearched})})
                            : say(MOE_TRANSLATE_NOOP("Report", "it was not ranked: %1"), {arg::phrases({*m_notSearched})});
    }
    const PhraseArg feasible = arg::figure(formatGrouped(static_cast<double>(m_search.feasible)));
    if (!m_rank) {
        return thisStrategy
            ? say(MOE_TRANSLATE_NOOP("Report", "this strategy is not among the %1 feasible configurations"), {feasible})
            : say(MOE_TRANSLATE_NOOP("Report", "it is not among the %1 feasible configurations"), {feasible});
    }
    const PhraseArg rank = arg::figure(formatGrouped(static_cast<double>(*m_rank + 1)));
    const PhraseArg pareto = m_search.referencePareto
        ? arg::phrases({{"Report", MOE_TRANSLATE_NOOP("Report", ", on the Pareto front of throughput per GPU against step time"), {}}})
        : arg::name("");
    return thisStrategy
        ? say(MOE_TRANSLATE_NOOP("Report", "this strategy ranks %1 of %2 feasible configurations by %3%4"),
              {rank, feasible, objectiveName(m_inputs.objective), pareto})
        : say(MOE_TRANSLATE_NOOP("Report", "it ranks %1 of %2 feasible configurations by %3%4"),
              {rank, feasible, objectiveName(m_inputs.objective), pareto});
}

Report Builder::build()
{
    m_report.title = say(MOE_TRANSLATE_NOOP("Report", "Parallel strategy review: %1"), {arg::name(shownName(m_profile.name))});
    summary();
    hardware();
    model();
    chosen();
    latency();
    accuracy();
    memory();
    loadBalance();
    checks();
    baseline();
    alternatives();
    risks();
    scaling();
    serving();
    return std::move(m_report);
}

void Builder::summary()
{
    heading(1, m_report.title);
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Summary")));
    if (!m_ev.valid) {
        const Phrase error = *m_ev.errorPhrase.text ? m_ev.errorPhrase : Phrase{"Report", "%1", {arg::name(m_ev.error)}};
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "The strategy %1 cannot run: %2: %3."),
                      {arg::name(strategyName(m_profile.strategy)), arg::name(m_ev.errorPath), arg::phrases({error})}));
        return;
    }
    std::string verdict = say(MOE_TRANSLATE_NOOP("Report", "It passes all %1 checks."), {arg::integer(m_ev.checkCount)});
    if (!m_ev.ok) {
        verdict = say(MOE_TRANSLATE_NOOP("Report", "It fails:"));
        for (int i = 0; i < m_ev.checkCount; ++i) {
            const Check& c = m_ev.checks[static_cast<std::size_t>(i)];
            if (!c.ok) {
                verdict += say(MOE_TRANSLATE_NOOP("Report", " %1 (%2)"),
                               {arg::label("CheckName", checkName(c.kind)), arg::phrases({checkPhrase(c, m_ev)})});
            }
        }
        verdict += say(MOE_TRANSLATE_NOOP("Report", "."));
    }
    paragraph(say(MOE_TRANSLATE_NOOP("Report", "Strategy %1 on %2 of %3 GPUs: step time %4%5, throughput %6 (%7 per GPU), MFU %8; "),
                  {arg::name(strategyName(m_profile.strategy)), arg::integer(static_cast<double>(m_ev.gpusUsed)),
                   arg::integer(static_cast<double>(m_profile.cluster.gpuCount)), arg::seconds(m_ev.time.total),
                   arg::name(bandText()), arg::rate(m_ev.rates.tokensPerS), arg::rate(m_ev.rates.tokensPerSPerGpu),
                   arg::percent(m_ev.rates.mfu)})
              + say(MOE_TRANSLATE_NOOP("Report", "the fullest GPU holds %1 of %2. %3"),
                    {arg::bytes(m_ev.memory.total()), arg::bytes(m_ev.capacityBytes), arg::name(verdict)}));
    if (!m_search.ranked.empty()) {
        const Candidate& best = m_search.ranked.front();
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "An exhaustive search evaluated %1 configurations; %2 are feasible; %3. "),
                      {arg::figure(formatGrouped(static_cast<double>(m_search.evaluated))),
                       arg::figure(formatGrouped(static_cast<double>(m_search.feasible))), arg::name(rankText(true))})
                  + say(MOE_TRANSLATE_NOOP("Report", "The best is %1 on %2 GPUs at %3 and %4 per step."),
                        {arg::phrases({candidatePhrase(best, m_profile.workload.mode)}),
                         arg::integer(static_cast<double>(best.strategy.gpusUsed())), arg::rate(best.tokensPerS),
                         arg::seconds(best.stepS)}));
    }
}

void Builder::hardware()
{
    const Cluster& c = m_profile.cluster;
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Hardware")));
    const auto link = [&](const Link& l) {
        return say(MOE_TRANSLATE_NOOP("Report", "%1 GB/s per GPU, %2 us"), {arg::number(l.bandwidthGBps), arg::number(l.latencyUs)});
    };
    table({{say(MOE_TRANSLATE_NOOP("Report", "item")), say(MOE_TRANSLATE_NOOP("Report", "value"))},
           {{say(MOE_TRANSLATE_NOOP("Report", "GPUs")),
             say(MOE_TRANSLATE_NOOP("Report", "%1 in %2 nodes of %3"),
                 {arg::integer(static_cast<double>(c.gpuCount)),
                  arg::integer(static_cast<double>((c.gpuCount + c.gpusPerNode - 1) / c.gpusPerNode)),
                  arg::integer(static_cast<double>(c.gpusPerNode))})},
            {say(MOE_TRANSLATE_NOOP("Report", "GPU")), c.gpu.name},
            {say(MOE_TRANSLATE_NOOP("Report", "memory per GPU")), fig(arg::bytes(c.gpu.memoryGiB * 1024.0 * 1024.0 * 1024.0))},
            {say(MOE_TRANSLATE_NOOP("Report", "peak compute")), fig(arg::figure(formatFlops(c.gpu.peakTflops * 1e12) + "/s"))},
            {say(MOE_TRANSLATE_NOOP("Report", "HBM bandwidth")), fig(arg::figure(num(c.gpu.hbmGBps) + " GB/s"))},
            {say(MOE_TRANSLATE_NOOP("Report", "intra-node link")), link(c.intraNode)},
            {say(MOE_TRANSLATE_NOOP("Report", "inter-node link")), link(c.interNode)},
            {say(MOE_TRANSLATE_NOOP("Report", "efficiency (compute, HBM, network)")),
             say("%1, %2, %3", {arg::percent(c.efficiency.compute), arg::percent(c.efficiency.hbm), arg::percent(c.efficiency.network)})},
            {say(MOE_TRANSLATE_NOOP("Report", "communication overlap")), fig(arg::percent(c.overlap))},
            {say(MOE_TRANSLATE_NOOP("Report", "runtime reserve")), fig(arg::figure(num(c.reserveGiB) + " GiB"))}}});
}

void Builder::model()
{
    const Model& m = m_profile.model;
    const Workload& w = m_profile.workload;
    const Architecture a = describeArchitecture(m);
    const auto n = [](std::int64_t v) { return arg::integer(static_cast<double>(v)); };
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Model and workload")));
    const std::string attention = m.mla ? say(MOE_TRANSLATE_NOOP("Report", "MLA, latent %1"), {n(m.mla->kvLoraRank)})
                                        : (m.kvHeads == m.heads ? "MHA" : m.kvHeads == 1 ? "MQA" : "GQA");
    const std::string experts = m.gatedFfn
        ? say(MOE_TRANSLATE_NOOP("Report", "%1 routed (top-%2), %3 shared, FFN %4, gated"),
              {n(m.experts), arg::name(std::to_string(m.topK)), n(m.sharedExperts), n(m.expertHidden)})
        : say(MOE_TRANSLATE_NOOP("Report", "%1 routed (top-%2), %3 shared, FFN %4"),
              {n(m.experts), arg::name(std::to_string(m.topK)), n(m.sharedExperts), n(m.expertHidden)});
    std::vector<std::vector<std::string>> rows{
        {say(MOE_TRANSLATE_NOOP("Report", "layers")),
             say(MOE_TRANSLATE_NOOP("Report", "%1 (%2 dense, %3 MoE)"), {n(m.layers), n(m.denseLayers), n(m.moeLayers())})},
            {say(MOE_TRANSLATE_NOOP("Report", "hidden size")), fig(n(m.hidden))},
            {say(MOE_TRANSLATE_NOOP("Report", "attention")),
             say(MOE_TRANSLATE_NOOP("Report", "%1 heads, %2 KV heads, %3"), {n(m.heads), n(m.kvHeads), arg::name(attention)})},
            {say(MOE_TRANSLATE_NOOP("Report", "experts")), experts},
            {say(MOE_TRANSLATE_NOOP("Report", "parameters")),
             say(MOE_TRANSLATE_NOOP("Report", "%1 total, %2 active per token"),
                 {arg::figure(formatCount(a.totalParams)), arg::figure(formatCount(a.activeParamsPerToken))})},
            {say(MOE_TRANSLATE_NOOP("Report", "bytes per weight, activation, KV element")),
             say("%1, %2, %3", {arg::number(m.weightBytes), arg::number(m.activationBytes), arg::number(m.kvBytes)})},
            {say(MOE_TRANSLATE_NOOP("Report", "workload")),
             say(MOE_TRANSLATE_NOOP("Report", "%1, batch %2 x %3 tokens, %4 micro-batch(es)"),
                 {modeName(w.mode), n(w.batch), n(w.seqLen), n(w.microBatches)})}};
    if (w.mode == Mode::Training) {
        rows.push_back({say(MOE_TRANSLATE_NOOP("Report", "recomputation")), recomputation(w.training)});
    }
    table({{say(MOE_TRANSLATE_NOOP("Report", "item")), say(MOE_TRANSLATE_NOOP("Report", "value"))}, std::move(rows)});
}

// "selective (layernorm, mla_up_proj)": the modules under Megatron-Core's names, which
// stay as they are in every language.
std::string Builder::recomputation(const Training& training) const
{
    if (training.recompute != Recompute::Selective) {
        return say("%1", {recomputeName(training.recompute)});
    }
    std::string modules;
    for (const RecomputeModule module : training.selectiveModules()) {
        modules += (modules.empty() ? "" : ", ") + std::string(toString(module));
    }
    return say("%1 (%2)", {recomputeName(training.recompute), arg::name(modules.empty() ? "-" : modules)});
}

void Builder::chosen()
{
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "The chosen strategy and why")));
    const Strategy& s = m_profile.strategy;
    const auto n = [&](std::int64_t v) { return fig(arg::integer(static_cast<double>(v))); };
    table({{"TP", "PP", "DP", "EP", "ETP", say(MOE_TRANSLATE_NOOP("Report", "GPUs used")), say(MOE_TRANSLATE_NOOP("Report", "placement"))},
           {{n(s.tp), n(s.pp), n(s.dp), n(s.ep), n(s.etp), n(s.gpusUsed()), say("%1", {placementName(s.placement)})}}});
    if (!m_ev.valid) {
        return;
    }
    std::vector<std::string> why;
    why.push_back(say(MOE_TRANSLATE_NOOP("Report", "Search: %1."), {arg::name(rankText())}));
    if (m_rank && *m_rank > 0 && m_own) {
        const Candidate& best = m_search.ranked.front();
        const Evaluation bestEv = evaluate(applyCandidate(m_profile, best));
        why.push_back(say(MOE_TRANSLATE_NOOP("Report", "Against the best (%1): %2."),
                          {arg::phrases({candidatePhrase(best, m_profile.workload.mode)}),
                           arg::phrases(whyBelowPhrases(m_ev, bestEv, *m_own, best, m_inputs.objective))}));
    }
    why.push_back(say(MOE_TRANSLATE_NOOP("Report", "Memory headroom on the fullest GPU: %1."),
                      {arg::bytes(m_ev.capacityBytes * m_profile.constraints.maxMemoryFraction - m_ev.memory.total())}));
    why.push_back(say(MOE_TRANSLATE_NOOP("Report", "Exposed communication: %1 of the step."), {arg::percent(m_ev.rates.commFraction)}));
    list(why);
}

std::string Builder::bandText() const
{
    // A calibrated system's band (docs/calibration.md, "The uncertainty band"); none
    // on a built-in system.
    const auto band = uncertaintyBand(m_profile);
    if (!band) {
        return {};
    }
    return say(MOE_TRANSLATE_NOOP("Report", " \u00b1%1 (%2 to %3, the leave-one-out band of calibrated system \"%4\")"),
               {arg::percent(band->band), arg::seconds(band->low(m_ev.time.total)), arg::seconds(band->high(m_ev.time.total)),
                arg::name(band->system)});
}

void Builder::latency()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Latency breakdown")));
    figure("latency", say(MOE_TRANSLATE_NOOP("Report", "Step time by component (%1%2 in all)"),
                          {arg::seconds(m_ev.time.total), arg::name(bandText())}));
    ReportTable t{{say(MOE_TRANSLATE_NOOP("Report", "component")), say(MOE_TRANSLATE_NOOP("Report", "time")),
                   say(MOE_TRANSLATE_NOOP("Report", "share of the step"))},
                  {}};
    // Shares of the step: with overlap the components add up to more than 100%, and
    // the credit, a negative share, brings the column back to exactly 100%.
    std::vector<double> seconds;
    for (const TimeComponent& c : kTimeComponents) {
        seconds.push_back(signedSeconds(m_ev.time, c));
    }
    const std::vector<std::string> shares = formatShares(seconds, m_ev.time.total);
    for (std::size_t i = 0; i < kTimeComponentCount; ++i) {
        const TimeComponent& c = kTimeComponents[i];
        if (c.kind != TimeKind::OverlapCredit) {
            t.rows.push_back({say("%1", {arg::label("Component", c.label)}), fig(arg::seconds(seconds[i])), fig(arg::figure(shares[i]))});
        } else if (seconds[i] != 0) {
            t.rows.push_back({say(MOE_TRANSLATE_NOOP("Report", "%1 (credit)"), {arg::label("Component", c.label)}),
                              fig(arg::seconds(seconds[i])), fig(arg::figure(shares[i]))});
        }
    }
    t.rows.push_back({say(MOE_TRANSLATE_NOOP("Report", "total")), fig(arg::seconds(m_ev.time.total)), fig(arg::figure("100.0%"))});
    table(std::move(t));
}

// How close the model came on measured runs of this kind (accuracy/measuredaccuracy.h):
// the range over all of them, and those on this profile's system one by one.
void Builder::accuracy()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Accuracy on measured runs")));
    const MeasuredAccuracy a = measuredAccuracy(m_profile);
    if (!a.checked) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "No measured run checks these figures: the profile names no system, and "
                                                   "every run in docs/validation.md is predicted with a system's kernel-level "
                                                   "model.")));
        return;
    }
    const PhraseArg kind = a.kind == RunKind::DenseTraining ? arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "dense training"))
        : a.kind == RunKind::MoeTraining                    ? arg::label("ReportName", MOE_TRANSLATE_NOOP("ReportName", "MoE training"))
                                                            : modeName(m_profile.workload.mode);
    if (a.runs.empty()) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "No measured run of this kind (%1) is in docs/validation.md."), {kind}));
        return;
    }
    paragraph(say(MOE_TRANSLATE_NOOP("Report", "On %1 measured runs of this kind (%2) on %3 systems (docs/validation.md), the "
                                               "predicted throughput differed from the measured by %4 to %5, by %6 on average "
                                               "either way; a positive difference is a prediction faster than the run."),
                  {arg::integer(static_cast<double>(a.runs.size())), kind, arg::integer(static_cast<double>(a.systems)),
                   arg::change(1 + a.lowest), arg::change(1 + a.highest), arg::percent(a.meanAbsolute)}));
    if (a.onSameSystem == 0) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "None of them ran on %1."), {arg::name(m_profile.cluster.system)}));
        return;
    }
    ReportTable t{{say(MOE_TRANSLATE_NOOP("Report", "measured run on %1"), {arg::name(m_profile.cluster.system)}),
                   say(MOE_TRANSLATE_NOOP("Report", "throughput error"))},
                  {}};
    for (std::size_t i = 0; i < a.onSameSystem; ++i) {
        t.rows.push_back({say("%1", {arg::name(a.runs[i].label)}), fig(arg::change(1 + a.runs[i].error))});
    }
    table(std::move(t));
}

void Builder::memory()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Memory per GPU")));
    figure("memory", say(MOE_TRANSLATE_NOOP("Report", "Memory by component against the GPU's capacity")));
    ReportTable t{{say(MOE_TRANSLATE_NOOP("Report", "component (GPU %1, the fullest)"), {arg::name(std::to_string(m_ev.memoryGpu))}),
                   say(MOE_TRANSLATE_NOOP("Report", "memory")), say(MOE_TRANSLATE_NOOP("Report", "share"))},
                  {}};
    const double total = m_ev.memory.total();
    std::vector<double> bytes;
    for (const MemoryComponent& c : kMemoryComponents) {
        bytes.push_back(m_ev.memory.*c.field);
    }
    const std::vector<std::string> shares = formatShares(bytes, total);
    for (std::size_t i = 0; i < kMemoryComponentCount; ++i) {
        t.rows.push_back({say("%1", {arg::label("Component", kMemoryComponents[i].label)}), fig(arg::bytes(bytes[i])),
                          fig(arg::figure(shares[i]))});
    }
    t.rows.push_back({say(MOE_TRANSLATE_NOOP("Report", "total")), fig(arg::bytes(total)),
                      say(MOE_TRANSLATE_NOOP("Report", "%1 of %2"), {arg::percent(total / m_ev.capacityBytes), arg::bytes(m_ev.capacityBytes)})});
    table(std::move(t));
}

void Builder::loadBalance()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Load balance")));
    figure("grid", say(MOE_TRANSLATE_NOOP("Report", "Every GPU of the cluster, coloured by its load: the tokens routed to its "
                                                    "experts per step; hatched GPUs are idle")));
    table({{say(MOE_TRANSLATE_NOOP("Report", "measure")), say(MOE_TRANSLATE_NOOP("Report", "value"))},
           {{say(MOE_TRANSLATE_NOOP("Report", "busiest EP rank over the mean")),
             say(MOE_TRANSLATE_NOOP("Report", "%1x"), {arg::number(m_ev.load.imbalance)})},
            {say(MOE_TRANSLATE_NOOP("Report", "expert slots per GPU")),
             say(MOE_TRANSLATE_NOOP("Report", "%1 to %2"), {arg::integer(static_cast<double>(m_ev.load.expertsPerGpuMin)),
                                                           arg::integer(static_cast<double>(m_ev.load.expertsPerGpuMax))})},
            {say(MOE_TRANSLATE_NOOP("Report", "assignments dropped over capacity")), fig(arg::percent(m_ev.load.droppedTokenShare))}}});
}

void Builder::checks()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Constraint checks")));
    ReportTable t{{say(MOE_TRANSLATE_NOOP("Report", "check")), say(MOE_TRANSLATE_NOOP("Report", "result")),
                   say(MOE_TRANSLATE_NOOP("Report", "detail"))},
                  {}};
    for (int i = 0; i < m_ev.checkCount; ++i) {
        const Check& c = m_ev.checks[static_cast<std::size_t>(i)];
        t.rows.push_back({say("%1", {arg::label("CheckName", checkName(c.kind))}),
                          c.ok ? say(MOE_TRANSLATE_NOOP("Report", "pass")) : say(MOE_TRANSLATE_NOOP("Report", "FAIL")),
                          say(checkPhrase(c, m_ev))});
    }
    table(std::move(t));
}

} // namespace moe::detail

namespace moe {

std::vector<Phrase> whyRanksBelowPhrases(const Profile& profile, const Candidate& candidate, const Candidate& best,
                                         Objective objective)
{
    return detail::whyBelowPhrases(evaluate(applyCandidate(profile, candidate)), evaluate(applyCandidate(profile, best)),
                                   candidate, best, objective);
}

std::string whyRanksBelow(const Profile& profile, const Candidate& candidate, const Candidate& best, Objective objective)
{
    return english(whyRanksBelowPhrases(profile, candidate, best, objective));
}

} // namespace moe
