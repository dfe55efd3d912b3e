#include "validationruns.h"

#include "profile/builtins.h"

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "model/evaluation.h"
#include "profile/profileio.h"

namespace moe::validation {

std::vector<Run> loadRuns(const std::string& directory)
{
    const std::string path = directory + "/runs.json";
    std::ifstream file(path);
    if (!file) {
        throw std::runtime_error("cannot open " + path);
    }
    const auto document = nlohmann::json::parse(file);
    std::vector<Run> runs;
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
    return runs;
}

Result predict(const Run& run, const std::string& directory)
{
    Result result{run, 0, {}};
    // A built-in (builtin:ID) where the product ships the run as one, else a file here.
    const LoadResult loaded = run.profile.starts_with("builtin:") ? loadProfileArgument(run.profile)
                                                                  : loadProfileFile(directory + "/" + run.profile);
    if (!loaded.ok()) {
        result.error = loaded.error.toString();
        return result;
    }
    const Evaluation ev = evaluate(*loaded.profile);
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

} // namespace moe::validation
