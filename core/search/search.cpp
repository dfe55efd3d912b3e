#include "search/search.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <numeric>
#include <optional>

#include "model/architecture.h"
#include "model/eplb.h"
#include "base/divisors.h"
#include "profile/profileio.h"

namespace moe {

namespace {


std::int64_t gpuLimit(const Profile& p)
{
    return std::min(p.cluster.gpuCount, p.constraints.maxGpus.value_or(p.cluster.gpuCount));
}

double score(const Candidate& c, Objective objective)
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

// The tie-break: fewer GPUs, then the smaller TP, PP, DP, EP, ETP, micro-batches,
// recomputation, redundant experts, placement and capacity factor.
std::array<std::int64_t, 11> key(const Candidate& c)
{
    const Strategy& s = c.strategy;
    return {s.gpusUsed(), s.tp, s.pp, s.dp, s.ep, s.etp, c.microBatches, static_cast<std::int64_t>(c.recompute),
            s.redundantExperts, static_cast<std::int64_t>(s.placement), static_cast<std::int64_t>(c.capacityFactor * 1e6)};
}

// Marks, among the candidates at `indices`, those that no other of them is at least as
// good on both throughput per GPU and step time, and strictly better on one. With the
// batch fixed, total throughput is tokens/step and always agrees with step time; the
// real trade-off is latency against GPUs spent (docs/model.md, "Pareto front").
void markPareto(std::vector<Candidate>& candidates, std::vector<std::uint32_t> indices)
{
    // Sorted by step time (and, for equal times, per-GPU throughput), then one sweep.
    std::sort(indices.begin(), indices.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Candidate& x = candidates[a];
        const Candidate& y = candidates[b];
        return x.stepS != y.stepS ? x.stepS < y.stepS : x.tokensPerSPerGpu > y.tokensPerSPerGpu;
    });
    double best = -1;
    for (std::size_t i = 0; i < indices.size();) {
        // Candidates with equal time: only those with the group's best per-GPU throughput
        // can be undominated, and only if it beats every quicker candidate's.
        std::size_t j = i;
        const double time = candidates[indices[i]].stepS;
        const double groupBest = candidates[indices[i]].tokensPerSPerGpu;
        while (j < indices.size() && candidates[indices[j]].stepS == time) {
            candidates[indices[j]].pareto = false;
            ++j;
        }
        if (groupBest > best) {
            for (std::size_t k = i; k < j && candidates[indices[k]].tokensPerSPerGpu == groupBest; ++k) {
                candidates[indices[k]].pareto = true;
            }
            best = groupBest;
        }
        i = j;
    }
}

void addCounts(SearchPartial& into, const SearchPartial& from)
{
    into.evaluated += from.evaluated;
    into.feasibleCount += from.feasibleCount;
    into.droppedAhead += from.droppedAhead;
    into.referenceMet = into.referenceMet || from.referenceMet;
    into.rejected.total += from.rejected.total;
    for (std::size_t i = 0; i < kCheckKinds; ++i) {
        into.rejected.byCheck[i] += from.rejected.byCheck[i];
    }
}

bool sameConfiguration(const Candidate& a, const Candidate& b)
{
    return a.strategy == b.strategy && a.microBatches == b.microBatches && a.recompute == b.recompute
        && a.capacityFactor == b.capacityFactor;
}

SkewFixTally& tallyFor(std::vector<SkewFixTally>& tallies, const SkewFix& fix)
{
    for (auto& tally : tallies) {
        if (tally.fix == fix) {
            return tally;
        }
    }
    tallies.push_back({fix, 0, 0, {}});
    return tallies.back();
}

void keepBest(SkewFixTally& tally, const Candidate& c)
{
    for (std::size_t o = 0; o < kObjectives; ++o) {
        auto& best = tally.best[o];
        if (!best || ranksBefore(c, *best, static_cast<Objective>(o))) {
            best = c;
        }
    }
}

void mergeTallies(std::vector<SkewFixTally>& into, const std::vector<SkewFixTally>& from)
{
    for (const auto& tally : from) {
        SkewFixTally& target = tallyFor(into, tally.fix);
        target.evaluated += tally.evaluated;
        target.feasible += tally.feasible;
        for (const auto& best : tally.best) {
            if (best) {
                keepBest(target, *best);
            }
        }
    }
}

// Cost order of skewfixes.h: the kind, then the fewest redundant experts, then the
// placement; the own settings first.
bool cheaper(const SkewFix& a, const SkewFix& b)
{
    if (a.kind != b.kind) {
        return a.kind < b.kind;
    }
    if (a.redundantExperts != b.redundantExperts) {
        return a.redundantExperts < b.redundantExperts;
    }
    return a.placement < b.placement;
}

// What the search records of a feasible evaluation; ownCandidate() builds the same.
Candidate candidateFrom(const Profile& trial, const Evaluation& ev, double maxMemoryFraction)
{
    const double limit = ev.capacityBytes * maxMemoryFraction;
    return Candidate{trial.strategy,        trial.workload.microBatches, trial.workload.training.recompute,
                     ev.rates.tokensPerS,   ev.time.total,               ev.rates.tokensPerSPerGpu,
                     ev.memory.total(),     limit - ev.memory.total(),   false,
                     trial.workload.capacityFactor};
}

// Evaluates one configuration and counts it: feasible (kept), or rejected under its
// first failing check; `tally` is its skew fix's, when routing is skewed.
void record(const Profile& trial, const Architecture& architecture, double maxMemoryFraction, SkewFixTally* tally,
            SearchPartial& partial)
{
    const Evaluation ev = evaluate(trial, trial.strategy, Detail::Summary, architecture);
    ++partial.evaluated;
    if (tally) {
        ++tally->evaluated;
    }
    if (!ev.valid) {
        ++partial.rejected.total;
        ++partial.rejected.byCheck[static_cast<std::size_t>(CheckKind::Strategy)];
        return;
    }
    if (!ev.ok) {
        ++partial.rejected.total;
        for (int i = 0; i < ev.checkCount; ++i) {
            if (!ev.checks[static_cast<std::size_t>(i)].ok) {
                ++partial.rejected.byCheck[static_cast<std::size_t>(ev.checks[static_cast<std::size_t>(i)].kind)];
                break;
            }
        }
        return;
    }
    ++partial.feasibleCount;
    partial.feasible.push_back(candidateFrom(trial, ev, maxMemoryFraction));
    if (tally) {
        ++tally->feasible;
        keepBest(*tally, partial.feasible.back());
    }
}

} // namespace

