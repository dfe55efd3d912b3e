#include "cli/modelcommands.h"

#include <cstdio>

#include "model/architecture.h"
#include "cli/cli.h"
#include "profile/composeprofile.h"
#include "profile/hfimport.h"
#include "profile/models.h"
#include "profile/profileio.h"
#include "profile/systems.h"

namespace moe::cli {

namespace {

// The model section a profile would hold: the writer's keys for this model.
nlohmann::json modelSection(const Model& model)
{
    Profile p;
    p.model = model;
    return profileToJson(p)["model"];
}

// A whole version 2 profile on `system` (profile/composeprofile.h): one replica per
// GPU, prefill of one 4096-token sequence each, experts spread over as many GPUs as
// divide both counts. Each of these choices is listed for the user, who edits the
// workload to the case studied.
std::optional<Profile> wholeProfile(const Model& model, const SystemSpec& system, std::int64_t gpus,
                                    const std::string& name, std::vector<std::string>& filled, std::string& error)
{
    const WorkloadShape shape = defaultWorkloadShape(Mode::Prefill, gpus);
    ComposedProfile composed = composeProfile({name, model, &system, gpus, Mode::Prefill, shape.batch, shape.seqLen});
    filled.insert(filled.end(), composed.filled.begin(), composed.filled.end());
    error = composed.error;
    return std::move(composed.profile);
}

} // namespace

nlohmann::json modelsToJson()
{
    nlohmann::json list = nlohmann::json::array();
    for (const ModelSpec& s : builtinModels()) {
        const Architecture a = describeArchitecture(s.model);
        list.push_back({{"id", std::string(s.id)},
                        {"name", std::string(s.name)},
                        {"total_params", a.totalParams},
                        {"active_params_per_token", a.activeParamsPerToken},
                        {"published", {{"total_b", s.publishedTotalB}, {"active_b", s.publishedActiveB},
                                       {"source", std::string(s.countSource)}}},
                        {"config_source", std::string(s.configSource)},
                        {"note", std::string(s.note)},
                        {"model", modelSection(s.model)}});
    }
    return list;
}

void printModelsTable(std::ostream& out)
{
    char line[256];
    std::snprintf(line, sizeof line, "%-16s %-18s %10s %10s %16s\n", "id", "name", "total", "active", "published");
    out << line;
    for (const ModelSpec& s : builtinModels()) {
        const Architecture a = describeArchitecture(s.model);
        char published[64];
        std::snprintf(published, sizeof published, "%g / %g B", s.publishedTotalB, s.publishedActiveB);
        std::snprintf(line, sizeof line, "%-16s %-18s %9.2fB %9.2fB %16s\n", std::string(s.id).c_str(),
                      std::string(s.name).c_str(), a.totalParams / 1e9, a.activeParamsPerToken / 1e9, published);
        out << line;
    }
    out << "\ntotal and active: computed from the architecture (active includes the embedding and LM head).\n"
           "Each model's configuration and count sources, and why a count differs: --format json, or "
           "docs/models.md.\n";
}

int runImportModel(const Options& o, std::ostream& out, std::ostream& err)
{
    auto bad = [&](const std::string& message) {
        err << "moe-explorer-cli: " << message << '\n';
        return kExitBadInput;
    };
    if (o.profile.empty()) {
        return bad("import-model needs a config.json file");
    }
    if (o.system.empty() != (o.gpuCount == 0)) {
        return bad("import-model writes a whole profile with both --system ID and --gpus N; give both or neither");
    }
    const SystemSpec* system = nullptr;
    if (!o.system.empty()) {
        system = findSystem(o.system);
        if (!system) {
            return bad("--system: unknown system \"" + o.system + "\"; the built-in systems are " + systemIds());
        }
    }
    ImportResult imported = importHfConfigFile(o.profile);
    if (!imported.ok()) {
        return bad(o.profile + ": " + imported.error.toString() + "; nothing was written");
    }
    std::string text;
    std::vector<std::string> filled = imported.filled;
    if (system) {
        const std::string name = imported.architecture + " on " + std::to_string(o.gpuCount) + " x " + o.system;
        std::string error;
        const auto profile = wholeProfile(*imported.model, *system, o.gpuCount, name, filled, error);
        if (!profile) {
            err << "moe-explorer-cli: " << error << "; nothing was written\n";
            return kExitFailure;
        }
        text = serializeProfile(*profile);
    } else {
        text = modelSection(*imported.model).dump(2) + "\n";
    }
    if (o.out.empty()) {
        out << text;
    } else if (const auto error = saveTextFile(o.out, text)) {
        err << "moe-explorer-cli: " << *error << '\n';
        return kExitFailure;
    }
    // What the user must know about the result goes to stderr, so stdout stays the file.
    const Architecture a = describeArchitecture(*imported.model);
    char counts[128];
    std::snprintf(counts, sizeof counts, "%.2fB total, %.2fB active per token", a.totalParams / 1e9,
                  a.activeParamsPerToken / 1e9);
    err << "moe-explorer-cli: imported " << imported.architecture << ": " << counts << '\n';
    for (const auto& line : filled) {
        err << "  default: " << line << '\n';
    }
    for (const auto& line : imported.approximated) {
        err << "  approximated: " << line << '\n';
    }
    if (!o.out.empty()) {
        out << "wrote " << o.out << '\n';
    }
    return kExitOk;
}

} // namespace moe::cli
