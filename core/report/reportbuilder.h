#pragma once

// Internal to core: the report builder shared by report.cpp and reportsections.cpp.

#include <cstdio>
#include <optional>
#include <string>

#include "report/report.h"
#include "model/checkphrase.h"
#include "model/explanation.h"
#include "base/phrase.h"
#include "base/units.h"

namespace moe::detail {

inline std::string strategyName(const Strategy& s)
{
    return "TP" + std::to_string(s.tp) + " PP" + std::to_string(s.pp) + " DP" + std::to_string(s.dp) + " EP"
        + std::to_string(s.ep) + " ETP" + std::to_string(s.etp);
}

// The names the report prints of the profile's settings (toString() in English), as
// labels the window translates in the context "ReportName".
PhraseArg objectiveName(Objective objective);
PhraseArg modeName(Mode mode);
PhraseArg recomputeName(Recompute recompute);
PhraseArg placementName(PlacementPolicy placement);

inline Phrase candidatePhrase(const Candidate& c, Mode mode)
{
    const PhraseArg strategy = arg::name(strategyName(c.strategy));
    const PhraseArg microBatches = arg::integer(static_cast<double>(c.microBatches));
    if (mode == Mode::Training) {
        return c.microBatches == 1
            ? Phrase{"Report", MOE_TRANSLATE_NOOP("Report", "%1, %2 micro-batch, recompute %3"),
                     {strategy, microBatches, recomputeName(c.recompute)}}
            : Phrase{"Report", MOE_TRANSLATE_NOOP("Report", "%1, %2 micro-batches, recompute %3"),
                     {strategy, microBatches, recomputeName(c.recompute)}};
    }
    return c.microBatches == 1 ? Phrase{"Report", MOE_TRANSLATE_NOOP("Report", "%1, %2 micro-batch"), {strategy, microBatches}}
                               : Phrase{"Report", MOE_TRANSLATE_NOOP("Report", "%1, %2 micro-batches"), {strategy, microBatches}};
}

inline std::string candidateName(const Candidate& c, Mode mode)
{
    return candidatePhrase(c, mode).english();
}


// Why `alternative` ranks below `best`: the objective's gap and the step-time
// component (or memory component, for headroom) that grew the most. Phrases in the
// context "Ranking", which the window translates; the report prints their English.
inline std::vector<Phrase> whyBelowPhrases(const Evaluation& alternative, const Evaluation& best, const Candidate& a,
                                           const Candidate& b, Objective objective)
{
    const auto count = [](std::int64_t n) { return arg::integer(static_cast<double>(n)); };
    if (objective == Objective::Headroom) {
        const MemoryComponent* worst = &kMemoryComponents[0];
        for (const MemoryComponent& part : kMemoryComponents) {
            if (alternative.memory.*part.field - best.memory.*part.field
                > alternative.memory.*worst->field - best.memory.*worst->field) {
                worst = &part;
            }
        }
        return {{"Ranking", MOE_TRANSLATE_NOOP("Ranking", "%1 less headroom; most of it %2 (+%3)"),
                 {arg::bytes(b.headroomBytes - a.headroomBytes), arg::label("Component", worst->label),
                  arg::bytes(alternative.memory.*worst->field - best.memory.*worst->field)}}};
    }
    // Per GPU, a component costs its time on every GPU used: compare GPU-time, so a
    // strategy on fewer GPUs is not excused by its longer step.
    const bool perGpu = objective == Objective::ThroughputPerGpu;
    const double gpusA = perGpu ? static_cast<double>(a.strategy.gpusUsed()) : 1.0;
    const double gpusB = perGpu ? static_cast<double>(b.strategy.gpusUsed()) : 1.0;
    // The credit is not a cost: less of it shows as the communication that grew.
    const auto growth = [&](const TimeComponent& part) {
        return alternative.time.*part.field * gpusA - best.time.*part.field * gpusB;
    };
    const TimeComponent* worst = &kTimeComponents[0];
    for (const TimeComponent& part : kTimeComponents) {
        if (part.kind != TimeKind::OverlapCredit && growth(part) > growth(*worst)) {
            worst = &part;
        }
    }
    std::vector<Phrase> why;
    switch (objective) {
    case Objective::Throughput:
        why.push_back({"Ranking", MOE_TRANSLATE_NOOP("Ranking", "%1 throughput"), {arg::change(a.tokensPerS / b.tokensPerS)}});
        break;
    case Objective::Latency:
        why.push_back({"Ranking", MOE_TRANSLATE_NOOP("Ranking", "%1 step time"), {arg::change(a.stepS / b.stepS)}});
        break;
    case Objective::ThroughputPerGpu:
        why.push_back({"Ranking", MOE_TRANSLATE_NOOP("Ranking", "%1 throughput per GPU"),
                       {arg::change(a.tokensPerSPerGpu / b.tokensPerSPerGpu)}});
        break;
    case Objective::Headroom:
        break;
    }
    // On fewer GPUs, what each GPU achieves says whether the strategy or the GPU count
    // lost (the source's EP32 on 32 GPUs is within 3% of the best per GPU).
    if (a.strategy.gpusUsed() != b.strategy.gpusUsed() && objective != Objective::ThroughputPerGpu) {
        why.push_back({"Ranking", MOE_TRANSLATE_NOOP("Ranking", "; on %1 GPUs against %2 (%3 per GPU)"),
                       {count(a.strategy.gpusUsed()), count(b.strategy.gpusUsed()),
                        arg::change(a.tokensPerSPerGpu / b.tokensPerSPerGpu)}});
    }
    const double grew = growth(*worst);
    if (grew <= 0) {
        return why;
    }
    if (perGpu) {
        why.push_back({"Ranking", MOE_TRANSLATE_NOOP("Ranking", "; mostly %1 (+%2 of GPU time per step)"),
                       {arg::label("Component", worst->label), arg::seconds(grew)}});
    } else {
        why.push_back({"Ranking", MOE_TRANSLATE_NOOP("Ranking", "; mostly %1 (+%2)"),
                       {arg::label("Component", worst->label), arg::seconds(grew)}});
    }
    return why;
}

inline std::string whyBelow(const Evaluation& alternative, const Evaluation& best, const Candidate& a, const Candidate& b,
                            Objective objective)
{
    return english(whyBelowPhrases(alternative, best, a, b, objective));
}

class Builder {
public:
    Builder(const Profile& profile, const ReportInputs& inputs);
    Report build();

private:
    // A sentence (a template in the context "Report") or a figure in the reader's
    // language and locale (ReportInputs::phraseText).
    std::string say(const Phrase& phrase) const { return m_inputs.phraseText ? m_inputs.phraseText(phrase) : phrase.english(); }
    std::string say(const char* text, std::vector<PhraseArg> args = {}) const { return say(Phrase{"Report", text, std::move(args)}); }
    std::string fig(PhraseArg figure) const { return say("%1", {std::move(figure)}); }
    std::string shownName(const std::string& name) const;

