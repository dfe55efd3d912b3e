// Hugging Face config.json to a Model. Each architecture's keys are those of its
// transformers configuration class; docs/models.md lists them with the model library's
// sources. Strict: a required key that is absent or not a number is an error.

#include "profile/hfimport.h"

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "profile/jsonreader.h"
#include "profile/valuelimits.h"

namespace moe {

namespace {

using nlohmann::json;
using detail::fail;
using detail::ProfileException;
using detail::say;

// A whole-file error: the phrase and its English.
ProfileError fileError(Phrase phrase)
{
    std::string english = phrase.english();
    return ProfileError{"", std::move(english), std::move(phrase)};
}

PhraseArg count(std::int64_t value)
{
    return arg::integer(static_cast<double>(value));
}

// A note for the user in English (the CLI) and as a phrase (the window).
void fill(ImportResult& r, Phrase phrase)
{
    r.filled.push_back(phrase.english());
    r.filledPhrases.push_back(std::move(phrase));
}

void approximate(ImportResult& r, Phrase phrase)
{
    r.approximated.push_back(phrase.english());
    r.approximatedPhrases.push_back(std::move(phrase));
}

constexpr const char* kArchitectures[] = {
    "MixtralForCausalLM",    "DeepseekV2ForCausalLM", "DeepseekV3ForCausalLM",          "Qwen2MoeForCausalLM",
    "Qwen3MoeForCausalLM",   "LlamaForCausalLM",      "Llama4ForConditionalGeneration", "GptOssForCausalLM",
    "Glm4MoeForCausalLM",
};

// One JSON object of the config, with the pointer of each key for messages.
class Config {
public:
    Config(const json& object, std::string path, ImportResult& result)
        : m_object(object)
        , m_path(std::move(path))
        , m_result(result)
    {
    }

    std::string pointer(const std::string& key) const { return m_path + "/" + detail::pointerToken(key); }
    bool has(const std::string& key) const { return m_object.contains(key) && !m_object.at(key).is_null(); }

    std::int64_t integer(const std::string& key, double high) const
    {
        if (!has(key)) {
            fail(pointer(key), say(MOE_TRANSLATE_NOOP("ProfileFile", "missing: the %1 importer needs \"%2\""),
                                   {arg::name(m_result.architecture), arg::name(key)}));
        }
        return detail::readInteger(m_object.at(key), pointer(key), detail::Range{1, high});
    }
    // A value the config may leave out; the default used is listed for the user.
    // `why` is marked for translation where it is written (context "ProfileFile").
    std::int64_t integer(const std::string& key, double high, std::int64_t fallback, const char* why) const
    {
        if (!has(key)) {
            fill(m_result, say(MOE_TRANSLATE_NOOP("ProfileFile", "%1 absent or null: %2 (%3)"),
                               {arg::name(pointer(key)), arg::name(std::to_string(fallback)), arg::label("ProfileFile", why)}));
            return fallback;
        }
        return detail::readInteger(m_object.at(key), pointer(key), detail::Range{0, high});
    }
    bool boolean(const std::string& key, bool fallback, const char* why) const
    {
        if (!has(key)) {
            fill(m_result, say(MOE_TRANSLATE_NOOP("ProfileFile", "%1 absent: %2 (%3)"),
                               {arg::name(pointer(key)), arg::name(fallback ? "true" : "false"), arg::label("ProfileFile", why)}));
            return fallback;
        }
        const json& value = m_object.at(key);
        if (!value.is_boolean()) {
            fail(pointer(key), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected true or false, got %1"),
                                   {arg::phrases({detail::describeValue(value)})}));
        }
        return value.get<bool>();
    }
    const json& raw() const { return m_object; }

private:
    const json& m_object;
    std::string m_path;
    ImportResult& m_result;
};

constexpr double kLayers = limits::kMaxLayers;
constexpr double kHidden = limits::kMaxHidden;
constexpr double kHeads = limits::kMaxHeads;
constexpr double kExperts = limits::kMaxExperts;
constexpr double kFfn = limits::kMaxFfnHidden;
constexpr double kVocab = limits::kMaxVocab;

// The keys every decoder of these families has. MLA models size their heads with their
// own keys, so `mla` skips head_dim.
void readCommon(const Config& c, Model& m, bool mla = false)
{
    m.layers = c.integer("num_hidden_layers", kLayers);
    m.hidden = c.integer("hidden_size", kHidden);
    m.heads = c.integer("num_attention_heads", kHeads);
    m.kvHeads = c.integer("num_key_value_heads", kHeads, m.heads, MOE_TRANSLATE_NOOP("ProfileFile", "no key/value head count: multi-head attention"));
    if (m.kvHeads == 0 || m.heads % m.kvHeads != 0) {
        fail(c.pointer("num_key_value_heads"),
             say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a divisor of num_attention_heads (%1), got %2"),
                 {count(m.heads), count(m.kvHeads)}));
    }
    if (mla) {
        // set by the caller
    } else if (c.has("head_dim")) {
        m.headDim = c.integer("head_dim", kHidden);
    } else {
        m.headDim = m.hidden / m.heads;
        c.integer("head_dim", kHidden, m.headDim, MOE_TRANSLATE_NOOP("ProfileFile", "hidden_size / num_attention_heads"));
    }
    m.vocab = c.integer("vocab_size", kVocab);
    m.tiedEmbeddings = c.boolean("tie_word_embeddings", false, MOE_TRANSLATE_NOOP("ProfileFile", "the transformers default for these models"));
    m.gatedFfn = true;  // every family read here uses SwiGLU (hidden_act silu, gate and up projections)
}

