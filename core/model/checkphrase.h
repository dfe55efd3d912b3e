#pragma once

// A check's detail in words as a phrase (context "Check"), which the window
// translates; describeCheck() in evaluation.h is its English, for the CLI and the JSON.

#include "base/phrase.h"
#include "model/evaluation.h"

namespace moe {

Phrase checkPhrase(const Check& check, const Evaluation& evaluation);

} // namespace moe
