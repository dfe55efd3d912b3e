#include "search/feasibility.h"

#include <algorithm>
#include <map>

#include "model/checkphrase.h"
#include "base/divisors.h"
#include "profile/profileio.h"
#include "search/strategyspace.h"
#include "base/units.h"

namespace moe {

namespace {

// A candidate's value of a dimension. dimensionValue() reads a Profile; building one
// per candidate would copy the profile hundreds of thousands of times per map.
std::int64_t valueOf(const Strategy& s, std::int64_t microBatches, MapDimension d)
{
    switch (d) {
    case StrategyDimension::Tp:
        return s.tp;
    case StrategyDimension::Pp:
        return s.pp;
    case StrategyDimension::Dp:
        return s.dp;
    case StrategyDimension::Ep:
        return s.ep;
    case StrategyDimension::Etp:
        return s.etp;
    case StrategyDimension::MicroBatches:
        return microBatches;
    case StrategyDimension::Batch:
        break;  // not a map axis: the search holds the batch fixed
    }
    return 0;
}

PhraseArg count(std::int64_t n)
{
    return arg::integer(static_cast<double>(n));
}

// The largest memory component of an evaluation, for "memory: expert weights".
const char* largestMemoryTerm(const MemoryBreakdown& m)
{
    const MemoryComponent* largest = &kMemoryComponents[0];
    for (const MemoryComponent& c : kMemoryComponents) {
        if (m.*c.field > m.*largest->field) {
            largest = &c;
        }
    }
    return largest->label;
}

// The cell's values with the profile's own strategy may need more GPUs than the
// cluster has while a smaller DP (or else PP) would fit; the search tried those, so the
// cell explains the largest legal one that fits rather than the GPU count. When none
// fits, DP goes to its smallest legal value, so "needs N GPUs" names the fewest the
// two values can run on. Returns what was changed, or nothing.
std::vector<Phrase> fitToCluster(Profile& profile, MapDimension rows, MapDimension columns)
{
    const std::int64_t gpus = std::min(profile.cluster.gpuCount, profile.constraints.maxGpus.value_or(profile.cluster.gpuCount));
    for (const MapDimension free : {MapDimension::Dp, MapDimension::Pp}) {
        if (free == rows || free == columns || profile.strategy.gpusUsed() <= gpus) {
            continue;
        }
        std::int64_t& value = dimensionValue(profile, free);
        const std::int64_t others = profile.strategy.gpusUsed() / value;
        for (std::int64_t v = std::min(value, gpus / others); v >= 1; --v) {
            Profile trial = profile;
            dimensionValue(trial, free) = v;
            if (!checkStrategy(trial, trial.strategy)) {
                value = v;
                return {{"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", ", %1 lowered to %2 to fit the %3 GPUs"),
                         {arg::name(toString(free)), count(v), count(gpus)}}};
            }
        }
    }
    if (profile.strategy.gpusUsed() > gpus && rows != MapDimension::Dp && columns != MapDimension::Dp) {
        std::int64_t& dp = profile.strategy.dp;
        for (std::int64_t v = 1; v < dp; ++v) {
            Profile trial = profile;
            trial.strategy.dp = v;
            if (!checkStrategy(trial, trial.strategy)) {
                dp = v;
                return {{"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", ", DP at its smallest legal value, %1"), {count(v)}}};
            }
        }
    }
    return {};
}

// Fills the cell's phrases and their English.
void say(FeasibilityCell& cell, Phrase text, Phrase detail)
{
    cell.text = text.english();
    cell.detail = detail.english();
    cell.textPhrase = std::move(text);
    cell.detailPhrase = std::move(detail);
}