void readDeepseek(const Config& c, Model& m, ImportResult& r)
{
    readCommon(c, m, true);
    m.experts = c.integer("n_routed_experts", kExperts);
    m.sharedExperts = c.integer("n_shared_experts", kExperts, 0, MOE_TRANSLATE_NOOP("ProfileFile", "no shared experts"));
    m.topK = c.integer("num_experts_per_tok", kExperts);
    m.expertHidden = c.integer("moe_intermediate_size", kFfn);
    m.denseHidden = c.integer("intermediate_size", kFfn);
    m.denseLayers = c.integer("first_k_dense_replace", kLayers, 0, MOE_TRANSLATE_NOOP("ProfileFile", "every layer has experts"));
    if (c.integer("moe_layer_freq", kLayers, 1, MOE_TRANSLATE_NOOP("ProfileFile", "every layer after the dense ones has experts")) != 1) {
        approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "%1 is not 1: the model puts all dense layers first; counts are unchanged"),
                           {arg::name(c.pointer("moe_layer_freq"))}));
    }
    Mla mla;
    mla.qLoraRank = c.integer("q_lora_rank", kHidden, 0, MOE_TRANSLATE_NOOP("ProfileFile", "queries projected directly from the hidden state"));
    mla.kvLoraRank = c.integer("kv_lora_rank", kHidden);
    mla.qkNopeHeadDim = c.integer("qk_nope_head_dim", kHidden);
    mla.qkRopeHeadDim = c.integer("qk_rope_head_dim", kHidden);
    mla.vHeadDim = c.integer("v_head_dim", kHidden);
    m.mla = mla;
    m.headDim = mla.vHeadDim;  // what a head's output is; MLA's cache does not use it
    m.mtpLayers = c.integer("num_nextn_predict_layers", kLayers, 0, MOE_TRANSLATE_NOOP("ProfileFile", "no multi-token-prediction module"));
}

