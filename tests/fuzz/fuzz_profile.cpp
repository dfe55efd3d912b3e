// libFuzzer target for the profile loader. Any bytes go in; what must hold:
// - parseProfile never crashes, and a refusal names a JSON pointer ("" or "/...") and says why;
// - a profile that loads saves, and the saved text loads again into the same profile;
// - evaluate() never crashes, and a valid evaluation has finite figures only.
// ASan and UBSan (see MOE_FUZZ in the top-level CMakeLists.txt) turn memory errors and
// undefined behaviour into crashes as well. fuzz_explain, fuzz_search and fuzz_report
// take what loads further.

#include <cstdint>
#include <string>

#include "fuzzsupport.h"
#include "model/evaluation.h"
#include "profile/profileio.h"

using moe::fuzz::broken;
using moe::fuzz::checkEvaluation;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto profile = moe::fuzz::parseInput(data, size);
    if (!profile) {
        return 0;
    }

    const std::string once = moe::serializeProfile(*profile);
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
    const std::string kept = moe::profileFileText(*profile);
    const moe::LoadResult third = moe::parseProfile(kept, "fuzz");
    if (!third.ok()) {
        broken("a save in the file's layout does not load again", third.error.toString() + "\n" + kept);
    } else if (moe::serializeProfile(*third.profile) != once) {
        broken("a save in the file's layout changes the profile", kept + "\n---\n" + once);
    }

    const auto detail =
        profile->strategy.gpusUsed() <= moe::fuzz::kMaxPerGpuDetail ? moe::Detail::PerGpu : moe::Detail::Summary;
    checkEvaluation(moe::evaluate(*profile, detail), "the evaluation has a non-finite figure", once);
    if (profile->baseline) {
        checkEvaluation(moe::evaluate(*profile, *profile->baseline), "the baseline's evaluation has a non-finite figure",
                        once);
    }
    return 0;
}
