#pragma once

// Core's figures (base/units.h) as the window's locale writes them: the same choice
// of unit and digits as the CLI, with the locale's decimal and group separators
// ("533.107 Tokens/s" in German) and translated unit words. Core's own output stays
// locale-free for the CLI and the JSON; the window formats every figure through here.

#include <QLocale>
#include <QString>

#include <string>

namespace moe::ui {

// Rewrites the numbers of a figure core formatted in English ("1,234.5 GiB",
// "+12.5%", "2 min 5 s") with `locale`'s separators, and translates "tokens/s".
QString localFigure(const std::string& englishFigure, const QLocale& locale = QLocale());

QString localBytes(double bytes);
QString localSeconds(double seconds);
QString localRate(double tokensPerS);
QString localGrouped(double value);
QString localPercent(double fraction);
QString localCount(double count);
QString localFlops(double flops);
QString localChange(double ratio);
QString localInteger(double value);
QString localNumber(double value);  // six significant digits, as core's num()

} // namespace moe::ui
