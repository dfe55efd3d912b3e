#pragma once

// The search's skew fixes (search/skewfixes.h) in the CLI's outputs: the JSON key
// "skew_fixes" and the table's lines naming the cheapest fix (docs/cli.md).

#include <ostream>

#include <nlohmann/json.hpp>

#include "search/search.h"

namespace moe::cli {

// {"own_settings": {...}, "fixes": [...], "cheapest": {...} | null}; null when routing is uniform.
nlohmann::json skewFixesToJson(const Profile& profile, const SearchResult& result, Objective objective);
// Nothing when routing is uniform.
void printSkewFixes(std::ostream& out, const Profile& profile, const SearchResult& result, Objective objective);
} // namespace moe::cli
