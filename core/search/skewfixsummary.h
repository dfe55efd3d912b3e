#pragma once

// The search's skew fixes in words, for the CLI table and the report's next steps.

#include <optional>
#include <string>

#include "search/search.h"

namespace moe {

// "add 32 redundant experts (288 in all, placed with EPLB): 1,234 configurations become
// feasible, best TP1 PP1 DP144 EP144 ETP1 m1 at 12,345 tokens/s, step 61.2 ms"; nothing
// unless the profile's own settings make nothing feasible and some fix does.
std::optional<std::string> cheapestFixSentence(const Profile& profile, const SearchResult& result, Objective objective);
// The same as a phrase the window translates (context "SkewFix"); its English is cheapestFixSentence's.
std::optional<Phrase> cheapestFixPhrase(const Profile& profile, const SearchResult& result, Objective objective);

// "TP1 PP1 DP144 EP144 ETP1 m1"
std::string candidateStrategyText(const Candidate& candidate);

} // namespace moe
