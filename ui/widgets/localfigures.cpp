#include "widgets/localfigures.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "base/units.h"

namespace moe::ui {

namespace {

// A number as base/units.h writes it: digits with ',' every three, an optional
// decimal part. Signs, '%' and units around it stay where they are.
const QRegularExpression& englishNumber()
{
    static const QRegularExpression pattern(QStringLiteral("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?:e[-+]\\d+)?"));
    return pattern;
}

QString localNumberText(const QString& english, const QLocale& locale)
{
    QString plain = english;
    plain.remove(QLatin1Char(','));
    bool ok = false;
    const double value = QLocale::c().toDouble(plain, &ok);
    if (!ok) {
        return english;
    }
    if (plain.contains(QLatin1Char('e'))) {
        return locale.toString(value, 'g', 6);
    }
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : static_cast<int>(plain.size() - dot - 1);
    return locale.toString(value, 'f', decimals);
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QString localFigure(const std::string& englishFigure, const QLocale& locale)
{
    const QString english = q(englishFigure);
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = englishNumber().globalMatch(english);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += english.mid(from, match.capturedStart() - from);
        out += localNumberText(match.captured(), locale);
        from = match.capturedEnd();
    }
    out += english.mid(from);
    // The one unit that is a word; the others are symbols (GiB, ms, PFLOP).
    const QString tokens = QStringLiteral(" tokens/s");
    if (out.endsWith(tokens)) {
        out.chop(tokens.size());
        out += QLatin1Char(' ') + QCoreApplication::translate("Figures", "tokens/s");
    }
    return out;
}

QString localBytes(double bytes) { return localFigure(formatBytes(bytes)); }
QString localSeconds(double seconds) { return localFigure(formatSeconds(seconds)); }
QString localRate(double tokensPerS) { return localFigure(formatRate(tokensPerS)); }
QString localGrouped(double value) { return localFigure(formatGrouped(value)); }
QString localPercent(double fraction) { return localFigure(formatPercent(fraction)); }
QString localCount(double count) { return localFigure(formatCount(count)); }
QString localFlops(double flops) { return localFigure(formatFlops(flops)); }
QString localChange(double ratio) { return localFigure(formatChange(ratio)); }
QString localInteger(double value) { return localFigure(formatInteger(value)); }

QString localNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace moe::ui
