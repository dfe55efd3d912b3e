#pragma once

// DeepSeek's Expert Parallelism Load Balancer (EPLB), as published in
// github.com/deepseek-ai/EPLB, eplb.py (commit d52c72d, March 2025): given each
// expert's load, choose how many replicas each expert gets and which GPU each
// replica lives on. Ported step by step so that it places experts exactly as the
// published code does (README example: tests/core/model/tst_eplb.cpp).

#include <cstdint>
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

} // namespace moe
