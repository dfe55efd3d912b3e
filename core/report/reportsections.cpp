// The report's later sections: the baseline, the alternatives, risks, scaling.

#include <cmath>

#include "report/reportbuilder.h"
#include "search/skewfixsummary.h"
#include "profile/valuelimits.h"

namespace moe::detail {

void Builder::baseline()
{
    heading(2, "Comparison with the baseline");
    if (!m_profile.baseline || !m_baseline) {
        paragraph("The profile names no baseline deployment.");
        return;
    }
    const Evaluation& b = *m_baseline;
    if (!b.valid) {
        paragraph("The baseline " + strategyName(*m_profile.baseline) + " cannot run: " + b.errorPath + ": " + b.error + ".");
        return;
    }
    if (!m_ev.valid) {
        return;
    }
    auto row = [](std::string name, std::string chosen, std::string base, std::string change) {
        return std::vector<std::string>{std::move(name), std::move(chosen), std::move(base), std::move(change)};
    };
    ReportTable t{{"figure", "chosen", "baseline", "change"}, {}};
    t.rows.push_back(row("strategy", strategyName(m_profile.strategy), strategyName(*m_profile.baseline), ""));
    t.rows.push_back(row("GPUs used", std::to_string(m_ev.gpusUsed), std::to_string(b.gpusUsed),
                         formatChange(static_cast<double>(m_ev.gpusUsed) / static_cast<double>(b.gpusUsed))));
    t.rows.push_back(row("step time", formatSeconds(m_ev.time.total), formatSeconds(b.time.total),
                         formatChange(m_ev.time.total / b.time.total)));
    t.rows.push_back(row("throughput", formatRate(m_ev.rates.tokensPerS), formatRate(b.rates.tokensPerS),
                         formatChange(m_ev.rates.tokensPerS / b.rates.tokensPerS)));
    t.rows.push_back(row("throughput per GPU", formatRate(m_ev.rates.tokensPerSPerGpu), formatRate(b.rates.tokensPerSPerGpu),
                         formatChange(m_ev.rates.tokensPerSPerGpu / b.rates.tokensPerSPerGpu)));
    t.rows.push_back(row("fullest GPU's memory", formatBytes(m_ev.memory.total()), formatBytes(b.memory.total()),
                         formatChange(m_ev.memory.total() / b.memory.total())));
    t.rows.push_back(row("verdict", m_ev.ok ? "pass" : "FAIL", b.ok ? "pass" : "FAIL", ""));
    table(std::move(t));
    if (b.valid) {
        // Where the step time moved, component by component (core/model/components.h);
        // the credit is signed, so each column adds up to its step.
        ReportTable parts{{"step time by component", "chosen", "baseline", "change"}, {}};
        for (const TimeComponent& c : kTimeComponents) {
            const double chosen = signedSeconds(m_ev.time, c);
            const double base = signedSeconds(b.time, c);
            if (chosen == 0 && base == 0) {
                continue;
            }
            parts.rows.push_back(row(c.kind == TimeKind::OverlapCredit ? std::string(c.label) + " (credit)" : c.label,
                                     formatSeconds(chosen), formatSeconds(base),
                                     base != 0 ? formatChange(chosen / base) : std::string("new")));
        }
        table(std::move(parts));
    }
    if (!b.ok) {
        std::vector<std::string> failures;
        for (int i = 0; i < b.checkCount; ++i) {
            const Check& c = b.checks[static_cast<std::size_t>(i)];
            if (!c.ok) {
                failures.push_back("The baseline fails " + std::string(checkName(c.kind)) + ": " + describeCheck(c, b) + ".");
            }
        }
        list(failures);
    }
}

void Builder::alternatives()
{
    heading(2, "Alternatives the search ranked");
    if (m_notSearched) {
        paragraph("Not searched: " + *m_notSearched + ".");
        return;
    }
    if (m_search.ranked.empty()) {
        paragraph("No configuration satisfies every constraint.");
        return;
    }
    std::string rejected;
    for (std::size_t i = 0; i < kCheckKinds; ++i) {
        if (m_search.rejected.byCheck[i] > 0) {
            rejected += (rejected.empty() ? "" : ", ") + formatGrouped(static_cast<double>(m_search.rejected.byCheck[i])) + " by "
                + checkName(static_cast<CheckKind>(i));
        }
    }
    paragraph("Evaluated " + formatGrouped(static_cast<double>(m_search.evaluated)) + " configurations: "
              + formatGrouped(static_cast<double>(m_search.feasible)) + " feasible, "
              + formatGrouped(static_cast<double>(m_search.rejected.total)) + " rejected" + (rejected.empty() ? "" : " (" + rejected + ")")
              + ". Ranked by " + toString(m_inputs.objective) + "; * marks the Pareto front.");
    const Candidate& best = m_search.ranked.front();
    const Evaluation bestEv = evaluate(applyCandidate(m_profile, best));
    ReportTable t{{"rank", "strategy", "GPUs", "throughput", "step time", "fullest GPU", "why it ranks below the first"}, {}};
    const std::size_t shown = std::min(m_inputs.alternatives, m_search.ranked.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const Candidate& c = m_search.ranked[i];
        const std::string why = i == 0 ? std::string("the best")
                                       : whyBelow(evaluate(applyCandidate(m_profile, c)), bestEv, c, best, m_inputs.objective);
        t.rows.push_back({std::to_string(i + 1) + (c.pareto ? "*" : ""), candidateName(c, m_profile.workload.mode),
                          std::to_string(c.strategy.gpusUsed()), formatRate(c.tokensPerS), formatSeconds(c.stepS),
                          formatBytes(c.memoryBytes), why});
    }
    table(std::move(t));
}

void Builder::risks()
{
    heading(2, "Risks");
    if (!m_ev.valid) {
        return;
    }
    // Thresholds a reviewer would flag; each risk is stated with its numbers.
    std::vector<std::string> risks;
    const double limit = m_ev.capacityBytes * m_profile.constraints.maxMemoryFraction;
    const double free = limit - m_ev.memory.total();
    if (free < 0.1 * limit) {
        risks.push_back("Memory: " + formatBytes(free) + " left of " + formatBytes(limit) + " on GPU " + std::to_string(m_ev.memoryGpu)
                        + " (under 10%); longer sequences or a larger batch will not fit.");
    }
    if (m_ev.rates.commFraction > 0.3) {
        risks.push_back("Communication: " + formatPercent(m_ev.rates.commFraction)
                        + " of the step is exposed communication (over 30%); link bandwidth decides the step.");
    }
    if (m_ev.time.ppBubble > 0.1 * m_ev.time.total) {
        risks.push_back("Pipeline bubble: " + formatPercent(m_ev.time.ppBubble / m_ev.time.total)
                        + " of the step (over 10%); more micro-batches would shrink it.");
    }
    if (m_ev.load.imbalance > 1.1) {
        risks.push_back("Load imbalance: the busiest EP rank carries " + num(m_ev.load.imbalance) + "x the mean (over 1.1x).");
    }
    if (m_ev.load.droppedTokenShare > 0) {
        risks.push_back("Dropped tokens: " + formatPercent(m_ev.load.droppedTokenShare) + " of assignments exceed expert capacity.");
    }
    if (m_ev.gpusUsed * 2 <= m_profile.cluster.gpuCount) {
        risks.push_back("Utilisation: " + std::to_string(m_profile.cluster.gpuCount - m_ev.gpusUsed) + " of "
                        + std::to_string(m_profile.cluster.gpuCount) + " GPUs stay idle.");
    }
    if (risks.empty()) {
        risks.push_back("None above the thresholds (memory headroom under 10%, exposed communication over 30%, bubble over "
                        "10%, imbalance over 1.1x, dropped tokens, half the GPUs idle).");
    }
    list(risks);
}

void Builder::scaling()
{
    heading(2, "Next scaling steps");
    if (m_notSearched) {
        return;
    }
    // Skewed routing can leave nothing feasible until experts are re-placed or
    // replicated: name the cheapest fix the search found (search/skewfixes.h).
    if (const auto fix = cheapestFixSentence(m_profile, m_search, m_inputs.objective)) {
        list({"Nothing is feasible with the profile's own placement, redundant experts and capacity factor; the "
              "cheapest change is to " + *fix + "."});
    }
    if (!m_inputs.scalingStudy || !m_ev.valid) {
        return;
    }
    Profile doubled = m_profile;
    doubled.cluster.gpuCount *= 2;
    if (doubled.constraints.maxGpus) {
        doubled.constraints.maxGpus = *doubled.constraints.maxGpus * 2;
    }
    // Never past what a profile may hold (profile-format.md) nor past the search limit.
    if (doubled.cluster.gpuCount > limits::kMaxGpus) {
        paragraph("No larger cluster studied: " + formatGrouped(static_cast<double>(doubled.cluster.gpuCount))
                  + " GPUs is above the cap of " + formatGrouped(static_cast<double>(limits::kMaxGpus)) + " GPUs a profile may name.");
        return;
    }
    if (estimateSearch(doubled).overLimit) {
        paragraph("No larger cluster studied: on " + formatGrouped(static_cast<double>(doubled.cluster.gpuCount))
                  + " GPUs the space has over " + formatGrouped(static_cast<double>(kMaxSearchConfigurations))
                  + " configurations, the search limit (docs/cli.md).");
        return;
    }
    SearchBounds best;
    best.keepTop = 1;  // only the best is reported
    const SearchResult next = runSearch(doubled, best);
    std::vector<std::string> steps;
    if (!m_search.ranked.empty() && !next.ranked.empty()) {
        const Candidate& now = m_search.ranked.front();
        const Candidate& then = next.ranked.front();
        steps.push_back("With " + std::to_string(doubled.cluster.gpuCount) + " GPUs the best configuration would be "
                        + candidateName(then, m_profile.workload.mode) + " on " + std::to_string(then.strategy.gpusUsed())
                        + " GPUs: " + formatRate(then.tokensPerS) + " (" + formatChange(then.tokensPerS / now.tokensPerS)
                        + " against today's best), " + formatSeconds(then.stepS) + " per step.");
    }
    if (m_rank && *m_rank > 0) {
        steps.push_back("On today's cluster, moving to the search's best gains "
                        + formatChange(m_search.ranked.front().tokensPerS / m_ev.rates.tokensPerS) + " throughput.");
    }
    list(steps);
}

} // namespace moe::detail

namespace moe {

Report buildReport(const Profile& profile, const ReportInputs& inputs)
{
    return detail::Builder(profile, inputs).build();
}

} // namespace moe
