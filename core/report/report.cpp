// buildReport(): the design-review report's content, every figure from evaluate()
// and search(). docs/report.md describes each section.

#include <algorithm>

#include "model/architecture.h"
#include "profile/uncertaintyband.h"
#include "report/reportbuilder.h"
#include "base/units.h"

namespace moe::detail {

namespace {

// The profile's name as the report shows it: at most kMaxShownName characters, so a
// hostile or accidental megabyte of name does not become hundreds of pages (docs/report.md).
std::string shownName(const std::string& name)
{
    constexpr std::size_t kMaxShownName = 500;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80 && characters++ == kMaxShownName) {
            std::size_t total = characters;
            for (std::size_t k = i + 1; k < name.size(); ++k) {
                total += (static_cast<unsigned char>(name[k]) & 0xC0) != 0x80;
            }
            return name.substr(0, i) + "\u2026 (the first " + formatGrouped(static_cast<double>(kMaxShownName)) + " of "
                + formatGrouped(static_cast<double>(total)) + " characters)";
        }
    }
    return name;
}

} // namespace

std::string Builder::rankText() const
{
    if (m_notSearched) {
        return "it was not ranked: " + *m_notSearched;
    }
    const auto feasible = static_cast<std::size_t>(m_search.feasible);
    if (!m_rank) {
        return "it is not among the " + formatGrouped(static_cast<double>(feasible)) + " feasible configurations";
    }
    return "it ranks " + formatGrouped(static_cast<double>(*m_rank + 1)) + " of " + formatGrouped(static_cast<double>(feasible)) + " feasible configurations by "
        + toString(m_inputs.objective) + (m_search.referencePareto ? ", on the Pareto front of throughput per GPU against step time" : "");
}

Report Builder::build()
{
    m_report.title = "Parallel strategy review: " + shownName(m_profile.name);
    summary();
    hardware();
    model();
    chosen();
    latency();
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
    heading(2, "Summary");
    if (!m_ev.valid) {
        paragraph("The strategy " + strategyName(m_profile.strategy) + " cannot run: " + m_ev.errorPath + ": " + m_ev.error + ".");
        return;
    }
    std::string verdict = "It passes all " + std::to_string(m_ev.checkCount) + " checks.";
    if (!m_ev.ok) {
        verdict = "It fails:";
        for (int i = 0; i < m_ev.checkCount; ++i) {
            const Check& c = m_ev.checks[static_cast<std::size_t>(i)];
            if (!c.ok) {
                verdict += " " + std::string(checkName(c.kind)) + " (" + describeCheck(c, m_ev) + ")";
            }
        }
        verdict += ".";
    }
    paragraph("Strategy " + strategyName(m_profile.strategy) + " on " + std::to_string(m_ev.gpusUsed) + " of "
              + std::to_string(m_profile.cluster.gpuCount) + " GPUs: step time " + formatSeconds(m_ev.time.total)
              + bandText() + ", throughput " + formatRate(m_ev.rates.tokensPerS) + " (" + formatRate(m_ev.rates.tokensPerSPerGpu)
              + " per GPU), MFU " + formatPercent(m_ev.rates.mfu) + "; the fullest GPU holds " + formatBytes(m_ev.memory.total())
              + " of " + formatBytes(m_ev.capacityBytes) + ". " + verdict);
    if (!m_search.ranked.empty()) {
        const Candidate& best = m_search.ranked.front();
        paragraph("An exhaustive search evaluated " + formatGrouped(static_cast<double>(m_search.evaluated)) + " configurations; "
                  + formatGrouped(static_cast<double>(m_search.feasible)) + " are feasible; this strategy " + rankText().substr(3)
                  + ". The best is " + candidateName(best, m_profile.workload.mode) + " on "
                  + std::to_string(best.strategy.gpusUsed()) + " GPUs at " + formatRate(best.tokensPerS) + " and "
                  + formatSeconds(best.stepS) + " per step.");
    }
}

void Builder::hardware()
{
    const Cluster& c = m_profile.cluster;
    heading(2, "Hardware");
    table({{"item", "value"},
           {{"GPUs", std::to_string(c.gpuCount) + " in " + std::to_string((c.gpuCount + c.gpusPerNode - 1) / c.gpusPerNode)
                         + " nodes of " + std::to_string(c.gpusPerNode)},
            {"GPU", c.gpu.name},
            {"memory per GPU", formatBytes(c.gpu.memoryGiB * 1024.0 * 1024.0 * 1024.0)},
            {"peak compute", formatFlops(c.gpu.peakTflops * 1e12) + "/s"},
            {"HBM bandwidth", num(c.gpu.hbmGBps) + " GB/s"},
            {"intra-node link", num(c.intraNode.bandwidthGBps) + " GB/s per GPU, " + num(c.intraNode.latencyUs) + " us"},
            {"inter-node link", num(c.interNode.bandwidthGBps) + " GB/s per GPU, " + num(c.interNode.latencyUs) + " us"},
            {"efficiency (compute, HBM, network)",
             formatPercent(c.efficiency.compute) + ", " + formatPercent(c.efficiency.hbm) + ", " + formatPercent(c.efficiency.network)},
            {"communication overlap", formatPercent(c.overlap)},
            {"runtime reserve", num(c.reserveGiB) + " GiB"}}});
}

