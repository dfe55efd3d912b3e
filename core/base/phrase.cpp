#include "base/phrase.h"

#include <cstdio>

#include "base/units.h"

namespace moe {

std::string PhraseArg::english() const
{
    switch (kind) {
    case Kind::Name:
    case Kind::Label:
    case Kind::Figure:
        return text;
    case Kind::Phrases:
        return moe::english(phrases);
    case Kind::Integer:
        return formatInteger(value);
    case Kind::Number: {
        // As num() in model/explanation.h prints substituted formulas.
        char buffer[48];
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
        return buffer;
    }
    case Kind::Bytes:
        return formatBytes(value);
    case Kind::Seconds:
        return formatSeconds(value);
    case Kind::Rate:
        return formatRate(value);
    case Kind::Percent:
        return formatPercent(value);
    case Kind::Change:
        return formatChange(value);
    }
    return text;
}

std::string substitutePlaceholders(const std::string& pattern, const std::vector<std::string>& args)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < args.size()) {
                out += args[index];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string Phrase::english() const
{
    std::vector<std::string> texts;
    texts.reserve(args.size());
    for (const PhraseArg& a : args) {
        texts.push_back(a.english());
    }
    return substitutePlaceholders(std::string(text), texts);
}

std::string english(const std::vector<Phrase>& phrases)
{
    std::string text;
    for (const Phrase& p : phrases) {
        text += p.english();
    }
    return text;
}

namespace arg {

namespace {
PhraseArg figure(PhraseArg::Kind kind, double value)
{
    PhraseArg a;
    a.kind = kind;
    a.value = value;
    return a;
}
} // namespace

PhraseArg name(std::string text)
{
    PhraseArg a;
    a.text = std::move(text);
    return a;
}

PhraseArg label(const char* context, const char* text)
{
    PhraseArg a;
    a.kind = PhraseArg::Kind::Label;
    a.context = context;
    a.text = text;
    return a;
}

PhraseArg phrases(std::vector<Phrase> parts)
{
    PhraseArg a;
    a.kind = PhraseArg::Kind::Phrases;
    a.phrases = std::move(parts);
    return a;
}

PhraseArg integer(double value) { return figure(PhraseArg::Kind::Integer, value); }
PhraseArg number(double value) { return figure(PhraseArg::Kind::Number, value); }
PhraseArg bytes(double value) { return figure(PhraseArg::Kind::Bytes, value); }
PhraseArg seconds(double value) { return figure(PhraseArg::Kind::Seconds, value); }
PhraseArg rate(double value) { return figure(PhraseArg::Kind::Rate, value); }
PhraseArg percent(double value) { return figure(PhraseArg::Kind::Percent, value); }
PhraseArg change(double ratio) { return figure(PhraseArg::Kind::Change, ratio); }

PhraseArg figure(std::string englishFigure)
{
    PhraseArg a;
    a.kind = PhraseArg::Kind::Figure;
    a.text = std::move(englishFigure);
    return a;
}

} // namespace arg

} // namespace moe