    void heading(int level, std::string text) { m_report.blocks.emplace_back(ReportHeading{level, std::move(text)}); }
    void paragraph(std::string text) { m_report.blocks.emplace_back(ReportParagraph{std::move(text)}); }
    // An empty list is left out: written, it was a stray blank line (Markdown) or an
    // empty <ul> (HTML) under "Next scaling steps" when nothing was feasible.
    void list(std::vector<std::string> items)
    {
        if (!items.empty()) {
            m_report.blocks.emplace_back(ReportList{std::move(items)});
        }
    }
    void table(ReportTable t) { m_report.blocks.emplace_back(std::move(t)); }
    void figure(std::string chart, std::string caption)
    {
        m_report.blocks.emplace_back(ReportFigure{std::move(chart), std::move(caption)});
    }

    void summary();
    void hardware();
    void model();
    void chosen();
    void latency();
    void accuracy();
    void memory();
    void loadBalance();
    void checks();
    void baseline();
    void alternatives();
    void risks();
    void scaling();
    void serving();
    // "it ranks 3 of 120 feasible configurations by throughput", or with `thisStrategy`
    // "this strategy ranks ...".
    std::string rankText(bool thisStrategy = false) const;
    std::string bandText() const;  // " ±3.6% (...)" on a calibrated system, else empty
    std::string recomputation(const Training& training) const;  // "selective (layernorm, mla_up_proj)"

    const Profile& m_profile;
    ReportInputs m_inputs;
    Evaluation m_ev;
    std::optional<Evaluation> m_baseline;
    SearchResult runSearch(const Profile& profile, const SearchBounds& bounds) const;
    SearchResult m_search;
    std::optional<Phrase> m_notSearched;  // why the search did not run
    std::optional<Candidate> m_own;            // the chosen strategy as the search records it
    std::optional<std::size_t> m_rank;  // of the chosen strategy among the feasible (0 = best)
    Report m_report;
};

inline Builder::Builder(const Profile& profile, const ReportInputs& inputs)
    : m_profile(profile)
    , m_inputs(inputs)
    , m_ev(evaluate(profile, Detail::PerGpu))
{
    if (profile.baseline) {
        m_baseline = evaluate(profile, *profile.baseline, Detail::PerGpu);
    }
    // Counted first: a space past the limit would hold the report for minutes.
    const SearchSize size = estimateSearch(profile);
    if (size.overLimit) {
        m_notSearched = Phrase{"Report",
                               MOE_TRANSLATE_NOOP("Report", "the space has over %1 configurations, the search limit (docs/cli.md)"),
                               {arg::figure(formatGrouped(static_cast<double>(size.limit)))}};
        return;
    }
    // Only what the report shows is kept: the alternatives, the front and the own rank.
    SearchBounds bounds;
    bounds.keepTop = std::max<std::size_t>(1, inputs.alternatives);
    bounds.reference = m_own = ownCandidate(profile);
    m_search = runSearch(profile, bounds);
    if (m_search.referenceRank) {
        m_rank = static_cast<std::size_t>(*m_search.referenceRank - 1);
    }
}

inline SearchResult Builder::runSearch(const Profile& profile, const SearchBounds& bounds) const
{
    return m_inputs.search ? m_inputs.search(profile, m_inputs.objective, bounds) : search(profile, m_inputs.objective, nullptr, bounds);
}


} // namespace moe::detail
