#pragma once

// Profiles for tests, written as JSON so that every test profile also passes through
// the loader. Values that a test does not care about get plain, documented defaults.

#include <nlohmann/json.hpp>

#include "profile/profile.h"

namespace moe::test {

// A dense GPT in Narayanan et al.'s shape: FFN 4h, biases, LayerNorm, learned position
// embeddings of `seq` rows and an LM head tied to the embedding.
nlohmann::json denseGptJson(int layers, int hidden, int heads, int vocab, int seq);

// A small MoE on one 8-GPU node, prefill, efficiencies 1, no latencies.
nlohmann::json smallMoeJson();

// DeepSeek-V3's shape (61 layers, 256 experts of FFN 2048, top-8) training on 16,384
// GPUs of 80 GiB: a search space of millions, for tests of cancelling long work.
nlohmann::json deepSeekSizedTrainingJson();

// Parses `json` as a profile; fails the running test (QFAIL-style abort) when invalid.
Profile profileFrom(const nlohmann::json& json);

// The built-in profile `id`; aborts when it does not load.
Profile builtin(const char* id);

// The built-in DeepSeek-V3 training on H800 cut from 2048 GPUs to 256, batch and
// micro-batches in proportion: the same step of seconds and thousands of tokens/s per
// GPU, with a search a tenth the size (about 1.5 s instead of 13 s here, which a busy
// CI machine made over 120 s).
Profile deepSeekTraining256();

} // namespace moe::test
