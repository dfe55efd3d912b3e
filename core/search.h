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

#include "evaluation.h"
#include "profile.h"

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
    Rejections rejected;
    std::vector<Candidate> feasible;
    std::optional<Objective> preparedFor;  // set once `feasible` is ranked with its own front marked
};

struct SearchResult {
    std::int64_t evaluated = 0;
    Rejections rejected;
    std::vector<Candidate> ranked;  // every feasible candidate, best first
    bool cancelled = false;
};

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
SearchResult finishSearch(std::vector<SearchPartial> partials, Objective objective, bool cancelled = false);
SearchResult search(const Profile& profile, Objective objective, const std::atomic<bool>* cancel = nullptr);

// True when `a` ranks before `b` under `objective` (ties broken by fewer GPUs, then the
// strategy's numbers, so the order is deterministic).
bool ranksBefore(const Candidate& a, const Candidate& b, Objective objective);
// The profile with the candidate's strategy, micro-batches and recomputation applied.
Profile applyCandidate(Profile profile, const Candidate& candidate);

} // namespace moe
