#include "search/servingplan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <tuple>

#include "model/architecture.h"
#include "model/evaluation.h"
#include "search/continuousbatching.h"
#include "search/search.h"
#include "base/units.h"

namespace moe {

namespace {

// Bounds that keep a plan under a second on DeepSeek-V3 and 64 GPUs (docs/serving.md):
// the best strategies of the decode search, concurrencies by powers of two per DP
// replica, and up to this many workers of each kind in a disaggregated pairing.
constexpr std::size_t kMaxStrategies = 128;
constexpr std::int64_t kMaxPerReplica = 1024;
constexpr std::int64_t kMaxWorkers = 16;

Profile phase(const Profile& base, Mode mode, std::int64_t batch, std::int64_t seqLen, const Strategy& strategy)
{
    Profile p = base;
    p.workload.mode = mode;
    p.workload.batch = batch;
    p.workload.seqLen = seqLen;
    p.workload.microBatches = servingMicroBatches(base.workload.microBatches, batch, strategy);
    p.strategy = strategy;
    return p;
}

// The strategies a plan times: the profile's own first (a user weighing today's
// deployment must find it on the plan), then the search's best, taken in turns from
// each deployment size (GPUs used). Ranked at one sequence per GPU of the cluster, the
// small deployments, holding several sequences per GPU, come first; without the turns
// the large ones, which win at high concurrency, were never timed. Strategies that
// differ only in expert placement or redundant experts count once, as the best ranked
// of them: under balanced routing they time alike, and under skewed routing the search
// ranks the placement that suits the skew first.
std::vector<Strategy> candidateStrategies(const Profile& base, const ServingSpec& request, std::int64_t& tried)
{
    Profile probe = base;
    probe.workload.mode = Mode::Decode;
    probe.workload.batch = std::max<std::int64_t>(1, base.cluster.gpuCount);
    probe.workload.seqLen = request.inputTokens + request.outputTokens;
    const SearchResult result = search(probe, Objective::ThroughputPerGpu);
    tried = result.evaluated;
    const auto sameLayout = [](const Strategy& a, const Strategy& b) {
        return a.tp == b.tp && a.pp == b.pp && a.dp == b.dp && a.ep == b.ep && a.etp == b.etp;
    };
    std::vector<Strategy> strategies{base.strategy};
    std::vector<std::vector<Strategy>> bySize;  // in the order of each size's best
    for (const Candidate& c : result.ranked) {
        auto group = std::find_if(bySize.begin(), bySize.end(), [&](const std::vector<Strategy>& g) {
            return g.front().gpusUsed() == c.strategy.gpusUsed();
        });
        if (group == bySize.end()) {
            bySize.push_back({c.strategy});
        } else if (std::none_of(group->begin(), group->end(), [&](const Strategy& s) { return sameLayout(s, c.strategy); })) {
            group->push_back(c.strategy);
        }
    }
    for (std::size_t turn = 0; strategies.size() < kMaxStrategies; ++turn) {
        bool any = false;
        for (const std::vector<Strategy>& group : bySize) {
            if (turn < group.size() && strategies.size() < kMaxStrategies) {
                any = true;
                if (!sameLayout(group[turn], base.strategy)) {
                    strategies.push_back(group[turn]);
                }
            }
        }
        if (!any) {
            break;
        }
    }
    return strategies;
}

// Seconds to send one request's KV cache from a prefill worker to a decode worker over
// the NIC: every layer's cache of the prompt, split over the TP ranks that each send
// their share at once.
double kvTransferSeconds(const Profile& profile, const Architecture& arch, const Strategy& prefill,
                         std::int64_t inputTokens)
{
    const Link& link = profile.cluster.interNode;
    const double efficiency = link.efficiency > 0 ? link.efficiency : profile.cluster.efficiency.network;
    const double bytes = static_cast<double>(inputTokens) * arch.kvElementsPerToken
        * static_cast<double>(profile.model.layers) * profile.model.kvBytes / arch.kvHeadsSplitBy(prefill.tp);
    return bytes / (link.bandwidthGBps * 1e9 * efficiency) + link.latencyUs * 1e-6;
}

struct TimedSteps {
    std::optional<ServingWorker> decode;
    std::optional<ServingWorker> prefill;
    bool fits = false;  // the decode step fits at the longest context
};

// Times one strategy at one concurrency: memory at the longest context a request
// reaches, decode time at its mean, and (for a disaggregated prefill worker) the
// prefill of the whole batch.
TimedSteps timeSteps(const Profile& base, const Strategy& s, std::int64_t concurrency, const ServingSpec& request,
                     bool prefillWorker = false)
{
    TimedSteps t;
    const std::int64_t isl = request.inputTokens;
    const std::int64_t osl = request.outputTokens;
    const Evaluation longest = evaluate(phase(base, Mode::Decode, concurrency, isl + osl, s), s);
    t.fits = longest.valid && longest.ok;
    if (!t.fits) {
        return t;
    }
    const Evaluation decode = evaluate(phase(base, Mode::Decode, concurrency, isl + osl / 2, s), s);
    const double tpot = decode.rates.timePerOutputTokenS;
    t.decode = ServingWorker{s, concurrency, decode.time.total,
                             static_cast<double>(concurrency) / (static_cast<double>(osl) * tpot), tpot};
    if (!prefillWorker) {
        return t;
    }
    const Evaluation prefill = evaluate(phase(base, Mode::Prefill, concurrency, isl, s), s);
    if (prefill.valid && prefill.ok) {
        t.prefill = ServingWorker{s, concurrency, prefill.time.total,
                                  static_cast<double>(concurrency) / prefill.time.total, 0};
    }
    return t;
}

// The prompt tokens one DP replica prefills per step: the request's chunk, at
// most the computed prompt (none: the whole computed prompt).
double chunkTokensOf(const Profile& base, const ServingSpec& request)
{
    const double prompt = computedPromptTokens(static_cast<double>(request.inputTokens), base.workload.prefixCacheHit);
    return request.chunkTokens ? std::min(prompt, static_cast<double>(*request.chunkTokens)) : prompt;
}

// The prompt tokens one DP replica must prefill per step at one sequence per replica
// to keep up with its own requests: q = tau P / O (continuousbatching.h), tau the
// decode's tokens per sequence and step.
double neededPromptTokens(const ServingWorker& decode, const Profile& base, const ServingSpec& request)
{
    const double tokensPerStep = decode.stepS / decode.tpotS;
    return tokensPerStep * computedPromptTokens(static_cast<double>(request.inputTokens), base.workload.prefixCacheHit)
        / static_cast<double>(request.outputTokens);
}

// A prefill step of one chunk per DP replica: the chunk is the last of its prompt, so
// it attends to the whole prompt (the rest is cached), an upper bound on the mean chunk.
std::optional<double> chunkStepSeconds(const Profile& base, const Strategy& s, const ServingSpec& request)
{
    Profile p = phase(base, Mode::Prefill, s.dp, request.inputTokens, s);
    const double isl = static_cast<double>(request.inputTokens);
    p.workload.prefixCacheHit = std::max(0.0, 1 - chunkTokensOf(base, request) / isl);
    const Evaluation chunk = evaluate(p, s);
    if (!chunk.valid || !chunk.ok) {
        return std::nullopt;
    }
    return chunk.time.total;
}

// Continuous batching (continuousbatching.h): the C sequences decode while the prompts
// of the requests that replace the finished ones are prefilled in chunks beside them.
std::optional<ServingPoint> aggregatedPoint(const Profile& base, const ServingWorker& decode, double chunkStepS,
                                            const ServingSpec& request)
{
    const double dp = static_cast<double>(decode.strategy.dp);
    ContinuousBatchingInput in;
    in.concurrencyPerReplica = static_cast<double>(decode.concurrency) / dp;
    in.inputTokens = static_cast<double>(request.inputTokens);
    in.outputTokens = static_cast<double>(request.outputTokens);
    in.cacheHit = base.workload.prefixCacheHit;
    in.tokensPerStep = decode.stepS / decode.tpotS;
    in.chunkTokens = chunkTokensOf(base, request);
    in.decodeStepS = decode.stepS;
    in.chunkStepS = chunkStepS;
    const std::optional<ContinuousBatchingResult> cb = continuousBatching(in);
    if (!cb) {
        return std::nullopt;
    }
    ServingPoint p;
    p.decode = decode;
    p.decode.stepS = cb->meanStepS;
    p.decode.tpotS = cb->tpotS;
    p.gpus = decode.strategy.gpusUsed();
    p.ttftS = cb->ttftS;
    p.tpotS = cb->tpotS;
    p.tokensPerSPerUser = 1 / cb->tpotS;
    const double outputPerS = cb->outputTokensPerS * dp;
    p.requestsPerS = outputPerS / in.outputTokens;
    p.decode.requestsPerS = p.requestsPerS;
    p.outputTokensPerSPerGpu = outputPerS / static_cast<double>(p.gpus);
    return p;
}

bool withinTtft(double ttftS, const ServingSpec& request)
{
    return !maxTtftS(request) || ttftS <= *maxTtftS(request);
}

bool withinTpot(double tpotS, const ServingSpec& request)
{
    return !maxTpotS(request) || tpotS <= *maxTpotS(request);
}

bool meets(const ServingPoint& p, const ServingSpec& r)
{
    return withinTtft(p.ttftS, r) && withinTpot(p.tpotS, r);
}

// How far a point is from the targets: the largest ratio of a figure to its target.
double shortfall(const ServingPoint& p, const ServingSpec& r)
{
    double worst = 0;
    if (maxTtftS(r)) {
        worst = std::max(worst, p.ttftS / *maxTtftS(r));
    }
    if (maxTpotS(r)) {
        worst = std::max(worst, p.tpotS / *maxTpotS(r));
    }
    return worst;
}

// A figure to compare points by, rounded to about one part in a billion, so that
// deployments that differ only in how many identical replicas they hold (a dense
// model's DP 43 and DP 98 at one sequence per replica) compare as the ties they are.
std::int64_t comparable(double figure)
{
    // Finite figures land within +-2^40 (log2 of a double is within +-1,075, times 2^30);
    // an infinite or undefined one beyond them, with no overflow when negated.
    constexpr std::int64_t kBeyond = std::int64_t{1} << 42;
    if (!std::isfinite(figure)) {
        return figure > 0 ? kBeyond : -kBeyond;
    }
    return std::llround(std::log2(std::max(figure, 1e-300)) * 0x1p30);
}

void markFront(std::vector<ServingPoint>& points)
{
    // Stable: of ties on the same number of GPUs the first timed stays (the profile's own
    // strategy is timed first).
    std::stable_sort(points.begin(), points.end(), [](const ServingPoint& a, const ServingPoint& b) {
        const auto key = [](const ServingPoint& p) {
            return std::tuple(-comparable(p.outputTokensPerSPerGpu), -comparable(p.tokensPerSPerUser), p.gpus);
        };
        return key(a) < key(b);
    });
    // A point is on the front when it is faster per user than every point giving as much
    // throughput per GPU or more. Of points that tie on both, the one on the fewest GPUs
    // stands for them (sorted first); the others add nothing a planner could choose.
    std::int64_t fastestBefore = std::numeric_limits<std::int64_t>::min();
    for (ServingPoint& p : points) {
        const std::int64_t speed = comparable(p.tokensPerSPerUser);
        p.onFront = speed > fastestBefore;
        fastestBefore = std::max(fastestBefore, speed);
    }
    std::stable_partition(points.begin(), points.end(), [](const ServingPoint& p) { return p.onFront; });
}

// Which of two disaggregated candidates to keep: one meeting the TTFT target over one
// that does not; between two that do, the larger `value`; between two that do not, the
// quicker first token.
bool preferred(double ttftS, double value, double keptTtftS, double keptValue, const ServingSpec& request)
{
    const bool fits = withinTtft(ttftS, request);
    const bool keptFits = withinTtft(keptTtftS, request);
    return fits != keptFits ? fits : fits ? value > keptValue : ttftS < keptTtftS;
}

struct PrefillChoice {
    ServingWorker worker;
    double ttftS;  // its prefill step and the KV cache's transfer to a decode worker
};

// The prefill workers worth pairing: for each deployment size (GPUs used), the one with
// the most requests per second among those meeting the TTFT target, or the quickest
// when none of that size does. Sizes are kept apart because prefill and decode workers
// share the cluster: the cheapest prefill worker per request may leave no room for the
// decode workers a smaller one would.
std::vector<PrefillChoice> prefillChoices(const Profile& base, const ServingSpec& request,
                                          const std::vector<ServingWorker>& prefills)
{
    const Architecture arch = describeArchitecture(base.model);
    std::vector<PrefillChoice> chosen;
    for (const ServingWorker& w : prefills) {
        const PrefillChoice c{w, w.stepS + kvTransferSeconds(base, arch, w.strategy, request.inputTokens)};
        auto same = std::find_if(chosen.begin(), chosen.end(), [&](const PrefillChoice& k) {
            return k.worker.strategy.gpusUsed() == w.strategy.gpusUsed();
        });
        if (same == chosen.end()) {
            chosen.push_back(c);
        } else if (preferred(c.ttftS, w.requestsPerS, same->ttftS, same->worker.requestsPerS, request)) {
            *same = c;
        }
    }
    return chosen;
}

// Disaggregated serving (docs/serving.md, step 5): each decode worker with the prefill
// worker and the worker counts that give the most output tokens per second and GPU
// within the cluster, among the pairings meeting the TTFT target when any does.
void disaggregatedPoints(const Profile& base, const ServingSpec& request, const std::vector<ServingWorker>& prefills,
                         const std::vector<ServingWorker>& decodes, std::vector<ServingPoint>& points)
{
    const std::vector<PrefillChoice> choices = prefillChoices(base, request, prefills);
    for (const ServingWorker& d : decodes) {
        std::optional<ServingPoint> kept;
        for (const auto& [prefill, ttftS] : choices) {
            ServingPoint p;
            for (std::int64_t y = 1; y <= kMaxWorkers; ++y) {
                const std::int64_t x = std::max<std::int64_t>(
                    1, std::llround(static_cast<double>(y) * d.requestsPerS / prefill.requestsPerS));
                // The workers share the cluster: more decode workers only need more GPUs.
                if (x > kMaxWorkers || x * prefill.strategy.gpusUsed() + y * d.strategy.gpusUsed() > base.cluster.gpuCount) {
                    break;
                }
                const double perGpu = disaggregatedThroughputPerGpu(prefill, d, x, y, request.outputTokens);
                if (perGpu > p.outputTokensPerSPerGpu) {
                    p.prefillWorkers = x;
                    p.decodeWorkers = y;
                    p.outputTokensPerSPerGpu = perGpu;
                }
            }
            if (p.decodeWorkers == 0) {
                continue;
            }
            p.decode = d;
            p.prefill = prefill;
            p.gpus = p.prefillWorkers * prefill.strategy.gpusUsed() + p.decodeWorkers * d.strategy.gpusUsed();
            p.ttftS = ttftS;
            p.tpotS = d.tpotS;
            p.tokensPerSPerUser = 1 / p.tpotS;
            p.requestsPerS = p.outputTokensPerSPerGpu * static_cast<double>(p.gpus) / static_cast<double>(request.outputTokens);
            if (!kept || preferred(p.ttftS, p.outputTokensPerSPerGpu, kept->ttftS, kept->outputTokensPerSPerGpu, request)) {
                kept = p;
            }
        }
        if (kept) {
            points.push_back(*kept);
        }
    }
}

// "TTFT <= 200 ms and TPOT <= 50 ms" ("or" for `either`), as a phrase the window
// translates.
Phrase describeTargets(const ServingSpec& r, bool either = false)
{
    const auto ttft = maxTtftS(r);
    const auto tpot = maxTpotS(r);
    if (ttft && tpot && either) {
        return Phrase{"ServingPlan", MOE_TRANSLATE_NOOP("ServingPlan", "TTFT <= %1 or TPOT <= %2"),
                      {arg::seconds(*ttft), arg::seconds(*tpot)}};
    }
    if (ttft && tpot) {
        return Phrase{"ServingPlan", MOE_TRANSLATE_NOOP("ServingPlan", "TTFT <= %1 and TPOT <= %2"),
                      {arg::seconds(*ttft), arg::seconds(*tpot)}};
    }
    if (ttft) {
        return Phrase{"ServingPlan", MOE_TRANSLATE_NOOP("ServingPlan", "TTFT <= %1"), {arg::seconds(*ttft)}};
    }
    if (tpot) {
        return Phrase{"ServingPlan", MOE_TRANSLATE_NOOP("ServingPlan", "TPOT <= %1"), {arg::seconds(*tpot)}};
    }
    return Phrase{};
}

// Why a plan timed no point: no strategy holds the model, no prefill worker fits beside a
// decode worker (disaggregated), or the decode steps fit but not the prefill beside them
// (aggregated): chunks too small to keep up with the prompts, or none that fits.
Phrase whyNoPoint(const Profile& base, const ServingSpec& request, const std::vector<ServingWorker>& decodes)
{
    if (decodes.empty()) {
        return Phrase{"ServingPlan",
                      MOE_TRANSLATE_NOOP("ServingPlan", "no strategy of the cluster holds the model with one "
                                                        "sequence per GPU at %1 tokens of context"),
                      {arg::integer(static_cast<double>(request.inputTokens + request.outputTokens))}};
    }
    if (request.disaggregated) {
        return Phrase{"ServingPlan",
                      MOE_TRANSLATE_NOOP("ServingPlan", "no prefill worker and decode worker fit the cluster's %1 "
                                                        "GPUs together; serve aggregated"),
                      {arg::integer(static_cast<double>(base.cluster.gpuCount))}};
    }
    // Each step finishes requests whose replacements' prompts need `needed` tokens
    // prefilled (continuousbatching.h), even at one sequence per replica.
    const double needed = neededPromptTokens(decodes.front(), base, request);
    const double chunk = chunkTokensOf(base, request);
    if (needed <= chunk) {
        return Phrase{"ServingPlan",
                      MOE_TRANSLATE_NOOP("ServingPlan", "no strategy that decodes these requests also fits the "
                                                        "prefill of %1 prompt tokens per DP replica beside "
                                                        "it; give shorter chunks, or serve disaggregated"),
                      {arg::integer(chunk)}};
    }
    const double prompt = computedPromptTokens(static_cast<double>(request.inputTokens), base.workload.prefixCacheHit);
    return chunk >= prompt
        ? Phrase{"ServingPlan",
                 MOE_TRANSLATE_NOOP("ServingPlan", "aggregated serving cannot keep up: even one sequence per DP "
                                                   "replica needs %1 prompt tokens prefilled per step, more than a "
                                                   "whole prompt's %2, as each request ends within a step; give more "
                                                   "output tokens, or serve disaggregated"),
                 {arg::number(needed), arg::number(chunk)}}
        : Phrase{"ServingPlan",
                 MOE_TRANSLATE_NOOP("ServingPlan", "aggregated serving cannot keep up: even one sequence per DP "
                                                   "replica needs %1 prompt tokens prefilled per step, more than the "
                                                   "chunk of %2; give longer chunks, or serve disaggregated"),
                 {arg::number(needed), arg::number(chunk)}};
}

} // namespace

std::int64_t servingMicroBatches(std::int64_t microBatches, std::int64_t concurrency, const Strategy& strategy)
{
    // Two-batch overlap needs a sequence per micro-batch.
    return std::min(microBatches, std::max<std::int64_t>(1, concurrency / std::max<std::int64_t>(1, strategy.dp)));
}

Profile servingBase(const Profile& profile)
{
    Profile p = profile;
    p.constraints.maxLatencyMs.reset();
    p.constraints.minTokensPerS.reset();
    p.baseline.reset();
    const bool twoBatch = p.workload.overlap && p.workload.overlap->expert == ExpertOverlap::TwoBatch;
    if (p.workload.mode == Mode::Training) {
        // A training profile's micro-batches pipeline a global batch (dozens of them), and
        // its schedules (DualPipe, 1F1B's merged all-to-all, interleaving) pair the
        // forward of one micro-batch with the backward of another: a serving step has no
        // backward. It runs one batch, or two with two-batch overlap.
        p.workload.mode = Mode::Decode;
        p.workload.microBatches = 1;
        p.workload.pipeline = Pipeline{};
        if (p.workload.overlap && !twoBatch) {
            p.workload.overlap->expert = ExpertOverlap::None;
        }
    }
    if (twoBatch) {
        // Two micro-batches, whatever a concurrency of one sequence per replica left of
        // them (servingMicroBatches): a plan's steps do not depend on the last one applied.
        p.workload.microBatches = 2;
    }
    return p;
}

Profile appliedServingPoint(const Profile& profile, const ServingPoint& point, const ServingSpec& request)
{
    Profile p = servingBase(profile);
    p.constraints = profile.constraints;
    p.baseline = profile.baseline;
    p = phase(p, Mode::Decode, point.decode.concurrency, request.inputTokens + request.outputTokens / 2,
              point.decode.strategy);
    return p;
}

std::optional<double> maxTtftS(const ServingSpec& request)
{
    return request.ttftMs ? std::optional<double>(*request.ttftMs / 1e3) : std::nullopt;
}

std::optional<double> maxTpotS(const ServingSpec& request)
{
    return request.tpotMs ? std::optional<double>(*request.tpotMs / 1e3) : std::nullopt;
}

std::optional<ServingPoint> servingPointOf(const Profile& profile, const ServingSpec& request)
{
    const Profile base = servingBase(profile);
    const TimedSteps steps = timeSteps(base, base.strategy, base.workload.batch, request);
    const std::optional<double> chunk = chunkStepSeconds(base, base.strategy, request);
    if (!steps.fits || !chunk) {
        return std::nullopt;
    }
    std::optional<ServingPoint> p = aggregatedPoint(base, *steps.decode, *chunk, request);
    if (p) {
        p->meetsTargets = meets(*p, request);
    }
    return p;
}

Phrase missedTargets(const ServingPoint& point, const ServingSpec& request)
{
    ServingSpec missed = request;
    if (withinTtft(point.ttftS, request)) {
        missed.ttftMs.reset();
    }
    if (withinTpot(point.tpotS, request)) {
        missed.tpotMs.reset();
    }
    return describeTargets(missed);
}

Phrase whyOthersLose(const ServingPlan& plan, const ServingSpec& request)
{
    if (!plan.best) {
        return {};
    }
    const ServingPoint& best = plan.points[*plan.best];
    // A point off the front that ties a front point on both figures is that point again
    // (markFront): counted once.
    std::set<std::pair<std::int64_t, std::int64_t>> frontFigures;
    for (const ServingPoint& p : plan.points) {
        if (p.onFront) {
            frontFigures.insert({comparable(p.outputTokensPerSPerGpu), comparable(p.tokensPerSPerUser)});
        }
    }
    ServingSpec missed = request;  // the targets that some point giving more per GPU misses
    missed.ttftMs.reset();
    missed.tpotMs.reset();
    std::int64_t more = 0;
    std::int64_t fasterToo = 0;  // of those, also faster per user: they lose on the targets alone
    for (const ServingPoint& p : plan.points) {
        const std::pair figures{comparable(p.outputTokensPerSPerGpu), comparable(p.tokensPerSPerUser)};
        if (figures.first <= comparable(best.outputTokensPerSPerGpu) || (!p.onFront && frontFigures.count(figures))) {
            continue;
        }
        ++more;
        fasterToo += figures.second > comparable(best.tokensPerSPerUser) ? 1 : 0;
        if (!withinTtft(p.ttftS, request)) {
            missed.ttftMs = request.ttftMs;
        }
        if (!withinTpot(p.tpotS, request)) {
            missed.tpotMs = request.tpotMs;
        }
    }
    const PhraseArg targets = arg::phrases({describeTargets(missed, true)});
    if (more == 0) {
        return Phrase{"ServingPlan",
                      MOE_TRANSLATE_NOOP("ServingPlan", "No deployment gives more output tokens/s per GPU."), {}};
    }
    if (more == 1) {
        return fasterToo > 0
            ? Phrase{"ServingPlan",
                     MOE_TRANSLATE_NOOP("ServingPlan", "The one deployment giving more per GPU misses %1, though faster "
                                                       "per user too; the rest give no more per GPU."),
                     {targets}}
            : Phrase{"ServingPlan",
                     MOE_TRANSLATE_NOOP("ServingPlan", "The one deployment giving more per GPU misses %1; the rest give "
                                                       "no more per GPU."),
                     {targets}};
    }
    if (fasterToo > 0) {
        return Phrase{"ServingPlan",
                      MOE_TRANSLATE_NOOP("ServingPlan", "The %1 deployments giving more per GPU each miss %2 (%3 of them "
                                                        "are faster per user too); the rest give no more per GPU."),
                      {arg::integer(static_cast<double>(more)), targets, arg::integer(static_cast<double>(fasterToo))}};
    }
    return Phrase{"ServingPlan",
                  MOE_TRANSLATE_NOOP("ServingPlan", "The %1 deployments giving more per GPU each miss %2; the rest give "
                                                    "no more per GPU."),
                  {arg::integer(static_cast<double>(more)), targets}};
}

double disaggregatedThroughputPerGpu(const ServingWorker& prefill, const ServingWorker& decode,
                                     std::int64_t prefillWorkers, std::int64_t decodeWorkers,
                                     std::int64_t outputTokens)
{
    const double rate = std::min(static_cast<double>(prefillWorkers) * prefill.requestsPerS,
                                 static_cast<double>(decodeWorkers) * decode.requestsPerS);
    const double gpus = static_cast<double>(prefillWorkers * prefill.strategy.gpusUsed()
                                            + decodeWorkers * decode.strategy.gpusUsed());
    return rate * static_cast<double>(outputTokens) / gpus;
}

ServingPlan planServing(const Profile& profile, const ServingSpec& request)
{
    ServingPlan plan;
    const Profile base = servingBase(profile);

    std::vector<ServingWorker> prefills;
    std::vector<ServingWorker> decodes;
    for (const Strategy& s : candidateStrategies(base, request, plan.strategiesTried)) {
        // Aggregated: one chunk step per strategy (it does not depend on the concurrency).
        const std::optional<double> chunk =
            request.disaggregated ? std::nullopt : chunkStepSeconds(base, s, request);
        for (std::int64_t perReplica = 1; perReplica <= kMaxPerReplica; perReplica *= 2) {
            const TimedSteps steps = timeSteps(base, s, perReplica * s.dp, request, request.disaggregated);
            if (!steps.fits) {
                break;  // more sequences only need more memory
            }
            decodes.push_back(*steps.decode);
            if (steps.prefill) {
                prefills.push_back(*steps.prefill);
            }
            if (chunk) {
                if (std::optional<ServingPoint> p = aggregatedPoint(base, *steps.decode, *chunk, request)) {
                    plan.points.push_back(*p);
                }
            }
        }
    }

    if (request.disaggregated) {
        disaggregatedPoints(base, request, prefills, decodes, plan.points);
    }

    for (ServingPoint& p : plan.points) {
        p.meetsTargets = meets(p, request);
    }
    markFront(plan.points);
    for (std::size_t i = 0; i < plan.points.size(); ++i) {
        const ServingPoint& p = plan.points[i];
        // Ties go to the first, on the front when one of them is (markFront).
        if (p.meetsTargets
            && (!plan.best
                || comparable(p.outputTokensPerSPerGpu) > comparable(plan.points[*plan.best].outputTokensPerSPerGpu))) {
            plan.best = i;
        }
        if (!plan.closest || shortfall(p, request) < shortfall(plan.points[*plan.closest], request)) {
            plan.closest = i;
        }
    }
    if (plan.points.empty()) {
        plan.closest.reset();
        plan.messagePhrase = whyNoPoint(base, request, decodes);
    } else if (!plan.best) {
        plan.messagePhrase = Phrase{"ServingPlan", MOE_TRANSLATE_NOOP("ServingPlan", "nothing meets %1"),
                                    {arg::phrases({describeTargets(request)})}};
    } else {
        plan.closest.reset();
    }
    if (!plan.best) {
        plan.message = plan.messagePhrase.english();
    }
    return plan;
}

} // namespace moe
