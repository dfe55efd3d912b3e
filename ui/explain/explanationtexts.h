#pragma once

// The Explain dock's "With the values" and "Source" columns in the window's language.
// Core writes both in English for the CLI's JSON (model/explain.cpp, memorymodel.cpp,
// costmodel.cpp, layerkernels.cpp). On screen every number of a substituted formula
// is written in the locale's form (German "6,71089E+07", "131.072"), and the words
// around the numbers are looked up in a catalogue of core's templates (context
// "FormulaValues", the numbers as %1, %2, ...); a source is looked up whole (context
// "FormulaSource"): the translator translates its words and keeps the titles of papers
// and documents as they are. Text the catalogues lack stays as core wrote it, with
// its numbers localised.

#include <QString>

#include <string>

namespace moe::ui {

QString valuesText(const std::string& english);
QString sourceText(const std::string& english);

// The template of a substituted formula: its numbers replaced by %1, %2, ... in order
// ("16 layers, %1 assignments" for "16 layers, 8192 assignments" reads "%1 layers, %2
// assignments").
std::string valuesTemplate(const std::string& english);
// Whether a template has words a reader needs translated (not only symbols, units
// and the names of the parallelisms), and whether the catalogues hold it.
bool valuesNeedWords(const std::string& templateText);
bool isCataloguedValues(const std::string& templateText);
bool isCataloguedSource(const std::string& english);

} // namespace moe::ui