void readQwenMoe(const Config& c, Model& m, ImportResult& r)
{
    readCommon(c, m);
    m.experts = c.integer("num_experts", kExperts);
    m.topK = c.integer("num_experts_per_tok", kExperts);
    m.expertHidden = c.integer("moe_intermediate_size", kFfn);
    m.denseHidden = c.integer("intermediate_size", kFfn);
    const std::int64_t step = c.integer("decoder_sparse_step", kLayers, 1, MOE_TRANSLATE_NOOP("ProfileFile", "every layer has experts"));
    std::int64_t dense = m.layers - m.layers / step;
    if (c.has("mlp_only_layers")) {
        const json& list = c.raw().at("mlp_only_layers");
        if (!list.is_array()) {
            fail(c.pointer("mlp_only_layers"), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a list of layer indices, got %1"),
                                                   {arg::phrases({detail::describeValue(list)})}));
        }
        dense = std::max<std::int64_t>(dense, static_cast<std::int64_t>(list.size()));
    }
    if (dense > 0) {
        approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "the %1 dense layers (decoder_sparse_step, mlp_only_layers) are placed first"),
                           {count(dense)}));
    }
    m.denseLayers = dense;
    if (c.raw().value("model_type", "") == "qwen2_moe" || c.has("shared_expert_intermediate_size")) {
        // transformers, models/qwen2_moe/modeling_qwen2_moe.py: q/k/v have biases
        // (bias=config.qkv_bias; bias=True in older releases), and the
        // shared expert has a one-output gate.
        approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "Qwen2-MoE's q/k/v biases (qkv_bias) and shared-expert gate are "
                                                             "left out (a few thousand parameters per layer)")));
    }
    if (c.has("shared_expert_intermediate_size")) {
        // Qwen2-MoE: one shared expert of its own width, modelled as whole experts.
        const std::int64_t shared = c.integer("shared_expert_intermediate_size", kFfn);
        m.sharedExperts = (shared + m.expertHidden / 2) / m.expertHidden;
        if (m.sharedExperts * m.expertHidden != shared) {
            approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "%1 %2 is not a multiple of moe_intermediate_size; modelled as %3 experts"),
                               {arg::name(c.pointer("shared_expert_intermediate_size")), arg::name(std::to_string(shared)),
                                arg::name(std::to_string(m.sharedExperts))}));
        }
    }
    if (c.has("attention_bias") && c.boolean("attention_bias", false, "")) {
        approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "attention q/k/v biases left out (a few thousand parameters per layer)")));
    }
}

void readLlama4Text(const Config& c, Model& m, ImportResult& r)
{
    readCommon(c, m);
    m.experts = c.integer("num_local_experts", kExperts);
    m.topK = c.integer("num_experts_per_tok", kExperts);
    m.expertHidden = c.integer("intermediate_size", kFfn);
    m.denseHidden = c.integer("intermediate_size_mlp", kFfn);
    // transformers, models/llama4/modeling_llama4.py: Llama4TextMoe always builds one
    // shared expert of intermediate_size; the config has no key for it.
    m.sharedExperts = 1;
    fill(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "shared experts: 1 (Llama4TextMoe always has one; the config has no key for it)")));
    const std::int64_t step = c.integer("interleave_moe_layer_step", kLayers, 1, MOE_TRANSLATE_NOOP("ProfileFile", "every layer has experts"));
    m.denseLayers = m.layers - m.layers / step;
    if (step > 1) {
        approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "one layer in %1 has experts (interleave_moe_layer_step); the model puts the "
                                                             "%2 dense layers first: counts are unchanged"),
                           {count(step), count(m.denseLayers)}));
    }
    if (c.has("attention_chunk_size")) {
        approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "chunked attention (attention_chunk_size) is timed as full causal attention")));
    }
    approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "text model only: the vision encoder is not modelled")));
}

} // namespace

std::string supportedArchitectures()
{
    std::string list;
    for (const char* name : kArchitectures) {
        list += (list.empty() ? "" : ", ") + std::string(name);
    }
    return list;
}

