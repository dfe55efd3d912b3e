#include "widgets/problemtext.h"

#include "widgets/phrasetext.h"

namespace moe::ui {

namespace {

QString withPath(const std::string& path, const QString& message)
{
    return path.empty() ? message : QString::fromStdString(path) + QStringLiteral(": ") + message;
}

} // namespace

QString phraseOr(const Phrase& phrase, const std::string& english)
{
    return *phrase.text ? phraseText(phrase) : QString::fromStdString(english);
}

QString problemText(const ProfileError& error)
{
    return withPath(error.path, phraseOr(error.phrase, error.message));
}

QString evaluationError(const Evaluation& evaluation, bool path)
{
    const QString message = phraseOr(evaluation.errorPhrase, evaluation.error);
    return path ? withPath(evaluation.errorPath, message) : message;
}

} // namespace moe::ui
