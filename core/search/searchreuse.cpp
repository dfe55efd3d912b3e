#include "search/searchreuse.h"

#include <algorithm>

#include "profile/profileio.h"

namespace moe {

namespace {

// The configuration a candidate names (search.cpp compares the same four).
bool sameConfiguration(const Candidate& a, const Candidate& b)
{
    return a.strategy == b.strategy && a.microBatches == b.microBatches && a.recompute == b.recompute
        && a.capacityFactor == b.capacityFactor;
}

Profile spaceOnly(Profile p)
{
    p.strategy = Strategy{};
    p.baseline.reset();
    p.name.clear();
    p.notes.clear();
    p.source.reset();  // keys this version does not know do not change the space
    p.sourceLayout.reset();
    p.workload.routing.loads.clear();  // compared apart: a 15 MB table is slow as JSON
    return p;
}

} // namespace

SearchResult boundSearchResult(const SearchResult& everything, Objective objective, const SearchBounds& bounds)
{
    SearchResult result = everything;
    result.referenceRank.reset();
    result.referencePareto = false;
    if (bounds.reference) {
        const auto own = std::find_if(everything.ranked.begin(), everything.ranked.end(),
                                      [&](const Candidate& c) { return sameConfiguration(c, *bounds.reference); });
        if (own != everything.ranked.end()) {
            // The candidates ahead of it, by the search's own order (ties included).
            const auto ahead = std::count_if(everything.ranked.begin(), everything.ranked.end(), [&](const Candidate& c) {
                return ranksBefore(c, *bounds.reference, objective);
            });
            result.referenceRank = static_cast<std::int64_t>(ahead) + 1;
            result.referencePareto = own->pareto;
        }
    }
    if (bounds.keepTop > 0) {
        // As the search trims: the top, and the Pareto front wherever it ranks.
        result.ranked.clear();
        for (std::size_t i = 0; i < everything.ranked.size(); ++i) {
            if (i < bounds.keepTop || everything.ranked[i].pareto) {
                result.ranked.push_back(everything.ranked[i]);
            }
        }
    }
    return result;
}

bool sameSearchSpace(const Profile& a, const Profile& b)
{
    return a.workload.routing.loads == b.workload.routing.loads && profileToJson(spaceOnly(a)) == profileToJson(spaceOnly(b));
}

} // namespace moe
