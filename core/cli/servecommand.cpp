#include "cli/servecommand.h"

#include <cstdio>
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

std::string count(std::int64_t n)
{
    return formatGrouped(static_cast<double>(n));
}

std::string deployment(const ServingPoint& p)
{
    if (!p.prefill) {
        return strategyLabel(p.decode.strategy) + " x" + count(p.decode.concurrency);
    }
    return count(p.prefillWorkers) + " prefill " + strategyLabel(p.prefill->strategy) + " x"
        + count(p.prefill->concurrency) + " + " + count(p.decodeWorkers) + " decode "
        + strategyLabel(p.decode.strategy) + " x" + count(p.decode.concurrency);
}

// Tokens per second (per user or per GPU): one decimal under 100, where whole numbers
// would make points of 1.4 and 0.6 tokens/s read alike.
std::string tokenRate(double tokensPerS)
{
    if (tokensPerS >= 100) {
        return formatGrouped(tokensPerS);
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", tokensPerS);
    return text;
}

// "TTFT <= 300 ms and TPOT <= 50 ms", or "none".
std::string targetsText(const ServingSpec& request)
{
    std::string text;
    if (const auto ttft = maxTtftS(request)) {
        text = "TTFT <= " + formatSeconds(*ttft);
    }
    if (const auto tpot = maxTpotS(request)) {
        text += (text.empty() ? "" : " and ") + std::string("TPOT <= ") + formatSeconds(*tpot);
    }
    return text.empty() ? "none" : text;
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

// The columns' widths, shared by the header and the rows so that they line up.
constexpr int kMarkWidth = 2;
constexpr int kTimeWidth = 10;
constexpr int kUserWidth = 12;
constexpr int kGpuRateWidth = 12;
constexpr int kGpusWidth = 7;

void printHeader(std::ostream& out)
{
    out << "  " << std::setw(kMarkWidth) << "" << std::right << std::setw(kTimeWidth) << "TTFT" << std::setw(kTimeWidth)
        << "TPOT" << std::setw(kUserWidth) << "tok/s/user" << std::setw(kGpuRateWidth) << "tok/s/GPU"
        << std::setw(kGpusWidth) << "GPUs" << "  deployment (strategy x concurrency)\n";
}

void printRow(std::ostream& out, const ServingPoint& p, const char* mark)
{
    out << "  " << std::left << std::setw(kMarkWidth) << mark << std::right << std::setw(kTimeWidth)
        << formatSeconds(p.ttftS) << std::setw(kTimeWidth) << formatSeconds(p.tpotS) << std::setw(kUserWidth)
        << tokenRate(p.tokensPerSPerUser) << std::setw(kGpuRateWidth) << tokenRate(p.outputTokensPerSPerGpu)
        << std::setw(kGpusWidth) << count(p.gpus) << "  " << deployment(p) << '\n';
}

// The request: the profile's workload.serving with the options over it; nothing and a
// message on `err` when the options cannot make one.
std::optional<ServingSpec> servingRequest(const Options& o, const Profile& profile, std::ostream& err)
{
    const std::optional<ServingSpec>& spec = profile.workload.serving;
    if ((!o.inputTokens || !o.outputTokens) && !spec) {
        err << "moe-explorer-cli: serve needs --isl N and --osl N (input and output tokens per request), or "
               "workload.serving in the profile\n";
        return std::nullopt;
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
    if (o.chunkTokens && (request.disaggregated || o.disaggregated)) {
        err << "moe-explorer-cli: --chunk-tokens applies to aggregated serving; disaggregated prefill workers take "
               "whole prompts"
            << (o.disaggregated ? "" : " (the profile's workload.serving.disaggregated is true)") << '\n';
        return std::nullopt;
    }
    request.disaggregated = request.disaggregated || o.disaggregated;
    if (o.chunkTokens) {
        request.chunkTokens = *o.chunkTokens;
    }
    return request;
}

void printPlanJson(std::ostream& out, const Profile& profile, const ServingSpec& request, const ServingPlan& plan)
{
    nlohmann::json j;
    j["profile"] = profile.name;
    j["isl"] = request.inputTokens;
    j["osl"] = request.outputTokens;
    j["disaggregated"] = request.disaggregated;
    // Disaggregated prefill workers take whole prompts, whatever the profile says.
    j["chunk_tokens"] = request.chunkTokens && !request.disaggregated ? nlohmann::json(*request.chunkTokens) : nlohmann::json();
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
}

void printPlanTable(std::ostream& out, const Profile& profile, const ServingSpec& request, const ServingPlan& plan)
{
    out << profile.name << '\n'
        << "  " << (request.disaggregated ? "disaggregated" : "aggregated") << " serving, " << count(request.inputTokens)
        << " input and " << count(request.outputTokens) << " output tokens per request, on up to "
        << count(profile.cluster.gpuCount) << (profile.cluster.gpuCount == 1 ? " GPU\n" : " GPUs\n")
        // The targets may come from the profile's workload.serving: say which apply.
        << "  targets: " << targetsText(request) << '\n'
        << "  " << count(static_cast<std::int64_t>(plan.points.size())) << " deployments timed";
    if (plan.points.empty()) {
        // Nothing fits: the reason, without an empty table and its legend.
        out << "\n\n" << plan.message << '\n';
        return;
    }
    out << "; the front of output tokens/s per GPU against tokens/s per user:\n\n";
    printHeader(out);
    const auto mark = [&](std::size_t i) { return plan.best == i ? "*" : (plan.points[i].meetsTargets ? "+" : ""); };
    std::size_t shown = 0;
    for (std::size_t i = 0; i < plan.points.size() && plan.points[i].onFront && shown < kTableFront; ++i, ++shown) {
        printRow(out, plan.points[i], mark(i));
    }
    // The best (or the closest) beyond the rows shown: further along the front, or off
    // it (the front weighs speed and throughput only, so a point beating the best on
    // both may miss the TTFT target).
    for (const std::optional<std::size_t>& named : {plan.best, plan.closest}) {
        if (named && *named >= shown) {
            out << (plan.points[*named].onFront ? "  (further along the front)\n" : "  (off the front)\n");
            printRow(out, plan.points[*named], mark(*named));
        }
    }
    out << "\n  * best meeting the targets, + meets them\n";
    if (plan.best) {
        const ServingPoint& best = plan.points[*plan.best];
        out << "\nbest: " << deployment(best) << ": TTFT " << formatSeconds(best.ttftS) << ", TPOT "
            << formatSeconds(best.tpotS) << ", " << tokenRate(best.outputTokensPerSPerGpu)
            << " output tokens/s per GPU\n"
            << whyOthersLose(plan, request).english() << '\n';
    } else {
        out << '\n' << plan.message;
        if (plan.closest) {
            const ServingPoint& c = plan.points[*plan.closest];
            out << "; closest: " << deployment(c) << ": TTFT " << formatSeconds(c.ttftS) << ", TPOT "
                << formatSeconds(c.tpotS);
        }
        out << '\n';
    }
}

} // namespace

int runServe(const Options& o, const Profile& profile, std::ostream& out, std::ostream& err)
{
    const std::optional<ServingSpec> request = servingRequest(o, profile, err);
    if (!request) {
        return kExitBadInput;
    }
    const ServingPlan plan = planServing(profile, *request);
    if (o.format == Format::Json) {
        printPlanJson(out, profile, *request, plan);
    } else {
        printPlanTable(out, profile, *request, plan);
    }
    return kExitOk;
}

} // namespace moe::cli
