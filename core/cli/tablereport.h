#pragma once

// The evaluation as text for people: aligned columns, units, GiB and ms.

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/evaluation.h"
#include "model/explanation.h"
#include "search/search.h"

namespace moe::cli {

void printEvaluationTable(std::ostream& out, const Profile& profile, const Evaluation& evaluation);
void printGpuTable(std::ostream& out, const Evaluation& evaluation);
void printExplanations(std::ostream& out, const std::vector<Explanation>& explanations);
// The top `shown` results, the counts and where the profile's own configuration stands.
void printSearchTable(std::ostream& out, const Profile& profile, const SearchResult& result, Objective objective,
                      std::size_t shown, const nlohmann::json& ownPlacement);

} // namespace moe::cli
