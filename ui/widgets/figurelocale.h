#pragma once

// Which locale writes the window's figures. Qt picks the window's language from the
// user's preferred languages (LANGUAGE, then LC_MESSAGES/LANG) but the figures from
// the numeric locale, so LANGUAGE=de with LANG=C.UTF-8 showed German words around
// "80.0 GiB". The figures follow the translation shown, written as the locale
// database (CLDR) writes them: where the system locale's language is the
// translation's, its country's separators stay (de_CH, de_AT); otherwise the
// translation's language decides. An English window (no translation) keeps the
// system locale.

#include <QLocale>
#include <QString>

namespace moe::ui {

// `translationLanguage` is QTranslator::language() of the window's translation
// ("de_DE", "zh_CN"), empty when none is loaded.
QLocale figureLocale(const QLocale& system, const QString& translationLanguage);

// Whether charts write their axes' numbers in the locale's form ("1.000" in German).
// The window turns it on (app/explorer/main.cpp); off, as for the CLI's exported
// charts, the axes keep Qt's locale-free numbers whatever the user's locale.
void setChartsFollowLocale(bool follow);
bool chartsFollowLocale();

} // namespace moe::ui
