#include "model/architecture.h"

namespace moe {

double Architecture::kvHeadsSplitBy(std::int64_t tp) const
{
    if (kvIsLatent) {
        return 1;  // the MLA latent is replicated on every TP rank
    }
    // Heads are split when there are at least TP of them, otherwise each rank keeps one.
    return kvHeads >= tp ? static_cast<double>(tp) : static_cast<double>(kvHeads);
}

double Architecture::forwardFlopsPerToken(const Model& m, double context) const
{
    const double layers = static_cast<double>(m.layers);
    const double moeLayers = static_cast<double>(m.moeLayers());
    const double denseLayers = layers - moeLayers;
    const double perMoeLayer = static_cast<double>(m.topK + m.sharedExperts) * expertFlops + routerFlops;
    return layers * (attentionProjectionFlops + attentionScoreFlopsPerContextToken * context)
        + denseLayers * denseFfnFlops + moeLayers * perMoeLayer + lmHeadFlops;
}

Architecture describeArchitecture(const Model& m)
{
    Architecture a;
    const double h = static_cast<double>(m.hidden);
    const double heads = static_cast<double>(m.heads);
    const double bias = m.biases ? 1.0 : 0.0;
    a.ffnMatrices = m.gatedFfn ? 3 : 2;
    a.kvHeads = m.kvHeads;

    if (m.mla) {
        const Mla& mla = *m.mla;
        const double qkDim = static_cast<double>(mla.qkNopeHeadDim + mla.qkRopeHeadDim);
        const double vDim = static_cast<double>(mla.vHeadDim);
        const double kvRank = static_cast<double>(mla.kvLoraRank);
        const double rope = static_cast<double>(mla.qkRopeHeadDim);
        double q = 0;
        if (mla.qLoraRank > 0) {
            const double qRank = static_cast<double>(mla.qLoraRank);
            q = h * qRank + qRank /* q_a norm */ + qRank * heads * qkDim;
        } else {
            q = h * heads * qkDim;
        }
        const double kv = h * (kvRank + rope) + kvRank /* kv_a norm */ + kvRank * heads * (qkDim - rope + vDim);
        const double o = heads * vDim * h;
        a.attentionParams = q + kv + o;
        a.attentionScoreFlopsPerContextToken = 2 * heads * qkDim + 2 * heads * vDim;
        a.decodeScoreFlopsPerContextToken = 2 * heads * (kvRank + rope) + 2 * heads * kvRank;
        a.kvElementsPerToken = kvRank + rope;  // d_c + d_h^R
        a.kvIsLatent = true;
    } else {
        const double d = static_cast<double>(m.headDim);
        const double kvh = static_cast<double>(m.kvHeads);
        // Q and O: heads x d each way; K and V: kv_heads x d.
        a.attentionParams = 2 * h * heads * d + 2 * h * kvh * d + bias * (heads * d + 2 * kvh * d + h);
        a.attentionScoreFlopsPerContextToken = 4 * heads * d;  // QK^T and attention x V
        a.decodeScoreFlopsPerContextToken = a.attentionScoreFlopsPerContextToken;
        a.kvElementsPerToken = 2 * kvh * d;  // MHA 2 n_h d_h, GQA 2 n_g d_h, MQA 2 d_h
    }
    // LayerNorm has a weight and a bias; RMSNorm only a weight.
    const double normParams = m.biases ? 2 * h : h;
    a.normParamsPerLayer = 2 * normParams;
    a.finalNormParams = normParams;

    auto ffnParams = [&](double ffnHidden) {
        return a.ffnMatrices * h * ffnHidden + bias * (ffnHidden * (a.ffnMatrices - 1) + h);
    };
    a.expertParams = ffnParams(static_cast<double>(m.expertHidden));
    a.denseFfnParams = ffnParams(static_cast<double>(m.denseHidden));
    a.routerParams = h * static_cast<double>(m.experts);
    a.embeddingParams = static_cast<double>(m.vocab + m.positionEmbeddings) * h;
    a.lmHeadParams = m.tiedEmbeddings ? 0 : static_cast<double>(m.vocab) * h;

    const double layers = static_cast<double>(m.layers);
    const double moeLayers = static_cast<double>(m.moeLayers());
    const double denseLayers = layers - moeLayers;
    const double common = layers * (a.attentionParams + a.normParamsPerLayer) + a.embeddingParams + a.lmHeadParams
        + a.finalNormParams;
    const double sharedAndRouter = static_cast<double>(m.sharedExperts) * a.expertParams + a.routerParams;
    a.totalParams = common + denseLayers * a.denseFfnParams
        + moeLayers * (static_cast<double>(m.experts) * a.expertParams + sharedAndRouter);
    a.activeParamsPerToken = common + denseLayers * a.denseFfnParams
        + moeLayers * (static_cast<double>(m.topK) * a.expertParams + sharedAndRouter);

    // Forward FLOPs: two per weight of every matrix a token passes through; biases and
    // norms are negligible and, as in Narayanan et al., not counted.
    const double biasParamsAttention = bias * (heads * (m.mla ? 0 : static_cast<double>(m.headDim))
                                               + 2 * static_cast<double>(m.kvHeads) * static_cast<double>(m.headDim) + h);
    a.attentionProjectionFlops = 2 * (a.attentionParams - (m.mla ? 0 : biasParamsAttention));
    if (m.mla) {
        // The two small norms inside MLA are not matrices.
        a.attentionProjectionFlops = 2 * (a.attentionParams - static_cast<double>(m.mla->qLoraRank + m.mla->kvLoraRank));
    }
    a.expertFlops = 2 * a.ffnMatrices * h * static_cast<double>(m.expertHidden);
    a.denseFfnFlops = 2 * a.ffnMatrices * h * static_cast<double>(m.denseHidden);
    a.routerFlops = 2 * a.routerParams;
    a.lmHeadFlops = 2 * static_cast<double>(m.vocab) * h;
    return a;
}

} // namespace moe
