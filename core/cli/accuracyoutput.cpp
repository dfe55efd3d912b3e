#include "cli/accuracyoutput.h"

#include <cstdio>
#include <string>

#include "base/units.h"

namespace moe::cli {

namespace {

// JSON's key for a kind: "dense_training", "moe_training", "prefill", "decode".
std::string kindKey(RunKind kind)
{
    std::string key(toString(kind));
    for (char& c : key) {
        c = c == ' ' ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return key;
}

} // namespace

nlohmann::json accuracyToJson(const MeasuredAccuracy& a, const std::string& system)
{
    nlohmann::json runs = nlohmann::json::array();
    for (const RunAccuracy& r : a.runs) {
        runs.push_back({{"id", r.id}, {"label", r.label}, {"system", r.system}, {"throughput_error", r.error}});
    }
    // No nulls: evaluate's JSON writes none (a null there is a NaN), so what does not
    // apply is left out.
    nlohmann::json j = {{"kind", kindKey(a.kind)}, {"checked", a.checked}, {"runs", std::move(runs)}};
    if (!system.empty()) {
        j["system"] = system;
    }
    if (!a.runs.empty()) {
        j["lowest"] = a.lowest;
        j["highest"] = a.highest;
        j["mean_absolute"] = a.meanAbsolute;
    }
    return j;
}

void printAccuracy(std::ostream& out, const MeasuredAccuracy& a, const std::string& system)
{
    out << "\nAccuracy on measured runs (docs/validation.md, \"Accuracy beside every prediction\"; throughput, +: "
           "predicted faster than measured)\n";
    if (!a.checked) {
        out << "  none: every measured run names a cluster.system (the kernel-level model); this profile's flat\n"
               "  efficiencies (version 1) are not checked against any\n";
        return;
    }
    if (a.runs.empty()) {
        out << "  none of this kind (" << toString(a.kind) << ")\n";
        return;
    }
    out << "  " << toString(a.kind) << ": " << a.runs.size() << " run" << (a.runs.size() == 1 ? "" : "s") << " on "
        << a.systems << " system" << (a.systems == 1 ? "" : "s") << ", throughput error " << formatChange(1 + a.lowest)
        << " to " << formatChange(1 + a.highest) << ", mean |error| " << formatPercent(a.meanAbsolute) << '\n';
    if (a.onSameSystem == 0) {
        out << "  none on " << system << '\n';
        return;
    }
    out << "  on " << system << ":\n";
    for (std::size_t i = 0; i < a.onSameSystem; ++i) {
        const RunAccuracy& r = a.runs[i];
        char line[256];
        std::snprintf(line, sizeof line, "    %-76s %8s\n", r.label.c_str(), formatChange(1 + r.error).c_str());
        out << line;
    }
}

} // namespace moe::cli