ImportResult importHfConfig(std::string_view text)
{
    ImportResult r;
    if (text.size() > kMaxHfConfigBytes) {
        r.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "the file is larger than %1 KiB; a config.json is a few KiB"),
                                {arg::name(std::to_string(kMaxHfConfigBytes / 1024))}));
        return r;
    }
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        // Line and column of the byte the parser stopped at (nlohmann counts from 1).
        std::size_t line = 1;
        std::size_t column = 1;
        const std::size_t end = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        for (std::size_t i = 0; i < end; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        // The parser's own words (e.what()) stay in English.
        r.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "not JSON: line %1, column %2: %3"),
                                {arg::name(std::to_string(line)), arg::name(std::to_string(column)), arg::name(e.what())}));
        return r;
    }
    try {
        if (!doc.is_object()) {
            fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a JSON object (a config.json), got %1"),
                         {arg::phrases({detail::describeValue(doc)})}));
        }
        if (!doc.contains("architectures") || !doc["architectures"].is_array() || doc["architectures"].empty()
            || !doc["architectures"][0].is_string()) {
            fail("/architectures", say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a list naming the model class, one of %1"),
                                       {arg::name(supportedArchitectures())}));
        }
        r.architecture = doc["architectures"][0].get<std::string>();
        const std::string& arch = r.architecture;
        Model m;
        const Config top(doc, "", r);
        if (arch == "MixtralForCausalLM") {
            readCommon(top, m);
            m.experts = top.integer("num_local_experts", kExperts);
            m.topK = top.integer("num_experts_per_tok", kExperts);
            m.expertHidden = m.denseHidden = top.integer("intermediate_size", kFfn);
        } else if (arch == "DeepseekV2ForCausalLM" || arch == "DeepseekV3ForCausalLM") {
            readDeepseek(top, m, r);
        } else if (arch == "Qwen2MoeForCausalLM" || arch == "Qwen3MoeForCausalLM") {
            readQwenMoe(top, m, r);
        } else if (arch == "LlamaForCausalLM") {
            readCommon(top, m);
            m.denseHidden = top.integer("intermediate_size", kFfn);
            if (top.boolean("attention_bias", false, MOE_TRANSLATE_NOOP("ProfileFile", "bias-free attention"))
                || top.boolean("mlp_bias", false, MOE_TRANSLATE_NOOP("ProfileFile", "bias-free MLP"))) {
                m.biases = true;
            }
        } else if (arch == "Llama4ForConditionalGeneration") {
            if (!doc.contains("text_config") || !doc["text_config"].is_object()) {
                fail("/text_config", say(MOE_TRANSLATE_NOOP("ProfileFile", "missing: the Llama4ForConditionalGeneration importer reads the text model "
                                                                           "from \"text_config\"")));
            }
            readLlama4Text(Config(doc["text_config"], "/text_config", r), m, r);
        } else if (arch == "GptOssForCausalLM") {
            readCommon(top, m);
            m.experts = top.integer("num_local_experts", kExperts);
            m.topK = top.integer("num_experts_per_tok", kExperts);
            m.expertHidden = m.denseHidden = top.integer("intermediate_size", kFfn);
            m.biases = top.boolean("attention_bias", false, MOE_TRANSLATE_NOOP("ProfileFile", "bias-free attention"));
            approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "attention sinks (one per head and layer) and the router bias are left out; "
                                                                 "`biases` gives each RMSNorm a bias: under 0.001% of the parameters")));
            if (top.has("sliding_window")) {
                approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "sliding-window layers (layer_types, sliding_window) are timed as full "
                                                                     "causal attention: score FLOPs and KV cache are over-counted for them")));
            }
        } else if (arch == "Glm4MoeForCausalLM") {
            readCommon(top, m);
            m.experts = top.integer("n_routed_experts", kExperts);
            m.sharedExperts = top.integer("n_shared_experts", kExperts, 0, MOE_TRANSLATE_NOOP("ProfileFile", "no shared experts"));
            m.topK = top.integer("num_experts_per_tok", kExperts);
            m.expertHidden = top.integer("moe_intermediate_size", kFfn);
            m.denseHidden = top.integer("intermediate_size", kFfn);
            m.denseLayers = top.integer("first_k_dense_replace", kLayers, 0, MOE_TRANSLATE_NOOP("ProfileFile", "every layer has experts"));
            m.mtpLayers = top.integer("num_nextn_predict_layers", kLayers, 0, MOE_TRANSLATE_NOOP("ProfileFile", "no multi-token-prediction layer"));
            if (top.has("attention_bias") && top.boolean("attention_bias", false, "")) {
                approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "attention q/k/v biases left out (a few thousand parameters per layer)")));
            }
        } else {
            fail("/architectures/0", say(MOE_TRANSLATE_NOOP("ProfileFile", "unsupported architecture \"%1\"; supported: %2"),
                                         {arg::name(arch), arg::name(supportedArchitectures())}));
        }
        if (m.experts == 0) {
            m.denseLayers = m.layers;
        } else {
            if (m.topK > m.experts) {
                fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "experts per token (%1) exceed the experts (%2)"),
                             {count(m.topK), count(m.experts)}));
            }
            if (m.denseLayers >= m.layers) {
                fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "every layer is dense (%1 of %2), yet the model has experts"),
                             {count(m.denseLayers), count(m.layers)}));
            }
        }
        // Precision from quantization_config.
        if (doc.contains("quantization_config")) {
            const json& q = doc["quantization_config"];
            if (!q.is_object() || !q.contains("quant_method") || !q["quant_method"].is_string()) {
                fail("/quantization_config/quant_method",
                     say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a string such as \"fp8\" or \"mxfp4\"")));
            }
            const std::string method = q["quant_method"].get<std::string>();
            if (method == "fp8") {
                m.weightBytes = 1;
                m.precision.gemm = DataType::Fp8;
                if (q.contains("weight_block_size")) {
                    m.precision.fp8Recipe = Fp8Recipe::Blockwise;
                }
            } else if (method == "mxfp4") {
                // 4-bit elements plus an 8-bit scale per 32 (OCP Microscaling Formats v1.0).
                m.weightBytes = 0.53125;
                approximate(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "mxfp4: 4.25 bits for every weight, though attention, router and "
                                                                     "embeddings stay BF16; GEMMs timed in BF16")));
            } else {
                fail("/quantization_config/quant_method",
                     say(MOE_TRANSLATE_NOOP("ProfileFile", "unsupported quantization \"%1\"; supported: fp8 (block), mxfp4"),
                         {arg::name(method)}));
            }
        } else {
            fill(r, say(MOE_TRANSLATE_NOOP("ProfileFile", "/quantization_config absent: BF16 weights (2 bytes)")));
        }
        r.model = m;
    } catch (const ProfileException& e) {
        r.error = e.error;
    }
    return r;
}

ImportResult importHfConfigFile(const std::string& path)
{
    namespace fs = std::filesystem;
    ImportResult r;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        r.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot open \"%1\": no such file"), {arg::name(path)}));
        return r;
    }
    if (!fs::is_regular_file(status)) {
        r.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "\"%1\" is not a regular file"), {arg::name(path)}));
        return r;
    }
    const auto size = fs::file_size(path, ec);
    if (ec || size > kMaxHfConfigBytes) {
        r.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "\"%1\" is %2 KiB, over the %3 KiB a config.json may have; not read"),
                                {arg::name(path), arg::name(std::to_string(size / 1024)),
                                 arg::name(std::to_string(kMaxHfConfigBytes / 1024))}));
        return r;
    }
    std::ifstream in(path, std::ios::binary);
    std::string text(kMaxHfConfigBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        r.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot read \"%1\""), {arg::name(path)}));
        return r;
    }
    return importHfConfig(text);
}

} // namespace moe
