// The report's later sections: the baseline, the alternatives, risks, scaling.

#include <algorithm>
#include <cmath>

#include "accuracy/measuredaccuracy.h"
#include "report/reportbuilder.h"
#include "search/skewfixsummary.h"
#include "profile/valuelimits.h"

namespace moe::detail {

void Builder::baseline()
{
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Comparison with the baseline")));
    if (!m_profile.baseline || !m_baseline) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "The profile names no baseline deployment.")));
        return;
    }
    const Evaluation& b = *m_baseline;
    if (!b.valid) {
        const Phrase error = *b.errorPhrase.text ? b.errorPhrase : Phrase{"Report", "%1", {arg::name(b.error)}};
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "The baseline %1 cannot run: %2: %3."),
                      {arg::name(strategyName(*m_profile.baseline)), arg::name(b.errorPath), arg::phrases({error})}));
        return;
    }
    if (!m_ev.valid) {
        return;
    }
    auto row = [](std::string name, std::string chosen, std::string base, std::string change) {
        return std::vector<std::string>{std::move(name), std::move(chosen), std::move(base), std::move(change)};
    };
    const std::string chosenHeader = say(MOE_TRANSLATE_NOOP("Report", "chosen"));
    const std::string baselineHeader = say(MOE_TRANSLATE_NOOP("Report", "baseline"));
    const std::string changeHeader = say(MOE_TRANSLATE_NOOP("Report", "change"));
    const std::string pass = say(MOE_TRANSLATE_NOOP("Report", "pass"));
    const std::string fail = say(MOE_TRANSLATE_NOOP("Report", "FAIL"));
    const auto change = [&](double ratio) { return fig(arg::change(ratio)); };
    ReportTable t{{say(MOE_TRANSLATE_NOOP("Report", "figure")), chosenHeader, baselineHeader, changeHeader}, {}};
    t.rows.push_back(row(say(MOE_TRANSLATE_NOOP("Report", "strategy")), strategyName(m_profile.strategy),
                         strategyName(*m_profile.baseline), ""));
    t.rows.push_back(row(say(MOE_TRANSLATE_NOOP("Report", "GPUs used")), fig(arg::integer(static_cast<double>(m_ev.gpusUsed))),
                         fig(arg::integer(static_cast<double>(b.gpusUsed))),
                         change(static_cast<double>(m_ev.gpusUsed) / static_cast<double>(b.gpusUsed))));
    t.rows.push_back(row(say(MOE_TRANSLATE_NOOP("Report", "step time")), fig(arg::seconds(m_ev.time.total)),
                         fig(arg::seconds(b.time.total)), change(m_ev.time.total / b.time.total)));
    t.rows.push_back(row(say(MOE_TRANSLATE_NOOP("Report", "throughput")), fig(arg::rate(m_ev.rates.tokensPerS)),
                         fig(arg::rate(b.rates.tokensPerS)), change(m_ev.rates.tokensPerS / b.rates.tokensPerS)));
    t.rows.push_back(row(say(MOE_TRANSLATE_NOOP("Report", "throughput per GPU")), fig(arg::rate(m_ev.rates.tokensPerSPerGpu)),
                         fig(arg::rate(b.rates.tokensPerSPerGpu)), change(m_ev.rates.tokensPerSPerGpu / b.rates.tokensPerSPerGpu)));
    t.rows.push_back(row(say(MOE_TRANSLATE_NOOP("Report", "fullest GPU's memory")), fig(arg::bytes(m_ev.memory.total())),
                         fig(arg::bytes(b.memory.total())), change(m_ev.memory.total() / b.memory.total())));
    t.rows.push_back(row(say(MOE_TRANSLATE_NOOP("Report", "verdict")), m_ev.ok ? pass : fail, b.ok ? pass : fail, ""));
    table(std::move(t));
    if (b.valid) {
        // Where the step time moved, component by component (core/model/components.h);
        // the credit is signed, so each column adds up to its step.
        ReportTable parts{{say(MOE_TRANSLATE_NOOP("Report", "step time by component")), chosenHeader, baselineHeader, changeHeader}, {}};
        for (const TimeComponent& c : kTimeComponents) {
            const double chosen = signedSeconds(m_ev.time, c);
            const double base = signedSeconds(b.time, c);
            if (chosen == 0 && base == 0) {
                continue;
            }
            parts.rows.push_back(row(c.kind == TimeKind::OverlapCredit
                                         ? say(MOE_TRANSLATE_NOOP("Report", "%1 (credit)"), {arg::label("Component", c.label)})
                                         : say("%1", {arg::label("Component", c.label)}),
                                     fig(arg::seconds(chosen)), fig(arg::seconds(base)),
                                     base != 0 ? change(chosen / base) : say(MOE_TRANSLATE_NOOP("Report", "new"))));
        }
        table(std::move(parts));
    }
    if (!b.ok) {
        std::vector<std::string> failures;
        for (int i = 0; i < b.checkCount; ++i) {
            const Check& c = b.checks[static_cast<std::size_t>(i)];
            if (!c.ok) {
                failures.push_back(say(MOE_TRANSLATE_NOOP("Report", "The baseline fails %1: %2."),
                                       {arg::label("CheckName", checkName(c.kind)), arg::phrases({checkPhrase(c, b)})}));
            }
        }
        list(failures);
    }
}

