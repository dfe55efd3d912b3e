#pragma once

// Runs core's exhaustive search on several threads (core itself never starts any):
// the tasks are dealt out in small slices from a shared counter, so threads stay
// busy however uneven the tasks are; progress and cancellation go through atomics.

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

#include "search/search.h"

namespace moe::cli {

// `threads` 0 means one per hardware thread. `progress`, when given, is called on
// the calling thread about every 50 ms with (tasks done, tasks in all). `bounds` says
// what is kept (search.h). An exception on a worker (std::bad_alloc) stops the others
// and is rethrown here, on the calling thread, once all have joined.
//
// `preview`, when given, shows results before the end: about every 250 ms while the
// threads work, and once more after they have joined, it is called on the calling
// thread with the best `previewSize` feasible candidates met so far (ranked by the
// objective, the Pareto front not marked) and how many feasible candidates were met
// so far. Unless cancelled, its last call's candidates are the search's first
// `previewSize` results.
using SearchPreview = std::function<void(std::vector<Candidate> best, std::int64_t feasible)>;
inline constexpr std::size_t kPreviewCandidates = 200;
SearchResult runSearch(const Profile& profile, Objective objective, unsigned threads = 0,
                       const std::atomic<bool>* cancel = nullptr,
                       const std::function<void(std::int64_t, std::int64_t)>& progress = {},
                       const SearchBounds& bounds = {}, const SearchPreview& preview = {},
                       std::size_t previewSize = kPreviewCandidates);

} // namespace moe::cli
