// estimateSearch(): the size of the exhaustive search, counted before it runs, so a
// search the user cannot wait for (or hold in memory) is refused or asked about first.
// It walks the same loops as searchTasks() and runSearchTasks() but evaluates nothing.

#include <algorithm>
#include <functional>
#include <limits>
#include <unordered_map>

#include "base/divisors.h"
#include "search/search.h"

namespace moe {

namespace {

// Divisors of n not above `limit`, counted once per n: neighbouring tasks share most
// of their values (the stage size, the sequences per replica). With a weight, each
// divisor d counts weight(d) times (the skew fixes tried at EP = d).
class DivisorCounts {
public:
    explicit DivisorCounts(std::int64_t limit, std::function<std::int64_t(std::int64_t)> weight = {})
        : m_limit(limit)
        , m_weight(std::move(weight))
    {
    }
    std::int64_t operator()(std::int64_t n)
    {
        auto [it, inserted] = m_counts.try_emplace(n, 0);
        if (inserted) {
            it->second = count(n);
        }
        return it->second;
    }

private:
    // Divisors up to the limit: trying 1..limit when that is shorter than 1..sqrt(n)
    // (few expert slots on a huge stage).
    std::int64_t count(std::int64_t n) const
    {
        std::int64_t found = 0;
        if (m_limit < n / m_limit) {
            for (std::int64_t d = 1; d <= m_limit; ++d) {
                found += n % d == 0 ? weight(d) : 0;
            }
            return found;
        }
        for (std::int64_t d = 1; d * d <= n; ++d) {
            if (n % d == 0) {
                found += d <= m_limit ? weight(d) : 0;
                found += n / d != d && n / d <= m_limit ? weight(n / d) : 0;
            }
        }
        return found;
    }
    std::int64_t weight(std::int64_t d) const { return m_weight ? m_weight(d) : 1; }

    std::int64_t m_limit;
    std::function<std::int64_t(std::int64_t)> m_weight;
    std::unordered_map<std::int64_t, std::int64_t> m_counts;
};

// Routing weights whose placement costs what the limit allows one configuration: the
// limit is about a minute on two cores, 1.2 us of CPU per configuration, and a search
// spends 31 ns per measured weight and up to 125 ns per power-law one (docs/benchmarks.md,
// "What routing weights cost a search"); 15 keeps the dearer kind near a minute.
constexpr double kWeightsPerEvaluation = 15;

} // namespace

double searchCost(const Profile& p)
{
    const Routing& routing = p.workload.routing;
    double weights = 0;
    if (routing.kind == RoutingKind::Measured) {
        for (const auto& row : routing.loads) {
            weights += static_cast<double>(row.size());
        }
    } else if (routing.kind != RoutingKind::Uniform) {
        weights = static_cast<double>(p.model.experts);
    }
    return 1 + weights / kWeightsPerEvaluation;
}

SearchSize estimateSearch(const Profile& p, std::int64_t countUpTo)
{
    SearchSize size;
    size.limit = std::max<std::int64_t>(1, static_cast<std::int64_t>(static_cast<double>(kMaxSearchConfigurations) / searchCost(p)));
    const bool training = p.workload.mode == Mode::Training;
    const std::int64_t recomputes = training ? 3 : 1;  // none, selective, full (runSearchTasks)
    const std::int64_t gpuLimit = std::min(p.cluster.gpuCount, p.constraints.maxGpus.value_or(p.cluster.gpuCount));
    const bool moe = p.model.experts > 0;
    const std::vector<std::int64_t> etpChoices = moe ? detail::divisors(p.model.expertHidden) : std::vector<std::int64_t>{1};
    DivisorCounts microBatchCounts(std::numeric_limits<std::int64_t>::max());
    // Each EP size is tried with every skew fix legal for it (skewfixes.h; one when routing is uniform).
    DivisorCounts epCounts(std::max<std::int64_t>(1, p.model.experts + p.strategy.redundantExperts),
                           [&p](std::int64_t ep) { return static_cast<std::int64_t>(skewFixes(p, ep).size()); });
    for (const std::int64_t tp : detail::divisors(p.model.heads)) {
        for (std::int64_t pp = 1; pp <= p.model.layers && tp * pp <= gpuLimit; ++pp) {
            const std::int64_t dpLimit = training ? gpuLimit / (tp * pp) : std::min(gpuLimit / (tp * pp), p.workload.batch);
            for (std::int64_t dp = 1; dp <= dpLimit; ++dp) {
                if (training && p.workload.batch % dp != 0) {
                    continue;
                }
                const std::int64_t stage = tp * dp;
                const std::int64_t perReplica = training ? p.workload.batch / dp : (p.workload.batch + dp - 1) / dp;
                std::int64_t eps = 0;
                for (const std::int64_t etp : etpChoices) {
                    if (stage % etp == 0) {
                        eps += moe ? epCounts(stage / etp) : 1;
                    }
                }
                size.configurations += eps * microBatchCounts(perReplica) * recomputes;
                if (size.configurations > countUpTo) {
                    size.stopped = true;
                    size.overLimit = size.configurations > size.limit;
                    return size;
                }
            }
        }
    }
    size.overLimit = size.configurations > size.limit;
    return size;
}

} // namespace moe