void Builder::alternatives()
{
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Alternatives the search ranked")));
    if (m_notSearched) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "Not searched: %1."), {arg::phrases({*m_notSearched})}));
        return;
    }
    if (m_search.ranked.empty()) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "No configuration satisfies every constraint.")));
        return;
    }
    std::vector<Phrase> rejected;
    for (std::size_t i = 0; i < kCheckKinds; ++i) {
        if (m_search.rejected.byCheck[i] > 0) {
            rejected.push_back({"Report", rejected.empty() ? MOE_TRANSLATE_NOOP("Report", "%1 by %2") : MOE_TRANSLATE_NOOP("Report", ", %1 by %2"),
                                {arg::figure(formatGrouped(static_cast<double>(m_search.rejected.byCheck[i]))),
                                 arg::label("CheckName", checkName(static_cast<CheckKind>(i)))}});
        }
    }
    const PhraseArg counts[] = {arg::figure(formatGrouped(static_cast<double>(m_search.evaluated))),
                                arg::figure(formatGrouped(static_cast<double>(m_search.feasible))),
                                arg::figure(formatGrouped(static_cast<double>(m_search.rejected.total)))};
    paragraph((rejected.empty() ? say(MOE_TRANSLATE_NOOP("Report", "Evaluated %1 configurations: %2 feasible, %3 rejected. "),
                                      {counts[0], counts[1], counts[2]})
                                : say(MOE_TRANSLATE_NOOP("Report", "Evaluated %1 configurations: %2 feasible, %3 rejected (%4). "),
                                      {counts[0], counts[1], counts[2], arg::phrases(rejected)}))
              + say(MOE_TRANSLATE_NOOP("Report", "Ranked by %1; * marks the Pareto front."), {objectiveName(m_inputs.objective)}));
    const Candidate& best = m_search.ranked.front();
    const Evaluation bestEv = evaluate(applyCandidate(m_profile, best));
    ReportTable t{{say(MOE_TRANSLATE_NOOP("Report", "rank")), say(MOE_TRANSLATE_NOOP("Report", "strategy")),
                   say(MOE_TRANSLATE_NOOP("Report", "GPUs")), say(MOE_TRANSLATE_NOOP("Report", "throughput")),
                   say(MOE_TRANSLATE_NOOP("Report", "step time")), say(MOE_TRANSLATE_NOOP("Report", "fullest GPU")),
                   say(MOE_TRANSLATE_NOOP("Report", "why it ranks below the first"))},
                  {}};
    const std::size_t shown = std::min(m_inputs.alternatives, m_search.ranked.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const Candidate& c = m_search.ranked[i];
        const std::string why = i == 0 ? say(MOE_TRANSLATE_NOOP("Report", "the best"))
                                       : say("%1", {arg::phrases(whyBelowPhrases(evaluate(applyCandidate(m_profile, c)), bestEv, c,
                                                                                 best, m_inputs.objective))});
        t.rows.push_back({fig(arg::integer(static_cast<double>(i + 1))) + (c.pareto ? "*" : ""),
                          say(candidatePhrase(c, m_profile.workload.mode)),
                          fig(arg::integer(static_cast<double>(c.strategy.gpusUsed()))), fig(arg::rate(c.tokensPerS)),
                          fig(arg::seconds(c.stepS)), fig(arg::bytes(c.memoryBytes)), why});
    }
    table(std::move(t));
}

