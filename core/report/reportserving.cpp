// The report's serving section (inference profiles): the serving plan for the
// profile's workload.serving (docs/serving.md), its best deployment and its front.

#include <algorithm>
#include <cmath>

#include "report/reportbuilder.h"
#include "search/servingplan.h"

namespace moe::detail {

namespace {

// Rows of the front the report lists; the plan has them all.
constexpr std::size_t kFrontRows = 8;

PhraseArg grouped(double value)
{
    return arg::figure(formatGrouped(value));
}

Phrase deploymentPhrase(const ServingPoint& p)
{
    const Phrase decode{"Report", "%1 x%2", {arg::name(strategyName(p.decode.strategy)), grouped(static_cast<double>(p.decode.concurrency))}};
    if (!p.prefill) {
        return decode;
    }
    return {"Report", MOE_TRANSLATE_NOOP("Report", "%1 prefill %2 x%3 + %4 decode %5"),
            {arg::integer(static_cast<double>(p.prefillWorkers)), arg::name(strategyName(p.prefill->strategy)),
             grouped(static_cast<double>(p.prefill->concurrency)), arg::integer(static_cast<double>(p.decodeWorkers)),
             arg::phrases({decode})}};
}

Phrase pointPhrase(const ServingPoint& p)
{
    return {"Report", MOE_TRANSLATE_NOOP("Report", "%1 on %2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU"),
            {arg::phrases({deploymentPhrase(p)}), grouped(static_cast<double>(p.gpus)), arg::seconds(p.ttftS),
             arg::seconds(p.tpotS), grouped(p.outputTokensPerSPerGpu)}};
}

} // namespace

void Builder::serving()
{
    if (m_profile.workload.mode == Mode::Training) {
        return;
    }
    heading(2, say(MOE_TRANSLATE_NOOP("Report", "Serving")));
    if (!m_profile.workload.serving) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "The profile states no serving targets: add workload.serving (isl, osl and "
                                                   "optionally ttft_ms, tpot_ms) to plan serving against them (docs/serving.md).")));
        return;
    }
    const ServingSpec& request = *m_profile.workload.serving;
    const ServingPlan plan = planServing(m_profile, request);
    std::vector<Phrase> targets;
    if (maxTtftS(request)) {
        targets.push_back({"Report", MOE_TRANSLATE_NOOP("Report", ", TTFT at most %1"), {arg::seconds(*maxTtftS(request))}});
    }
    if (maxTpotS(request)) {
        targets.push_back({"Report", MOE_TRANSLATE_NOOP("Report", ", TPOT at most %1"), {arg::seconds(*maxTpotS(request))}});
    }
    const std::vector<PhraseArg> args{grouped(static_cast<double>(request.inputTokens)),
                                      grouped(static_cast<double>(request.outputTokens)), arg::phrases(targets),
                                      grouped(static_cast<double>(plan.points.size()))};
    paragraph(request.disaggregated
                  ? say(MOE_TRANSLATE_NOOP("Report", "Disaggregated serving of requests of %1 input and %2 output tokens%3: %4 "
                                                     "deployments timed (docs/serving.md)."),
                        args)
                  : say(MOE_TRANSLATE_NOOP("Report", "Aggregated serving of requests of %1 input and %2 output tokens%3: %4 "
                                                     "deployments timed (docs/serving.md)."),
                        args));
    if (plan.best) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "Best meeting the targets: %1. %2"),
                      {arg::phrases({pointPhrase(plan.points[*plan.best])}), arg::phrases({whyOthersLose(plan, request)})}));
    } else if (plan.closest) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "%1; closest: %2."),
                      {arg::phrases({plan.messagePhrase}), arg::phrases({pointPhrase(plan.points[*plan.closest])})}));
    } else {
        paragraph(say("%1.", {arg::phrases({plan.messagePhrase})}));
    }
    if (const auto own = servingPointOf(m_profile, request)) {
        paragraph(own->meetsTargets
                      ? say(MOE_TRANSLATE_NOOP("Report", "This profile's own deployment, with its batch as the concurrency: %1; "
                                                         "it meets the targets."),
                            {arg::phrases({pointPhrase(*own)})})
                      : say(MOE_TRANSLATE_NOOP("Report", "This profile's own deployment, with its batch as the concurrency: %1; "
                                                         "it misses a target."),
                            {arg::phrases({pointPhrase(*own)})}));
    }
    ReportTable t{{"TTFT", "TPOT", say(MOE_TRANSLATE_NOOP("Report", "tokens/s per user")),
                   say(MOE_TRANSLATE_NOOP("Report", "output tokens/s per GPU")), say(MOE_TRANSLATE_NOOP("Report", "GPUs")),
                   say(MOE_TRANSLATE_NOOP("Report", "deployment"))},
                  {}};
    const auto frontSize = static_cast<std::size_t>(
        std::count_if(plan.points.begin(), plan.points.end(), [](const ServingPoint& p) { return p.onFront; }));
    if (frontSize > kFrontRows) {
        paragraph(say(MOE_TRANSLATE_NOOP("Report", "The first %1 of the front's %2 points, by output tokens/s per GPU:"),
                      {arg::integer(static_cast<double>(kFrontRows)), arg::integer(static_cast<double>(frontSize))}));
    }
    // Tokens/s per user with one decimal under 100: whole numbers made 1.4 and 0.6 alike.
    const auto perUser = [&](double v) { return v >= 100 ? grouped(v) : arg::number(std::round(v * 10) / 10); };
    for (const ServingPoint& p : plan.points) {
        if (!p.onFront || t.rows.size() == kFrontRows) {
            break;
        }
        const bool best = plan.best && &p == &plan.points[*plan.best];
        t.rows.push_back({fig(arg::seconds(p.ttftS)), fig(arg::seconds(p.tpotS)), fig(perUser(p.tokensPerSPerUser)),
                          fig(grouped(p.outputTokensPerSPerGpu)), fig(grouped(static_cast<double>(p.gpus))),
                          best ? say(MOE_TRANSLATE_NOOP("Report", "%1 (best)"), {arg::phrases({deploymentPhrase(p)})})
                               : say(deploymentPhrase(p))});
    }
    if (!t.rows.empty()) {
        table(std::move(t));
    }
}

} // namespace moe::detail
