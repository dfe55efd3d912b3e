#pragma once

// DeepSeek's Expert Parallelism Load Balancer (EPLB), as published in
// github.com/deepseek-ai/EPLB, eplb.py (commit d52c72d, March 2025): given each
// expert's load, choose how many replicas each expert gets and which GPU each
// replica lives on. Ported step by step so that it places experts exactly as the
// published code does (README example: tests/core/model/tst_eplb.cpp).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace moe {

struct EplbPlan {
    // The expert held by each physical slot; slot j lives on GPU j / (slots / gpus).
    std::vector<std::int32_t> slotExpert;
    // Replicas of each expert (eplb.py's logcnt); sums to the slots.
    std::vector<std::int32_t> replicas;
    bool hierarchical = false;
};

// eplb.py's rebalance_experts for one layer. `weight`: each expert's load; `slots`:
// physical experts (a multiple of `gpus`, at least the experts); `groups`: expert
// groups of group-limited routing (1 when the model has none); `nodes`: nodes the
// GPUs span. The hierarchical policy runs when `groups` is a multiple of `nodes`, as
// in eplb.py; it also needs `gpus` a multiple of `nodes` and the experts a multiple of
// `groups`, and the global policy runs when they are not (eplb.py asserts instead).
EplbPlan rebalanceExperts(const std::vector<double>& weight, std::int64_t slots, std::int64_t groups,
                          std::int64_t nodes, std::int64_t gpus);

// Whether rebalanceExperts() takes the hierarchical policy for these sizes.
bool eplbHierarchical(std::int64_t experts, std::int64_t groups, std::int64_t nodes, std::int64_t gpus);

// rebalanceExperts() remembered: a search evaluates thousands of configurations that
// share a routing row, an EP size and a slot count, and recomputing EPLB for each made
// the skewed built-ins' searches 7-9 times slower than the uniform ones (issue 15).
// The key is everything rebalanceExperts() reads: the weights (compared value by
// value), slots, groups, nodes and GPUs. Not thread-safe: one per thread. It holds at
// most kMaxPlans placements (about 4 KB each for 256 experts: 17 MB) and starts afresh when
// full: a search visits configurations in order, so the placements it reuses are recent.
class EplbCache {
public:
    static constexpr std::size_t kMaxPlans = 4096;

    const EplbPlan& plan(const std::vector<double>& weight, std::int64_t slots, std::int64_t groups,
                         std::int64_t nodes, std::int64_t gpus);
    std::size_t size() const { return m_plans.size(); }
    std::int64_t hits() const { return m_hits; }
    std::int64_t misses() const { return m_misses; }

private:
    struct Key {
        std::vector<double> weight;
        std::int64_t slotCount = 0;
        std::int64_t groups = 0;
        std::int64_t nodes = 0;
        std::int64_t gpus = 0;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const;
    };
    std::unordered_map<Key, EplbPlan, KeyHash> m_plans;
    std::int64_t m_hits = 0;
    std::int64_t m_misses = 0;
};

// While a scope lives, EPLB placements computed on its thread (ExpertRow) go through
// `cache`; scopes nest, the innermost winning. A search opens one per thread.
class EplbCacheScope {
public:
    explicit EplbCacheScope(EplbCache& cache);
    ~EplbCacheScope();
    EplbCacheScope(const EplbCacheScope&) = delete;
    EplbCacheScope& operator=(const EplbCacheScope&) = delete;

private:
    EplbCache* m_previous;
};

// The cache of the innermost scope on this thread, or nullptr.
EplbCache* currentEplbCache();

} // namespace moe
