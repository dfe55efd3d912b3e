#pragma once

// Aggregated serving with continuous batching and chunked prefill (issue 14, point 2;
// docs/serving.md, "Aggregated serving"): a deployment keeps C sequences decoding and,
// as requests finish, prefills the prompts of the ones that replace them in chunks
// that ride on the decode steps (Sarathi-Serve, Agrawal et al., OSDI 2024). Pure
// arithmetic on step times, so the formulas can be worked by hand.

#include <cstdint>
#include <optional>

namespace moe {

struct ContinuousBatchingInput {
    double concurrencyPerReplica = 0;  // C / DP: sequences decoding on one DP replica
    double inputTokens = 0;            // I
    double outputTokens = 0;           // O
    double cacheHit = 0;               // h: the share of each prompt served from the prefix cache
    double tokensPerStep = 1;          // tau: tokens a sequence emits per decode step (speculation)
    double chunkTokens = 0;            // c: prompt tokens a replica prefills per step (computed ones)
    double decodeStepS = 0;            // T_d: a decode step of the C sequences
    double chunkStepS = 0;             // T_c: a prefill step of one c-token chunk per replica
};

struct ContinuousBatchingResult {
    double promptTokensPerStep = 0;  // q = (C / DP) tau I (1 - h) / O, per replica
    double chunkedStepShare = 0;     // f = q / c: the share of steps that carry a chunk
    double meanStepS = 0;            // T = T_d + f T_c
    double ttftS = 0;                // ceil(I (1 - h) / c) (T_d + T_c)
    double tpotS = 0;                // T / tau
    double outputTokensPerS = 0;     // per replica: (C / DP) tau / T
};

// The steady state; none when the chunks cannot keep up (q > c): requests would finish
// faster than their replacements' prompts can be prefilled.
std::optional<ContinuousBatchingResult> continuousBatching(const ContinuousBatchingInput& in);

// Prompt tokens of one request that the prefill computes: I (1 - h), at least one.
double computedPromptTokens(double inputTokens, double cacheHit);

} // namespace moe
