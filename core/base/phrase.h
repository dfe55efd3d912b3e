#pragma once

// A sentence for people as an English template with typed arguments, so that each
// reader gets it in their language: the CLI, the JSON and the report print english();
// the window translates the template (Qt's tr() in the phrase's context; lupdate
// reads the templates through MOE_TRANSLATE_NOOP) and formats the numbers for its
// locale (ui/widgets/phrasetext.h). Templates name their arguments %1 to %9, so a
// translation may put them in another order.

#include <string>
#include <vector>

// Marks a text for translation without Qt: lupdate reads it as QT_TRANSLATE_NOOP
// (app/explorer/CMakeLists.txt passes -tr-function-alias), core sees the text.
// model/components.h defines the same macro, token for token, which C++ allows.
#define MOE_TRANSLATE_NOOP(context, text) text

namespace moe {

struct Phrase;

// One argument: a figure (formatted by base/units.h in English, by the window's
// locale on screen), a name that stays as it is, a translatable label, or phrases.
struct PhraseArg {
    enum class Kind {
        Name,     // kept as it is: a JSON key, a strategy "TP8 PP1"
        Label,    // translated in `context`: a component label
        Phrases,  // nested phrases, concatenated
        Integer,  // formatInteger: "1048576"
        Number,   // six significant digits, as explanations print them: "1.25"
        Bytes,    // formatBytes
        Seconds,  // formatSeconds
        Rate,     // formatRate
        Percent,  // formatPercent
        Change,   // formatChange
        Figure,   // any figure base/units.h formatted in English ("12.5%", "46.70 B", "900 GB/s"); the
                  // window rewrites its numbers in the locale's form (localFigure)
    };
    Kind kind = Kind::Name;
    double value = 0;
    std::string text;
    const char* context = "";
    std::vector<Phrase> phrases;

    std::string english() const;
};

struct Phrase {
    const char* context = "";  // the translation context
    const char* text = "";     // the English template, marked with MOE_TRANSLATE_NOOP
    std::vector<PhraseArg> args;

    std::string english() const;
};

// The phrases one after another, as the CLI prints them.
std::string english(const std::vector<Phrase>& phrases);

// Replaces %1 to %9 in `pattern` by `args` in one pass, so that an argument's own
// text is never read as a placeholder; any other '%' is kept.
// (ui/widgets/phrasetext.cpp does the same for QString.)
std::string substitutePlaceholders(const std::string& pattern, const std::vector<std::string>& args);

namespace arg {
PhraseArg name(std::string text);
PhraseArg label(const char* context, const char* text);
PhraseArg phrases(std::vector<Phrase> parts);
PhraseArg integer(double value);
PhraseArg number(double value);
PhraseArg bytes(double value);
PhraseArg seconds(double value);
PhraseArg rate(double value);
PhraseArg percent(double value);
PhraseArg change(double ratio);
PhraseArg figure(std::string englishFigure);
} // namespace arg

} // namespace moe
