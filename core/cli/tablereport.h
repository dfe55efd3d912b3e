#pragma once

// The evaluation as text for people: aligned columns, units, GiB and ms.

#include <ostream>
#include <vector>

#include "evaluation.h"
#include "explanation.h"

namespace moe::cli {

void printEvaluationTable(std::ostream& out, const Profile& profile, const Evaluation& evaluation);
void printGpuTable(std::ostream& out, const Evaluation& evaluation);
void printExplanations(std::ostream& out, const std::vector<Explanation>& explanations);

} // namespace moe::cli
