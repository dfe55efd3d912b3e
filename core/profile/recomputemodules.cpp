#include "profile/recomputemodules.h"

#include <algorithm>
#include <array>
#include <utility>

#include "profile/jsonreader.h"

namespace moe::detail {

namespace {

constexpr std::array kModules{RecomputeModule::CoreAttention,   RecomputeModule::LayerNorm,
                              RecomputeModule::MlaUpProjection, RecomputeModule::DenseMlp,
                              RecomputeModule::MoeActivation,   RecomputeModule::SharedExperts,
                              RecomputeModule::Moe};

// Megatron-Core's other `recompute_modules` choices (transformer_config.py at
// d98e8a64), for layers this model does not have.
constexpr std::array kUnmodelled{"gdn_norm_out", "gdp_in_proj", "gdp_qkv", "mhc"};

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
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an array of module names (%1), got %2"),
                       {arg::name(knownNames()), arg::phrases({describeValue(value)})}));
    }
    std::vector<RecomputeModule> modules;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string at = path + "/" + std::to_string(i);
        const nlohmann::json& item = value[i];
        if (!item.is_string()) {
            fail(at, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a module name (%1), got %2"),
                         {arg::name(knownNames()), arg::phrases({describeValue(item)})}));
        }
        const std::string name = item.get<std::string>();
        if (std::find(kUnmodelled.begin(), kUnmodelled.end(), name) != kUnmodelled.end()) {
            fail(at, say(MOE_TRANSLATE_NOOP("ProfileFile", "recomputing \"%1\" is not modelled; use one of %2, or recompute \"full\""),
                         {arg::name(name), arg::name(knownNames())}));
        }
        const auto known = std::find_if(kModules.begin(), kModules.end(),
                                        [&](RecomputeModule module) { return name == toString(module); });
        if (known == kModules.end()) {
            // The English as before: the name quoted, not "the string ...".
            fail(at, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected one of %1, got %2"),
                         {arg::name(knownNames()), arg::name("\"" + name + "\"")}));
        }
        if (std::find(modules.begin(), modules.end(), *known) != modules.end()) {
            fail(at, say(MOE_TRANSLATE_NOOP("ProfileFile", "\"%1\" is listed twice"), {arg::name(name)}));
        }
        if (*known == RecomputeModule::MlaUpProjection && !model.mla) {
            fail(at, say(MOE_TRANSLATE_NOOP("ProfileFile", "\"mla_up_proj\" needs a model with multi-head latent attention (model.mla)")));
        }
        modules.push_back(*known);
    }
    return modules;
}

} // namespace moe::detail
