#include "fuzzsupport.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <sstream>

#include <unistd.h>

#include "cli/cli.h"
#include "profile/profileio.h"
#include "search/search.h"

namespace moe::fuzz {

namespace {

bool allFinite(std::initializer_list<double> values)
{
    for (const double v : values) {
        if (!std::isfinite(v)) {
            return false;
        }
    }
    return true;
}

bool finite(const MemoryBreakdown& m)
{
    return allFinite({m.attentionWeights, m.expertWeights, m.denseWeights, m.embedding, m.gradients, m.optimizer,
                      m.activations, m.kvCache, m.commBuffers, m.reserve, m.total()});
}

void eraseAll(std::string& text, const std::string& part)
{
    if (part.empty()) {
        return;
    }
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        text.replace(at, part.size(), " ");
    }
}

} // namespace

void broken(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz: %s\n%s\n", what, detail.c_str());
    std::abort();
}

std::optional<Profile> parseInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    LoadResult result = parseProfile(text, "fuzz");
    if (!result.ok()) {
        const auto& e = result.error;
        if (e.message.empty() || (!e.path.empty() && e.path.front() != '/')) {
            broken("a refusal without a message or with a malformed path", e.path + " | " + e.message);
        }
        return std::nullopt;
    }
    return std::move(*result.profile);
}

bool finite(const Evaluation& ev)
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

void checkEvaluation(const Evaluation& ev, const char* which, const std::string& input)
{
    if (ev.valid && !finite(ev)) {
        broken(which, input);
    }
}

std::optional<std::string> nonFiniteNumber(const nlohmann::json& document, const std::string& pointer)
{
    if (document.is_null()) {
        return pointer;
    }
    if (document.is_number_float() && !std::isfinite(document.get<double>())) {
        return pointer;
    }
    if (document.is_object()) {
        for (const auto& [key, value] : document.items()) {
            if (auto found = nonFiniteNumber(value, pointer + "/" + key)) {
                return found;
            }
        }
    } else if (document.is_array()) {
        for (std::size_t i = 0; i < document.size(); ++i) {
            if (auto found = nonFiniteNumber(document[i], pointer + "/" + std::to_string(i))) {
                return found;
            }
        }
    }
    return std::nullopt;
}

bool printsNonFinite(std::string text, const Profile& profile, std::initializer_list<std::string> more)
{
    for (const std::string& own : more) {
        eraseAll(text, own);
    }
    for (const std::string* own : {&profile.name, &profile.notes, &profile.cluster.gpu.name, &profile.cluster.system,
                                   &profile.model.preset}) {
        eraseAll(text, *own);
    }
    const auto letter = [&](std::size_t i) {
        return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]));
    };
    for (const char* word : {"nan", "inf"}) {
        for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
            if ((at == 0 || !letter(at - 1)) && !letter(at + 3)) {
                return true;
            }
        }
    }
    return false;
}

bool smallSearch(const Profile& profile)
{
    return estimateSearch(profile, kMaxSearchConfigurations).configurations <= kMaxSearchConfigurations;
}

std::optional<Profile> searchable(Profile profile)
{
    if (smallSearch(profile)) {
        return profile;
    }
    // estimateSearch() walks every data-parallel size up to the GPU bound even where
    // none counts (training with DP not dividing the batch): start at most at 4096.
    const std::int64_t limit = std::min(profile.cluster.gpuCount, profile.constraints.maxGpus.value_or(profile.cluster.gpuCount));
    for (std::int64_t gpus = std::min({limit, profile.strategy.gpusUsed(), std::int64_t{4096}}); gpus >= 1; gpus /= 2) {
        profile.constraints.maxGpus = gpus;
        if (smallSearch(profile)) {
            return profile;
        }
    }
    return std::nullopt;
}

const std::string& profilePath()
{
    static const std::string path = [] {
        static std::string folder = "/tmp/moe-fuzz-XXXXXX";
        if (!::mkdtemp(folder.data())) {
            broken("cannot make a temporary directory", folder);
        }
        static std::string file = folder + "/input.moeprofile.json";
        std::atexit([] {
            ::unlink(file.c_str());
            ::rmdir(folder.c_str());
        });
        return file;
    }();
    return path;
}

void writeProfileFile(std::string_view text)
{
    std::FILE* file = std::fopen(profilePath().c_str(), "wb");
    if (!file || std::fwrite(text.data(), 1, text.size(), file) != text.size() || std::fclose(file) != 0) {
        broken("cannot write the temporary profile", profilePath());
    }
}

bool failedInside(const CliRun& run)
{
    return run.err.find("internal error") != std::string::npos || run.err.find("out of memory") != std::string::npos;
}

} // namespace moe::fuzz
