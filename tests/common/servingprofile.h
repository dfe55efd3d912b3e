#pragma once

// The serving tests' profile: a small MoE (testprofiles.h) on 16 H100s (two DGX nodes)
// decoding 64 sequences of 1,024 tokens on DP8 EP8.

#include "testprofiles.h"

namespace moe::test {

inline Profile smallServingProfile()
{
    nlohmann::json j = smallMoeJson();
    j["version"] = 2;
    j["cluster"] = nlohmann::json{{"system", "dgx-h100"}, {"gpu_count", 16}};
    j["model"]["layers"] = 8;
    j["workload"] = nlohmann::json{{"mode", "decode"}, {"batch", 64}, {"seq_len", 1024}};
    j["strategy"] = nlohmann::json{{"tp", 1}, {"pp", 1}, {"dp", 8}, {"ep", 8}};
    return profileFrom(j);
}

} // namespace moe::test
