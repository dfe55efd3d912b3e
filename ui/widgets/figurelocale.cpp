#include "widgets/figurelocale.h"

namespace moe::ui {

QLocale figureLocale(const QLocale& system, const QString& translationLanguage)
{
    if (translationLanguage.isEmpty()) {
        return system;
    }
    const QLocale translation(translationLanguage);
    if (translation.language() == QLocale::C || translation.language() == system.language()) {
        return system;
    }
    return translation;
}

namespace {
bool g_chartsFollowLocale = false;
} // namespace

void setChartsFollowLocale(bool follow)
{
    g_chartsFollowLocale = follow;
}

bool chartsFollowLocale()
{
    return g_chartsFollowLocale;
}

} // namespace moe::ui
