#include "profile/composeprofile.h"

#include <algorithm>
#include <numeric>

#include "profile/jsonreader.h"
#include "profile/profileio.h"
#include "profile/systems.h"

namespace moe {

WorkloadShape defaultWorkloadShape(Mode mode, std::int64_t gpus)
{
    constexpr std::int64_t kSequence = 4096;
    // Decode: builtin:qwen3-235b-a22b-h100 serves 128 sequences on 8 GPUs.
    constexpr std::int64_t kDecodeSequencesPerGpu = 128 / 8;
    const std::int64_t perGpu = mode == Mode::Decode ? kDecodeSequencesPerGpu : 1;
    return {std::max<std::int64_t>(1, gpus) * perGpu, kSequence};
}

namespace {

void setError(ComposedProfile& out, Phrase phrase)
{
    out.error = phrase.english();
    out.errorPhrase = std::move(phrase);
}

} // namespace

ComposedProfile composeProfile(const ProfileRecipe& recipe)
{
    using detail::say;
    ComposedProfile out;
    if (recipe.system == nullptr) {
        setError(out, say(MOE_TRANSLATE_NOOP("ProfileFile", "no system chosen")));
        return out;
    }
    if (recipe.gpus < 1) {
        setError(out, say(MOE_TRANSLATE_NOOP("ProfileFile", "the GPU count must be at least 1, got %1"),
                          {arg::name(std::to_string(recipe.gpus))}));
        return out;
    }
    const std::int64_t gpus = recipe.gpus;
    Profile p;
    p.name = recipe.name;
    p.cluster = clusterFromSystem(*recipe.system, gpus);
    p.cluster.system = std::string(recipe.system->id);
    p.cluster.gpuCount = gpus;
    p.model = recipe.model;
    p.workload.mode = recipe.mode;
    p.workload.batch = recipe.batch;
    p.workload.seqLen = recipe.seqLen;
    p.strategy.dp = gpus;
    p.strategy.ep = recipe.model.experts > 0 ? std::gcd(gpus, recipe.model.experts) : 1;
    // The file's keys and values stay as they are; the words around them are translated.
    const std::vector<PhraseArg> workload{arg::name(toString(recipe.mode)), arg::name(std::to_string(recipe.batch)),
                                          arg::name(std::to_string(recipe.seqLen))};
    out.filledPhrases.push_back(
        recipe.batch == gpus
            ? say(MOE_TRANSLATE_NOOP("ProfileFile", "workload: %1, batch %2 (one sequence per GPU), seq_len %3"), workload)
            : say(MOE_TRANSLATE_NOOP("ProfileFile", "workload: %1, batch %2, seq_len %3"), workload));
    out.filledPhrases.push_back(say(MOE_TRANSLATE_NOOP("ProfileFile", "strategy: tp 1, pp 1, dp %1, ep %2"),
                                    {arg::name(std::to_string(gpus)), arg::name(std::to_string(p.strategy.ep))}));
    for (const Phrase& line : out.filledPhrases) {
        out.filled.push_back(line.english());
    }
    // Round trip through the reader, so the profile is one `evaluate` accepts.
    LoadResult check = parseProfile(serializeProfile(p), recipe.name);
    if (!check.ok()) {
        setError(out, say(MOE_TRANSLATE_NOOP("ProfileFile", "the generated profile does not load: %1"),
                          {arg::phrases({detail::pathAndMessage(check.error)})}));
        return out;
    }
    out.profile = std::move(check.profile);
    return out;
}

} // namespace moe
