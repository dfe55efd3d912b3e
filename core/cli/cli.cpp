#include "cli/cli.h"

#include <memory>

#include <nlohmann/json.hpp>

#include "profile/builtins.h"
#include "cli/calibratecommand.h"
#include "cli/descriptorbuffer.h"
#include "cli/gpulistjson.h"
#include "model/evaluationjson.h"
#include "cli/modelcommands.h"
#include "cli/options.h"
#include "cli/routingcommand.h"
#include "report/report.h"
#include "search/search.h"
#include "cli/searchcsv.h"
#include "cli/searchrunner.h"
#include "cli/streamedjson.h"
#include "cli/servecommand.h"
#include "search/servingplan.h"
#include "cli/skewfixoutput.h"
#include "cli/systemslisting.h"
#include "cli/tablereport.h"
#include "cli/uncertaintyoutput.h"
#include "cli/accuracyoutput.h"
#include "base/units.h"

namespace moe::cli {

namespace {

int reportBadInput(std::ostream& err, const std::string& message)
{
    err << "moe-explorer-cli: " << message << '\n';
    return kExitBadInput;
}

struct Loaded {
    std::optional<Profile> profile;
    int exitCode = kExitOk;
};

// `serving`: the profile as `serve` plans with it (servingBase), before the overrides,
// so that a training profile's strategy overrides are checked as a serving step's.
Loaded loadProfile(const Options& o, std::ostream& err, bool serving = false)
{
    Loaded loaded;
    LoadResult result = loadProfileArgument(o.profile);
    if (!result.ok()) {
        loaded.exitCode = reportBadInput(err, o.profile + ": " + result.error.toString());
        return loaded;
    }
    for (const auto& warning : result.warnings) {
        err << "moe-explorer-cli: warning: " << o.profile << ": " << warning << '\n';
    }
    Profile profile = std::move(*result.profile);
    if (o.useBaseline) {
        if (!profile.baseline) {
            loaded.exitCode = reportBadInput(err, "--baseline: " + o.profile + " has no baseline strategy");
            return loaded;
        }
        profile.strategy = *profile.baseline;
    }
    if (serving) {
        profile = servingBase(profile);
    }
    if (auto error = applyOverrides(o.overrides, profile)) {
        loaded.exitCode = reportBadInput(err, *error);
        return loaded;
    }
    loaded.profile = std::move(profile);
    return loaded;
}

int runEvaluate(const Options& o, std::ostream& out, std::ostream& err)
{
    Loaded loaded = loadProfile(o, err);
    if (!loaded.profile) {
        return loaded.exitCode;
    }
    const Profile& profile = *loaded.profile;
    const Evaluation ev = evaluate(profile, Detail::PerGpu);
    if (!ev.valid) {
        return reportBadInput(err, ev.errorPath + ": " + ev.error);
    }
    if (o.format == Format::Json) {
        nlohmann::json json = evaluationToJson(ev, false);
        json["gpus"] = streamedArrayPlaceholder();  // written entry by entry
        json["profile"] = profile.name;
        json["mode"] = toString(profile.workload.mode);
        if (const auto band = uncertaintyBand(profile)) {
            json["uncertainty"] = uncertaintyToJson(*band, ev);  // only on a calibrated system
        }
        json["measured_accuracy"] = accuracyToJson(measuredAccuracy(profile), profile.cluster.system);
        if (o.explain) {
            json["explanations"] = explanationsToJson(explain(profile));
        }
        const auto gpus = std::make_unique<GpuListJsonWriter>();  // a 48 KB cache
        writeWithStreamedText(out, json.dump(2), ev.gpus.size(),
                              [&](std::string& text, std::size_t i, std::size_t indent) { gpus->append(text, ev.gpus[i], indent); });
        out << '\n';
    } else {
        printEvaluationTable(out, profile, ev);
        if (o.listGpus) {
            printGpuTable(out, ev);
        }
        if (o.explain) {
            printExplanations(out, explain(profile));
        }
    }
    return kExitOk;
}

int runValidate(const Options& o, std::ostream& out, std::ostream& err)
{
    Loaded loaded = loadProfile(o, err);
    if (!loaded.profile) {
        return loaded.exitCode;
    }
    out << o.profile << ": valid profile \"" << loaded.profile->name << "\"\n";
    return kExitOk;
}

int runProfiles(const Options& o, std::ostream& out, std::ostream& err)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& builtin : builtinProfiles()) {
        const LoadResult result = parseProfile(builtin.text, std::string(builtin.id));
        if (!result.ok()) {
            err << "moe-explorer-cli: built-in " << builtin.id << " is invalid: " << result.error.toString() << '\n';
            return kExitFailure;
        }
        list.push_back({{"id", std::string(kBuiltinPrefix) + std::string(builtin.id)}, {"name", result.profile->name}});
    }
    if (o.format == Format::Json) {
        out << list.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& item : list) {
        char buffer[128];
        std::snprintf(buffer, sizeof buffer, "%-44s ", item["id"].get<std::string>().c_str());
        out << buffer << item["name"].get<std::string>() << '\n';
    }
    return kExitOk;
}

