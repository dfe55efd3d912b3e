#pragma once

// Core's phrases (base/phrase.h) in the window's language: the template translated in
// its context, each figure formatted for the locale (widgets/localfigures.h), each
// label translated in its own context.

#include <QString>

#include <vector>

#include "base/phrase.h"

namespace moe::ui {

QString phraseText(const Phrase& phrase);
QString phraseText(const std::vector<Phrase>& phrases);  // one after another

} // namespace moe::ui
