// libFuzzer target for the exhaustive search (core/search/search.h), on every input that
// loads as a profile, over a small space (fuzzsupport.h: searchable() lowers
// constraints.max_gpus until the space is at most 300 configurations). The objective
// is the input's size modulo 4, so every objective is tried. What must hold:
// - the search visits exactly the configurations estimateSearch() counted, and each
//   is either feasible or rejected by one check;
// - with nothing trimmed, every feasible configuration is kept, ranked best first: no
//   candidate ranks before the one above it, and the objective's figure never improves
//   down the list; every figure is finite;
// - the best and the last are feasible when evaluated again, with the same figures;
// - the Pareto marks are exactly the candidates no other is as quick as with at least
//   the throughput per GPU (strictly better in one);
// - the profile's own configuration is in the list when it is feasible and in the space;
// - the bounded search the CLI runs (one partial per task, trimmed as they merge, top N
//   and the front kept) keeps the same first N, the whole front, and gives the own
//   configuration the same rank;
// - the CLI's `search PROFILE --format json --objective O --top N` (on its threads)
//   exits 0 and writes JSON with no NaN or infinity (null only where docs/cli.md says:
//   an unranked own strategy's rank, a skew fix's best when none is feasible, no
//   cheapest fix), the same counts, the first N of the ranking with
//   their figures, and the same rank for the own strategy; its table prints no "nan"
//   or "inf".

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzzsupport.h"
#include "model/evaluation.h"
#include "profile/profileio.h"
#include "search/search.h"

namespace {

using moe::Candidate;
using moe::Objective;
using moe::fuzz::broken;

std::string describe(const Candidate& c)
{
    const auto& s = c.strategy;
    return "TP" + std::to_string(s.tp) + " PP" + std::to_string(s.pp) + " DP" + std::to_string(s.dp) + " EP"
        + std::to_string(s.ep) + " ETP" + std::to_string(s.etp) + " mb" + std::to_string(c.microBatches) + " recompute "
        + moe::toString(c.recompute) + " cf " + std::to_string(c.capacityFactor);
}

bool sameConfiguration(const Candidate& a, const Candidate& b)
{
    return a.strategy == b.strategy && a.microBatches == b.microBatches && a.recompute == b.recompute
        && a.capacityFactor == b.capacityFactor;
}

bool sameCandidate(const Candidate& a, const Candidate& b)
{
    return sameConfiguration(a, b) && a.tokensPerS == b.tokensPerS && a.stepS == b.stepS
        && a.tokensPerSPerGpu == b.tokensPerSPerGpu && a.memoryBytes == b.memoryBytes && a.headroomBytes == b.headroomBytes
        && a.pareto == b.pareto;
}

double figure(const Candidate& c, Objective objective)
{
    switch (objective) {
    case Objective::Throughput:
        return c.tokensPerS;
    case Objective::Latency:
        return -c.stepS;
    case Objective::ThroughputPerGpu:
        return c.tokensPerSPerGpu;
    case Objective::Headroom:
        return c.headroomBytes;
    }
    return 0;
}

bool dominates(const Candidate& a, const Candidate& b)
{
    return a.stepS <= b.stepS && a.tokensPerSPerGpu >= b.tokensPerSPerGpu
        && (a.stepS < b.stepS || a.tokensPerSPerGpu > b.tokensPerSPerGpu);
}

// Evaluated again on its own, a kept candidate is feasible with the figures the search recorded.
void checkFeasible(const moe::Profile& profile, const Candidate& c, const std::string& input)
{
    const moe::Evaluation ev = moe::evaluate(moe::applyCandidate(profile, c));
    if (!ev.valid || !ev.ok) {
        broken("a ranked candidate is not feasible when evaluated again", describe(c) + "\n" + input);
    }
    if (ev.rates.tokensPerS != c.tokensPerS || ev.time.total != c.stepS
        || ev.rates.tokensPerSPerGpu != c.tokensPerSPerGpu || ev.memory.total() != c.memoryBytes) {
        broken("a ranked candidate's figures differ when evaluated again",
               describe(c) + ": " + std::to_string(c.tokensPerS) + " against " + std::to_string(ev.rates.tokensPerS)
                   + " tokens/s\n" + input);
    }
}

void checkRanked(const moe::Profile& profile, const moe::SearchResult& full, Objective objective, const std::string& input)
{
    const auto& ranked = full.ranked;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const Candidate& c = ranked[i];
        if (!std::isfinite(c.tokensPerS) || !std::isfinite(c.stepS) || !std::isfinite(c.tokensPerSPerGpu)
            || !std::isfinite(c.memoryBytes) || !std::isfinite(c.headroomBytes)) {
            broken("a ranked candidate has a non-finite figure", describe(c) + "\n" + input);
        }
        if (i > 0 && (moe::ranksBefore(c, ranked[i - 1], objective) || figure(c, objective) > figure(ranked[i - 1], objective))) {
            broken("the ranking is out of order", std::to_string(i) + ": " + describe(c) + " after " + describe(ranked[i - 1])
                                                      + "\n" + input);
        }
        bool dominated = false;
        for (const Candidate& other : ranked) {
            dominated = dominated || dominates(other, c);
        }
        if (c.pareto == dominated) {
            broken(c.pareto ? "a dominated candidate is marked on the Pareto front"
                            : "an undominated candidate is not marked on the Pareto front",
                   describe(c) + "\n" + input);
        }
    }
    if (!ranked.empty()) {
        checkFeasible(profile, ranked.front(), input);
        checkFeasible(profile, ranked.back(), input);
    }
}

