#pragma once

// The Explain dock's formulas in the window's language. Core writes each formula in
// English, for the CLI's JSON; the window looks it up in a catalogue of core's
// formulas (context "Formula") and shows the translation, or the English for a
// formula the catalogue lacks.

#include <QString>

#include <string>

namespace moe::ui {

QString formulaText(const std::string& english);
bool isCataloguedFormula(const std::string& english);

} // namespace moe::ui
