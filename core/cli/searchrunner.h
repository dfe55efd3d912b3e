#pragma once

// Runs core's exhaustive search on several threads (core itself never starts any):
// the tasks are dealt out in small slices from a shared counter, so threads stay
// busy however uneven the tasks are; progress and cancellation go through atomics.

#include <atomic>
#include <functional>

#include "search.h"

namespace moe::cli {

// `threads` 0 means one per hardware thread. `progress`, when given, is called on
// the calling thread about every 50 ms with (tasks done, tasks in all).
SearchResult runSearch(const Profile& profile, Objective objective, unsigned threads = 0,
                       const std::atomic<bool>* cancel = nullptr,
                       const std::function<void(std::int64_t, std::int64_t)>& progress = {});

} // namespace moe::cli
