#include "feasibility.h"

#include <algorithm>
#include <map>

#include "divisors.h"
#include "profileio.h"
#include "units.h"

namespace moe {

namespace {


// The largest memory component of an evaluation, for "memory: expert weights".
std::string largestMemoryTerm(const MemoryBreakdown& m)
{
    const std::pair<const char*, double> parts[] = {
        {"attention weights", m.attentionWeights}, {"expert weights", m.expertWeights}, {"dense weights", m.denseWeights},
        {"embedding", m.embedding},                {"gradients", m.gradients},          {"optimizer state", m.optimizer},
        {"activations", m.activations},            {"KV cache", m.kvCache},             {"comm buffers", m.commBuffers}};
    return std::max_element(std::begin(parts), std::end(parts), [](auto& a, auto& b) { return a.second < b.second; })->first;
}

FeasibilityCell explainInfeasible(const Profile& profile, std::int64_t tp, std::int64_t ep)
{
    FeasibilityCell cell;
    Strategy s = profile.strategy;
    s.tp = tp;
    s.ep = ep;
    if (s.gpusUsed() > profile.cluster.gpuCount) {
        cell.text = "needs " + std::to_string(s.gpusUsed()) + " GPUs";
        cell.detail = "TP x PP x DP = " + std::to_string(s.gpusUsed()) + " with the current PP and DP; the cluster has "
            + std::to_string(profile.cluster.gpuCount);
        return cell;
    }
    if (const auto error = checkStrategy(profile, s)) {
        const std::string key = error->path.substr(error->path.find_last_of('/') + 1);
        cell.text = "illegal: " + key;
        cell.detail = error->toString();
        return cell;
    }
    const Evaluation ev = evaluate(profile, s);
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& check = ev.checks[static_cast<std::size_t>(i)];
        if (!check.ok) {
            cell.text = check.kind == CheckKind::Memory ? "memory: " + largestMemoryTerm(ev.memory) : checkName(check.kind);
            cell.detail = describeCheck(check, ev);
            return cell;
        }
    }
    cell.text = "no feasible variant";
    cell.detail = "The profile's own strategy with this EP and TP passes, but no searched variant did";
    return cell;
}

} // namespace

FeasibilityMap feasibilityMap(const Profile& profile, const SearchResult& result)
{
    FeasibilityMap map;
    const std::int64_t gpus = profile.cluster.gpuCount;
    map.tpValues = detail::divisors(profile.model.heads, gpus);
    map.epValues = profile.model.experts > 0 ? detail::divisors(profile.model.experts + profile.strategy.redundantExperts, gpus)
                                             : std::vector<std::int64_t>{1};
    // The first (best-ranked) feasible candidate of every (TP, EP).
    std::map<std::pair<std::int64_t, std::int64_t>, const Candidate*> best;
    for (const Candidate& c : result.ranked) {
        best.try_emplace({c.strategy.tp, c.strategy.ep}, &c);
    }
    for (std::size_t r = 0; r < map.tpValues.size(); ++r) {
        for (std::size_t col = 0; col < map.epValues.size(); ++col) {
            const std::int64_t tp = map.tpValues[r];
            const std::int64_t ep = map.epValues[col];
            FeasibilityCell cell;
            if (const auto it = best.find({tp, ep}); it != best.end()) {
                const Candidate& c = *it->second;
                cell.feasible = true;
                cell.text = formatRate(c.tokensPerS);
                cell.detail = "best: TP" + std::to_string(c.strategy.tp) + " PP" + std::to_string(c.strategy.pp) + " DP"
                    + std::to_string(c.strategy.dp) + " EP" + std::to_string(c.strategy.ep) + " ETP" + std::to_string(c.strategy.etp)
                    + ", " + formatSeconds(c.stepS) + " per step";
            } else {
                cell = explainInfeasible(profile, tp, ep);
            }
            cell.row = static_cast<int>(r);
            cell.column = static_cast<int>(col);
            map.cells.push_back(std::move(cell));
        }
    }
    return map;
}

} // namespace moe
