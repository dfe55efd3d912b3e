#include "search.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "architecture.h"
#include "divisors.h"
#include "profileio.h"

namespace moe {

namespace {


std::int64_t gpuLimit(const Profile& p)
{
    return std::min(p.cluster.gpuCount, p.constraints.maxGpus.value_or(p.cluster.gpuCount));
}

double score(const Candidate& c, Objective objective)
{
    switch (objective) {
    case Objective::Throughput:
        return c.tokensPerS;
    case Objective::Latency:
        return -c.stepS;
    case Objective::ThroughputPerGpu:
        return c.tokensPerSPerGpu;
    case Objective::Headroom:
        return c.headroomBytes;
    }
    return 0;
}

auto key(const Candidate& c)
{
    const Strategy& s = c.strategy;
    return std::make_tuple(s.gpusUsed(), s.tp, s.pp, s.dp, s.ep, s.etp, c.microBatches, static_cast<int>(c.recompute));
}

// Marks the candidates that no other is at least as good on both throughput and
// step time, and strictly better on one.
void markPareto(std::vector<Candidate>& candidates)
{
    // Indices sorted by step time (and, for equal times, throughput), then one sweep.
    std::vector<std::uint32_t> byTime(candidates.size());
    std::iota(byTime.begin(), byTime.end(), 0u);
    std::sort(byTime.begin(), byTime.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Candidate& x = candidates[a];
        const Candidate& y = candidates[b];
        return x.stepS != y.stepS ? x.stepS < y.stepS : x.tokensPerS > y.tokensPerS;
    });
    double best = -1;
    for (std::size_t i = 0; i < byTime.size();) {
        // Candidates with equal time: only those with the group's best throughput can
        // be undominated, and only if it beats every quicker candidate's.
        std::size_t j = i;
        const double time = candidates[byTime[i]].stepS;
        const double groupBest = candidates[byTime[i]].tokensPerS;
        while (j < byTime.size() && candidates[byTime[j]].stepS == time) {
            candidates[byTime[j]].pareto = false;
            ++j;
        }
        if (groupBest > best) {
            for (std::size_t k = i; k < j && candidates[byTime[k]].tokensPerS == groupBest; ++k) {
                candidates[byTime[k]].pareto = true;
            }
            best = groupBest;
        }
        i = j;
    }
}

} // namespace

const char* toString(Objective objective)
{
    switch (objective) {
    case Objective::Throughput:
        return "throughput";
    case Objective::Latency:
        return "latency";
    case Objective::ThroughputPerGpu:
        return "throughput-per-gpu";
    case Objective::Headroom:
        return "headroom";
    }
    return "throughput";
}

std::optional<Objective> objectiveFromString(const std::string& text)
{
    for (Objective o : {Objective::Throughput, Objective::Latency, Objective::ThroughputPerGpu, Objective::Headroom}) {
        if (text == toString(o)) {
            return o;
        }
    }
    return std::nullopt;
}

std::vector<SearchTask> searchTasks(const Profile& p)
{
    const std::int64_t limit = gpuLimit(p);
    std::vector<SearchTask> tasks;
    for (const std::int64_t tp : detail::divisors(p.model.heads)) {
        for (std::int64_t pp = 1; pp <= p.model.layers && tp * pp <= limit; ++pp) {
            std::int64_t dpLimit = limit / (tp * pp);
            if (p.workload.mode != Mode::Training) {
                dpLimit = std::min(dpLimit, p.workload.batch);  // more replicas than sequences is refused
            }
            for (std::int64_t dp = 1; dp <= dpLimit; ++dp) {
                // Training needs DP to divide the batch; skip the rest without evaluating.
                if (p.workload.mode == Mode::Training && p.workload.batch % dp != 0) {
                    continue;
                }
                tasks.push_back({tp, pp, dp});
            }
        }
    }
    return tasks;
}

