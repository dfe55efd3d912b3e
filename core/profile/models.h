#pragma once

// The model library: published architectures, each with the configuration it was
// read from and the published parameter counts (docs/models.md). A profile names one
// with `model.preset`; every model key the profile gives overrides the preset's.

#include <span>
#include <string>
#include <string_view>

#include "profile/profile.h"

namespace moe {

struct ModelSpec {
    std::string_view id;    // "deepseek-v3"
    std::string_view name;  // "DeepSeek-V3"
    Model model;            // preset empty; modelFromPreset() sets it
    // Published counts in billions, and what publishes them.
    double publishedTotalB = 0;
    double publishedActiveB = 0;
    std::string_view countSource;
    std::string_view configSource;  // where every architecture number comes from
    // What the Model struct approximates, and why computed counts differ from the
    // published ones where they do; empty when nothing does.
    std::string_view note;
};

std::span<const ModelSpec> builtinModels();
const ModelSpec* findModel(std::string_view id);
// "mixtral-8x7b, mixtral-8x22b, ..." for messages.
std::string modelIds();

// The library model with `preset` set to its id: the values a profile's own model keys
// override.
Model modelFromPreset(const ModelSpec& spec);

} // namespace moe