FeasibilityCell explainInfeasible(Profile profile, MapDimension rows, std::int64_t row, MapDimension columns, std::int64_t column)
{
    FeasibilityCell cell;
    dimensionValue(profile, rows) = row;
    dimensionValue(profile, columns) = column;
    const Strategy& s = profile.strategy;
    const PhraseArg name = arg::phrases(
        {{"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "%1 %2 and %3 %4"),
          {arg::name(toString(rows)), count(row), arg::name(toString(columns)), count(column)}},
         {"Feasibility", "%1", {arg::phrases(fitToCluster(profile, rows, columns))}}});
    if (s.gpusUsed() > profile.cluster.gpuCount) {
        say(cell, {"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "needs %1 GPUs"), {count(s.gpusUsed())}},
            {"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "With %1, TP x PP x DP = %2; the cluster has %3"),
             {name, count(s.gpusUsed()), count(profile.cluster.gpuCount)}});
        return cell;
    }
    if (const auto error = checkStrategy(profile, s)) {
        const std::string key = error->path.substr(error->path.find_last_of('/') + 1);
        say(cell, {"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "illegal: %1"), {arg::name(key)}},
            {"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "The profile's own strategy with %1: %2"),
             {name, arg::phrases({{"Feasibility", "%1: %2", {arg::name(error->path), arg::phrases({error->phrase})}}})}});
        return cell;
    }
    const Evaluation ev = evaluate(profile, s);
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& check = ev.checks[static_cast<std::size_t>(i)];
        if (!check.ok) {
            Phrase text = check.kind == CheckKind::Memory
                ? Phrase{"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "memory: %1"),
                         {arg::label("Component", largestMemoryTerm(ev.memory))}}
                : Phrase{"Feasibility", "%1", {arg::label("CheckName", checkName(check.kind))}};
            say(cell, std::move(text),
                {"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "The profile's own strategy with %1: %2"),
                 {name, arg::phrases({checkPhrase(check, ev)})}});
            return cell;
        }
    }
    say(cell, {"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "no feasible variant"), {}},
        {"Feasibility", MOE_TRANSLATE_NOOP("Feasibility", "The profile's own strategy with %1 passes, but no searched variant did"),
         {name}});
    return cell;
}

} // namespace

std::vector<std::int64_t> mapValues(const Profile& profile, const SearchResult& result, MapDimension dimension)
{
    const std::int64_t gpus = profile.cluster.gpuCount;
    const Model& m = profile.model;
    std::vector<std::int64_t> values;
    switch (dimension) {
    case StrategyDimension::Tp:
        values = detail::divisors(m.heads, gpus);
        break;
    case StrategyDimension::Pp:
        for (std::int64_t pp = 1; pp <= std::min(m.layers, gpus); ++pp) {
            values.push_back(pp);
        }
        break;
    case StrategyDimension::Dp:
        // Every DP up to the GPU count would be thousands of rows on a large cluster.
        values = detail::divisors(gpus);
        for (const std::int64_t d : detail::divisors(profile.workload.batch, gpus)) {
            values.push_back(d);
        }
        break;
    case StrategyDimension::Ep:
        values = m.experts > 0 ? detail::divisors(m.experts + profile.strategy.redundantExperts, gpus) : std::vector<std::int64_t>{1};
        break;
    case StrategyDimension::Etp:
        values = m.experts > 0 ? detail::divisors(m.expertHidden, gpus) : std::vector<std::int64_t>{1};
        break;
    case StrategyDimension::MicroBatches:
        values = detail::divisors(profile.workload.batch);
        break;
    case StrategyDimension::Batch:
        return {profile.workload.batch};
    }
    values.push_back(valueOf(profile.strategy, profile.workload.microBatches, dimension));
    for (const Candidate& c : result.ranked) {
        values.push_back(valueOf(c.strategy, c.microBatches, dimension));
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

FeasibilityMap feasibilityMap(const Profile& profile, const SearchResult& result, MapDimension rows, MapDimension columns)
{
    FeasibilityMap map;
    map.rows = rows;
    map.columns = columns;
    map.rowValues = mapValues(profile, result, rows);
    map.columnValues = mapValues(profile, result, columns);
    // The first (best-ranked) feasible candidate of every pair of values.
    std::map<std::pair<std::int64_t, std::int64_t>, const Candidate*> best;
    for (const Candidate& c : result.ranked) {
        best.try_emplace({valueOf(c.strategy, c.microBatches, rows), valueOf(c.strategy, c.microBatches, columns)}, &c);
    }
    for (std::size_t r = 0; r < map.rowValues.size(); ++r) {
        for (std::size_t col = 0; col < map.columnValues.size(); ++col) {
            const std::int64_t row = map.rowValues[r];
            const std::int64_t column = map.columnValues[col];
            FeasibilityCell cell;
            if (const auto it = best.find({row, column}); it != best.end()) {
                const Candidate* const c0 = it->second;
                const Candidate& c = *c0;
                cell.feasible = true;
                cell.best = c0 - result.ranked.data();
                const Strategy& s = c.strategy;
                say(cell, {"Feasibility", "%1", {arg::rate(c.tokensPerS)}},
                    {"Feasibility",
                     MOE_TRANSLATE_NOOP("Feasibility", "best: TP%1 PP%2 DP%3 EP%4 ETP%5, %6 micro-batch(es), %7 per step"),
                     {count(s.tp), count(s.pp), count(s.dp), count(s.ep), count(s.etp), count(c.microBatches),
                      arg::seconds(c.stepS)}});
            } else {
                cell = explainInfeasible(profile, rows, row, columns, column);
            }
            cell.row = static_cast<int>(r);
            cell.column = static_cast<int>(col);
            map.cells.push_back(std::move(cell));
        }
    }
    return map;
}

} // namespace moe
