#include "model/eplb.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace moe {

namespace {

using Index = std::vector<std::int32_t>;

struct Packing {
    Index pack;  // pack of each item
    Index rank;  // position of the item inside its pack
};

// eplb.py balanced_packing: items heaviest first, each to the lightest pack that still
// has room (the first such pack on ties); every pack ends with items / packs items.
// torch's descending sort of at most 16 values keeps equal ones in index order
// (libstdc++ sorts short ranges by insertion), so a stable sort reproduces its ties.
Packing balancedPacking(const std::vector<double>& weight, std::int64_t packs)
{
    const auto items = weight.size();
    const auto perPack = static_cast<std::int32_t>(static_cast<std::int64_t>(items) / packs);
    Packing out{Index(items), Index(items, 0)};
    if (perPack == 1) {
        std::iota(out.pack.begin(), out.pack.end(), 0);
        return out;
    }
    Index order(items);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return weight[a] > weight[b]; });
    std::vector<double> load(static_cast<std::size_t>(packs), 0.0);
    Index count(static_cast<std::size_t>(packs), 0);
    for (const auto item : order) {
        std::size_t best = load.size();
        for (std::size_t p = 0; p < load.size(); ++p) {
            if (count[p] < perPack && (best == load.size() || load[p] < load[best])) {
                best = p;
            }
        }
        out.pack[static_cast<std::size_t>(item)] = static_cast<std::int32_t>(best);
        out.rank[static_cast<std::size_t>(item)] = count[best]++;
        load[best] += weight[static_cast<std::size_t>(item)];
    }
    return out;
}

struct Replication {
    Index slotExpert;  // phy2log
    Index replicaRank; // which replica of its expert the slot holds
    Index replicas;    // logcnt
};

// eplb.py replicate_experts: each extra slot goes to the expert with the highest load
// per replica (the first on ties, as torch's max).
Replication replicateExperts(const std::vector<double>& weight, std::int64_t slots)
{
    const auto experts = weight.size();
    Replication out{Index(static_cast<std::size_t>(slots)), Index(static_cast<std::size_t>(slots), 0),
                    Index(experts, 1)};
    std::iota(out.slotExpert.begin(), out.slotExpert.begin() + static_cast<std::ptrdiff_t>(experts), 0);
    for (auto slot = experts; slot < static_cast<std::size_t>(slots); ++slot) {
        std::size_t hottest = 0;
        for (std::size_t e = 1; e < experts; ++e) {
            if (weight[e] / out.replicas[e] > weight[hottest] / out.replicas[hottest]) {
                hottest = e;
            }
        }
        out.slotExpert[slot] = static_cast<std::int32_t>(hottest);
        out.replicaRank[slot] = out.replicas[hottest]++;
    }
    return out;
}

Index inverse(const Index& permutation)
{
    Index out(permutation.size());
    for (std::size_t i = 0; i < permutation.size(); ++i) {
        out[static_cast<std::size_t>(permutation[i])] = static_cast<std::int32_t>(i);
    }
    return out;
}

