#pragma once

// Exhaustive strategy search (cost-model.md, section 5): every legal TP, PP, DP, EP,
// ETP and micro-batch count, and for training every recomputation choice, within the
// cluster and the user's constraints; ranked by an objective, with the Pareto front of
// throughput per GPU against step time marked.
//
// Core never starts threads. The space comes as independent tasks (one per TP, PP,
// DP); callers may run slices of them on several threads with runSearchTasks() and
// merge the partial results with finishSearch(). search() does it all on one thread.

#include <array>
#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/evaluation.h"
#include "profile/profile.h"
#include "search/skewfixes.h"

namespace moe {

enum class Objective { Throughput, Latency, ThroughputPerGpu, Headroom };
const char* toString(Objective objective);
std::optional<Objective> objectiveFromString(const std::string& text);

// One evaluated configuration, small enough to keep millions of.
struct Candidate {
    Strategy strategy;
    std::int64_t microBatches = 1;
    Recompute recompute = Recompute::None;
    double tokensPerS = 0;
    double stepS = 0;
    double tokensPerSPerGpu = 0;
    double memoryBytes = 0;    // the fullest GPU
    double headroomBytes = 0;  // allowed memory minus the fullest GPU's
    bool pareto = false;       // no other feasible candidate is as quick with at least its throughput per GPU
    // The workload's capacity factor: the profile's own, or a skew fix's (skewfixes.h).
    // The placement and redundant experts are the strategy's.
    double capacityFactor = 1;
};

inline constexpr std::size_t kObjectives = 4;

// What one skew fix (skewfixes.h) did over the space: the configurations evaluated with
// it, how many were feasible, and the best of them for each objective.
struct SkewFixTally {
    SkewFix fix;
    std::int64_t evaluated = 0;
    std::int64_t feasible = 0;
    std::array<std::optional<Candidate>, kObjectives> best;  // indexed by Objective
};

inline constexpr std::size_t kCheckKinds = 8;

struct Rejections {
    std::int64_t total = 0;
    std::array<std::int64_t, kCheckKinds> byCheck{};  // indexed by CheckKind: the first failing check
};

struct SearchTask {
    std::int64_t tp = 1;
    std::int64_t pp = 1;
    std::int64_t dp = 1;
};

struct SearchPartial {
    std::int64_t evaluated = 0;
    std::int64_t feasibleCount = 0;  // feasible candidates met, including those dropped by trimming
    Rejections rejected;
    std::vector<Candidate> feasible;
    std::optional<Objective> preparedFor;  // set once `feasible` is ranked with its own front marked
    std::int64_t droppedAhead = 0;   // dropped candidates that rank before the bounds' reference
    bool referenceMet = false;       // the reference was among the candidates (kept or dropped)
    std::vector<SkewFixTally> skewFixes;  // one per distinct fix met; empty when routing is uniform
};

// What a search keeps. Memory for results is bounded by what is kept, not by the
// space: with `keepTop` > 0 only the best `keepTop` and the Pareto front survive (a
// candidate outside a subset's top N or front is outside the whole space's too).
struct SearchBounds {
    std::size_t keepTop = 0;  // 0 keeps every feasible candidate (the window's table)
    // Candidates held past keepTop before a trim: trims stay rare, memory stays bounded.
    std::size_t slack = 65'536;
    // A configuration whose rank is counted even when it is not kept: the profile's own.
    std::optional<Candidate> reference;
};

struct SearchResult {
    std::int64_t evaluated = 0;
    std::int64_t feasible = 0;  // all feasible candidates, kept or not
    Rejections rejected;
    std::vector<Candidate> ranked;  // the kept feasible candidates, best first
    // The reference's rank (1 = best) when the search met it and found it feasible.
    std::optional<std::int64_t> referenceRank;
    bool referencePareto = false;
    bool cancelled = false;
    // With skewed routing: the profile's own settings' tally first (kind Own, merged
    // over EP sizes), then every fix's, in the order of cheapestFix(). Empty otherwise.
    std::vector<SkewFixTally> skewFixes;
};

// The fix to name when the profile's own settings make nothing feasible: the first in
// cost order (skewfixes.h: placement, the fewest redundant experts, then dropless) that
// makes something feasible. Nothing when the own settings do, or no fix does.
const SkewFixTally* cheapestFix(const SearchResult& result);

// The outer loops of the space, in a fixed order.
std::vector<SearchTask> searchTasks(const Profile& profile);
// Evaluates every configuration of the given tasks; stops early (between tasks) when
// `cancel` becomes true. `done`, when given, is incremented once per finished task.
SearchPartial runSearchTasks(const Profile& profile, std::span<const SearchTask> tasks,
                             const std::atomic<bool>* cancel = nullptr, std::atomic<std::int64_t>* done = nullptr);
// Adds `from`'s counts and candidates to `into` (unranked).
void mergeSearchPartial(SearchPartial& into, SearchPartial&& from);
// Ranks a partial's candidates and marks its own Pareto front. finishSearch() does it for
// any partial not yet prepared; callers with threads prepare each partial on its own
// thread first, leaving finishSearch() only a linear merge.
void prepareSearchPartial(SearchPartial& partial, Objective objective);
// mergeSearchPartial(), then a trim whenever the kept candidates have doubled since the
// last one (and are past keepTop + slack): the cost of trimming stays linear overall.
// `lastKept` is the caller's, one per partial, starting at 0.
void accumulateSearchPartial(SearchPartial& into, SearchPartial&& from, Objective objective, const SearchBounds& bounds,
                             std::size_t& lastKept);
// Ranks the partial (if not yet) and drops what `bounds` does not keep, counting what
// it drops. Callers trim as candidates accumulate so memory stays bounded.
void trimSearchPartial(SearchPartial& partial, Objective objective, const SearchBounds& bounds);
SearchResult finishSearch(std::vector<SearchPartial> partials, Objective objective, bool cancelled = false,
                          const SearchBounds& bounds = {});
SearchResult search(const Profile& profile, Objective objective, const std::atomic<bool>* cancel = nullptr,
                    const SearchBounds& bounds = {});

// The profile's own configuration as the search would record it, or nothing when it
// is not feasible: the reference for SearchBounds.
std::optional<Candidate> ownCandidate(const Profile& profile);
// True when the candidate is the profile's own strategy, micro-batches and recomputation.
bool isOwnConfiguration(const Candidate& candidate, const Profile& profile);

// The size of a search, counted before running it (no configuration is evaluated).
// Above this many configurations a search is refused (CLI) or asked about (window):
// about a minute on two cores at the rates in docs/benchmarks.md. docs/cli.md.
inline constexpr std::int64_t kMaxSearchConfigurations = 100'000'000;
struct SearchSize {
    std::int64_t configurations = 0;  // exact when not `stopped`; else a lower bound
    bool stopped = false;             // counting stopped past its `countUpTo`
    // The limit for this profile: kMaxSearchConfigurations over what one of its
    // configurations costs against a uniformly routed one (searchCost()).
    std::int64_t limit = kMaxSearchConfigurations;
    bool overLimit = false;  // configurations > limit: refused (CLI, report) or asked about (window)
};
// What evaluating one configuration of the profile costs, in evaluations of a
// uniformly routed one: each routing weight (a measured table's, or one per expert
// of Zipf and power-law routing) is placed again for every configuration.
double searchCost(const Profile& profile);
// Counts the configurations searchTasks() and runSearchTasks() would visit; stops
// counting once past `countUpTo`, so it is quick whatever the cluster.
SearchSize estimateSearch(const Profile& profile, std::int64_t countUpTo = kMaxSearchConfigurations);

// True when `a` ranks before `b` under `objective` (ties broken by fewer GPUs, then the
// strategy's numbers, so the order is deterministic).
bool ranksBefore(const Candidate& a, const Candidate& b, Objective objective);
// The profile with the candidate's strategy, micro-batches, recomputation and capacity
// factor applied.
Profile applyCandidate(Profile profile, const Candidate& candidate);

} // namespace moe
