#include "grid/gridlegend.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

#include "widgets/colormap.h"

namespace moe::ui {

namespace {

// Gives the functions below a translation context for lupdate.
class LegendText {
    Q_DECLARE_TR_FUNCTIONS(GridLegend)
};

// Draws the key right-aligned in `area`, the gradient giving way to a caption
// `captionWidth` wide down to a minimum; returns where the key begins.
int paintKey(QPainter& painter, const QRect& area, const QPalette& palette, const GridLegend& legend, int captionWidth)
{
    const QFontMetrics fm = painter.fontMetrics();
    const int gap = fm.horizontalAdvance(QLatin1Char(' ')) * 2;
    const int box = std::max(8, area.height() - 8);
    const int boxTop = area.top() + (area.height() - box) / 2;
    const auto label = [&](int left, const QString& text) {
        painter.drawText(QRect(left, area.top(), fm.horizontalAdvance(text) + 1, area.height()), Qt::AlignVCenter,
                         text);
    };
    const QString idle = LegendText::tr("idle");
    int left = area.right() + 1 - fm.horizontalAdvance(idle);
    label(left, idle);
    left -= gap / 2 + box;
    paintIdle(painter, QRect(left, boxTop, box, box), palette, true);
    left -= gap;
    if (!legend.hasValues) {
        return left;
    }
    if (legend.max == legend.min) {
        // Every GPU alike: one swatch in the one colour the cells use.
        const QString text = LegendText::tr("%1 on every GPU in use").arg(formatGridValue(legend.metric, legend.min));
        left -= fm.horizontalAdvance(text);
        label(left, text);
        left -= gap / 2 + box;
        const QRect swatch(left, boxTop, box, box);
        painter.fillRect(swatch, viridis(0.5));
        fillFrame(painter, swatch, 1, palette.color(QPalette::Mid));
        return left;
    }
    const QString low = formatGridValue(legend.metric, legend.min);
    const QString high = formatGridValue(legend.metric, legend.max);
    left -= fm.horizontalAdvance(high);
    label(left, high);
    const int room = left - gap / 2 - area.left() - captionWidth - gap / 2 - fm.horizontalAdvance(low);
    const int barWidth = std::clamp(room, 48, 240);
    const QRect bar(left - gap / 2 - barWidth, boxTop, barWidth, box);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i) {
        gradient.setColorAt(i / 10.0, viridis(i / 10.0));
    }
    painter.fillRect(bar, gradient);
    left = bar.left() - gap / 2 - fm.horizontalAdvance(low);
    label(left, low);
    return left;
}

} // namespace

void fillFrame(QPainter& painter, const QRect& rect, int width, const QColor& colour)
{
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), width), colour);
    painter.fillRect(QRect(rect.left(), rect.bottom() - width + 1, rect.width(), width), colour);
    painter.fillRect(QRect(rect.left(), rect.top(), width, rect.height()), colour);
    painter.fillRect(QRect(rect.right() - width + 1, rect.top(), width, rect.height()), colour);
}

void paintIdle(QPainter& painter, const QRect& rect, const QPalette& palette, bool framed)
{
    const QColor mid = palette.color(QPalette::Mid);
    if (rect.width() < 6) {
        painter.fillRect(rect, mid);  // a hatch needs room; below it, noise
        return;
    }
    painter.fillRect(rect, palette.color(QPalette::Base));
    painter.fillRect(rect, QBrush(mid, Qt::BDiagPattern));
    if (framed) {
        fillFrame(painter, rect, 1, mid);
    }
}

void paintGridLegend(QPainter& painter, const QRect& area, const QPalette& palette, const GridLegend& legend)
{
    if (area.isEmpty()) {
        return;
    }
    painter.save();
    painter.setPen(palette.color(QPalette::WindowText));
    const QFontMetrics fm = painter.fontMetrics();
    const int gap = fm.horizontalAdvance(QLatin1Char(' ')) * 2;
    // A few pixels of slack: fractional glyph advances can make elidedText() cut a
    // caption given exactly its horizontalAdvance().
    const int keyLeft = paintKey(painter, area, palette, legend, fm.horizontalAdvance(legend.caption) + gap + 4);
    const int width = std::max(0, keyLeft - gap - area.left());
    painter.drawText(QRect(area.left(), area.top(), width, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(legend.caption, Qt::ElideRight, width));
    painter.restore();
}

} // namespace moe::ui
