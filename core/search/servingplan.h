#pragma once

// Planning a serving deployment against latency targets (issue 14; docs/serving.md):
// for a request shape (input and output lengths) every feasible strategy and
// concurrency is timed as a prefill step and a decode step, giving time to first token
// (TTFT), time per output token (TPOT), tokens per second per user and output tokens
// per second per GPU. The Pareto front of throughput per GPU against speed per user is
// marked, and the best point that meets the targets is named; when none does, the
// closest one is.
//
// Aggregated serving runs both phases on one deployment; disaggregated serving pairs
// prefill workers with decode workers in the ratio that balances their request rates,
// the KV cache moving between them over the NIC.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/phrase.h"
#include "profile/profile.h"

namespace moe {

// One deployment (aggregated) or one worker kind (disaggregated) at one concurrency.
struct ServingWorker {
    Strategy strategy;
    std::int64_t concurrency = 0;  // sequences in flight on the deployment
    double stepS = 0;               // prefill step (whole batch) or decode step
    double requestsPerS = 0;        // what the worker completes alone
    double tpotS = 0;               // decode: the step over the tokens it emits per sequence
};

struct ServingPoint {
    ServingWorker decode;                  // aggregated: the deployment itself
    std::optional<ServingWorker> prefill;  // disaggregated only
    std::int64_t prefillWorkers = 0;       // disaggregated: workers of each kind
    std::int64_t decodeWorkers = 0;
    std::int64_t gpus = 0;                 // all GPUs of the point
    double ttftS = 0;
    double tpotS = 0;
    double tokensPerSPerUser = 0;
    double outputTokensPerSPerGpu = 0;
    double requestsPerS = 0;
    bool meetsTargets = false;
    bool onFront = false;
};

struct ServingPlan {
    std::vector<ServingPoint> points;      // every feasible point, front first, by throughput per GPU
    std::optional<std::size_t> best;       // the highest throughput per GPU meeting the targets
    std::optional<std::size_t> closest;    // when nothing meets them: the point nearest to doing so
    std::int64_t strategiesTried = 0;
    std::string message;                   // why there is no best, or empty
    Phrase messagePhrase;                  // the same as a phrase (context "ServingPlan"); its English is `message`
};

// The request is a ServingSpec (profile.h): the shape of workload.serving, whether it
// comes from the profile, the command line or the Serving dock. Its targets are in
// milliseconds; the plan compares seconds.
std::optional<double> maxTtftS(const ServingSpec& request);
std::optional<double> maxTpotS(const ServingSpec& request);

// Aggregated serving batches continuously (docs/serving.md, "Aggregated serving"): the
// prompts of new requests are prefilled in chunks of the request's `chunkTokens` computed
// tokens per DP replica beside the decoding; none: each prompt whole, in one step.
// `profile` supplies the cluster, the model and the workload's serving settings
// (speculation, cache hits, overlap, micro-batches); its mode, batch and sequence length
// are replaced. Strategies are those a search finds feasible for decoding one sequence
// per GPU of the cluster at the full context (ISL + OSL).
ServingPlan planServing(const Profile& profile, const ServingSpec& request);

// The micro-batches of a serving step of `concurrency` sequences: the profile's, at most
// one per sequence of a DP replica (two-batch overlap needs a sequence per micro-batch).
std::int64_t servingMicroBatches(std::int64_t microBatches, std::int64_t concurrency, const Strategy& strategy);

// The profile a plan times, less what it replaces: without the step-level targets and
// the baseline; a training profile becomes a decode one, its micro-batches those of a
// serving step (two with two-batch overlap, else one) rather than a training pipeline's.
Profile servingBase(const Profile& profile);

// The profile as the plan timed `point`'s decode step (strategy, concurrency, the mean
// context, micro-batches), for applying a point to the window's sliders.
Profile appliedServingPoint(const Profile& profile, const ServingPoint& point, const ServingSpec& request);

// The aggregated point of the profile's own strategy with its batch as the concurrency
// (the window's "you are here"); none when it does not fit or cannot run.
std::optional<ServingPoint> servingPointOf(const Profile& profile, const ServingSpec& request);

// The targets `point` misses, "TTFT <= 1 s and TPOT <= 50 ms" or one of them; empty
// when it meets them.
Phrase missedTargets(const ServingPoint& point, const ServingSpec& request);

// Why the points that are not the best lose to it, for a user weighing them: those
// giving more throughput per GPU miss a target (which, and how many of them are faster
// per user too), those faster per user give less per GPU. Empty without a best.
Phrase whyOthersLose(const ServingPlan& plan, const ServingSpec& request);

// Output tokens per second and per GPU of `prefillWorkers` prefill workers feeding
// `decodeWorkers` decode workers: the slower side sets the request rate.
double disaggregatedThroughputPerGpu(const ServingWorker& prefill, const ServingWorker& decode,
                                     std::int64_t prefillWorkers, std::int64_t decodeWorkers,
                                     std::int64_t outputTokens);

} // namespace moe
