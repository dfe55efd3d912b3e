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
    if (auto phrase = cheapestFixPhrase(profile, result, objective)) {
        return phrase->english();
    }
    return std::nullopt;
}

std::optional<Phrase> cheapestFixPhrase(const Profile& profile, const SearchResult& result, Objective objective)
{
    const SkewFixTally* cheapest = cheapestFix(result);
    if (!cheapest) {
        return std::nullopt;
    }
    const PhraseArg fix = arg::phrases({skewFixPhrase(cheapest->fix, profile)});
    const PhraseArg count = arg::figure(formatGrouped(static_cast<double>(cheapest->feasible)));
    const bool one = cheapest->feasible == 1;
    if (const auto& best = cheapest->best[static_cast<std::size_t>(objective)]) {
        const std::vector<PhraseArg> args{fix, count, arg::name(candidateStrategyText(*best)), arg::rate(best->tokensPerS),
                                          arg::seconds(best->stepS)};
        return one ? Phrase{"SkewFix", MOE_TRANSLATE_NOOP("SkewFix", "%1: %2 configuration becomes feasible, best %3 at %4, step %5"), args}
                   : Phrase{"SkewFix", MOE_TRANSLATE_NOOP("SkewFix", "%1: %2 configurations become feasible, best %3 at %4, step %5"), args};
    }
    return one ? Phrase{"SkewFix", MOE_TRANSLATE_NOOP("SkewFix", "%1: %2 configuration becomes feasible"), {fix, count}}
               : Phrase{"SkewFix", MOE_TRANSLATE_NOOP("SkewFix", "%1: %2 configurations become feasible"), {fix, count}};
}

} // namespace moe
