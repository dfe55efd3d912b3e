#include "profile/recomputemodules.h"

#include <algorithm>
#include <array>
#include <utility>

#include "profile/jsonreader.h"

namespace moe::detail {

namespace {

constexpr std::array kModules{RecomputeModule::CoreAttention,   RecomputeModule::LayerNorm,
                              RecomputeModule::MlaUpProjection, RecomputeModule::DenseMlp,
                              RecomputeModule::MoeActivation,   RecomputeModule::SharedExperts};

// Megatron-Core's other `recompute_modules` choices (transformer_config.py at
// d98e8a64), which this model does not time.
constexpr std::array kUnmodelled{"moe", "gdn_norm_out", "gdp_in_proj", "gdp_qkv", "mhc"};

std::string knownNames()
{
    std::string names;
    for (const RecomputeModule module : kModules) {
        names += (names.empty() ? "\"" : ", \"") + std::string(toString(module)) + "\"";
    }
    return names;
}

} // namespace

std::vector<RecomputeModule> readRecomputeModules(const nlohmann::json& value, const std::string& path, const Model& model)
{
    if (!value.is_array()) {
        fail(path, "expected an array of module names (" + knownNames() + "), got " + describe(value));
    }
    std::vector<RecomputeModule> modules;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string at = path + "/" + std::to_string(i);
        const nlohmann::json& item = value[i];
        if (!item.is_string()) {
            fail(at, "expected a module name (" + knownNames() + "), got " + describe(item));
        }
        const std::string name = item.get<std::string>();
        if (std::find(kUnmodelled.begin(), kUnmodelled.end(), name) != kUnmodelled.end()) {
            fail(at, "recomputing \"" + name + "\" is not modelled; use one of " + knownNames()
                         + ", or recompute \"full\"");
        }
        const auto known = std::find_if(kModules.begin(), kModules.end(),
                                        [&](RecomputeModule module) { return name == toString(module); });
        if (known == kModules.end()) {
            fail(at, "expected one of " + knownNames() + ", got \"" + name + "\"");
        }
        if (std::find(modules.begin(), modules.end(), *known) != modules.end()) {
            fail(at, "\"" + name + "\" is listed twice");
        }
        if (*known == RecomputeModule::MlaUpProjection && !model.mla) {
            fail(at, "\"mla_up_proj\" needs a model with multi-head latent attention (model.mla)");
        }
        modules.push_back(*known);
    }
    return modules;
}

} // namespace moe::detail
