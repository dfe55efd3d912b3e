// Which strategies a real system can run. Uneven splits that real systems accept
// (experts not divisible by EP, layers not divisible by PP, an inference batch not
// divisible by DP) pass here and show up as imbalance in the evaluation.

#include <algorithm>
#include <utility>
#include <vector>

#include "profile/valuelimits.h"
#include "profile/profileio.h"

namespace moe {

namespace {

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

// A manual slot list must fit the strategy it is saved with: one list per EP rank,
// experts + redundant_experts slots in all, every expert on at least one slot. Returns
// the key under the strategy and the message.
std::optional<std::pair<std::string, std::string>> checkExpertSlots(const Model& m, const Strategy& s)
{
    if (static_cast<std::int64_t>(s.expertSlots.size()) != s.ep) {
        return std::pair{std::string("expert_slots"), "placement \"manual\" lists the experts of "
                                                          + str(static_cast<std::int64_t>(s.expertSlots.size()))
                                                          + " EP ranks, but EP is " + str(s.ep)
                                                          + ": choose another placement to change EP"};
    }
    std::vector<char> placed(static_cast<std::size_t>(m.experts), 0);
    std::int64_t slots = 0;
    for (std::size_t r = 0; r < s.expertSlots.size(); ++r) {
        if (s.expertSlots[r].empty()) {
            return std::pair{"expert_slots/" + str(static_cast<std::int64_t>(r)),
                             "EP rank " + str(static_cast<std::int64_t>(r)) + " has no slot: every GPU of an EP group "
                                                                               "hosts at least one expert"};
        }
        for (std::size_t i = 0; i < s.expertSlots[r].size(); ++i) {
            const std::int64_t e = s.expertSlots[r][i];
            if (e < 0 || e >= m.experts) {
                return std::pair{"expert_slots/" + str(static_cast<std::int64_t>(r)) + "/" + str(static_cast<std::int64_t>(i)),
                                 "expert " + str(e) + " does not exist: the model has experts 0 to " + str(m.experts - 1)};
            }
            placed[static_cast<std::size_t>(e)] = 1;
            ++slots;
        }
    }
    if (slots != m.experts + s.redundantExperts) {
        return std::pair{std::string("expert_slots"), "the slots list " + str(slots) + " experts; the model's "
                                                          + str(m.experts) + " experts + " + str(s.redundantExperts)
                                                          + " redundant make " + str(m.experts + s.redundantExperts)};
    }
    const auto missing = std::find(placed.begin(), placed.end(), 0);
    if (missing != placed.end()) {
        return std::pair{std::string("expert_slots"),
                         "expert " + str(missing - placed.begin()) + " has no slot: every expert needs at least one"};
    }
    return std::nullopt;
}

} // namespace

std::optional<ProfileError> checkStrategy(const Profile& profile, const Strategy& s, const std::string& base)
{
    const Model& m = profile.model;
    const Workload& w = profile.workload;
    auto error = [&](const std::string& key, std::string message) {
        return std::optional<ProfileError>(ProfileError{key.front() == '/' ? key : base + "/" + key, std::move(message)});
    };

    const std::int64_t used = s.tp * s.pp * s.dp;
    if (s.tp > limits::kMaxGpus || s.pp > limits::kMaxGpus || s.dp > limits::kMaxGpus || used > limits::kMaxGpus) {
        return error("dp", "TP x PP x DP = " + str(used) + " GPUs is more than the supported " + str(limits::kMaxGpus));
    }
    if (m.heads % s.tp != 0) {
        return error("tp", "TP (" + str(s.tp) + ") must divide the attention heads (" + str(m.heads) + ")");
    }
    if (!m.mla && m.kvHeads % s.tp != 0 && s.tp % m.kvHeads != 0) {
        return error("tp", "TP (" + str(s.tp) + ") and the KV heads (" + str(m.kvHeads)
                               + ") must divide one another (KV heads are split, or replicated when fewer than TP)");
    }
    // Dense FFNs and shared experts are split over the TP ranks.
    if (m.denseLayers > 0 && m.denseHidden % s.tp != 0) {
        return error("tp", "TP (" + str(s.tp) + ") must divide the dense FFN hidden size (" + str(m.denseHidden) + ")");
    }
    if (m.sharedExperts > 0 && m.expertHidden % s.tp != 0) {
        return error("tp", "TP (" + str(s.tp) + ") must divide the shared experts' hidden size (" + str(m.expertHidden)
                               + ")");
    }
    if (s.pp > m.layers) {
        return error("pp", "PP (" + str(s.pp) + ") cannot exceed the layers (" + str(m.layers)
                               + "): every stage needs at least one layer");
    }
    if (const auto& layout = w.pipeline.layout; !layout.empty()) {
        const auto stages = static_cast<std::int64_t>(layout.size());
        const std::int64_t chunks = s.pp * w.pipeline.virtualStages;
        if (stages != s.pp && stages != chunks) {
            return error("pp", "PP (" + str(s.pp) + ") does not fit workload.pipeline.layout, which lists " + str(stages)
                                   + " stages" + (chunks != s.pp ? " (PP or PP x virtual stages = " + str(chunks) + " expected)" : "")
                                   + "; change PP or the layout");
        }
        for (std::int64_t stage = 0; stage < s.pp; ++stage) {
            std::int64_t layers = 0;
            for (std::int64_t i = stage; i < stages; i += s.pp) {
                layers += layout[static_cast<std::size_t>(i)];
            }
            if (layers == 0) {
                return error("/workload/pipeline/layout", "pipeline stage " + str(stage) + " gets no layer; every stage needs at least one");
            }
        }
    }
    if (m.experts == 0) {
        if (s.ep != 1) {
            return error("ep", "the model has no experts, so EP must be 1, got " + str(s.ep));
        }
        if (s.etp != 1) {
            return error("etp", "the model has no experts, so ETP must be 1, got " + str(s.etp));
        }
        if (s.redundantExperts != 0) {
            return error("redundant_experts", "the model has no experts to replicate");
        }
    } else {
        if (s.ep * s.etp > s.tp * s.dp || (s.tp * s.dp) % (s.ep * s.etp) != 0) {
            return error("ep", "EP x ETP (" + str(s.ep) + " x " + str(s.etp) + " = " + str(s.ep * s.etp)
                                   + ") must divide the GPUs of a pipeline stage, TP x DP (" + str(s.tp) + " x "
                                   + str(s.dp) + " = " + str(s.tp * s.dp) + ")");
        }
        if (s.ep > m.experts + s.redundantExperts) {
            return error("ep", "EP (" + str(s.ep) + ") exceeds the expert slots (" + str(m.experts) + " experts + "
                                   + str(s.redundantExperts) + " redundant): some GPUs would host no expert");
        }
        if (m.expertHidden % s.etp != 0) {
            return error("etp", "ETP (" + str(s.etp) + ") must divide the expert hidden size (" + str(m.expertHidden)
                                    + ")");
        }
        if (s.placement == PlacementPolicy::Eplb) {
            // eplb.py asserts num_physical_experts % num_gpus == 0: every GPU holds as many slots.
            if ((m.experts + s.redundantExperts) % s.ep != 0) {
                return error("redundant_experts", "EPLB gives every EP rank the same number of slots: the "
                                                      + str(m.experts) + " experts + " + str(s.redundantExperts)
                                                      + " redundant must be a multiple of EP (" + str(s.ep) + ")");
            }
        } else if (s.placement == PlacementPolicy::Manual) {
            if (auto problem = checkExpertSlots(m, s)) {
                return error(problem->first, std::move(problem->second));
            }
        } else if (s.redundantExperts > m.experts) {
            return error("redundant_experts", "at most one redundant replica per expert outside EPLB: "
                                                  + str(s.redundantExperts) + " replicas for " + str(m.experts)
                                                  + " experts");
        }
    }
    if (w.mode == Mode::Training) {
        if (w.batch % (s.dp * w.microBatches) != 0) {
            return error("/workload/batch", "training needs the global batch (" + str(w.batch)
                                                + ") divisible by DP x micro-batches (" + str(s.dp) + " x "
                                                + str(w.microBatches) + " = " + str(s.dp * w.microBatches) + ")");
        }
    } else {
        if (s.dp > w.batch) {
            return error("dp", "DP (" + str(s.dp) + ") exceeds the batch (" + str(w.batch)
                                   + " sequences): some replicas would have nothing to do");
        }
        const std::int64_t perReplica = (w.batch + s.dp - 1) / s.dp;
        if (w.microBatches > perReplica) {
            return error("/workload/micro_batches", "micro-batches (" + str(w.microBatches)
                                                        + ") exceed the sequences per replica (" + str(perReplica)
                                                        + ")");
        }
    }
    return std::nullopt;
}

} // namespace moe
