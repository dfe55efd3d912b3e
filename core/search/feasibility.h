#pragma once

// A feasibility map over two strategy dimensions (EP x TP by default): for each pair
// of values, the best-ranked feasible configuration's throughput, or, where none is
// feasible, what binds: the divisibility rule that fails, or the check that fails
// with the largest memory term.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/phrase.h"
#include "search/search.h"
#include "search/strategyspace.h"

namespace moe {

// A map's axis: any strategy dimension but the batch (the search holds it fixed).
using MapDimension = StrategyDimension;
inline constexpr MapDimension kMapDimensions[] = {MapDimension::Tp,  MapDimension::Pp,  MapDimension::Dp,
                                                  MapDimension::Ep,  MapDimension::Etp, MapDimension::MicroBatches};

struct FeasibilityCell {
    int row = 0;     // index into rowValues
    int column = 0;  // index into columnValues
    bool feasible = false;
    std::int64_t best = -1;  // index into the search's ranked results of the cell's best, or -1
    std::string text;    // "2,187,875 tokens/s", or the binding constraint in a few words
    std::string detail;  // the strategy, or the full reason with numbers
    // The same two as phrases, which the window translates; text and detail are
    // their English.
    Phrase textPhrase;
    Phrase detailPhrase;
};

struct FeasibilityMap {
    MapDimension rows = MapDimension::Tp;
    MapDimension columns = MapDimension::Ep;
    std::vector<std::int64_t> rowValues;
    std::vector<std::int64_t> columnValues;
    std::vector<FeasibilityCell> cells;  // row-major
};

// The values a dimension's axis shows: TP divides the heads, EP the expert slots, ETP
// the expert FFN size, PP runs to the layers, DP takes the divisors of the GPU count
// and of the batch, micro-batches the divisors of the batch; each within the GPUs, and
// with every value a feasible result or the profile's own strategy uses.
std::vector<std::int64_t> mapValues(const Profile& profile, const SearchResult& result, MapDimension dimension);

// `result` is a search of `profile`; infeasible cells are explained by evaluating the
// profile's own strategy with the cell's two values.
FeasibilityMap feasibilityMap(const Profile& profile, const SearchResult& result, MapDimension rows = MapDimension::Tp,
                              MapDimension columns = MapDimension::Ep);

} // namespace moe
