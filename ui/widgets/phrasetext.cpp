#include "widgets/phrasetext.h"

#include <QCoreApplication>

#include "widgets/localfigures.h"

namespace moe::ui {

namespace {

QString argText(const PhraseArg& a)
{
    switch (a.kind) {
    case PhraseArg::Kind::Name:
        return QString::fromStdString(a.text);
    case PhraseArg::Kind::Label:
        return QCoreApplication::translate(a.context, a.text.c_str());
    case PhraseArg::Kind::Phrases:
        return phraseText(a.phrases);
    case PhraseArg::Kind::Integer:
        return localInteger(a.value);
    case PhraseArg::Kind::Number:
        return localNumber(a.value);
    case PhraseArg::Kind::Bytes:
        return localBytes(a.value);
    case PhraseArg::Kind::Seconds:
        return localSeconds(a.value);
    case PhraseArg::Kind::Rate:
        return localRate(a.value);
    case PhraseArg::Kind::Percent:
        return localPercent(a.value);
    case PhraseArg::Kind::Change:
        return localChange(a.value);
    case PhraseArg::Kind::Figure:
        return localFigure(a.text);
    }
    return QString::fromStdString(a.text);
}

// As core's substitutePlaceholders: %1 to %9 in one pass, so that an argument's own
// text ("100%") is never read as a placeholder.
QString substitute(const QString& pattern, const std::vector<QString>& args)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char16_t c = pattern[i].unicode();
        const char16_t next = i + 1 < pattern.size() ? pattern[i + 1].unicode() : u'\0';
        if (c == u'%' && next >= u'1' && next <= u'9' && static_cast<std::size_t>(next - u'1') < args.size()) {
            out += args[static_cast<std::size_t>(next - u'1')];
            ++i;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

} // namespace

QString phraseText(const Phrase& phrase)
{
    std::vector<QString> args;
    args.reserve(phrase.args.size());
    for (const PhraseArg& a : phrase.args) {
        args.push_back(argText(a));
    }
    return substitute(QCoreApplication::translate(phrase.context, phrase.text), args);
}

QString phraseText(const std::vector<Phrase>& phrases)
{
    QString text;
    for (const Phrase& p : phrases) {
        text += phraseText(p);
    }
    return text;
}

} // namespace moe::ui
