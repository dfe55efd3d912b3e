#pragma once

// Reusing a search that kept every feasible candidate (the window's Search dock) where
// a bounded one is asked for (the design-review report), instead of searching the same
// space again (issue 12, point 11).

#include "profile/profile.h"
#include "search/search.h"

namespace moe {

// What search(profile, objective, nullptr, bounds) returns, made from `everything`, a
// search of the same profile under the same objective with default bounds (every
// feasible candidate kept, ranked). The reference's rank is counted in it.
SearchResult boundSearchResult(const SearchResult& everything, Objective objective, const SearchBounds& bounds);

// Whether a search of `a` and one of `b` cover the same space: the profiles differ at
// most in their strategy, baseline, name and notes (what a search does not read).
bool sameSearchSpace(const Profile& a, const Profile& b);

} // namespace moe
