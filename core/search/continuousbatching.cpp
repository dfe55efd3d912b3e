#include "search/continuousbatching.h"

#include <algorithm>
#include <cmath>

namespace moe {

double computedPromptTokens(double inputTokens, double cacheHit)
{
    return std::max(1.0, std::round(inputTokens * (1 - cacheHit)));
}

std::optional<ContinuousBatchingResult> continuousBatching(const ContinuousBatchingInput& in)
{
    if (in.concurrencyPerReplica <= 0 || in.outputTokens <= 0 || in.chunkTokens <= 0 || in.tokensPerStep <= 0) {
        return std::nullopt;
    }
    const double prompt = computedPromptTokens(in.inputTokens, in.cacheHit);
    ContinuousBatchingResult r;
    // Each step, C tau / O sequences of a replica finish (each emits tau tokens a step, O
    // in all) and as many start, each bringing a prompt to prefill.
    r.promptTokensPerStep = in.concurrencyPerReplica * in.tokensPerStep * prompt / in.outputTokens;
    r.chunkedStepShare = r.promptTokensPerStep / in.chunkTokens;
    if (r.chunkedStepShare > 1) {
        return std::nullopt;
    }
    // A step that carries a chunk takes the decode step and the chunk's prefill: the sum
    // reads the weights twice, an upper bound on the fused step.
    r.meanStepS = in.decodeStepS + r.chunkedStepShare * in.chunkStepS;
    r.ttftS = std::ceil(prompt / in.chunkTokens) * (in.decodeStepS + in.chunkStepS);
    r.tpotS = r.meanStepS / in.tokensPerStep;
    r.outputTokensPerS = in.concurrencyPerReplica * in.tokensPerStep / r.meanStepS;
    return r;
}

} // namespace moe
