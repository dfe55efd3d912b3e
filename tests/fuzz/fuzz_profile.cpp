// libFuzzer target for the profile loader. Any bytes go in; what must hold:
// - parseProfile never crashes, and a refusal names a JSON pointer ("" or "/...") and says why;
// - a profile that loads saves, and the saved text loads again into the same profile;
// - evaluate() never crashes, and a valid evaluation has finite figures only.
// ASan and UBSan (see MOE_FUZZ in the top-level CMakeLists.txt) turn memory errors and
// undefined behaviour into crashes as well.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>

#include "model/evaluation.h"
#include "profile/profileio.h"

namespace {

[[noreturn]] void broken(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz_profile: %s\n%s\n", what, detail.c_str());
    std::abort();
}

bool allFinite(std::initializer_list<double> values)
{
    for (const double v : values) {
        if (!std::isfinite(v)) {
            return false;
        }
    }
    return true;
}

bool finite(const moe::MemoryBreakdown& m)
{
    return allFinite({m.attentionWeights, m.expertWeights, m.denseWeights, m.embedding, m.gradients, m.optimizer,
                      m.activations, m.kvCache, m.commBuffers, m.reserve, m.total()});
}

bool finite(const moe::Evaluation& ev)
{
    const auto& t = ev.time;
    const auto& r = ev.rates;
    if (!allFinite({ev.paramsTotal, ev.paramsActivePerToken, ev.flopsPerStep, ev.capacityBytes, t.attentionCompute,
                    t.expertCompute, t.denseCompute, t.a2aDispatch, t.a2aCombine, t.tpComm, t.ppComm, t.ppBubble,
                    t.dpComm, t.overlapped, t.total, ev.commBytes.a2a, ev.commBytes.tp, ev.commBytes.pp,
                    ev.commBytes.dp, r.tokensPerS, r.tokensPerSPerGpu, r.mfu, r.commFraction, r.timePerOutputTokenS,
                    ev.load.imbalance, ev.load.droppedTokenShare})
        || !finite(ev.memory)) {
        return false;
    }
    for (int i = 0; i < ev.checkCount; ++i) {
        if (!allFinite({ev.checks[static_cast<std::size_t>(i)].value, ev.checks[static_cast<std::size_t>(i)].limit})) {
            return false;
        }
    }
    for (const auto& gpu : ev.gpus) {
        if (!allFinite({gpu.tokens, gpu.a2aBytes, gpu.computeS}) || !finite(gpu.memory)) {
            return false;
        }
    }
    return true;
}

void checkEvaluation(const moe::Evaluation& ev, const char* which, const std::string& text)
{
    if (ev.valid && !finite(ev)) {
        broken(which, text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const moe::LoadResult first = moe::parseProfile(text, "fuzz");
    if (!first.ok()) {
        const auto& e = first.error;
        if (e.message.empty() || (!e.path.empty() && e.path.front() != '/')) {
            broken("a refusal without a message or with a malformed path", e.path + " | " + e.message);
        }
        return 0;
    }
    const moe::Profile& profile = *first.profile;

    const std::string once = moe::serializeProfile(profile);
    const moe::LoadResult second = moe::parseProfile(once, "fuzz");
    if (!second.ok()) {
        broken("a saved profile does not load again", second.error.toString() + "\n" + once);
    }
    const std::string twice = moe::serializeProfile(*second.profile);
    if (twice != once) {
        broken("saving the reloaded profile gives a different document", once + "\n---\n" + twice);
    }

    // What a save in the window writes keeps the file's own layout (profile/jsonlayout.h):
    // it must load again, as the same profile.
    const std::string kept = moe::profileFileText(profile);
    const moe::LoadResult third = moe::parseProfile(kept, "fuzz");
    if (!third.ok()) {
        broken("a save in the file's layout does not load again", third.error.toString() + "\n" + kept);
    } else if (moe::serializeProfile(*third.profile) != once) {
        broken("a save in the file's layout changes the profile", kept + "\n---\n" + once);
    }

    // Per-GPU detail allocates one entry per GPU; keep it to clusters the fuzzer can
    // afford many times a second (the summary path covers the rest).
    const auto detail = profile.strategy.gpusUsed() <= 4096 ? moe::Detail::PerGpu : moe::Detail::Summary;
    checkEvaluation(moe::evaluate(profile, detail), "the evaluation has a non-finite figure", once);
    if (profile.baseline) {
        checkEvaluation(moe::evaluate(profile, *profile.baseline), "the baseline's evaluation has a non-finite figure",
                        once);
    }
    return 0;
}
