// The report's serving section (inference profiles): the serving plan for the
// profile's workload.serving (docs/serving.md), its best deployment and its front.

#include "report/reportbuilder.h"
#include "search/servingplan.h"

namespace moe::detail {

namespace {

// Rows of the front the report lists; the plan has them all.
constexpr std::size_t kFrontRows = 8;

std::string deploymentName(const ServingPoint& p)
{
    const std::string decode = strategyName(p.decode.strategy) + " x" + formatGrouped(static_cast<double>(p.decode.concurrency));
    if (!p.prefill) {
        return decode;
    }
    return std::to_string(p.prefillWorkers) + " prefill " + strategyName(p.prefill->strategy) + " x"
        + formatGrouped(static_cast<double>(p.prefill->concurrency)) + " + " + std::to_string(p.decodeWorkers)
        + " decode " + decode;
}

std::string pointText(const ServingPoint& p)
{
    return deploymentName(p) + " on " + formatGrouped(static_cast<double>(p.gpus)) + " GPUs: TTFT " + formatSeconds(p.ttftS)
        + ", TPOT " + formatSeconds(p.tpotS) + ", " + formatGrouped(p.outputTokensPerSPerGpu) + " output tokens/s per GPU";
}

} // namespace

void Builder::serving()
{
    if (m_profile.workload.mode == Mode::Training) {
        return;
    }
    heading(2, "Serving");
    if (!m_profile.workload.serving) {
        paragraph("The profile states no serving targets: add workload.serving (isl, osl and optionally ttft_ms, "
                  "tpot_ms) to plan serving against them (docs/serving.md).");
        return;
    }
    const ServingSpec& request = *m_profile.workload.serving;
    const ServingPlan plan = planServing(m_profile, request);
    std::string targets;
    if (maxTtftS(request)) {
        targets += ", TTFT at most " + formatSeconds(*maxTtftS(request));
    }
    if (maxTpotS(request)) {
        targets += ", TPOT at most " + formatSeconds(*maxTpotS(request));
    }
    paragraph(std::string(request.disaggregated ? "Disaggregated" : "Aggregated") + " serving of requests of "
              + formatGrouped(static_cast<double>(request.inputTokens)) + " input and "
              + formatGrouped(static_cast<double>(request.outputTokens)) + " output tokens" + targets + ": "
              + formatGrouped(static_cast<double>(plan.points.size())) + " deployments timed (docs/serving.md).");
    if (plan.best) {
        paragraph("Best meeting the targets: " + pointText(plan.points[*plan.best]) + ".");
    } else {
        paragraph(plan.message + (plan.closest ? "; closest: " + pointText(plan.points[*plan.closest]) : std::string()) + ".");
    }
    if (const auto own = servingPointOf(m_profile, request)) {
        paragraph("This profile's own deployment, with its batch as the concurrency: " + pointText(*own)
                  + (own->meetsTargets ? "; it meets the targets." : "; it misses a target."));
    }
    ReportTable t{{"TTFT", "TPOT", "tokens/s per user", "output tokens/s per GPU", "GPUs", "deployment"}, {}};
    for (const ServingPoint& p : plan.points) {
        if (!p.onFront || t.rows.size() == kFrontRows) {
            break;
        }
        t.rows.push_back({formatSeconds(p.ttftS), formatSeconds(p.tpotS), formatGrouped(p.tokensPerSPerUser),
                          formatGrouped(p.outputTokensPerSPerGpu), formatGrouped(static_cast<double>(p.gpus)),
                          deploymentName(p) + (plan.best && &p == &plan.points[*plan.best] ? " (best)" : "")});
    }
    if (!t.rows.empty()) {
        table(std::move(t));
    }
}

} // namespace moe::detail