const char* toString(Objective objective)
{
    switch (objective) {
    case Objective::Throughput:
        return "throughput";
    case Objective::Latency:
        return "latency";
    case Objective::ThroughputPerGpu:
        return "throughput-per-gpu";
    case Objective::Headroom:
        return "headroom";
    }
    return "throughput";
}

std::optional<Objective> objectiveFromString(const std::string& text)
{
    for (Objective o : {Objective::Throughput, Objective::Latency, Objective::ThroughputPerGpu, Objective::Headroom}) {
        if (text == toString(o)) {
            return o;
        }
    }
    return std::nullopt;
}

std::vector<SearchTask> searchTasks(const Profile& p)
{
    const std::int64_t limit = gpuLimit(p);
    std::vector<SearchTask> tasks;
    for (const std::int64_t tp : detail::divisors(p.model.heads)) {
        for (std::int64_t pp = 1; pp <= p.model.layers && tp * pp <= limit; ++pp) {
            std::int64_t dpLimit = limit / (tp * pp);
            if (p.workload.mode != Mode::Training) {
                dpLimit = std::min(dpLimit, p.workload.batch);  // more replicas than sequences is refused
            }
            for (std::int64_t dp = 1; dp <= dpLimit; ++dp) {
                // Training needs DP to divide the batch; skip the rest without evaluating.
                if (p.workload.mode == Mode::Training && p.workload.batch % dp != 0) {
                    continue;
                }
                tasks.push_back({tp, pp, dp});
            }
        }
    }
    return tasks;
}

