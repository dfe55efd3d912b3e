#include "cli/tablereport.h"

#include <cstdio>
#include <string>

#include "base/units.h"
#include "cli/uncertaintyoutput.h"
#include "cli/accuracyoutput.h"

namespace moe::cli {

namespace {

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// One row: a label padded to the label column, then right-aligned columns.
void row(std::ostream& out, const std::string& label, const std::vector<std::string>& columns)
{
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, "  %-22s", label.c_str());
    out << buffer;
    for (const auto& column : columns) {
        std::snprintf(buffer, sizeof buffer, " %12s", column.c_str());
        out << buffer;
    }
    out << '\n';
}

void printTime(std::ostream& out, const Evaluation& ev)
{
    const TimeBreakdown& t = ev.time;
    out << "\nStep time (straggler: pipeline stage " << ev.stragglerStage << ")\n";
    row(out, "component", {"time", "share"});
    // Shares are of the step: the components add up to more than the step when
    // communication hides under compute, and the overlap credit, a negative share,
    // brings the column back to 100%.
    std::vector<double> seconds;
    for (const TimeComponent& c : kTimeComponents) {
        seconds.push_back(signedSeconds(t, c));
    }
    const std::vector<std::string> shares = formatShares(seconds, t.total);
    for (std::size_t i = 0; i < kTimeComponentCount; ++i) {
        const TimeComponent& c = kTimeComponents[i];
        if (c.kind != TimeKind::OverlapCredit) {
            row(out, c.label, {formatSeconds(seconds[i]), shares[i]});
        } else if (seconds[i] != 0) {
            row(out, c.label, {formatSeconds(seconds[i]), shares[i], "(credit)"});
        }
    }
    row(out, "total", {formatSeconds(t.total), "100.0%"});
}

void printMemory(std::ostream& out, const Evaluation& ev)
{
    const MemoryBreakdown& m = ev.memory;
    const double total = m.total();
    out << "\nMemory per GPU (fullest: GPU " << ev.memoryGpu << ")\n";
    row(out, "component", {"memory", "share"});
    std::vector<double> bytes;
    for (const MemoryComponent& c : kMemoryComponents) {
        bytes.push_back(m.*c.field);
    }
    const std::vector<std::string> shares = formatShares(bytes, total);
    for (std::size_t i = 0; i < kMemoryComponentCount; ++i) {
        row(out, kMemoryComponents[i].label, {formatBytes(bytes[i]), shares[i]});
    }
    row(out, "total", {formatBytes(total), "100.0%"});
    row(out, "capacity", {formatBytes(ev.capacityBytes), formatPercent(total / ev.capacityBytes) + " used"});
}

void printRates(std::ostream& out, const Profile& profile, const Evaluation& ev)
{
    out << "\nRates\n";
    row(out, "throughput", {formatRate(ev.rates.tokensPerS)});
    row(out, "per GPU", {formatRate(ev.rates.tokensPerSPerGpu)});
    if (profile.workload.mode == Mode::Decode) {
        row(out, "time per output token", {formatSeconds(ev.rates.timePerOutputTokenS)});
    }
    row(out, "model FLOPs per step", {formatFlops(ev.flopsPerStep)});
    row(out, "MFU", {formatPercent(ev.rates.mfu)});
    row(out, "exposed communication", {formatPercent(ev.rates.commFraction)});
    out << "\nCommunication sent per GPU and step\n";
    row(out, "all-to-all", {formatBytes(ev.commBytes.a2a)});
    row(out, "TP collectives", {formatBytes(ev.commBytes.tp)});
    row(out, "pipeline", {formatBytes(ev.commBytes.pp)});
    row(out, "gradient sync", {formatBytes(ev.commBytes.dp)});
}

void printVerdict(std::ostream& out, const Evaluation& ev)
{
    out << "\nLoad balance\n";
    row(out, "imbalance (max/mean)", {fixed(ev.load.imbalance, 3) + "x"});
    row(out, "experts per GPU", {std::to_string(ev.load.expertsPerGpuMin) + " to " + std::to_string(ev.load.expertsPerGpuMax)});
    out << "\nVerdict: " << (ev.ok ? "PASS" : "FAIL") << '\n';
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& c = ev.checks[static_cast<std::size_t>(i)];
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "  [%-4s] %-15s ", c.ok ? "ok" : "FAIL", checkName(c.kind));
        out << buffer << describeCheck(c, ev) << '\n';
    }
}

} // namespace

void printEvaluationTable(std::ostream& out, const Profile& profile, const Evaluation& ev)
{
    const Strategy& s = ev.strategy;
    const Workload& w = profile.workload;
    out << profile.name << '\n';
    out << "  " << toString(w.mode) << ", batch " << w.batch << " x " << w.seqLen
        << (w.mode == Mode::Decode ? " tokens of context" : " tokens") << ", " << w.microBatches << " micro-batch"
        << (w.microBatches == 1 ? "" : "es") << '\n';
    out << "  strategy TP" << s.tp << " PP" << s.pp << " DP" << s.dp << " EP" << s.ep << " ETP" << s.etp << ", "
        << ev.gpusUsed << " of " << profile.cluster.gpuCount << " GPUs (" << profile.cluster.gpu.name << ")\n";
    out << "  model " << formatCount(ev.paramsTotal) << " parameters, " << formatCount(ev.paramsActivePerToken)
        << " active per token\n";
    printTime(out, ev);
    if (const auto band = uncertaintyBand(profile)) {
        printUncertaintyLine(out, *band, ev);
    }
    printMemory(out, ev);
    printRates(out, profile, ev);
    printVerdict(out, ev);
    printAccuracy(out, measuredAccuracy(profile), profile.cluster.system);
}