void Builder::risks()
{
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Risks")));
    if (!m_ev.valid) {
        return;
    }
    // Thresholds a reviewer would flag; each risk is stated with its numbers.
    std::vector<std::string> risks;
    const double limit = m_ev.capacityBytes * m_profile.constraints.maxMemoryFraction;
    const double free = limit - m_ev.memory.total();
    if (free < 0.1 * limit) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "Memory: %1 left of %2 on GPU %3 (under 10%); longer sequences or a "
                                                         "larger batch will not fit."),
                            {arg::bytes(free), arg::bytes(limit), arg::name(std::to_string(m_ev.memoryGpu))}));
    }
    if (m_ev.rates.commFraction > 0.3) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "Communication: %1 of the step is exposed communication (over 30%); "
                                                         "link bandwidth decides the step."),
                            {arg::percent(m_ev.rates.commFraction)}));
    }
    if (m_ev.time.ppBubble > 0.1 * m_ev.time.total) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "Pipeline bubble: %1 of the step (over 10%); more micro-batches would "
                                                         "shrink it."),
                            {arg::percent(m_ev.time.ppBubble / m_ev.time.total)}));
    }
    if (m_ev.load.imbalance > 1.1) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "Load imbalance: the busiest EP rank carries %1x the mean (over 1.1x)."),
                            {arg::number(m_ev.load.imbalance)}));
    }
    if (m_ev.load.droppedTokenShare > 0) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "Dropped tokens: %1 of assignments exceed expert capacity."),
                            {arg::percent(m_ev.load.droppedTokenShare)}));
    }
    // The target for measured runs is 15% either way in each run's own metric
    // (docs/validation.md): beyond it the figures above carry the model's own error,
    // which a reviewer must weigh. The runs on the profile's system speak for it; where
    // none ran there, those of the kind on every system.
    const MeasuredAccuracy accuracy = measuredAccuracy(m_profile);
    const std::size_t judged = accuracy.onSameSystem > 0 ? accuracy.onSameSystem : accuracy.runs.size();
    double lowest = 0, highest = 0;
    bool beyond = false;
    for (std::size_t i = 0; i < judged; ++i) {
        const RunAccuracy& r = accuracy.runs[i];
        lowest = i == 0 ? r.error : std::min(lowest, r.error);
        highest = i == 0 ? r.error : std::max(highest, r.error);
        beyond = beyond || std::fabs(r.metricError) > 0.15;
    }
    if (beyond) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "Model accuracy: on measured runs of this kind the predicted throughput "
                                                         "differed by %1 to %2, beyond the target of 15% either way; see "
                                                         "\"Accuracy on measured runs\"."),
                            {arg::change(1 + lowest), arg::change(1 + highest)}));
    }
    if (m_ev.gpusUsed * 2 <= m_profile.cluster.gpuCount) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "Utilisation: %1 of %2 GPUs stay idle."),
                            {arg::integer(static_cast<double>(m_profile.cluster.gpuCount - m_ev.gpusUsed)),
                             arg::integer(static_cast<double>(m_profile.cluster.gpuCount))}));
    }
    if (risks.empty()) {
        risks.push_back(say(MOE_TRANSLATE_NOOP("Report", "None above the thresholds (memory headroom under 10%, exposed "
                                                         "communication over 30%, bubble over 10%, imbalance over 1.1x, "
                                                         "dropped tokens, half the GPUs idle, the model off measured runs of "
                                                         "this kind by over 15%).")));
    }
    list(risks);
}

void Builder::scaling()
{
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Next scaling steps")));
    if (m_notSearched) {
        return;
    }
    // Skewed routing can leave nothing feasible until experts are re-placed or
    // replicated: name the cheapest fix the search found (search/skewfixes.h).
    if (const auto fix = cheapestFixPhrase(m_profile, m_search, m_inputs.objective)) {
        list({say(MOE_TRANSLATE_NOOP("Report", "Nothing is feasible with the profile's own placement, redundant experts and "
                                               "capacity factor; the cheapest change is to %1."),
                  {arg::phrases({*fix})})});
    }
    if (!m_inputs.scalingStudy || !m_ev.valid) {
        return;
    }
    Profile doubled = m_profile;
    doubled.cluster.gpuCount *= 2;
    if (doubled.constraints.maxGpus) {
        doubled.constraints.maxGpus = *doubled.constraints.maxGpus * 2;
    }
    const PhraseArg doubledGpus = arg::figure(formatGrouped(static_cast<double>(doubled.cluster.gpuCount)));
    // Never past what a profile may hold (profile-format.md) nor past the search limit.
    if (doubled.cluster.gpuCount > limits::kMaxGpus) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "No larger cluster studied: %1 GPUs is above the cap of %2 GPUs a profile may name."),
                      {doubledGpus, arg::figure(formatGrouped(static_cast<double>(limits::kMaxGpus)))}));
        return;
    }
    if (const SearchSize doubledSize = estimateSearch(doubled); doubledSize.overLimit) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "No larger cluster studied: on %1 GPUs the space has over %2 configurations, "
                                                   "the search limit (docs/cli.md)."),
                      {doubledGpus, arg::figure(formatGrouped(static_cast<double>(doubledSize.limit)))}));
        return;
    }
    SearchBounds best;
    best.keepTop = 1;  // only the best is reported
    const SearchResult next = runSearch(doubled, best);
    std::vector<std::string> steps;
    if (!m_search.ranked.empty() && !next.ranked.empty()) {
        const Candidate& now = m_search.ranked.front();
        const Candidate& then = next.ranked.front();
        steps.push_back(say(MOE_TRANSLATE_NOOP("Report", "With %1 GPUs the best configuration would be %2 on %3 GPUs: %4 (%5 "
                                                         "against today's best), %6 per step."),
                            {arg::integer(static_cast<double>(doubled.cluster.gpuCount)),
                             arg::phrases({candidatePhrase(then, m_profile.workload.mode)}),
                             arg::integer(static_cast<double>(then.strategy.gpusUsed())), arg::rate(then.tokensPerS),
                             arg::change(then.tokensPerS / now.tokensPerS), arg::seconds(then.stepS)}));
    }
    if (m_rank && *m_rank > 0) {
        steps.push_back(say(MOE_TRANSLATE_NOOP("Report", "On today's cluster, moving to the search's best gains %1 throughput."),
                            {arg::change(m_search.ranked.front().tokensPerS / m_ev.rates.tokensPerS)}));
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
