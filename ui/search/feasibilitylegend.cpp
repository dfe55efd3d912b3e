#include "search/feasibilitylegend.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "widgets/colormap.h"

namespace moe::ui {

namespace {

constexpr int kBarWidth = 120;
constexpr int kSwatch = 12;
constexpr int kGap = 6;
// Stale results are greyed like the cells they describe.
const QColor kStaleColour(0xE4, 0xE4, 0xE4);

QString captionText()
{
    return FeasibilityLegend::tr("Best throughput:");
}

QString infeasibleText()
{
    return FeasibilityLegend::tr("nothing fits");
}

QString marksText()
{
    return FeasibilityLegend::tr("★ best   ● you are here");
}

} // namespace

void ThroughputScale::include(double tokensPerS)
{
    low = any ? std::min(low, tokensPerS) : tokensPerS;
    high = any ? std::max(high, tokensPerS) : tokensPerS;
    any = true;
}

double ThroughputScale::position(double tokensPerS) const
{
    return high > low ? std::clamp((tokensPerS - low) / (high - low), 0.0, 1.0) : 1.0;
}

QColor feasibleColour(const ThroughputScale& scale, double tokensPerS)
{
    return viridis(scale.position(tokensPerS));
}

QColor infeasibleColour()
{
    return QColor(0xF4, 0xD6, 0xD6);
}

QColor textColourOn(const QColor& background)
{
    // Rec. 601 luma: viridis runs from a dark purple (luma 0.13) to yellow (0.83).
    const double luma = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luma < 0.5 ? QColor(Qt::white) : QColor(Qt::black);
}

QString compactRate(double tokensPerS)
{
    const QLocale locale;
    const auto figures = [&locale](double value) {
        // Three significant figures: 1.27, 12.7, 127.
        const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
        return locale.toString(value, 'f', decimals);
    };
    if (tokensPerS >= 1e6) {
        return FeasibilityLegend::tr("%1 M tokens/s").arg(figures(tokensPerS / 1e6));
    }
    if (tokensPerS >= 1e3) {
        return FeasibilityLegend::tr("%1 k tokens/s").arg(figures(tokensPerS / 1e3));
    }
    return FeasibilityLegend::tr("%1 tokens/s").arg(locale.toString(std::round(tokensPerS), 'f', 0));
}

FeasibilityLegend::FeasibilityLegend(QWidget* parent)
    : QWidget(parent)
{
    setToolTip(tr("Feasible cells are coloured by their best throughput, from the map's lowest (dark) to its highest (yellow)"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    hide();  // until a map is shown
}

void FeasibilityLegend::setScale(const ThroughputScale& scale, bool stale)
{
    m_scale = scale;
    m_stale = stale;
    setVisible(scale.any);
    updateGeometry();
    update();
}

QString FeasibilityLegend::lowText() const
{
    return m_scale.any ? compactRate(m_scale.low) : QString();
}

QString FeasibilityLegend::highText() const
{
    return m_scale.any ? compactRate(m_scale.high) : QString();
}

QSize FeasibilityLegend::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int width = metrics.horizontalAdvance(captionText()) + metrics.horizontalAdvance(lowText())
        + metrics.horizontalAdvance(highText()) + kBarWidth + kSwatch + metrics.horizontalAdvance(infeasibleText())
        + metrics.horizontalAdvance(marksText()) + 9 * kGap;
    return {width, metrics.height() + 4};
}

QSize FeasibilityLegend::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

void FeasibilityLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const int h = height();
    int x = 0;
    const auto text = [&](const QString& s) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, 0, metrics.horizontalAdvance(s) + 1, h), Qt::AlignVCenter | Qt::AlignLeft, s);
        x += metrics.horizontalAdvance(s) + kGap;
    };
    text(captionText());
    text(lowText());
    // The colour bar: the same viridis the cells use, low on the left.
    const QRect bar(x, (h - kSwatch) / 2, kBarWidth, kSwatch);
    if (m_stale) {
        painter.fillRect(bar, kStaleColour);
    } else {
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 10; ++i) {
            gradient.setColorAt(i / 10.0, viridis(i / 10.0));
        }
        painter.fillRect(bar, gradient);
    }
    x += kBarWidth + kGap;
    text(highText());
    x += kGap;
    painter.fillRect(QRect(x, (h - kSwatch) / 2, kSwatch, kSwatch), m_stale ? kStaleColour : infeasibleColour());
    x += kSwatch + kGap;
    text(infeasibleText());
    x += kGap;
    text(marksText());
}

} // namespace moe::ui