void Builder::model()
{
    const Model& m = m_profile.model;
    const Workload& w = m_profile.workload;
    const Architecture a = describeArchitecture(m);
    heading(2, "Model and workload");
    const std::string attention = m.mla ? std::string("MLA, latent ") + std::to_string(m.mla->kvLoraRank)
                                        : (m.kvHeads == m.heads ? "MHA" : m.kvHeads == 1 ? "MQA" : "GQA");
    table({{"item", "value"},
           {{"layers", std::to_string(m.layers) + " (" + std::to_string(m.denseLayers) + " dense, " + std::to_string(m.moeLayers())
                           + " MoE)"},
            {"hidden size", std::to_string(m.hidden)},
            {"attention", std::to_string(m.heads) + " heads, " + std::to_string(m.kvHeads) + " KV heads, " + attention},
            {"experts", std::to_string(m.experts) + " routed (top-" + std::to_string(m.topK) + "), " + std::to_string(m.sharedExperts)
                            + " shared, FFN " + std::to_string(m.expertHidden) + (m.gatedFfn ? ", gated" : "")},
            {"parameters", formatCount(a.totalParams) + " total, " + formatCount(a.activeParamsPerToken) + " active per token"},
            {"bytes per weight, activation, KV element", num(m.weightBytes) + ", " + num(m.activationBytes) + ", " + num(m.kvBytes)},
            {"workload", std::string(toString(w.mode)) + ", batch " + std::to_string(w.batch) + " x " + std::to_string(w.seqLen)
                             + " tokens, " + std::to_string(w.microBatches) + " micro-batch(es)"}}});
}

void Builder::chosen()
{
    heading(2, "The chosen strategy and why");
    const Strategy& s = m_profile.strategy;
    table({{"TP", "PP", "DP", "EP", "ETP", "GPUs used", "placement"},
           {{std::to_string(s.tp), std::to_string(s.pp), std::to_string(s.dp), std::to_string(s.ep), std::to_string(s.etp),
             std::to_string(s.gpusUsed()), toString(s.placement)}}});
    if (!m_ev.valid) {
        return;
    }
    std::vector<std::string> why;
    why.push_back("Search: " + rankText() + ".");
    if (m_rank && *m_rank > 0 && m_own) {
        const Candidate& best = m_search.ranked.front();
        const Evaluation bestEv = evaluate(applyCandidate(m_profile, best));
        why.push_back("Against the best (" + candidateName(best, m_profile.workload.mode) + "): "
                      + whyBelow(m_ev, bestEv, *m_own, best, m_inputs.objective) + ".");
    }
    why.push_back("Memory headroom on the fullest GPU: "
                  + formatBytes(m_ev.capacityBytes * m_profile.constraints.maxMemoryFraction - m_ev.memory.total()) + ".");
    why.push_back("Exposed communication: " + formatPercent(m_ev.rates.commFraction) + " of the step.");
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
    return " ±" + formatPercent(band->band) + " (" + formatSeconds(band->low(m_ev.time.total)) + " to "
        + formatSeconds(band->high(m_ev.time.total)) + ", the leave-one-out band of calibrated system \"" + band->system
        + "\")";
}

void Builder::latency()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, "Latency breakdown");
    figure("latency", "Step time by component (" + formatSeconds(m_ev.time.total) + bandText() + " in all)");
    ReportTable t{{"component", "time", "share of the step"}, {}};
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
            t.rows.push_back({c.label, formatSeconds(seconds[i]), shares[i]});
        } else if (seconds[i] != 0) {
            t.rows.push_back({std::string(c.label) + " (credit)", formatSeconds(seconds[i]), shares[i]});
        }
    }
    t.rows.push_back({"total", formatSeconds(m_ev.time.total), "100.0%"});
    table(std::move(t));
}

void Builder::memory()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, "Memory per GPU");
    figure("memory", "Memory by component against the GPU's capacity");
    ReportTable t{{"component (GPU " + std::to_string(m_ev.memoryGpu) + ", the fullest)", "memory", "share"}, {}};
    const double total = m_ev.memory.total();
    std::vector<double> bytes;
    for (const MemoryComponent& c : kMemoryComponents) {
        bytes.push_back(m_ev.memory.*c.field);
    }
    const std::vector<std::string> shares = formatShares(bytes, total);
    for (std::size_t i = 0; i < kMemoryComponentCount; ++i) {
        t.rows.push_back({kMemoryComponents[i].label, formatBytes(bytes[i]), shares[i]});
    }
    t.rows.push_back({"total", formatBytes(total), formatPercent(total / m_ev.capacityBytes) + " of " + formatBytes(m_ev.capacityBytes)});
    table(std::move(t));
}

void Builder::loadBalance()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, "Load balance");
    figure("grid", "Every GPU of the cluster, coloured by its load: the tokens routed to its experts per step; hatched GPUs are idle");
    table({{"measure", "value"},
           {{"busiest EP rank over the mean", num(m_ev.load.imbalance) + "x"},
            {"expert slots per GPU", std::to_string(m_ev.load.expertsPerGpuMin) + " to " + std::to_string(m_ev.load.expertsPerGpuMax)},
            {"assignments dropped over capacity", formatPercent(m_ev.load.droppedTokenShare)}}});
}

void Builder::checks()
{
    if (!m_ev.valid) {
        return;
    }
    heading(2, "Constraint checks");
    ReportTable t{{"check", "result", "detail"}, {}};
    for (int i = 0; i < m_ev.checkCount; ++i) {
        const Check& c = m_ev.checks[static_cast<std::size_t>(i)];
        t.rows.push_back({checkName(c.kind), c.ok ? "pass" : "FAIL", describeCheck(c, m_ev)});
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
