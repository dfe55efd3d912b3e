#include "search/skewfixes.h"

#include "base/units.h"
#include "profile/valuelimits.h"

namespace moe {

const char* toString(SkewFixKind kind)
{
    switch (kind) {
    case SkewFixKind::Own:
        return "own";
    case SkewFixKind::Placement:
        return "placement";
    case SkewFixKind::Dropless:
        return "dropless";
    case SkewFixKind::RedundantExperts:
        return "redundant_experts";
    }
    return "own";
}

double droplessCapacityFactor()
{
    return limits::kMaxCapacityFactor;
}

bool routingIsSkewed(const Profile& profile)
{
    return profile.model.experts > 0 && profile.workload.routing.kind != RoutingKind::Uniform;
}

std::vector<SkewFix> skewFixes(const Profile& profile, std::int64_t ep)
{
    const Strategy& s = profile.strategy;
    const double cf = profile.workload.capacityFactor;
    std::vector<SkewFix> fixes{{SkewFixKind::Own, s.placement, s.redundantExperts, cf}};
    if (!routingIsSkewed(profile)) {
        return fixes;
    }
    const std::int64_t experts = profile.model.experts;
    // One EP rank holds every slot: placement and replicas cannot move load off it.
    if (ep == 1) {
        if (cf < droplessCapacityFactor()) {
            fixes.push_back({SkewFixKind::Dropless, s.placement, s.redundantExperts, droplessCapacityFactor()});
        }
        return fixes;
    }
    auto eplbAccepts = [&](std::int64_t redundant) { return (experts + redundant) % ep == 0; };
    for (const PlacementPolicy placement : {PlacementPolicy::Balanced, PlacementPolicy::Eplb}) {
        const bool legal = placement == PlacementPolicy::Eplb ? eplbAccepts(s.redundantExperts) : s.redundantExperts <= experts;
        if (placement != s.placement && legal) {
            fixes.push_back({SkewFixKind::Placement, placement, s.redundantExperts, cf});
        }
    }
    // The next count above the own one that gives every EP rank the same slots: at most
    // one more slot on each rank. A second count (one more again) took the search of
    // builtin:deepseek-v3-decode-ep144-h800 from 38 s to 74 s on two shared cores.
    std::int64_t redundant = s.redundantExperts + 1;
    redundant += (ep - (experts + redundant) % ep) % ep;
    if (redundant <= experts) {
        fixes.push_back({SkewFixKind::RedundantExperts, PlacementPolicy::Eplb, redundant, cf});
    }
    if (cf < droplessCapacityFactor()) {
        fixes.push_back({SkewFixKind::Dropless, s.placement, s.redundantExperts, droplessCapacityFactor()});
    }
    return fixes;
}

std::string describeSkewFix(const SkewFix& fix, const Profile& profile)
{
    return skewFixPhrase(fix, profile).english();
}

Phrase skewFixPhrase(const SkewFix& fix, const Profile& profile)
{
    auto say = [](const char* text, std::vector<PhraseArg> args = {}) { return Phrase{"SkewFix", text, std::move(args)}; };
    switch (fix.kind) {
    case SkewFixKind::Own:
        return say(MOE_TRANSLATE_NOOP("SkewFix", "the profile's own placement, redundant experts and capacity factor"));
    case SkewFixKind::Placement:
        return fix.placement == PlacementPolicy::Eplb ? say(MOE_TRANSLATE_NOOP("SkewFix", "place experts with EPLB"))
                                                      : say(MOE_TRANSLATE_NOOP("SkewFix", "place experts balanced"));
    case SkewFixKind::Dropless:
        return say(MOE_TRANSLATE_NOOP("SkewFix", "route dropless (capacity factor %1)"),
                   {arg::figure(formatGrouped(fix.capacityFactor))});
    case SkewFixKind::RedundantExperts:
    {
        const std::int64_t added = fix.redundantExperts - profile.strategy.redundantExperts;
        const std::vector<PhraseArg> args{arg::integer(static_cast<double>(added)),
                                          arg::integer(static_cast<double>(fix.redundantExperts))};
        return added == 1 ? say(MOE_TRANSLATE_NOOP("SkewFix", "add %1 redundant expert (%2 in all, placed with EPLB)"), args)
                          : say(MOE_TRANSLATE_NOOP("SkewFix", "add %1 redundant experts (%2 in all, placed with EPLB)"), args);
    }
    }
    return Phrase{};
}

std::string skewFixTag(const Strategy& strategy, double capacityFactor, const Profile& profile)
{
    std::string tag;
    if (strategy.placement != profile.strategy.placement) {
        tag = toString(strategy.placement);
    }
    if (strategy.redundantExperts != profile.strategy.redundantExperts) {
        tag += (tag.empty() ? "" : " ") + std::string("R") + std::to_string(strategy.redundantExperts);
    }
    if (capacityFactor != profile.workload.capacityFactor) {
        tag += (tag.empty() ? "" : " ") + std::string("dropless");
    }
    return tag;
}

void applySkewFix(Profile& profile, const SkewFix& fix)
{
    profile.strategy.placement = fix.placement;
    profile.strategy.redundantExperts = fix.redundantExperts;
    profile.workload.capacityFactor = fix.capacityFactor;
}

} // namespace moe