SearchPartial runSearchTasks(const Profile& profile, std::span<const SearchTask> tasks, const std::atomic<bool>* cancel,
                             std::atomic<std::int64_t>* done)
{
    SearchPartial partial;
    Profile trial = profile;
    const bool training = profile.workload.mode == Mode::Training;
    const std::vector<Recompute> recomputes = training
        ? std::vector<Recompute>{Recompute::None, Recompute::Selective, Recompute::Full}
        : std::vector<Recompute>{profile.workload.training.recompute};
    const std::int64_t slots = profile.model.experts + profile.strategy.redundantExperts;
    const Architecture architecture = describeArchitecture(profile.model);
    const std::vector<std::int64_t> etpChoices = profile.model.experts > 0 ? detail::divisors(profile.model.expertHidden)
                                                                            : std::vector<std::int64_t>{1};
    for (const SearchTask& task : tasks) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            break;
        }
        const std::int64_t stage = task.tp * task.dp;
        // Micro-batches that split each replica's sequences evenly.
        const std::int64_t perReplica = training ? profile.workload.batch / task.dp
                                                 : (profile.workload.batch + task.dp - 1) / task.dp;
        const std::vector<std::int64_t> microBatches = detail::divisors(perReplica);
        for (const std::int64_t etp : etpChoices) {
            if (stage % etp != 0) {
                continue;
            }
            const std::vector<std::int64_t> eps = profile.model.experts > 0 ? detail::divisors(stage / etp) : std::vector<std::int64_t>{1};
            for (const std::int64_t ep : eps) {
                if (profile.model.experts > 0 && ep > slots) {
                    break;
                }
                for (const std::int64_t m : microBatches) {
                    for (const Recompute recompute : recomputes) {
                        trial.strategy = profile.strategy;
                        trial.strategy.tp = task.tp;
                        trial.strategy.pp = task.pp;
                        trial.strategy.dp = task.dp;
                        trial.strategy.ep = ep;
                        trial.strategy.etp = etp;
                        trial.workload.microBatches = m;
                        trial.workload.training.recompute = recompute;
                        const Evaluation ev = evaluate(trial, trial.strategy, Detail::Summary, architecture);
                        ++partial.evaluated;
                        if (!ev.valid) {
                            ++partial.rejected.total;
                            ++partial.rejected.byCheck[static_cast<std::size_t>(CheckKind::Strategy)];
                            continue;
                        }
                        if (!ev.ok) {
                            ++partial.rejected.total;
                            for (int i = 0; i < ev.checkCount; ++i) {
                                if (!ev.checks[static_cast<std::size_t>(i)].ok) {
                                    ++partial.rejected.byCheck[static_cast<std::size_t>(ev.checks[static_cast<std::size_t>(i)].kind)];
                                    break;
                                }
                            }
                            continue;
                        }
                        const double limit = ev.capacityBytes * profile.constraints.maxMemoryFraction;
                        partial.feasible.push_back(Candidate{trial.strategy, m, recompute, ev.rates.tokensPerS, ev.time.total,
                                                             ev.rates.tokensPerSPerGpu, ev.memory.total(),
                                                             limit - ev.memory.total(), false});
                    }
                }
            }
        }
        if (done) {
            done->fetch_add(1, std::memory_order_relaxed);
        }
    }
    return partial;
}

bool ranksBefore(const Candidate& a, const Candidate& b, Objective objective)
{
    const double sa = score(a, objective);
    const double sb = score(b, objective);
    if (sa != sb) {
        return sa > sb;
    }
    return key(a) < key(b);
}

SearchResult finishSearch(std::vector<SearchPartial> partials, Objective objective, bool cancelled)
{
    SearchResult result;
    result.cancelled = cancelled;
    std::size_t total = 0;
    for (const auto& partial : partials) {
        total += partial.feasible.size();
    }
    result.ranked.reserve(total);
    for (auto& partial : partials) {
        result.evaluated += partial.evaluated;
        result.rejected.total += partial.rejected.total;
        for (std::size_t i = 0; i < kCheckKinds; ++i) {
            result.rejected.byCheck[i] += partial.rejected.byCheck[i];
        }
        result.ranked.insert(result.ranked.end(), partial.feasible.begin(), partial.feasible.end());
    }
    markPareto(result.ranked);
    // Sort indices on precomputed scores, then move the candidates once.
    std::vector<double> scores(result.ranked.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        scores[i] = score(result.ranked[i], objective);
    }
    std::vector<std::uint32_t> order(result.ranked.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return scores[a] != scores[b] ? scores[a] > scores[b] : key(result.ranked[a]) < key(result.ranked[b]);
    });
    std::vector<Candidate> ranked;
    ranked.reserve(order.size());
    for (const std::uint32_t i : order) {
        ranked.push_back(result.ranked[i]);
    }
    result.ranked = std::move(ranked);
    return result;
}

SearchResult search(const Profile& profile, Objective objective, const std::atomic<bool>* cancel)
{
    const std::vector<SearchTask> tasks = searchTasks(profile);
    std::vector<SearchPartial> partials;
    partials.push_back(runSearchTasks(profile, tasks, cancel));
    return finishSearch(std::move(partials), objective, cancel && cancel->load());
}

Profile applyCandidate(Profile profile, const Candidate& candidate)
{
    profile.strategy = candidate.strategy;
    profile.workload.microBatches = candidate.microBatches;
    profile.workload.training.recompute = candidate.recompute;
    return profile;
}

} // namespace moe