SearchPartial runSearchTasks(const Profile& profile, std::span<const SearchTask> tasks, const std::atomic<bool>* cancel,
                             std::atomic<std::int64_t>* done)
{
    SearchPartial partial;
    // EPLB's placement for a routing row, EP size and slot count is computed once, not
    // once per configuration (eplb.h): in the caller's cache when it keeps one for the
    // whole search on this thread (search(), cli::runSearch()), else in one for these tasks.
    std::optional<EplbCache> ownCache;
    std::optional<EplbCacheScope> ownScope;
    if (!currentEplbCache()) {
        ownScope.emplace(ownCache.emplace());
    }
    Profile trial = profile;
    const bool training = profile.workload.mode == Mode::Training;
    const std::vector<Recompute> recomputes = training
        ? std::vector<Recompute>{Recompute::None, Recompute::Selective, Recompute::Full}
        : std::vector<Recompute>{profile.workload.training.recompute};
    const std::int64_t slots = profile.model.experts + profile.strategy.redundantExperts;
    const bool skewed = routingIsSkewed(profile);
    const Architecture architecture = describeArchitecture(profile.model);
    const std::vector<std::int64_t> etpChoices = profile.model.experts > 0 ? detail::divisors(profile.model.expertHidden)
                                                                            : std::vector<std::int64_t>{1};
    for (const SearchTask& task : tasks) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            break;
        }
        const std::int64_t stage = task.tp * task.dp;
        // Micro-batches that split each replica's sequences evenly.
        const std::int64_t perReplica = training ? profile.workload.batch / task.dp
                                                 : (profile.workload.batch + task.dp - 1) / task.dp;
        const std::vector<std::int64_t> microBatches = detail::divisors(perReplica);
        for (const std::int64_t etp : etpChoices) {
            if (stage % etp != 0) {
                continue;
            }
            const std::vector<std::int64_t> eps = profile.model.experts > 0 ? detail::divisors(stage / etp) : std::vector<std::int64_t>{1};
            for (const std::int64_t ep : eps) {
                if (profile.model.experts > 0 && ep > slots) {
                    break;
                }
                const std::vector<SkewFix> fixes = skewFixes(profile, ep);
                for (const std::int64_t m : microBatches) {
                    for (const Recompute recompute : recomputes) {
                        for (const SkewFix& fix : fixes) {
                            trial.strategy = profile.strategy;
                            trial.strategy.tp = task.tp;
                            trial.strategy.pp = task.pp;
                            trial.strategy.dp = task.dp;
                            trial.strategy.ep = ep;
                            trial.strategy.etp = etp;
                            trial.workload.microBatches = m;
                            trial.workload.training.recompute = recompute;
                            applySkewFix(trial, fix);
                            record(trial, architecture, profile.constraints.maxMemoryFraction,
                                   skewed ? &tallyFor(partial.skewFixes, fix) : nullptr, partial);
                        }
                    }
                }
            }
        }
        if (done) {
            done->fetch_add(1, std::memory_order_relaxed);
        }
    }
    return partial;
}

bool ranksBefore(const Candidate& a, const Candidate& b, Objective objective)
{
    const double sa = score(a, objective);
    const double sb = score(b, objective);
    if (sa != sb) {
        return sa > sb;
    }
    return key(a) < key(b);
}

void mergeSearchPartial(SearchPartial& into, SearchPartial&& from)
{
    addCounts(into, from);
    mergeTallies(into.skewFixes, from.skewFixes);
    into.feasible.insert(into.feasible.end(), from.feasible.begin(), from.feasible.end());
    into.preparedFor.reset();
}

void prepareSearchPartial(SearchPartial& partial, Objective objective)
{
    std::vector<Candidate>& feasible = partial.feasible;
    // Sort compact entries holding everything a comparison reads (many candidates tie on
    // the score, so the tie-break is common), then move the candidates once.
    struct Entry {
        double score;
        std::array<std::int64_t, 11> key;
        std::uint32_t index;
    };
    std::vector<Entry> order;
    order.reserve(feasible.size());
    for (std::size_t i = 0; i < feasible.size(); ++i) {
        order.push_back({score(feasible[i], objective), key(feasible[i]), static_cast<std::uint32_t>(i)});
    }
    std::sort(order.begin(), order.end(),
              [](const Entry& a, const Entry& b) { return a.score != b.score ? a.score > b.score : a.key < b.key; });
    std::vector<Candidate> ranked;
    ranked.reserve(order.size());
    for (const Entry& e : order) {
        ranked.push_back(feasible[e.index]);
    }
    feasible = std::move(ranked);
    std::vector<std::uint32_t> all(feasible.size());
    std::iota(all.begin(), all.end(), 0u);
    markPareto(feasible, std::move(all));
    partial.preparedFor = objective;
}

void trimSearchPartial(SearchPartial& partial, Objective objective, const SearchBounds& bounds)
{
    if (partial.preparedFor != objective) {
        prepareSearchPartial(partial, objective);
    }
    const std::optional<Candidate>& reference = bounds.reference;
    if (reference && !partial.referenceMet) {
        partial.referenceMet = std::any_of(partial.feasible.begin(), partial.feasible.end(),
                                           [&](const Candidate& c) { return sameConfiguration(c, *reference); });
    }
    if (bounds.keepTop == 0) {
        return;
    }
    std::vector<Candidate> kept;
    for (std::size_t i = 0; i < partial.feasible.size(); ++i) {
        const Candidate& c = partial.feasible[i];
        if (i < bounds.keepTop || c.pareto) {
            kept.push_back(c);
        } else if (reference && ranksBefore(c, *reference, objective)) {
            ++partial.droppedAhead;
        }
    }
    partial.feasible = std::move(kept);
}

void accumulateSearchPartial(SearchPartial& into, SearchPartial&& from, Objective objective, const SearchBounds& bounds,
                             std::size_t& lastKept)
{
    mergeSearchPartial(into, std::move(from));
    if (bounds.keepTop > 0 && into.feasible.size() > std::max(bounds.keepTop + bounds.slack, 2 * lastKept)) {
        trimSearchPartial(into, objective, bounds);
        lastKept = into.feasible.size();
    }
}