// Where the profile's own configuration stands among the results: its rank, or why
// it was rejected. `own` is the search's reference (ownCandidate()).
nlohmann::json ownPlacement(const Profile& profile, const SearchResult& result, const std::optional<Candidate>& own,
                            Objective objective)
{
    if (own && result.referenceRank) {
        nlohmann::json placement = {{"rank", *result.referenceRank}, {"pareto", result.referencePareto}};
        if (*result.referenceRank > 1 && !result.ranked.empty()) {
            placement["why_below_best"] = whyRanksBelow(profile, *own, result.ranked.front(), objective);
        }
        return placement;
    }
    const Evaluation ev = evaluate(profile);
    if (!ev.valid) {
        return {{"rank", nullptr}, {"rejected", ev.errorPath + ": " + ev.error}};
    }
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& check = ev.checks[static_cast<std::size_t>(i)];
        if (!check.ok) {
            return {{"rank", nullptr}, {"rejected", std::string(checkName(check.kind)) + ": " + describeCheck(check, ev)}};
        }
    }
    return {{"rank", nullptr}, {"rejected", "outside the searched space"}};
}

nlohmann::json rejectionsToJson(const Rejections& rejected)
{
    nlohmann::json byCheck = nlohmann::json::object();
    for (std::size_t i = 0; i < kCheckKinds; ++i) {
        if (rejected.byCheck[i] > 0) {
            byCheck[checkName(static_cast<CheckKind>(i))] = rejected.byCheck[i];
        }
    }
    return {{"total", rejected.total}, {"by_check", byCheck}};
}

// The search's JSON, written result by result: `--top 1000000 --gpus` would otherwise
// hold every result's document in memory at once. The layout is json.dump(2)'s
// ("results" sorts last among the keys).
void writeSearchJson(std::ostream& out, const Options& o, const Profile& profile, const SearchResult& result,
                     const std::optional<Candidate>& own, Objective objective, std::size_t shown)
{
    nlohmann::json json;
    json["objective"] = toString(objective);
    json["evaluated"] = result.evaluated;
    json["feasible"] = result.feasible;
    json["rejected"] = rejectionsToJson(result.rejected);
    json["profile_strategy"] = ownPlacement(profile, result, own, objective);
    if (!result.skewFixes.empty()) {
        json["skew_fixes"] = skewFixesToJson(profile, result, objective);
    }
    std::string head = json.dump(2);
    head.resize(head.size() - 2);  // drop "\n}"
    out << head << ",\n  \"results\": [";
    // Its cache is 48 KB: on the heap, and only when lists are written.
    const auto gpus = o.listGpus ? std::make_unique<GpuListJsonWriter>() : nullptr;
    for (std::size_t i = 0; i < shown && out; ++i) {
        const Candidate& c = result.ranked[i];
        // Per-GPU lists only when asked: at 1,048,576 GPUs one list is about 150 MB of text.
        const Evaluation ev = evaluate(applyCandidate(profile, c), o.listGpus ? Detail::PerGpu : Detail::Summary);
        nlohmann::json item = evaluationToJson(ev, false);
        if (o.listGpus) {
            item["gpus"] = streamedArrayPlaceholder();
        }
        item["pareto"] = c.pareto;
        item["rank"] = i + 1;
        item["recompute"] = toString(c.recompute);
        if (!result.skewFixes.empty()) {
            item["capacity_factor"] = c.capacityFactor;  // a dropless fix's (search/skewfixes.h)
        }
        out << (i == 0 ? "\n    " : ",\n    ");
        writeWithStreamedText(out, item.dump(2), ev.gpus.size(),
                              [&](std::string& text, std::size_t g, std::size_t indent) { gpus->append(text, ev.gpus[g], indent); }, 4);
    }
    out << (shown == 0 ? "]\n}\n" : "\n  ]\n}\n");
}

