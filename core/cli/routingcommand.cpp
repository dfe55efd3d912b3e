#include "cli/routingcommand.h"

#include <algorithm>
#include <cstdio>

#include "cli/cli.h"
#include "profile/builtins.h"
#include "profile/profileio.h"
#include "profile/routingdump.h"

namespace moe::cli {

namespace {

// The hottest expert of the dump's hottest layer against a uniform share, so the user
// sees at once what was imported.
std::string hottestLine(const std::vector<std::vector<double>>& rows, std::int64_t experts)
{
    double best = 0;
    std::size_t bestLayer = 0;
    std::size_t bestExpert = 0;
    for (std::size_t l = 0; l < rows.size(); ++l) {
        double sum = 0;
        for (double v : rows[l]) {
            sum += v;
        }
        const auto top = std::max_element(rows[l].begin(), rows[l].end());
        if (sum > 0 && *top / sum > best) {
            best = *top / sum;
            bestLayer = l;
            bestExpert = static_cast<std::size_t>(top - rows[l].begin());
        }
    }
    char line[200];
    std::snprintf(line, sizeof line,
                  "hottest: expert %zu of MoE layer %zu takes %.2f%% of that layer's assignments (uniform: %.2f%%)",
                  bestExpert, bestLayer, 100 * best, 100.0 / static_cast<double>(experts));
    return line;
}

} // namespace

int runImportRouting(const Options& o, std::ostream& out, std::ostream& err)
{
    auto bad = [&](const std::string& message) {
        err << "moe-explorer-cli: " << message << '\n';
        return kExitBadInput;
    };
    if (o.profile.empty()) {
        return bad("import-routing needs the engine's dump (a file, or TensorRT-LLM's folder)");
    }
    const auto engine = routingDumpEngineFromString(o.engine);
    if (!engine) {
        return bad("import-routing needs --engine sglang|vllm|trtllm: the engine that wrote " + o.profile);
    }
    if (o.into.empty()) {
        return bad("import-routing needs --into PROFILE: the profile whose routing the dump replaces");
    }
    LoadResult loaded = loadProfileArgument(o.into);
    if (!loaded.ok()) {
        return bad("--into " + o.into + ": " + loaded.error.toString() + "; nothing was written");
    }
    Profile profile = std::move(*loaded.profile);
    const RoutingDumpResult dump = readRoutingDump(*engine, o.profile);
    if (!dump.ok()) {
        return bad(dump.error + "; nothing was written");
    }
    const MeasuredRows rows = measuredRowsFor(*dump.dump, profile.model);
    if (rows.rows.empty()) {
        return bad(o.profile + " into " + o.into + ": " + rows.error + "; nothing was written");
    }
    profile.workload.routing.kind = RoutingKind::Measured;
    profile.workload.routing.loads = rows.rows;
    const std::string text = serializeProfile(profile);
    // What is written must load: a row the profile format refuses is a bug here.
    if (const LoadResult check = parseProfile(text, profile.name); !check.ok()) {
        err << "moe-explorer-cli: internal error: the imported profile does not load: " << check.error.toString() << '\n';
        return kExitFailure;
    }
    if (o.out.empty()) {
        out << text;
    } else if (const auto error = saveTextFile(o.out, text)) {
        err << "moe-explorer-cli: " << *error << '\n';
        return kExitFailure;
    }
    err << "moe-explorer-cli: imported " << dump.dump->summary << " as " << rows.rows.size()
        << " measured rows of \"" << profile.name << "\"\n  " << hottestLine(rows.rows, dump.dump->experts) << '\n';
    if (!o.out.empty()) {
        out << "wrote " << o.out << '\n';
    }
    return kExitOk;
}

} // namespace moe::cli
