#pragma once

// Power-law routing as NVIDIA's aiconfigurator models it (github.com/ai-dynamo/
// aiconfigurator, collector/helper.py: sample_power_law and
// _generate_power_law_distribution, commit 095f58a): each expert's token count is
// drawn from a bounded power law, density proportional to x^-alpha on [xmin, xmax],
// with xmin = 1 and xmax = 0.8 x tokens when tokens x top-k exceeds the experts, and
// on [0.01, 2] otherwise; the counts are then scaled to tokens x top-k and no expert
// takes more than every token once.

#include <cstdint>
#include <vector>

namespace moe {

// The weight of each expert, hottest first: the distribution's quantiles at
// u = 1 - (i + 1/2) / experts instead of aiconfigurator's random u, so that a profile
// evaluates the same every time. Each share is capped at 1 / topK (an expert sees a
// token at most once), the excess spread over the others in proportion to their weight.
std::vector<double> powerLawWeights(std::int64_t experts, double alpha, double tokens, std::int64_t topK);

} // namespace moe