// As the CLI's runSearch() does on its threads: a partial per task, each ranked on
// its own, merged and trimmed as they come (here with no slack, so trims happen).
moe::SearchResult boundedSearch(const moe::Profile& profile, Objective objective, const moe::SearchBounds& bounds)
{
    const std::vector<moe::SearchTask> tasks = moe::searchTasks(profile);
    std::vector<moe::SearchPartial> partials(2);
    std::vector<std::size_t> lastKept(partials.size(), 0);
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        moe::SearchPartial one = moe::runSearchTasks(profile, std::span(tasks).subspan(i, 1));
        moe::prepareSearchPartial(one, objective);
        moe::accumulateSearchPartial(partials[i % 2], std::move(one), objective, bounds, lastKept[i % 2]);
    }
    return moe::finishSearch(std::move(partials), objective, false, bounds);
}

// The CLI's search of the profile (written to the fuzz file) against the whole search.
void checkCliSearch(const moe::Profile& profile, const moe::SearchResult& full, Objective objective, std::size_t top,
                    std::optional<std::size_t> ownIndex, const std::string& input)
{
    using nlohmann::json;
    moe::fuzz::writeProfileFile(input);
    const moe::fuzz::CliRun run = moe::fuzz::runCli({"search", moe::fuzz::profilePath(), "--format", "json", "--objective",
                                                     moe::toString(objective), "--top", std::to_string(top)});
    if (moe::fuzz::failedInside(run) || run.code != moe::fuzz::kExitOk) {
        broken("search --format json fails", std::to_string(run.code) + ": " + run.err + "\n" + input);
    }
    json document = json::parse(run.out, nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains("results") || !document["results"].is_array()) {
        broken("search --format json does not write its JSON object", run.out.substr(0, 4096) + "\n" + input);
    }
    const json& placement = document["profile_strategy"];
    const json ownRank = placement.value("rank", json());
    if (ownIndex ? ownRank != *ownIndex + 1 : !ownRank.is_null()) {
        broken("search --format json ranks the own strategy otherwise", placement.dump() + "\n" + input);
    }
    document["profile_strategy"].erase("rank");
    // docs/cli.md: a fix's "best" is null exactly when none of its configurations is
    // feasible, and "cheapest" is null when no fix is named.
    if (document.contains("skew_fixes")) {
        json& fixes = document["skew_fixes"];
        std::vector<json*> tallies{&fixes["own_settings"]};
        for (json& fix : fixes["fixes"]) {
            tallies.push_back(&fix);
        }
        for (json* tally : tallies) {
            if ((*tally)["best"].is_null() != ((*tally).value("feasible", -1) == 0)) {
                broken("search --format json: a skew fix's best is null while some are feasible, or the reverse",
                       tally->dump() + "\n" + input);
            }
            if ((*tally)["best"].is_null()) {
                tally->erase("best");
            }
        }
        if (fixes["cheapest"].is_null()) {
            fixes.erase("cheapest");
        }
    }
    if (const auto at = moe::fuzz::nonFiniteNumber(document)) {
        broken("search --format json writes a non-finite number or null", *at + "\n" + input);
    }
    const json& results = document["results"];
    if (document.value("evaluated", std::int64_t{-1}) != full.evaluated || document.value("feasible", std::int64_t{-1}) != full.feasible
        || results.size() != std::min(top, full.ranked.size())) {
        broken("search --format json counts otherwise than the search", input);
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
        const json& r = results[i];
        const Candidate& c = full.ranked[i];
        if (r.value("rank", std::size_t{0}) != i + 1 || r["time_s"]["total"] != c.stepS
            || r["rates"]["tokens_per_s"] != c.tokensPerS || r["strategy"]["tp"] != c.strategy.tp
            || r["strategy"]["pp"] != c.strategy.pp || r["strategy"]["dp"] != c.strategy.dp
            || r["strategy"]["ep"] != c.strategy.ep || r["strategy"]["etp"] != c.strategy.etp
            || r["strategy"]["micro_batches"] != c.microBatches || r.value("pareto", !c.pareto) != c.pareto) {
            broken("search --format json lists another result than the search", std::to_string(i + 1) + ": " + describe(c) + "\n"
                                                                                      + r.dump() + "\n" + input);
        }
    }
    const moe::fuzz::CliRun table = moe::fuzz::runCli({"search", moe::fuzz::profilePath(), "--top", std::to_string(top)});
    if (moe::fuzz::failedInside(table) || table.code != moe::fuzz::kExitOk || table.out.empty()) {
        broken("search (table) fails", std::to_string(table.code) + ": " + table.err + "\n" + input);
    }
    if (moe::fuzz::printsNonFinite(table.out, profile)) {
        broken("search (table) prints nan or inf", table.out + "\n" + input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parsed = moe::fuzz::parseInput(data, size);
    const auto loaded = parsed ? moe::fuzz::searchable(*parsed) : std::nullopt;
    if (!loaded) {
        return 0;
    }
    const moe::Profile& profile = *loaded;
    const std::string input = moe::serializeProfile(profile);
    const auto objective = static_cast<Objective>(size % moe::kObjectives);

    const moe::SearchResult full = moe::search(profile, objective);
    const std::int64_t counted = moe::estimateSearch(profile).configurations;
    if (full.evaluated != counted) {
        broken("the search evaluated another number of configurations than estimateSearch counted",
               std::to_string(full.evaluated) + " against " + std::to_string(counted) + "\n" + input);
    }
    std::int64_t byCheck = 0;
    for (const std::int64_t n : full.rejected.byCheck) {
        byCheck += n;
    }
    if (full.feasible + full.rejected.total != full.evaluated || byCheck != full.rejected.total
        || static_cast<std::int64_t>(full.ranked.size()) != full.feasible) {
        broken("the search's counts do not add up", std::to_string(full.evaluated) + " evaluated, " + std::to_string(full.feasible)
                                                        + " feasible, " + std::to_string(full.rejected.total) + " rejected, "
                                                        + std::to_string(full.ranked.size()) + " kept\n" + input);
    }
    checkRanked(profile, full, objective, input);

    const std::optional<Candidate> own = moe::ownCandidate(profile);
    std::optional<std::size_t> ownIndex;
    for (std::size_t i = 0; own && i < full.ranked.size() && !ownIndex; ++i) {
        if (sameConfiguration(full.ranked[i], *own)) {
            ownIndex = i;
        }
    }
    if (own && !moe::isOwnConfiguration(*own, profile)) {
        broken("ownCandidate() is not the profile's own configuration", describe(*own) + "\n" + input);
    }

    moe::SearchBounds bounds;
    bounds.keepTop = 1 + size % 5;
    bounds.slack = 0;
    bounds.reference = own;
    const moe::SearchResult kept = boundedSearch(profile, objective, bounds);
    if (kept.evaluated != full.evaluated || kept.feasible != full.feasible) {
        broken("the bounded search counts differently", input);
    }
    const std::size_t top = std::min(bounds.keepTop, full.ranked.size());
    for (std::size_t i = 0; i < top; ++i) {
        if (i >= kept.ranked.size() || !sameCandidate(kept.ranked[i], full.ranked[i])) {
            broken("the bounded search's top differs from the whole search's",
                   std::to_string(i) + ": " + describe(full.ranked[i]) + "\n" + input);
        }
    }
    for (const Candidate& c : full.ranked) {
        if (c.pareto && std::none_of(kept.ranked.begin(), kept.ranked.end(), [&](const Candidate& k) { return sameCandidate(k, c); })) {
            broken("the bounded search lost a candidate of the Pareto front", describe(c) + "\n" + input);
        }
    }
    if (ownIndex.has_value() != kept.referenceRank.has_value()
        || (ownIndex && (*kept.referenceRank != static_cast<std::int64_t>(*ownIndex) + 1
                         || kept.referencePareto != full.ranked[*ownIndex].pareto))) {
        broken("the bounded search ranks the profile's own configuration differently",
               (ownIndex ? std::to_string(*ownIndex + 1) : std::string("absent")) + " against "
                   + (kept.referenceRank ? std::to_string(*kept.referenceRank) : std::string("absent")) + "\n" + input);
    }
    checkCliSearch(profile, full, objective, bounds.keepTop, ownIndex, input);
    checkCliSearch(profile, full, objective, bounds.keepTop, ownIndex, input);
    return 0;
}
