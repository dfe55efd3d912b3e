#pragma once

// What the search also varies when routing is skewed (issue 15, point 7; docs/model.md,
// "Search fixes skew"): the expert placement, redundant experts and the capacity
// factor. Each configuration is evaluated with the profile's own settings and with each
// fix legal for its EP size; the search counts what each fix makes feasible, and names
// the cheapest fix when the profile's own settings make nothing feasible.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/phrase.h"
#include "profile/profile.h"

namespace moe {

// In order of cost (cheapestFix()): re-placing experts costs nothing; redundant experts
// cost the memory of their slots; dropless routing gives up the profile's capacity
// factor (what the model may drop) and lets the hot ranks take every token, so it comes
// last.
enum class SkewFixKind { Own, Placement, RedundantExperts, Dropless };

const char* toString(SkewFixKind kind);  // "own", "placement", "dropless", "redundant_experts"

struct SkewFix {
    SkewFixKind kind = SkewFixKind::Own;
    PlacementPolicy placement = PlacementPolicy::Contiguous;
    std::int64_t redundantExperts = 0;
    double capacityFactor = 1;
    bool operator==(const SkewFix&) const = default;
};

// The capacity factor of the dropless fix: the format's largest, which docs/model.md
// (section 4, "Capacity") gives as the way to model dropless routing.
double droplessCapacityFactor();

// True when the search varies the fixes: the model has experts and routing is not uniform.
bool routingIsSkewed(const Profile& profile);

// The profile's own settings first, then each fix legal for `ep` (none when routing is
// uniform): the placements balanced and EPLB with the own redundant experts; EPLB with
// the next redundant-expert count above the own that EPLB accepts for `ep` (E + R a
// multiple of EP), at most E; dropless routing. At EP 1 only dropless routing.
std::vector<SkewFix> skewFixes(const Profile& profile, std::int64_t ep);

// "place experts with EPLB", "add 32 redundant experts (EPLB)", "dropless routing
// (capacity factor 1,000)", relative to the profile's own settings.
std::string describeSkewFix(const SkewFix& fix, const Profile& profile);
// The same as a phrase the window translates (context "SkewFix"); its English is describeSkewFix's.
Phrase skewFixPhrase(const SkewFix& fix, const Profile& profile);

// A short tag for a searched configuration whose settings differ from the profile's:
// "eplb", "balanced R40", "dropless", "eplb R64"; empty when they are the profile's own.
std::string skewFixTag(const Strategy& strategy, double capacityFactor, const Profile& profile);

// The settings a fix gives the profile (its strategy's placement and redundant experts,
// its workload's capacity factor).
void applySkewFix(Profile& profile, const SkewFix& fix);

} // namespace moe
