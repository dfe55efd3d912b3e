#include "accuracy/validationruns.h"

#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "model/evaluation.h"
#include "profile/builtins.h"
#include "profile/profileio.h"

namespace moe::validation {

namespace {

std::vector<Run> parseRuns(std::string_view text, const std::string& where)
{
    std::vector<Run> runs;
    try {
        const auto document = nlohmann::json::parse(text);
        for (const auto& item : document.at("runs")) {
            Run run;
            run.id = item.at("id").get<std::string>();
            run.section = item.at("section").get<std::string>();
            run.label = item.at("label").get<std::string>();
            run.profile = item.at("profile").get<std::string>();
            run.metric = item.at("metric").get<std::string>();
            run.measured = item.at("measured").get<double>();
            if (item.contains("calculon")) {
                run.calculon = item.at("calculon").get<double>();
            }
            run.source = item.at("source").get<std::string>();
            runs.push_back(std::move(run));
        }
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(where + ": " + e.what());
    }
    return runs;
}

std::string_view embedded(std::string_view name)
{
    for (std::size_t i = 0; i < detail::kEmbeddedFileCount; ++i) {
        if (detail::kEmbeddedFiles[i].name == name) {
            return detail::kEmbeddedFiles[i].text;
        }
    }
    return {};
}

// A built-in (builtin:ID) where the product ships the run as one, else a file that
// `load` reads.
LoadResult loadWith(const Run& run, const std::function<LoadResult(const std::string&)>& load)
{
    return run.profile.starts_with("builtin:") ? loadProfileArgument(run.profile) : load(run.profile);
}

Result predictLoaded(const Run& run, const LoadResult& loaded)
{
    if (!loaded.ok()) {
        return {run, 0, loaded.error.toString()};
    }
    return predict(run, *loaded.profile);
}

} // namespace

std::span<const Run> shippedRuns()
{
    static const std::vector<Run> runs = parseRuns(embedded("runs.json"), "the embedded runs.json");
    return runs;
}

LoadResult loadShippedProfile(const Run& run)
{
    return loadWith(run, [](const std::string& name) {
        const std::string_view text = embedded(name);
        if (text.empty()) {
            LoadResult missing;
            missing.error = {"", "no embedded profile \"" + name + "\" (bench/validation)"};
            return missing;
        }
        return parseProfile(text, name);
    });
}

Result predict(const Run& run)
{
    return predictLoaded(run, loadShippedProfile(run));
}

Result predict(const Run& run, const Profile& profile)
{
    Result result{run, 0, {}};
    const Evaluation ev = evaluate(profile);
    if (!ev.valid) {
        result.error = ev.error;
        return result;
    }
    if (run.metric == "step_s") {
        result.predicted = ev.time.total;
    } else if (run.metric == "layer_ms") {
        // A one-layer model without embedding or LM head: its step less the optimizer.
        result.predicted = (ev.time.total - ev.time.optimizer) * 1e3;
    } else if (run.metric == "tokens_per_s_per_gpu") {
        result.predicted = ev.rates.tokensPerSPerGpu;
    } else {
        result.error = "unknown metric \"" + run.metric + "\"";
    }
    return result;
}

std::vector<Run> loadRuns(const std::string& directory)
{
    const std::string path = directory + "/runs.json";
    std::ifstream file(path);
    if (!file) {
        throw std::runtime_error("cannot open " + path);
    }
    std::ostringstream text;
    text << file.rdbuf();
    return parseRuns(text.str(), path);
}

Result predict(const Run& run, const std::string& directory)
{
    return predictLoaded(run, loadWith(run, [&](const std::string& name) { return loadProfileFile(directory + "/" + name); }));
}

} // namespace moe::validation
