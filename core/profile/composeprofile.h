#pragma once

// A new profile composed from the libraries: a model, a system, a GPU count and a
// workload, with a strategy that runs anywhere (one replica per GPU, experts spread
// over as many GPUs as divide both counts). What `import-model --system --gpus` writes
// and what the window's File > New Profile opens. Every value the caller did not
// choose comes back as a line for the user (docs/explorer.md, "New profile").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/phrase.h"
#include "profile/profile.h"

namespace moe {

struct SystemSpec;

// The batch and sequence length a new profile starts from, before the user edits
// them: prefill and training one 4096-token sequence per GPU (import-model's choice
// since issue 13); decode 16 sequences per GPU with 4096 tokens cached, as the
// built-in qwen3-235b-a22b-h100 (128 sequences on 8 GPUs). Starting points, not advice.
struct WorkloadShape {
    std::int64_t batch = 0;
    std::int64_t seqLen = 0;
};
WorkloadShape defaultWorkloadShape(Mode mode, std::int64_t gpus);

struct ProfileRecipe {
    std::string name;
    Model model;                          // a library model (preset set) or an imported one
    const SystemSpec* system = nullptr;   // required
    std::int64_t gpus = 0;
    Mode mode = Mode::Prefill;
    std::int64_t batch = 0;
    std::int64_t seqLen = 0;
};

struct ComposedProfile {
    std::optional<Profile> profile;
    std::string error;                // why there is no profile
    Phrase errorPhrase;               // the same as a phrase the window translates
    std::vector<std::string> filled;  // the workload and strategy chosen for the user
    std::vector<Phrase> filledPhrases;  // the same as phrases the window translates
};

// The profile, read back through the file reader so that it is one a file could hold;
// a recipe the reader refuses (no system, no GPUs) gives its error instead.
ComposedProfile composeProfile(const ProfileRecipe& recipe);

} // namespace moe