SearchResult finishSearch(std::vector<SearchPartial> partials, Objective objective, bool cancelled, const SearchBounds& bounds)
{
    SearchResult result;
    result.cancelled = cancelled;
    SearchPartial merged;
    for (auto& partial : partials) {
        if (partial.preparedFor != objective) {
            prepareSearchPartial(partial, objective);
        }
        addCounts(merged, partial);
        mergeTallies(merged.skewFixes, partial.skewFixes);
        if (merged.feasible.empty()) {
            merged.feasible = std::move(partial.feasible);
            continue;
        }
        // Both ranked: a linear merge keeps the order.
        std::vector<Candidate> both;
        both.reserve(merged.feasible.size() + partial.feasible.size());
        std::merge(merged.feasible.begin(), merged.feasible.end(), partial.feasible.begin(), partial.feasible.end(),
                   std::back_inserter(both), [objective](const Candidate& a, const Candidate& b) { return ranksBefore(a, b, objective); });
        merged.feasible = std::move(both);
    }
    // A candidate dominated within its own partial is dominated overall, so only the
    // partials' fronts need comparing with each other.
    if (partials.size() > 1) {
        std::vector<std::uint32_t> fronts;
        for (std::size_t i = 0; i < merged.feasible.size(); ++i) {
            if (merged.feasible[i].pareto) {
                fronts.push_back(static_cast<std::uint32_t>(i));
            }
        }
        markPareto(merged.feasible, std::move(fronts));
    }
    merged.preparedFor = objective;
    trimSearchPartial(merged, objective, bounds);
    if (bounds.reference && merged.referenceMet) {
        std::int64_t ahead = merged.droppedAhead;
        for (const Candidate& c : merged.feasible) {
            if (ranksBefore(c, *bounds.reference, objective)) {
                ++ahead;
            } else if (sameConfiguration(c, *bounds.reference)) {
                result.referencePareto = c.pareto;
            }
        }
        result.referenceRank = ahead + 1;
    }
    result.evaluated = merged.evaluated;
    result.feasible = merged.feasibleCount;
    result.rejected = merged.rejected;
    result.ranked = std::move(merged.feasible);
    // The own settings are the same for every EP size, so they have one tally.
    result.skewFixes = std::move(merged.skewFixes);
    std::stable_sort(result.skewFixes.begin(), result.skewFixes.end(),
                     [](const SkewFixTally& a, const SkewFixTally& b) { return cheaper(a.fix, b.fix); });
    return result;
}

const SkewFixTally* cheapestFix(const SearchResult& result)
{
    if (result.skewFixes.empty() || result.skewFixes.front().fix.kind != SkewFixKind::Own
        || result.skewFixes.front().feasible > 0) {
        return nullptr;
    }
    for (const auto& tally : result.skewFixes) {
        if (tally.fix.kind != SkewFixKind::Own && tally.feasible > 0) {
            return &tally;
        }
    }
    return nullptr;
}

SearchResult search(const Profile& profile, Objective objective, const std::atomic<bool>* cancel, const SearchBounds& bounds)
{
    const std::vector<SearchTask> tasks = searchTasks(profile);
    std::vector<SearchPartial> partials(1);
    std::size_t lastKept = 0;
    EplbCache eplbCache;  // one for the whole search: slices share placements
    const EplbCacheScope eplbScope(eplbCache);
    // In slices, so that trimming bounds the memory on one thread too.
    constexpr std::size_t kSlice = 64;
    for (std::size_t begin = 0; begin < tasks.size() && !(cancel && cancel->load()); begin += kSlice) {
        const std::size_t count = std::min(kSlice, tasks.size() - begin);
        accumulateSearchPartial(partials[0], runSearchTasks(profile, std::span(tasks).subspan(begin, count), cancel), objective,
                                bounds, lastKept);
    }
    return finishSearch(std::move(partials), objective, cancel && cancel->load(), bounds);
}

std::optional<Candidate> ownCandidate(const Profile& profile)
{
    const Evaluation ev = evaluate(profile, profile.strategy, Detail::Summary, describeArchitecture(profile.model));
    if (!ev.valid || !ev.ok) {
        return std::nullopt;
    }
    return candidateFrom(profile, ev, profile.constraints.maxMemoryFraction);
}

bool isOwnConfiguration(const Candidate& c, const Profile& profile)
{
    return c.strategy == profile.strategy && c.microBatches == profile.workload.microBatches
        && c.capacityFactor == profile.workload.capacityFactor
        && (profile.workload.mode != Mode::Training || c.recompute == profile.workload.training.recompute);
}

Profile applyCandidate(Profile profile, const Candidate& candidate)
{
    profile.strategy = candidate.strategy;
    profile.workload.microBatches = candidate.microBatches;
    profile.workload.training.recompute = candidate.recompute;
    profile.workload.capacityFactor = candidate.capacityFactor;
    return profile;
}

} // namespace moe
