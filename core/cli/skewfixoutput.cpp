#include "cli/skewfixoutput.h"

#include "base/units.h"
#include "search/skewfixsummary.h"

namespace moe::cli {

namespace {

nlohmann::json candidateJson(const Candidate& c)
{
    const Strategy& s = c.strategy;
    return {{"tp", s.tp},
            {"pp", s.pp},
            {"dp", s.dp},
            {"ep", s.ep},
            {"etp", s.etp},
            {"micro_batches", c.microBatches},
            {"placement", toString(s.placement)},
            {"redundant_experts", s.redundantExperts},
            {"capacity_factor", c.capacityFactor},
            {"tokens_per_s", c.tokensPerS},
            {"step_s", c.stepS}};
}

nlohmann::json tallyJson(const SkewFixTally& tally, const Profile& profile, Objective objective)
{
    const auto& best = tally.best[static_cast<std::size_t>(objective)];
    return {{"kind", toString(tally.fix.kind)},
            {"change", describeSkewFix(tally.fix, profile)},
            {"placement", toString(tally.fix.placement)},
            {"redundant_experts", tally.fix.redundantExperts},
            {"capacity_factor", tally.fix.capacityFactor},
            {"evaluated", tally.evaluated},
            {"feasible", tally.feasible},
            {"best", best ? candidateJson(*best) : nlohmann::json()}};
}

} // namespace

nlohmann::json skewFixesToJson(const Profile& profile, const SearchResult& result, Objective objective)
{
    if (result.skewFixes.empty()) {
        return nullptr;
    }
    nlohmann::json fixes = nlohmann::json::array();
    for (std::size_t i = 1; i < result.skewFixes.size(); ++i) {
        fixes.push_back(tallyJson(result.skewFixes[i], profile, objective));
    }
    const SkewFixTally* cheapest = cheapestFix(result);
    return {{"own_settings", tallyJson(result.skewFixes.front(), profile, objective)},
            {"fixes", fixes},
            {"cheapest", cheapest ? tallyJson(*cheapest, profile, objective) : nlohmann::json()}};
}

void printSkewFixes(std::ostream& out, const Profile& profile, const SearchResult& result, Objective objective)
{
    if (result.skewFixes.empty()) {
        return;
    }
    const SkewFixTally& own = result.skewFixes.front();
    out << "\n  skewed routing: the search also tried other placements, redundant experts and dropless routing\n"
        << "    with the profile's own settings: " << formatGrouped(static_cast<double>(own.feasible)) << " of "
        << formatGrouped(static_cast<double>(own.evaluated)) << " feasible\n";
    // The first few in cost order; --format json lists every one.
    constexpr std::size_t kShown = 8;
    for (std::size_t i = 1; i < result.skewFixes.size() && i <= kShown; ++i) {
        const SkewFixTally& tally = result.skewFixes[i];
        out << "    " << describeSkewFix(tally.fix, profile) << ": " << formatGrouped(static_cast<double>(tally.feasible))
            << " of " << formatGrouped(static_cast<double>(tally.evaluated)) << " feasible\n";
    }
    if (result.skewFixes.size() > kShown + 1) {
        out << "    and " << result.skewFixes.size() - kShown - 1 << " more (--format json lists them all)\n";
    }
    if (const auto sentence = cheapestFixSentence(profile, result, objective)) {
        out << "  nothing is feasible with the profile's own settings; the cheapest change: " << *sentence << '\n';
    }
}

} // namespace moe::cli
