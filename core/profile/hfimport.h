#pragma once

// Importing a Hugging Face config.json as a model section (docs/models.md, "Importing
// a config.json"). Only the architectures of the model library's families are read;
// anything else, a missing key or a key of the wrong type is an error naming the key
// (as a JSON pointer into the config) and, for an architecture, the supported ones.
// Nothing is guessed silently: every value the importer fills in itself, and every
// feature the cost model approximates, comes back as a line for the user.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "profile/profileio.h"

namespace moe {

// A config.json is a few KiB (Llama 4's, with its layer lists, about 10); anything
// this large is not one, and is refused before it is read.
inline constexpr std::size_t kMaxHfConfigBytes = 1024u * 1024u;

struct ImportResult {
    std::optional<Model> model;
    ProfileError error;                   // meaningful when !model
    std::string architecture;             // "DeepseekV3ForCausalLM"
    std::vector<std::string> filled;      // values the config did not give, and what was used
    std::vector<std::string> approximated;  // features the cost model does not express
    // The same notes as phrases the window translates (context "ProfileFile").
    std::vector<Phrase> filledPhrases;
    std::vector<Phrase> approximatedPhrases;

    bool ok() const { return model.has_value(); }
};

// "MixtralForCausalLM, DeepseekV2ForCausalLM, ..." for messages.
std::string supportedArchitectures();

ImportResult importHfConfig(std::string_view text);
// Reads a regular file of at most kMaxHfConfigBytes, then importHfConfig().
ImportResult importHfConfigFile(const std::string& path);

} // namespace moe
