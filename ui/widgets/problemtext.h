#pragma once

// Why a profile or a strategy cannot be evaluated, in the window's language. Core
// phrases the strategy's checks (profile/strategycheck.cpp, context "StrategyCheck")
// and the file readers' errors (profile/jsonreader.h, context "ProfileFile"); a
// message without a phrase stays as core wrote it. JSON pointers stay as they are:
// they name keys of the file.

#include <QString>

#include <string>

#include "base/phrase.h"
#include "model/evaluation.h"
#include "profile/profileio.h"

namespace moe::ui {

// The phrase translated where core gave one, else `english`.
QString phraseOr(const Phrase& phrase, const std::string& english);

// "path: message", or the message alone without a path.
QString problemText(const ProfileError& error);
// Why `evaluation` did not run, with or without the key it concerns.
QString evaluationError(const Evaluation& evaluation, bool withPath = true);

} // namespace moe::ui