// eplb.py rebalance_experts_hierarchical for one layer; the global policy is this with
// one group and one node.
EplbPlan rebalanceHierarchical(const std::vector<double>& weight, std::int64_t slots, std::int64_t groups,
                               std::int64_t nodes, std::int64_t gpus)
{
    const auto experts = static_cast<std::int64_t>(weight.size());
    const std::int64_t groupSize = experts / groups;
    const std::int64_t groupsPerNode = groups / nodes;
    const std::int64_t slotsPerGpu = slots / gpus;
    const std::int64_t expertsPerNode = experts / nodes;
    const std::int64_t slotsPerNode = slots / nodes;

    // Step 1: pack expert groups to nodes. log2mlog numbers experts node by node.
    std::vector<double> groupLoad(static_cast<std::size_t>(groups), 0.0);
    for (std::int64_t e = 0; e < experts; ++e) {
        groupLoad[static_cast<std::size_t>(e / groupSize)] += weight[static_cast<std::size_t>(e)];
    }
    const Packing groupPacking = balancedPacking(groupLoad, nodes);
    Index log2mlog(static_cast<std::size_t>(experts));
    for (std::int64_t e = 0; e < experts; ++e) {
        const auto g = static_cast<std::size_t>(e / groupSize);
        log2mlog[static_cast<std::size_t>(e)] = static_cast<std::int32_t>(
            (groupPacking.pack[g] * groupsPerNode + groupPacking.rank[g]) * groupSize + e % groupSize);
    }
    const Index mlog2log = inverse(log2mlog);

    EplbPlan plan;
    plan.slotExpert.resize(static_cast<std::size_t>(slots));
    plan.replicas.resize(static_cast<std::size_t>(experts));
    for (std::int64_t node = 0; node < nodes; ++node) {
        // Step 2: replicate the node's experts within the node.
        std::vector<double> nodeLoad(static_cast<std::size_t>(expertsPerNode));
        for (std::int64_t i = 0; i < expertsPerNode; ++i) {
            nodeLoad[static_cast<std::size_t>(i)] =
                weight[static_cast<std::size_t>(mlog2log[static_cast<std::size_t>(node * expertsPerNode + i)])];
        }
        const Replication replication = replicateExperts(nodeLoad, slotsPerNode);
        // Step 3: pack the node's replicas to its GPUs.
        std::vector<double> slotLoad(static_cast<std::size_t>(slotsPerNode));
        for (std::size_t j = 0; j < slotLoad.size(); ++j) {
            const auto local = static_cast<std::size_t>(replication.slotExpert[j]);
            slotLoad[j] = nodeLoad[local] / replication.replicas[local];
        }
        const Packing slotPacking = balancedPacking(slotLoad, gpus / nodes);
        for (std::size_t j = 0; j < slotLoad.size(); ++j) {
            const std::int64_t position = node * slotsPerNode + slotPacking.pack[j] * slotsPerGpu + slotPacking.rank[j];
            const std::int64_t mlog = node * expertsPerNode + replication.slotExpert[j];
            plan.slotExpert[static_cast<std::size_t>(position)] = mlog2log[static_cast<std::size_t>(mlog)];
        }
        for (std::int64_t i = 0; i < expertsPerNode; ++i) {
            const auto logical = mlog2log[static_cast<std::size_t>(node * expertsPerNode + i)];
            plan.replicas[static_cast<std::size_t>(logical)] = replication.replicas[static_cast<std::size_t>(i)];
        }
    }
    return plan;
}

} // namespace

bool eplbHierarchical(std::int64_t experts, std::int64_t groups, std::int64_t nodes, std::int64_t gpus)
{
    return groups > 0 && nodes > 0 && groups % nodes == 0 && experts % groups == 0 && gpus % nodes == 0;
}

EplbPlan rebalanceExperts(const std::vector<double>& weight, std::int64_t slots, std::int64_t groups,
                          std::int64_t nodes, std::int64_t gpus)
{
    const auto experts = static_cast<std::int64_t>(weight.size());
    const bool hierarchical = eplbHierarchical(experts, groups, nodes, gpus);
    EplbPlan plan = hierarchical ? rebalanceHierarchical(weight, slots, groups, nodes, gpus)
                                 : rebalanceHierarchical(weight, slots, 1, 1, gpus);
    plan.hierarchical = hierarchical;
    return plan;
}

namespace {

thread_local EplbCache* tCurrentCache = nullptr;

} // namespace

std::size_t EplbCache::KeyHash::operator()(const Key& key) const
{
    // FNV-1a over the sizes and the weights' bits: equal weights hash equally, and
    // a row differing in one expert hashes apart.
    std::uint64_t hash = 1469598103934665603ull;
    auto mix = [&](std::uint64_t value) {
        for (int i = 0; i < 8; ++i) {
            hash ^= (value >> (8 * i)) & 0xffu;
            hash *= 1099511628211ull;
        }
    };
    mix(static_cast<std::uint64_t>(key.slotCount));
    mix(static_cast<std::uint64_t>(key.groups));
    mix(static_cast<std::uint64_t>(key.nodes));
    mix(static_cast<std::uint64_t>(key.gpus));
    for (const double w : key.weight) {
        std::uint64_t bits = 0;
        static_assert(sizeof bits == sizeof w);
        std::memcpy(&bits, &w, sizeof bits);
        mix(bits);
    }
    return static_cast<std::size_t>(hash);
}

const EplbPlan& EplbCache::plan(const std::vector<double>& weight, std::int64_t slots, std::int64_t groups,
                                std::int64_t nodes, std::int64_t gpus)
{
    Key key{weight, slots, groups, nodes, gpus};
    if (const auto found = m_plans.find(key); found != m_plans.end()) {
        ++m_hits;
        return found->second;
    }
    ++m_misses;
    if (m_plans.size() >= kMaxPlans) {
        m_plans.clear();
    }
    EplbPlan computed = rebalanceExperts(weight, slots, groups, nodes, gpus);
    return m_plans.emplace(std::move(key), std::move(computed)).first->second;
}

EplbCacheScope::EplbCacheScope(EplbCache& cache)
    : m_previous(tCurrentCache)
{
    tCurrentCache = &cache;
}

EplbCacheScope::~EplbCacheScope()
{
    tCurrentCache = m_previous;
}

EplbCache* currentEplbCache()
{
    return tCurrentCache;
}

} // namespace moe