void printGpuTable(std::ostream& out, const Evaluation& ev)
{
    out << "\nGPUs\n";
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, "  %6s %5s %4s %4s %4s %4s %8s %14s %12s %11s\n", "gpu", "node", "tp", "pp",
                  "dp", "ep", "experts", "tokens", "memory", "compute");
    out << buffer;
    for (const GpuState& g : ev.gpus) {
        if (!g.used) {
            std::snprintf(buffer, sizeof buffer, "  %6lld %5lld %s\n", static_cast<long long>(g.index),
                          static_cast<long long>(g.node), "  idle");
        } else {
            std::snprintf(buffer, sizeof buffer, "  %6lld %5lld %4lld %4lld %4lld %4lld %8lld %14.0f %12s %11s\n",
                          static_cast<long long>(g.index), static_cast<long long>(g.node), static_cast<long long>(g.tp),
                          static_cast<long long>(g.pp), static_cast<long long>(g.dp), static_cast<long long>(g.ep),
                          static_cast<long long>(g.experts), g.tokens, formatBytes(g.memory.total()).c_str(),
                          formatSeconds(g.computeS).c_str());
        }
        out << buffer;
    }
}

void printExplanations(std::ostream& out, const std::vector<Explanation>& explanations)
{
    out << "\nHow each figure is computed\n";
    for (const auto& e : explanations) {
        out << "\n  " << e.key << " = " << num(e.value) << (e.unit.empty() ? "" : " " + e.unit) << '\n';
        out << "    formula: " << e.formula << '\n';
        out << "    values:  " << e.values << '\n';
        if (!e.source.empty()) {
            out << "    source:  " << e.source << '\n';
        }
    }
}

void printSearchTable(std::ostream& out, const Profile& profile, const SearchResult& result, Objective objective,
                      std::size_t shown, const nlohmann::json& own)
{
    out << profile.name << '\n';
    out << "  searched " << formatGrouped(static_cast<double>(result.evaluated)) << " configurations on up to "
        << formatGrouped(static_cast<double>(profile.cluster.gpuCount)) << " GPUs: " << formatGrouped(static_cast<double>(result.feasible))
        << " feasible, " << formatGrouped(static_cast<double>(result.rejected.total)) << " rejected";
    std::string reasons;
    for (std::size_t i = 0; i < kCheckKinds; ++i) {
        if (result.rejected.byCheck[i] > 0) {
            reasons += (reasons.empty() ? "" : ", ") + std::string(checkName(static_cast<CheckKind>(i))) + " "
                + formatGrouped(static_cast<double>(result.rejected.byCheck[i]));
        }
    }
    out << (reasons.empty() ? "" : " (" + reasons + ")") << '\n';
    out << "  ranked by " << toString(objective) << "; * marks the Pareto front of throughput per GPU against step time\n\n";
    char line[384];  // the strategy column may carry a skew fix (search/skewfixes.h)
    std::snprintf(line, sizeof line, "  %4s %-34s %5s %16s %11s %14s %10s %10s\n", "rank", "strategy", "GPUs",
                  "throughput", "step", "per GPU", "memory", "headroom");
    out << line;
    for (std::size_t i = 0; i < shown; ++i) {
        const Candidate& c = result.ranked[i];
        const Strategy& s = c.strategy;
        char strategy[160];
        // A skew fix's settings follow the strategy (search/skewfixes.h): "eplb R32", "dropless".
        const std::string fix = skewFixTag(s, c.capacityFactor, profile);
        std::snprintf(strategy, sizeof strategy, "TP%lld PP%lld DP%lld EP%lld ETP%lld m%lld%s%s", static_cast<long long>(s.tp),
                      static_cast<long long>(s.pp), static_cast<long long>(s.dp), static_cast<long long>(s.ep),
                      static_cast<long long>(s.etp), static_cast<long long>(c.microBatches),
                      profile.workload.mode == Mode::Training ? (std::string(" ") + toString(c.recompute)).c_str() : "",
                      fix.empty() ? "" : (" " + fix).c_str());
        std::snprintf(line, sizeof line, "  %3zu%s %-34s %5lld %16s %11s %14s %10s %10s\n", i + 1, c.pareto ? "*" : " ",
                      strategy, static_cast<long long>(s.gpusUsed()), formatRate(c.tokensPerS).c_str(),
                      formatSeconds(c.stepS).c_str(), formatRate(c.tokensPerSPerGpu).c_str(),
                      formatBytes(c.memoryBytes).c_str(), formatBytes(c.headroomBytes).c_str());
        out << line;
    }
    const Strategy& s = profile.strategy;
    out << "\n  the profile's own strategy TP" << s.tp << " PP" << s.pp << " DP" << s.dp << " EP" << s.ep << " ETP" << s.etp
        << ": ";
    if (own["rank"].is_null()) {
        out << "not feasible (" << own["rejected"].get<std::string>() << ")\n";
    } else {
        out << "rank " << formatGrouped(own["rank"].get<double>()) << " of " << formatGrouped(static_cast<double>(result.feasible))
            << (own["pareto"].get<bool>() ? ", on the Pareto front" : "") << '\n';
        if (own.contains("why_below_best")) {
            out << "  against the best: " << own["why_below_best"].get<std::string>() << '\n';
        }
    }
}

} // namespace moe::cli
