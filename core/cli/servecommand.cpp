#include "cli/servecommand.h"

#include <iomanip>
#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "search/servingplan.h"
#include "base/units.h"

namespace moe::cli {

namespace {

// Points shown in the table: the front, then the best and the closest if off it.
constexpr std::size_t kTableFront = 20;

std::string strategyLabel(const Strategy& s)
{
    return "TP" + std::to_string(s.tp) + " PP" + std::to_string(s.pp) + " DP" + std::to_string(s.dp) + " EP"
        + std::to_string(s.ep) + " ETP" + std::to_string(s.etp);
}

std::string deployment(const ServingPoint& p)
{
    if (!p.prefill) {
        return strategyLabel(p.decode.strategy) + " x" + std::to_string(p.decode.concurrency);
    }
    return std::to_string(p.prefillWorkers) + " prefill " + strategyLabel(p.prefill->strategy) + " x"
        + std::to_string(p.prefill->concurrency) + " + " + std::to_string(p.decodeWorkers) + " decode "
        + strategyLabel(p.decode.strategy) + " x" + std::to_string(p.decode.concurrency);
}

nlohmann::json workerJson(const ServingWorker& w)
{
    return {{"strategy",
             {{"tp", w.strategy.tp}, {"pp", w.strategy.pp}, {"dp", w.strategy.dp}, {"ep", w.strategy.ep},
              {"etp", w.strategy.etp}}},
            {"concurrency", w.concurrency},
            {"step_s", w.stepS},
            {"requests_per_s", w.requestsPerS}};
}

nlohmann::json pointJson(const ServingPoint& p)
{
    nlohmann::json j = {{"gpus", p.gpus},
                        {"ttft_s", p.ttftS},
                        {"tpot_s", p.tpotS},
                        {"tokens_per_s_per_user", p.tokensPerSPerUser},
                        {"output_tokens_per_s_per_gpu", p.outputTokensPerSPerGpu},
                        {"requests_per_s", p.requestsPerS},
                        {"meets_targets", p.meetsTargets},
                        {"pareto", p.onFront},
                        {"decode", workerJson(p.decode)}};
    if (p.prefill) {
        j["prefill"] = workerJson(*p.prefill);
        j["prefill_workers"] = p.prefillWorkers;
        j["decode_workers"] = p.decodeWorkers;
    }
    return j;
}

void printRow(std::ostream& out, const ServingPoint& p, const char* mark)
{
    out << "  " << std::left << std::setw(2) << mark << std::right << std::setw(10) << formatSeconds(p.ttftS)
        << std::setw(10) << formatSeconds(p.tpotS) << std::setw(12) << formatGrouped(p.tokensPerSPerUser)
        << std::setw(14) << formatGrouped(p.outputTokensPerSPerGpu) << std::setw(7) << p.gpus << "  "
        << deployment(p) << '\n';
}

} // namespace

int runServe(const Options& o, const Profile& profile, std::ostream& out, std::ostream& err)
{
    // The profile's workload.serving, with any option given on the command line over it.
    const std::optional<ServingSpec>& spec = profile.workload.serving;
    if ((!o.inputTokens || !o.outputTokens) && !spec) {
        err << "moe-explorer-cli: serve needs --isl N and --osl N (input and output tokens per request), or "
               "workload.serving in the profile\n";
        return kExitBadInput;
    }
    ServingSpec request = spec ? *spec : ServingSpec{};
    if (o.inputTokens) {
        request.inputTokens = *o.inputTokens;
    }
    if (o.outputTokens) {
        request.outputTokens = *o.outputTokens;
    }
    if (o.ttftMs) {
        request.ttftMs = *o.ttftMs;
    }
    if (o.tpotMs) {
        request.tpotMs = *o.tpotMs;
    }
    request.disaggregated = request.disaggregated || o.disaggregated;
    if (o.chunkTokens) {
        request.chunkTokens = *o.chunkTokens;
    }
    const ServingPlan plan = planServing(profile, request);

    if (o.format == Format::Json) {
        nlohmann::json j;
        j["profile"] = profile.name;
        j["isl"] = request.inputTokens;
        j["osl"] = request.outputTokens;
        j["disaggregated"] = request.disaggregated;
        j["chunk_tokens"] = request.chunkTokens ? nlohmann::json(*request.chunkTokens) : nlohmann::json();
        j["targets"] = {{"ttft_s", maxTtftS(request) ? nlohmann::json(*maxTtftS(request)) : nlohmann::json()},
                        {"tpot_s", maxTpotS(request) ? nlohmann::json(*maxTpotS(request)) : nlohmann::json()}};
        j["best"] = plan.best ? pointJson(plan.points[*plan.best]) : nlohmann::json();
        j["closest"] = plan.closest ? pointJson(plan.points[*plan.closest]) : nlohmann::json();
        j["message"] = plan.message;
        nlohmann::json front = nlohmann::json::array();
        for (const ServingPoint& p : plan.points) {
            if (p.onFront) {
                front.push_back(pointJson(p));
            }
        }
        j["front"] = std::move(front);
        j["points"] = plan.points.size();
        out << j.dump(2) << '\n';
        return kExitOk;
    }

    out << profile.name << '\n'
        << "  " << (request.disaggregated ? "disaggregated" : "aggregated") << " serving, " << request.inputTokens
        << " input and " << request.outputTokens << " output tokens per request, on up to "
        << formatGrouped(static_cast<double>(profile.cluster.gpuCount)) << " GPUs\n"
        << "  " << formatGrouped(static_cast<double>(plan.points.size()))
        << " deployments timed; the front of output tokens/s per GPU against tokens/s per user:\n\n"
        << "        TTFT      TPOT   tok/s/user  tok/s/GPU   GPUs  deployment (strategy x concurrency)\n";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < plan.points.size() && plan.points[i].onFront && shown < kTableFront; ++i, ++shown) {
        printRow(out, plan.points[i], plan.best == i ? "*" : (plan.points[i].meetsTargets ? "+" : ""));
    }
    out << "\n  * best meeting the targets, + meets them\n";
    if (plan.best) {
        const ServingPoint& best = plan.points[*plan.best];
        out << "\nbest: " << deployment(best) << ": TTFT " << formatSeconds(best.ttftS) << ", TPOT "
            << formatSeconds(best.tpotS) << ", " << formatGrouped(best.outputTokensPerSPerGpu)
            << " output tokens/s per GPU\n";
    } else {
        out << '\n' << plan.message;
        if (plan.closest) {
            const ServingPoint& c = plan.points[*plan.closest];
            out << "; closest: " << deployment(c) << ": TTFT " << formatSeconds(c.ttftS) << ", TPOT "
                << formatSeconds(c.tpotS);
        }
        out << '\n';
    }
    return kExitOk;
}

} // namespace moe::cli
