#include "search/skewfixsummary.h"

#include "base/units.h"

namespace moe {

std::string candidateStrategyText(const Candidate& c)
{
    const Strategy& s = c.strategy;
    return "TP" + std::to_string(s.tp) + " PP" + std::to_string(s.pp) + " DP" + std::to_string(s.dp) + " EP"
           + std::to_string(s.ep) + " ETP" + std::to_string(s.etp) + " m" + std::to_string(c.microBatches);
}

std::optional<std::string> cheapestFixSentence(const Profile& profile, const SearchResult& result, Objective objective)
{
    const SkewFixTally* cheapest = cheapestFix(result);
    if (!cheapest) {
        return std::nullopt;
    }
    std::string text = describeSkewFix(cheapest->fix, profile) + ": " + formatGrouped(static_cast<double>(cheapest->feasible))
                       + " configuration" + (cheapest->feasible == 1 ? " becomes" : "s become") + " feasible";
    if (const auto& best = cheapest->best[static_cast<std::size_t>(objective)]) {
        text += ", best " + candidateStrategyText(*best) + " at " + formatRate(best->tokensPerS) + ", step "
                + formatSeconds(best->stepS);
    }
    return text;
}

} // namespace moe
