#pragma once

// Every figure can explain itself: the formula, the same formula with the input
// values substituted, and the result. Explanations are built only on request (by
// explain()), so a plain evaluation does no string work.

#include <cstdint>
#include <string>
#include <vector>

#include "profile/profile.h"

namespace moe {

struct Explanation {
    std::string key;      // the figure, as in the CLI's JSON: "time_s.a2a_dispatch"
    std::string formula;  // in symbols
    std::string values;   // with the inputs substituted
    double value = 0;
    std::string unit;     // "bytes", "s", "FLOP", "tokens/s", "" for ratios
    std::string source;   // where the formula comes from
};

class Trace {
public:
    void add(std::string key, std::string formula, std::string values, double value, std::string unit,
             std::string source = {});
    const std::vector<Explanation>& items() const { return m_items; }
    std::vector<Explanation>& items() { return m_items; }

private:
    std::vector<Explanation> m_items;
};

// A compact rendering of a number for substituted formulas (6 significant digits).
std::string num(double value);

// Explanations of every summary figure of evaluate(profile, strategy), for the GPU
// and stage that the summary describes. Empty when the strategy is illegal.
std::vector<Explanation> explain(const Profile& profile, const Strategy& strategy);
std::vector<Explanation> explain(const Profile& profile);

// Explanations of one GPU's memory components and compute time (per micro-batch),
// for the grid's cells. Empty when the strategy is illegal or the GPU is idle.
std::vector<Explanation> explainGpu(const Profile& profile, const Strategy& strategy, std::int64_t gpu);

} // namespace moe
