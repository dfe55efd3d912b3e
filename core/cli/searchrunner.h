#pragma once

// Runs core's exhaustive search on several threads (core itself never starts any):
// the tasks are dealt out in small slices from a shared counter, so threads stay
// busy however uneven the tasks are; progress and cancellation go through atomics.

#include <atomic>
#include <functional>

#include "search/search.h"

namespace moe::cli {

// `threads` 0 means one per hardware thread. `progress`, when given, is called on
// the calling thread about every 50 ms with (tasks done, tasks in all). `bounds` says
// what is kept (search.h). An exception on a worker (std::bad_alloc) stops the others
// and is rethrown here, on the calling thread, once all have joined.
SearchResult runSearch(const Profile& profile, Objective objective, unsigned threads = 0,
                       const std::atomic<bool>* cancel = nullptr,
                       const std::function<void(std::int64_t, std::int64_t)>& progress = {},
                       const SearchBounds& bounds = {});

} // namespace moe::cli
