#include "widgets/figurelocale.h"

namespace moe::ui {

QLocale figureLocale(const QLocale& system, const QString& translationLanguage)
{
    if (translationLanguage.isEmpty()) {
        return system;
    }
    // By name, not the system locale itself: with LANGUAGE=de and LANG=C.UTF-8 Qt's
    // system locale is named de_DE yet takes its separators from LC_NUMERIC (C's).
    const QLocale named(system.name());
    const QLocale translation(translationLanguage);
    if (translation.language() == QLocale::C || translation.language() == named.language()) {
        return named;
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
