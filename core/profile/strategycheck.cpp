// Which strategies a real system can run. Uneven splits that real systems accept
// (experts not divisible by EP, layers not divisible by PP, an inference batch not
// divisible by DP) pass here and show up as imbalance in the evaluation.

#include <algorithm>
#include <utility>
#include <vector>

#include "base/phrase.h"
#include "profile/profileio.h"
#include "profile/valuelimits.h"

namespace moe {

namespace {

// Every message is a phrase in the context "StrategyCheck": the CLI prints its
// English, the window translates it (ui/widgets/phrasetext.h). Counts are integers
// (grouped by the window's locale), indices and keys names.
constexpr const char* kContext = "StrategyCheck";

PhraseArg n(std::int64_t v)
{
    return arg::integer(static_cast<double>(v));
}

PhraseArg index(std::int64_t v)
{
    return arg::name(std::to_string(v));
}

Phrase say(const char* text, std::vector<PhraseArg> args = {})
{
    return Phrase{kContext, text, std::move(args)};
}

// A manual slot list must fit the strategy it is saved with: one list per EP rank,
// experts + redundant_experts slots in all, every expert on at least one slot. Returns
// the key under the strategy and the message.
std::optional<std::pair<std::string, Phrase>> checkExpertSlots(const Model& m, const Strategy& s)
{
    const auto ranks = static_cast<std::int64_t>(s.expertSlots.size());
    if (ranks != s.ep) {
        return std::pair{std::string("expert_slots"),
                         say(MOE_TRANSLATE_NOOP("StrategyCheck", "placement \"manual\" lists the experts of %1 EP ranks, "
                                                                 "but EP is %2: choose another placement to change EP"),
                             {n(ranks), n(s.ep)})};
    }
    std::vector<char> placed(static_cast<std::size_t>(m.experts), 0);
    std::int64_t slots = 0;
    for (std::size_t r = 0; r < s.expertSlots.size(); ++r) {
        const auto rank = static_cast<std::int64_t>(r);
        if (s.expertSlots[r].empty()) {
            return std::pair{"expert_slots/" + std::to_string(rank),
                             say(MOE_TRANSLATE_NOOP("StrategyCheck", "EP rank %1 has no slot: every GPU of an EP group "
                                                                     "hosts at least one expert"),
                                 {index(rank)})};
        }
        for (std::size_t i = 0; i < s.expertSlots[r].size(); ++i) {
            const std::int64_t e = s.expertSlots[r][i];
            if (e < 0 || e >= m.experts) {
                return std::pair{"expert_slots/" + std::to_string(rank) + "/" + std::to_string(static_cast<std::int64_t>(i)),
                                 say(MOE_TRANSLATE_NOOP("StrategyCheck",
                                                        "expert %1 does not exist: the model has experts 0 to %2"),
                                     {index(e), index(m.experts - 1)})};
            }
            placed[static_cast<std::size_t>(e)] = 1;
            ++slots;
        }
    }
    if (slots != m.experts + s.redundantExperts) {
        return std::pair{std::string("expert_slots"),
                         say(MOE_TRANSLATE_NOOP("StrategyCheck", "the slots list %1 experts; the model's %2 experts + %3 "
                                                                 "redundant make %4"),
                             {n(slots), n(m.experts), n(s.redundantExperts), n(m.experts + s.redundantExperts)})};
    }
    const auto missing = std::find(placed.begin(), placed.end(), 0);
    if (missing != placed.end()) {
        return std::pair{std::string("expert_slots"),
                         say(MOE_TRANSLATE_NOOP("StrategyCheck", "expert %1 has no slot: every expert needs at least one"),
                             {index(missing - placed.begin())})};
    }
    return std::nullopt;
}

} // namespace

std::optional<ProfileError> checkStrategy(const Profile& profile, const Strategy& s, const std::string& base)
{
    const Model& m = profile.model;
    const Workload& w = profile.workload;
    auto error = [&](const std::string& key, Phrase phrase) {
        std::string message = phrase.english();
        return std::optional<ProfileError>(
            ProfileError{key.front() == '/' ? key : base + "/" + key, std::move(message), std::move(phrase)});
    };

    const std::int64_t used = s.tp * s.pp * s.dp;
    if (s.tp > limits::kMaxGpus || s.pp > limits::kMaxGpus || s.dp > limits::kMaxGpus || used > limits::kMaxGpus) {
        return error("dp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "TP x PP x DP = %1 GPUs is more than the supported %2"),
                               {n(used), n(limits::kMaxGpus)}));
    }
    if (m.heads % s.tp != 0) {
        return error("tp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "TP (%1) must divide the attention heads (%2)"),
                               {n(s.tp), n(m.heads)}));
    }
    if (!m.mla && m.kvHeads % s.tp != 0 && s.tp % m.kvHeads != 0) {
        return error("tp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "TP (%1) and the KV heads (%2) must divide one another "
                                                                   "(KV heads are split, or replicated when fewer than TP)"),
                               {n(s.tp), n(m.kvHeads)}));
    }
    // Dense FFNs and shared experts are split over the TP ranks.
    if (m.denseLayers > 0 && m.denseHidden % s.tp != 0) {
        return error("tp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "TP (%1) must divide the dense FFN hidden size (%2)"),
                               {n(s.tp), n(m.denseHidden)}));
    }
    if (m.sharedExperts > 0 && m.expertHidden % s.tp != 0) {
        return error("tp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "TP (%1) must divide the shared experts' hidden size (%2)"),
                               {n(s.tp), n(m.expertHidden)}));
    }
    if (s.pp > m.layers) {
        return error("pp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "PP (%1) cannot exceed the layers (%2): every stage "
                                                                   "needs at least one layer"),
                               {n(s.pp), n(m.layers)}));
    }
    if (const auto& layout = w.pipeline.layout; !layout.empty()) {
        const auto stages = static_cast<std::int64_t>(layout.size());
        const std::int64_t chunks = s.pp * w.pipeline.virtualStages;
        if (stages != s.pp && stages != chunks) {
            if (chunks != s.pp) {
                return error("pp", say(MOE_TRANSLATE_NOOP("StrategyCheck",
                                                          "PP (%1) does not fit workload.pipeline.layout, which lists %2 "
                                                          "stages (PP or PP x virtual stages = %3 expected); change PP or "
                                                          "the layout"),
                                       {n(s.pp), n(stages), n(chunks)}));
            }
            return error("pp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "PP (%1) does not fit workload.pipeline.layout, "
                                                                       "which lists %2 stages; change PP or the layout"),
                                   {n(s.pp), n(stages)}));
        }
        for (std::int64_t stage = 0; stage < s.pp; ++stage) {
            std::int64_t layers = 0;
            for (std::int64_t i = stage; i < stages; i += s.pp) {
                layers += layout[static_cast<std::size_t>(i)];
            }
            if (layers == 0) {
                return error("/workload/pipeline/layout",
                             say(MOE_TRANSLATE_NOOP("StrategyCheck",
                                                    "pipeline stage %1 gets no layer; every stage needs at least one"),
                                 {index(stage)}));
            }
        }
    }
    if (m.experts == 0) {
        if (s.ep != 1) {
            return error("ep", say(MOE_TRANSLATE_NOOP("StrategyCheck", "the model has no experts, so EP must be 1, got %1"),
                                   {n(s.ep)}));
        }
        if (s.etp != 1) {
            return error("etp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "the model has no experts, so ETP must be 1, got %1"),
                                    {n(s.etp)}));
        }
        if (s.redundantExperts != 0) {
            return error("redundant_experts", say(MOE_TRANSLATE_NOOP("StrategyCheck", "the model has no experts to replicate")));
        }
    } else {
        if (s.ep * s.etp > s.tp * s.dp || (s.tp * s.dp) % (s.ep * s.etp) != 0) {
            return error("ep", say(MOE_TRANSLATE_NOOP("StrategyCheck", "EP x ETP (%1 x %2 = %3) must divide the GPUs of a "
                                                                       "pipeline stage, TP x DP (%4 x %5 = %6)"),
                                   {n(s.ep), n(s.etp), n(s.ep * s.etp), n(s.tp), n(s.dp), n(s.tp * s.dp)}));
        }
        if (s.ep > m.experts + s.redundantExperts) {
            return error("ep", say(MOE_TRANSLATE_NOOP("StrategyCheck", "EP (%1) exceeds the expert slots (%2 experts + %3 "
                                                                       "redundant): some GPUs would host no expert"),
                                   {n(s.ep), n(m.experts), n(s.redundantExperts)}));
        }
        if (m.expertHidden % s.etp != 0) {
            return error("etp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "ETP (%1) must divide the expert hidden size (%2)"),
                                    {n(s.etp), n(m.expertHidden)}));
        }
        if (s.placement == PlacementPolicy::Eplb) {
            // eplb.py asserts num_physical_experts % num_gpus == 0: every GPU holds as many slots.
            if ((m.experts + s.redundantExperts) % s.ep != 0) {
                return error("redundant_experts",
                             say(MOE_TRANSLATE_NOOP("StrategyCheck", "EPLB gives every EP rank the same number of slots: "
                                                                     "the %1 experts + %2 redundant must be a multiple of "
                                                                     "EP (%3)"),
                                 {n(m.experts), n(s.redundantExperts), n(s.ep)}));
            }
        } else if (s.placement == PlacementPolicy::Manual) {
            if (auto problem = checkExpertSlots(m, s)) {
                return error(problem->first, std::move(problem->second));
            }
        } else if (s.redundantExperts > m.experts) {
            return error("redundant_experts",
                         say(MOE_TRANSLATE_NOOP("StrategyCheck", "at most one redundant replica per expert outside EPLB: "
                                                                 "%1 replicas for %2 experts"),
                             {n(s.redundantExperts), n(m.experts)}));
        }
    }
    if (w.mode == Mode::Training) {
        if (w.batch % (s.dp * w.microBatches) != 0) {
            return error("/workload/batch",
                         say(MOE_TRANSLATE_NOOP("StrategyCheck", "training needs the global batch (%1) divisible by DP x "
                                                                 "micro-batches (%2 x %3 = %4)"),
                             {n(w.batch), n(s.dp), n(w.microBatches), n(s.dp * w.microBatches)}));
        }
    } else {
        if (s.dp > w.batch) {
            return error("dp", say(MOE_TRANSLATE_NOOP("StrategyCheck", "DP (%1) exceeds the batch (%2 sequences): some "
                                                                       "replicas would have nothing to do"),
                                   {n(s.dp), n(w.batch)}));
        }
        const std::int64_t perReplica = (w.batch + s.dp - 1) / s.dp;
        if (w.microBatches > perReplica) {
            return error("/workload/micro_batches",
                         say(MOE_TRANSLATE_NOOP("StrategyCheck", "micro-batches (%1) exceed the sequences per replica (%2)"),
                             {n(w.microBatches), n(perReplica)}));
        }
    }
    return std::nullopt;
}

} // namespace moe