int runSearchCommand(const Options& o, std::ostream& out, std::ostream& err)
{
    Loaded loaded = loadProfile(o, err);
    if (!loaded.profile) {
        return loaded.exitCode;
    }
    if (o.listGpus && o.format != Format::Json) {
        return reportBadInput(err, "search: --gpus adds per-GPU lists to --format json; the table and CSV have none");
    }
    const Profile& profile = *loaded.profile;
    // Counted before running: a search past the limit would run for minutes or hours.
    const SearchSize size = estimateSearch(profile, kMaxSearchConfigurations * 2);
    if (size.configurations > size.limit) {
        const std::string why = size.limit < kMaxSearchConfigurations
            ? " for this profile (" + formatGrouped(static_cast<double>(kMaxSearchConfigurations))
                + " over the cost of placing its routing weights anew for each configuration)"
            : "";
        return reportBadInput(err, "search: " + o.profile + ": the space has " + (size.stopped ? "over " : "")
                                       + formatGrouped(static_cast<double>(size.configurations))
                                       + " configurations, above the limit of "
                                       + formatGrouped(static_cast<double>(size.limit)) + why
                                       + " (docs/cli.md); narrow it with constraints.max_gpus or a smaller cluster");
    }
    const Objective objective = objectiveFromString(o.objective).value_or(Objective::Throughput);
    SearchBounds bounds;
    bounds.keepTop = static_cast<std::size_t>(o.top);
    bounds.reference = ownCandidate(profile);
    const SearchResult result = runSearch(profile, objective, 0, nullptr, {}, bounds);
    const std::size_t shown = std::min<std::size_t>(static_cast<std::size_t>(o.top), result.ranked.size());
    if (o.format == Format::Json) {
        writeSearchJson(out, o, profile, result, bounds.reference, objective, shown);
    } else if (o.format == Format::Csv) {
        writeSearchCsv(out, result, shown);
    } else {
        printSearchTable(out, profile, result, objective, shown, ownPlacement(profile, result, bounds.reference, objective));
        printSkewFixes(out, profile, result, objective);
    }
    return kExitOk;
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int runExport(const Options& o, std::ostream& out, std::ostream& err, const Extensions& extensions)
{
    if (o.chart.empty()) {
        return reportBadInput(err, "export needs --chart latency|memory|grid|routing|load|traffic");
    }
    if (o.out.empty()) {
        return reportBadInput(err, "export needs --out FILE.png|.svg|.pdf");
    }
    if (!endsWith(o.out, ".png") && !endsWith(o.out, ".svg") && !endsWith(o.out, ".pdf")) {
        return reportBadInput(err, "--out " + o.out + ": the file name must end in .png, .svg or .pdf");
    }
    Loaded loaded = loadProfile(o, err);
    if (!loaded.profile) {
        return loaded.exitCode;
    }
    const Evaluation ev = evaluate(*loaded.profile, Detail::PerGpu);
    if (!ev.valid) {
        return reportBadInput(err, ev.errorPath + ": " + ev.error);
    }
    if (!extensions.exportChart) {
        err << "moe-explorer-cli: export is not available in this build\n";
        return kExitFailure;
    }
    if (const auto error = extensions.exportChart(o.chart, *loaded.profile, ev, o.out)) {
        err << "moe-explorer-cli: " << *error << '\n';
        return kExitFailure;
    }
    out << "wrote " << o.out << '\n';
    return kExitOk;
}

int runReport(const Options& o, std::ostream& out, std::ostream& err, const Extensions& extensions)
{
    if (o.out.empty()) {
        return reportBadInput(err, "report needs --out FILE.md|.html|.pdf");
    }
    if (!endsWith(o.out, ".md") && !endsWith(o.out, ".html") && !endsWith(o.out, ".pdf")) {
        return reportBadInput(err, "--out " + o.out + ": the report's file name must end in .md, .html or .pdf");
    }
    Loaded loaded = loadProfile(o, err);
    if (!loaded.profile) {
        return loaded.exitCode;
    }
    if (!extensions.exportReport) {
        err << "moe-explorer-cli: report is not available in this build\n";
        return kExitFailure;
    }
    if (const auto error = extensions.exportReport(*loaded.profile, o.out)) {
        err << "moe-explorer-cli: " << *error << '\n';
        return kExitFailure;
    }
    out << "wrote " << o.out << '\n';
    return kExitOk;
}

int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Extensions& extensions)
{
    try {
        const ParseResult parsed = parseArguments(args);
        if (!parsed.options) {
            err << "moe-explorer-cli: " << parsed.error << "\n\n" << usage();
            return kExitBadInput;
        }
        const Options& o = *parsed.options;
        if (o.help) {
            out << usage();
            return kExitOk;
        }
        if (o.version) {
            out << versionLine();
            return kExitOk;
        }
        if (o.command == "evaluate") {
            return runEvaluate(o, out, err);
        }
        if (o.command == "validate") {
            return runValidate(o, out, err);
        }
        if (o.command == "profiles") {
            return runProfiles(o, out, err);
        }
        if (o.command == "systems") {
            if (o.format == Format::Json) {
                out << systemsToJson(err).dump(2) << '\n';
            } else {
                printSystemsTable(out, err);
            }
            return kExitOk;
        }
        if (o.command == "models") {
            if (o.format == Format::Json) {
                out << modelsToJson().dump(2) << '\n';
            } else {
                printModelsTable(out);
            }
            return kExitOk;
        }
        if (o.command == "import-model") {
            return runImportModel(o, out, err);
        }
        if (o.command == "import-routing") {
            return runImportRouting(o, out, err);
        }
        if (o.command == "calibrate") {
            return runCalibrate(o, out, err);
        }
        if (o.command == "search") {
            return runSearchCommand(o, out, err);
        }
        if (o.command == "serve") {
            Loaded loaded = loadProfile(o, err, true);
            return loaded.profile ? runServe(o, *loaded.profile, out, err) : loaded.exitCode;
        }
        if (o.command == "report") {
            return runReport(o, out, err, extensions);
        }
        if (o.command == "export") {
            return runExport(o, out, err, extensions);
        }
        err << "moe-explorer-cli: \"" << o.command << "\" is not available in this version yet\n";
        return kExitFailure;
    } catch (const std::bad_alloc&) {
        // Memory ran out (a huge cluster's per-GPU list, say): say so, never abort.
        err << "moe-explorer-cli: out of memory running \"" << (args.empty() ? std::string() : args[0])
            << "\"; any output is incomplete (a search keeps less with a smaller --top, and lists GPUs only with --gpus)\n";
        return kExitFailure;
    } catch (const std::exception& e) {
        err << "moe-explorer-cli: internal error: " << e.what() << '\n';
        return kExitFailure;
    }
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Extensions& extensions)
{
    const int code = dispatch(args, out, err, extensions);
    // A failed write shows at the latest here; a truncated document with exit 0 would
    // pass for a whole one in a script.
    out.flush();
    if (!out) {
        err << "moe-explorer-cli: cannot write the output: " << describeOutputError(out.rdbuf())
            << "; what was written is incomplete\n";
        return code == kExitOk ? kExitFailure : code;
    }
    return code;
}

} // namespace moe::cli
