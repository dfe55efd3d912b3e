// The model library. Every architecture number below is read from the configuration
// named in the entry's configSource (a Hugging Face config.json, or the paper where no
// config was published), and docs/models.md lists the same sources. Parameter counts
// are never stored: describeArchitecture() computes them, and tst_models compares
// them with the published figures.

#include "profile/models.h"

#include <vector>

namespace moe {

namespace {

struct Shape {
    std::int64_t layers, denseLayers, hidden, heads, kvHeads, headDim;
    std::int64_t experts, sharedExperts, topK, expertHidden, denseHidden, vocab;
};

// SwiGLU, RMSNorm, bias-free linears, untied embeddings, BF16: the modern default.
Model modern(const Shape& s)
{
    Model m;
    m.layers = s.layers;
    m.denseLayers = s.experts > 0 ? s.denseLayers : s.layers;
    m.hidden = s.hidden;
    m.heads = s.heads;
    m.kvHeads = s.kvHeads;
    m.headDim = s.headDim;
    m.experts = s.experts;
    m.sharedExperts = s.sharedExperts;
    m.topK = s.topK;
    m.expertHidden = s.expertHidden;
    m.denseHidden = s.denseHidden;
    m.vocab = s.vocab;
    m.gatedFfn = true;
    return m;
}

Model withMla(Model m, std::int64_t qLoraRank, std::int64_t kvLoraRank)
{
    // DeepSeek-V2, V3 and Kimi K2 share the head dimensions: qk_nope_head_dim 128,
    // qk_rope_head_dim 64, v_head_dim 128 (each config.json).
    m.mla = Mla{qLoraRank, kvLoraRank, 128, 64, 128};
    return m;
}

// quantization_config {"quant_method": "fp8", "weight_block_size": [128, 128]}: one
// byte per weight, GEMMs in FP8 (dataTypeForBytes) with block scales (activations
// quantised per 1 x 128 group as they enter a GEMM), activations and cache in BF16.
Model fp8Block(Model m)
{
    m.weightBytes = 1;
    m.precision.gemm = DataType::Fp8;
    m.precision.fp8Recipe = Fp8Recipe::Blockwise;
    return m;
}

// quantization_config {"quant_method": "mxfp4"}: OCP MX FP4, a 4-bit element per
// weight and one 8-bit scale per 32 (OCP Microscaling Formats v1.0, section 5.1), so
// 4.25 bits = 0.53125 bytes. Applied to every weight, though gpt-oss keeps attention,
// router and embeddings in BF16 (modules_to_not_convert): docs/models.md gives the
// memory this misses. Hopper has no FP4 tensor cores, so GEMMs stay BF16.
Model mxfp4(Model m)
{
    m.weightBytes = 0.53125;
    m.precision.gemm = DataType::Bf16;
    return m;
}

std::vector<ModelSpec> makeLibrary()
{
    std::vector<ModelSpec> v;
    v.push_back({"mixtral-8x7b", "Mixtral 8x7B", modern({32, 0, 4096, 32, 8, 128, 8, 0, 2, 14336, 14336, 32000}), 47,
                 13, "Jiang et al. 2024, Mixtral of Experts (arXiv 2401.04088), section 2: 47B parameters, 13B active",
                 "mistralai/Mixtral-8x7B-v0.1 config.json (MixtralForCausalLM), as vendored by ai-dynamo/aiconfigurator, "
                 "aic-core/src/aiconfigurator_core/model_configs/mistralai--Mixtral-8x7B-v0.1_config.json",
                 ""});
    v.push_back({"mixtral-8x22b", "Mixtral 8x22B",
                 modern({56, 0, 6144, 48, 8, 128, 8, 0, 2, 16384, 16384, 32000}), 141, 39,
                 "Mistral AI's Mixtral 8x22B announcement (2024-04): 39B active of 141B total, as quoted by the DAIR.AI "
                 "Prompt Engineering Guide, models/mixtral-8x22b",
                 "mistralai/Mixtral-8x22B-v0.1 config.json, as vendored by ai-dynamo/aiconfigurator, "
                 "aic-core/src/aiconfigurator_core/model_configs/mistralai--Mixtral-8x22B-v0.1_config.json",
                 ""});
    v.push_back({"deepseek-v2", "DeepSeek-V2",
                 withMla(modern({60, 1, 5120, 128, 128, 128, 160, 2, 6, 1536, 12288, 102400}), 1536, 512), 236, 21,
                 "DeepSeek-AI 2024, DeepSeek-V2 (arXiv 2405.04434), abstract: 236B total, 21B activated",
                 "deepseek-ai/DeepSeek-V2 config.json (DeepseekV2ForCausalLM: first_k_dense_replace 1, 160 routed + 2 "
                 "shared experts, top 6, q_lora_rank 1536, kv_lora_rank 512, vocab 102400), as quoted whole in "
                 "public code; tests/core/profile/hfconfigs/README.md says where",
                 "Active: 21.38B with the input embedding (0.52B), 20.85B without; both round to the published "
                 "21B, and the test checks the count without, as for DeepSeek-V3."});
    {
        Model m = fp8Block(withMla(modern({61, 3, 7168, 128, 128, 128, 256, 1, 8, 2048, 18432, 129280}), 1536, 512));
        m.mtpLayers = 1;  // num_nextn_predict_layers
        v.push_back({"deepseek-v3", "DeepSeek-V3 / R1", m, 671, 37,
                     "DeepSeek-AI 2024, DeepSeek-V3 Technical Report (arXiv 2412.19437), abstract: 671B total, 37B "
                     "activated; the deepseek-ai/DeepSeek-V3 README counts the MTP module's 14B apart (685B in all)",
                     "deepseek-ai/DeepSeek-V3 config.json (DeepseekV3ForCausalLM, FP8 block 128x128), as vendored by "
                     "ai-dynamo/aiconfigurator, aic-core/src/aiconfigurator_core/model_configs/"
                     "deepseek-ai--DeepSeek-V3_config.json; DeepSeek-R1 has the same architecture",
                     "Active: 37.55B with the input embedding (0.93B), 36.62B without; the published 37B matches the "
                     "count without the embedding lookup, which does no arithmetic."});
    }
    v.push_back({"qwen3-30b-a3b", "Qwen3-30B-A3B", modern({48, 0, 2048, 32, 4, 128, 128, 0, 8, 768, 6144, 151936}),
                 30.5, 3.3,
                 "Qwen/Qwen3-30B-A3B model card: 30.5B parameters, 3.3B activated, 29.9B non-embedding",
                 std::string_view("Qwen/Qwen3-30B-A3B config.json (Qwen3MoeForCausalLM), as vendored by "
                                  "ai-dynamo/aiconfigurator, aic-core/src/aiconfigurator_core/model_configs/"
                                  "Qwen--Qwen3-30B-A3B_config.json"),
                 "Active: computed 3.353B against 3.3B published (1.6% above). Total 30.53B and non-embedding "
                 "29.91B match the card; its active figure agrees with the count cut to one decimal, not rounded. "
                 "Per-head q/k RMSNorm weights (2 x 128 per layer) are not modelled."});
    v.push_back({"qwen3-235b-a22b", "Qwen3-235B-A22B",
                 modern({94, 0, 4096, 64, 4, 128, 128, 0, 8, 1536, 12288, 151936}), 235, 22,
                 "Qwen/Qwen3-235B-A22B model card: 235B parameters, 22B activated, 234B non-embedding",
                 "Qwen/Qwen3-235B-A22B config.json (Qwen3MoeForCausalLM), as vendored by ai-dynamo/aiconfigurator, "
                 "aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B_config.json",
                 ""});
    v.push_back({"kimi-k2", "Kimi K2",
                 fp8Block(withMla(modern({61, 1, 7168, 64, 64, 128, 384, 1, 8, 2048, 18432, 163840}), 1536, 512)),
                 1000, 32,
                 "MoonshotAI/Kimi-K2 README, Model Summary: 1T total parameters, 32B activated",
                 "moonshotai/Kimi-K2-Instruct config.json (DeepseekV3ForCausalLM, FP8 block 128x128), as vendored by "
                 "ai-dynamo/aiconfigurator, aic-core/src/aiconfigurator_core/model_configs/"
                 "moonshotai--Kimi-K2-Instruct_config.json",
                 "Total 1026.4B against \"1T\", a one-significant-figure figure (2.6%); secondary sources quote "
                 "1.04T, which this count does not reach and whose breakdown we could not find. Active: 32.86B with "
                 "the input embedding (1.17B), 31.69B without; 32B published."});
    {
        // gpt-oss: attention_bias true and biased expert projections (gate_up_proj_bias,
        // down_proj_bias), as `biases` models them.
        Model small = mxfp4(modern({24, 0, 2880, 64, 8, 64, 32, 0, 4, 2880, 2880, 201088}));
        small.biases = true;
        Model large = mxfp4(modern({36, 0, 2880, 64, 8, 64, 128, 0, 4, 2880, 2880, 201088}));
        large.biases = true;
        constexpr const char* note
            = "Active counted without the input embedding (0.58B), as the model card does: with it 4.19B (20b) and "
              "5.71B (120b). Approximated: `biases` also gives each RMSNorm a bias (2 x 2880 per layer) while the "
              "router bias and the attention sinks (64 per layer) are left out: under 0.001% of the total. "
              "Every second layer attends over a 128-token sliding window (layer_types); the model times full "
              "causal attention in every layer, so attention score FLOPs and KV cache beyond 128 tokens are "
              "over-counted for half the layers.";
        v.push_back({"gpt-oss-20b", "gpt-oss-20b", small, 20.9, 3.6,
                     "OpenAI 2025, gpt-oss-120b & gpt-oss-20b Model Card (arXiv 2508.10925), section 2: 20.9B total, "
                     "3.6B active",
                     "openai/gpt-oss-20b config.json (GptOssForCausalLM, mxfp4), as vendored by "
                     "ai-dynamo/aiconfigurator, aic-core/src/aiconfigurator_core/model_configs/"
                     "openai--gpt-oss-20b_config.json",
                     note});
        v.push_back({"gpt-oss-120b", "gpt-oss-120b", large, 116.8, 5.1,
                     "OpenAI 2025, gpt-oss-120b & gpt-oss-20b Model Card (arXiv 2508.10925), section 2: 116.8B total, "
                     "5.1B active",
                     "openai/gpt-oss-120b config.json (GptOssForCausalLM, mxfp4), as vendored by "
                     "ai-dynamo/aiconfigurator, aic-core/src/aiconfigurator_core/model_configs/"
                     "openai--gpt-oss-120b_config.json",
                     note});
    }
    // Llama 4: every MoE layer also has one shared expert of intermediate_size
    // (transformers, models/llama4/modeling_llama4.py, Llama4TextMoe.shared_expert);
    // dense layers use intermediate_size_mlp.
    v.push_back({"llama4-scout", "Llama 4 Scout", modern({48, 0, 5120, 40, 8, 128, 16, 1, 1, 8192, 16384, 202048}), 109,
                 17,
                 "Meta, \"The Llama 4 herd\" (ai.meta.com/blog/llama-4-multimodal-intelligence, 2025-04-05): 17B "
                 "active, 16 experts, 109B total",
                 "meta-llama/Llama-4-Scout-17B-16E-Instruct config.json, text_config (interleave_moe_layer_step 1), "
                 "as vendored by ai-dynamo/aiconfigurator, aic-core/src/aiconfigurator_core/model_configs/"
                 "meta-llama--Llama-4-Scout-17B-16E-Instruct_config.json",
                 "Text model only: 107.77B against 109B published (1.1%), which counts the vision encoder and "
                 "projector as well. Llama 4's chunked attention (attention_chunk_size 8192 in 3 of 4 layers) is "
                 "timed as full causal attention."});
    v.push_back({"llama4-maverick", "Llama 4 Maverick",
                 modern({48, 24, 5120, 40, 8, 128, 128, 1, 1, 8192, 16384, 202048}), 400, 17,
                 "Meta, \"The Llama 4 herd\" (ai.meta.com/blog/llama-4-multimodal-intelligence, 2025-04-05): 17B "
                 "active, 128 experts, 400B total",
                 "meta-llama/Llama-4-Maverick-17B-128E-Instruct config.json, text_config (interleave_moe_layer_step "
                 "2), as vendored by ai-dynamo/aiconfigurator, aic-core/src/aiconfigurator_core/model_configs/"
                 "meta-llama--Llama-4-Maverick-17B-128E-Instruct_config.json",
                 "Every second layer is MoE (interleave_moe_layer_step 2); the model puts the 24 dense layers first. "
                 "Counts are the same; a pipeline stage's share of expert weights differs (the first stages hold "
                 "none). Text model only; chunked attention timed as full causal attention."});
    {
        Model m = modern({92, 3, 5120, 96, 8, 128, 160, 1, 8, 1536, 12288, 151552});
        m.mtpLayers = 1;
        v.push_back({"glm-4.5", "GLM-4.5", m, 355, 32,
                     "zai-org/GLM-4.5 README: 355B total parameters, 32B active; GLM-5 technical report, Table 1 "
                     "(GLM-4.5 column)",
                     "GLM-5 technical report (Zhipu AI and Tsinghua), Table 1, GLM-4.5 column: 3 dense + 89 MoE "
                     "layers, 1 MTP layer, hidden 5120, dense FFN 12288, expert FFN 1536, head dim 128, 96 heads, 8 "
                     "KV heads, 160 experts, 8 routed, 1 shared, vocab 151552 (via glennklockwood.com/garden/GLM-5); "
                     "the same values as the Megatron arguments of the slime RL framework's "
                     "scripts/models/glm4.5-355B-A32B.sh (read in its fork zyzshishui/slime)",
                     "Total 352.80B without the MTP layer (0.6% below 355B), 356.8B with it (0.5% above); the report "
                     "gives no breakdown. Active 33.63B with embedding and LM head, 32.08B without both, as the "
                     "published 32B counts. The q/k/v biases (attention_bias, 14,336 per layer) are left out."});
    }
    v.push_back({"llama3.1-8b", "Llama 3.1 8B", modern({32, 32, 4096, 32, 8, 128, 0, 0, 0, 0, 14336, 128256}), 8, 8,
                 "Meta: the size in the model's name, 8B (The Llama 3 Herd of Models, arXiv 2407.21783)",
                 "meta-llama/Meta-Llama-3.1-8B config.json (LlamaForCausalLM), as vendored by ai-dynamo/aiconfigurator, "
                 "aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-8B_config.json",
                 ""});
    v.push_back({"llama3.1-70b", "Llama 3.1 70B", modern({80, 80, 8192, 64, 8, 128, 0, 0, 0, 0, 28672, 128256}), 70,
                 70, "Meta: the size in the model's name, 70B (The Llama 3 Herd of Models, arXiv 2407.21783)",
                 "meta-llama/Meta-Llama-3.1-70B config.json, as vendored by ai-dynamo/aiconfigurator, "
                 "aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-70B_config.json",
                 "70.55B against the name's 70B (0.8%): the name is a nominal size, and we found no finer published "
                 "figure."});
    v.push_back({"llama3.1-405b", "Llama 3.1 405B",
                 modern({126, 126, 16384, 128, 8, 128, 0, 0, 0, 0, 53248, 128256}), 405, 405,
                 "Meta: the size in the model's name, 405B (The Llama 3 Herd of Models, arXiv 2407.21783)",
                 "meta-llama/Meta-Llama-3.1-405B config.json, as vendored by ai-dynamo/aiconfigurator, "
                 "aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-405B_config.json",
                 ""});
    {
        // GPT-3: learned positions, LayerNorm and biases, a plain FFN of 4 x d_model, tied
        // embeddings (GPT-2's design, which GPT-3 keeps: Brown et al. section 2.1).
        Model m;
        m.layers = m.denseLayers = 96;
        m.hidden = 12288;
        m.heads = m.kvHeads = 96;
        m.headDim = 128;
        m.denseHidden = 4 * 12288;
        m.vocab = 50257;
        m.tiedEmbeddings = true;
        m.biases = true;
        m.positionEmbeddings = 2048;
        v.push_back({"gpt3-175b", "GPT-3 175B", m, 175.0, 175.0,
                     "Brown et al. 2020, Language Models are Few-Shot Learners (arXiv 2005.14165), Table 2.1: 175.0B",
                     "Brown et al. 2020, Table 2.1 (n_layers 96, d_model 12288, n_heads 96, d_head 128, n_ctx 2048, "
                     "d_ff = 4 d_model); GPT-2's model and architecture otherwise (section 2.1), so GPT-2's vocabulary "
                     "of 50257 (Radford et al. 2019), learned positions, LayerNorm, biases and tied embeddings; no "
                     "config.json was published",
                     ""});
    }
    return v;
}

} // namespace

std::span<const ModelSpec> builtinModels()
{
    static const std::vector<ModelSpec> library = makeLibrary();
    return library;
}

const ModelSpec* findModel(std::string_view id)
{
    for (const ModelSpec& spec : builtinModels()) {
        if (spec.id == id) {
            return &spec;
        }
    }
    return nullptr;
}

std::string modelIds()
{
    std::string ids;
    for (const ModelSpec& spec : builtinModels()) {
        ids += (ids.empty() ? "" : ", ") + std::string(spec.id);
    }
    return ids;
}

Model modelFromPreset(const ModelSpec& spec)
{
    Model m = spec.model;
    m.preset = std::string(spec.id);
    return m;
}

} // namespace moe
