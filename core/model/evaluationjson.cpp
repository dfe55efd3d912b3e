#include "model/evaluationjson.h"

namespace moe {

using nlohmann::json;

namespace {

// Every component of the table under its key, and the total.
json memoryToJson(const MemoryBreakdown& m)
{
    json out = json::object();
    for (const MemoryComponent& c : kMemoryComponents) {
        out[c.key] = m.*c.field;
    }
    out["total"] = m.total();
    return out;
}

json timeToJson(const TimeBreakdown& t)
{
    json out = json::object();
    for (const TimeComponent& c : kTimeComponents) {
        out[c.key] = t.*c.field;
    }
    out["total"] = t.total;
    return out;
}

} // namespace

json gpuToJson(const GpuState& g)
{
    return json{{"index", g.index},
                {"node", g.node},
                {"used", g.used},
                {"tp", g.tp},
                {"pp", g.pp},
                {"dp", g.dp},
                {"ep", g.ep},
                {"etp", g.etp},
                {"edp", g.edp},
                {"experts", g.experts},
                {"tokens", g.tokens},
                {"a2a_bytes", g.a2aBytes},
                {"compute_s", g.computeS},
                {"memory_bytes", g.memory.total()}};
}

json evaluationToJson(const Evaluation& ev, bool includeGpus)
{
    const Strategy& s = ev.strategy;
    json out;
    out["strategy"] = json{{"tp", s.tp},
                           {"pp", s.pp},
                           {"dp", s.dp},
                           {"ep", s.ep},
                           {"etp", s.etp},
                           {"micro_batches", ev.microBatches},
                           {"placement", toString(s.placement)},
                           {"redundant_experts", s.redundantExperts}};
    out["gpus_used"] = ev.gpusUsed;
    out["params"] = json{{"total", ev.paramsTotal}, {"active_per_token", ev.paramsActivePerToken}};
    out["flops_per_step"] = ev.flopsPerStep;
    json memory = memoryToJson(ev.memory);
    memory["capacity"] = ev.capacityBytes;
    out["memory_bytes"] = memory;
    out["memory_gpu"] = ev.memoryGpu;
    out["time_s"] = timeToJson(ev.time);
    out["straggler_stage"] = ev.stragglerStage;
    out["comm_bytes_per_gpu"] =
        json{{"a2a", ev.commBytes.a2a}, {"tp", ev.commBytes.tp}, {"pp", ev.commBytes.pp}, {"dp", ev.commBytes.dp}};
    out["rates"] = json{{"tokens_per_s", ev.rates.tokensPerS},
                        {"tokens_per_s_per_gpu", ev.rates.tokensPerSPerGpu},
                        {"mfu", ev.rates.mfu},
                        {"comm_fraction", ev.rates.commFraction},
                        {"time_per_output_token_s", ev.rates.timePerOutputTokenS}};
    out["load"] = json{{"imbalance", ev.load.imbalance},
                       {"step_imbalance", ev.load.stepImbalance},
                       {"experts_per_gpu_max", ev.load.expertsPerGpuMax},
                       {"experts_per_gpu_min", ev.load.expertsPerGpuMin},
                       {"dropped_token_share", ev.load.droppedTokenShare}};
    out["expert_slots"] = json{{"redundant_bytes_per_gpu", ev.expertSlots.redundantBytesPerGpu},
                               {"rebalance_bytes_per_gpu", ev.expertSlots.rebalanceBytesPerGpu},
                               {"rebalance_inter_node_bytes_per_gpu", ev.expertSlots.rebalanceInterNodeBytesPerGpu},
                               {"rebalance_bytes_total", ev.expertSlots.rebalanceBytesTotal},
                               {"rebalance_s", ev.expertSlots.rebalanceSeconds}};
    if (includeGpus) {
        json gpus = json::array();
        for (const auto& gpu : ev.gpus) {
            gpus.push_back(gpuToJson(gpu));
        }
        out["gpus"] = std::move(gpus);
    }
    json checks = json::array();
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& c = ev.checks[static_cast<std::size_t>(i)];
        checks.push_back(json{{"name", checkName(c.kind)}, {"ok", c.ok}, {"detail", describeCheck(c, ev)}});
    }
    out["verdict"] = json{{"ok", ev.ok}, {"checks", std::move(checks)}};
    return out;
}

json explanationsToJson(const std::vector<Explanation>& explanations)
{
    json out = json::array();
    for (const auto& e : explanations) {
        out.push_back(json{{"key", e.key},
                           {"formula", e.formula},
                           {"values", e.values},
                           {"value", e.value},
                           {"unit", e.unit},
                           {"source", e.source}});
    }
    return out;
}

} // namespace moe
