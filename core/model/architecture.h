#pragma once

// What the model's architecture alone implies: parameter counts per building block,
// forward FLOPs per token, KV-cache elements per token. Computed once per profile.
// Sources: Narayanan et al. 2021 (arXiv 2104.04473) for the dense GPT layer,
// Mixtral (arXiv 2401.04088) and DeepSeek-V2/V3 (arXiv 2405.04434, 2412.19437) for
// experts and MLA; docs/model.md walks through each count.

#include <cstdint>

#include "profile/profile.h"

namespace moe {

struct Architecture {
    // Parameters of one building block.
    double attentionParams = 0;  // Q, K, V, O projections (and MLA's low-rank parts)
    double normParamsPerLayer = 0;  // the two norms of a layer
    double expertParams = 0;        // one expert FFN
    double denseFfnParams = 0;      // the FFN of one dense layer
    double routerParams = 0;        // gate of one MoE layer
    double embeddingParams = 0;     // token (and position) embeddings
    double lmHeadParams = 0;        // 0 when tied to the embedding
    double finalNormParams = 0;
    int ffnMatrices = 2;            // 3 for gated FFNs (SwiGLU)

    double totalParams = 0;
    double activeParamsPerToken = 0;

    // Forward FLOPs per token (2 per multiply-accumulate).
    double attentionProjectionFlops = 0;  // per layer
    double attentionScoreFlopsPerContextToken = 0;  // per layer, times the context length
    // The same for one decode query against the KV cache. MLA decodes with the up-projections
    // absorbed into the query and output (DeepSeek-V2 report, section 2.1.2): scores against the
    // cached latent and rope key (d_c + d_h^R) and the output in the latent (d_c), per head.
    double decodeScoreFlopsPerContextToken = 0;
    double expertFlops = 0;    // one expert
    double denseFfnFlops = 0;  // one dense FFN
    double routerFlops = 0;
    double lmHeadFlops = 0;

    // KV cache elements per token per layer (DeepSeek-V2 Table 1), and how many of them
    // one TP rank holds.
    double kvElementsPerToken = 0;
    double kvHeadsSplitBy(std::int64_t tp) const;  // the divisor for one TP rank's share
    bool kvIsLatent = false;                       // MLA: one latent per token, not split by TP
    std::int64_t kvHeads = 0;

    // Model FLOPs of one step (forward; times 3 for training), per token, for a
    // context of `context` tokens; see docs/model.md "FLOPs".
    double forwardFlopsPerToken(const Model& model, double context) const;
};

Architecture describeArchitecture(const Model& model);

} // namespace moe
