#pragma once

// A feasibility map over EP x TP: for each pair, the best throughput any feasible
// configuration reaches, or, where none is feasible, what binds: the divisibility
// rule that fails, or the check that fails with the largest memory term.

#include <cstdint>
#include <string>
#include <vector>

#include "search.h"

namespace moe {

struct FeasibilityCell {
    int row = 0;     // index into tpValues
    int column = 0;  // index into epValues
    bool feasible = false;
    std::string text;    // "2.19 M tokens/s", or the binding constraint in a few words
    std::string detail;  // the strategy, or the full reason with numbers
};

struct FeasibilityMap {
    std::vector<std::int64_t> tpValues;
    std::vector<std::int64_t> epValues;
    std::vector<FeasibilityCell> cells;
};

// `result` is a search of `profile`; infeasible cells are explained by evaluating the
// profile's own strategy with that EP and TP.
FeasibilityMap feasibilityMap(const Profile& profile, const SearchResult& result);

} // namespace moe
