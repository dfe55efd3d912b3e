#include "grid/gridlegend.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "widgets/colormap.h"

namespace moe::ui {

namespace {

// Gives the functions below a translation context for lupdate.
class LegendText {
    Q_DECLARE_TR_FUNCTIONS(GridLegend)
};

constexpr int kNarrowestBar = 48;  // the gradient's width when the caption needs the room

// Draws the key right-aligned in `area` (or, without a painter, only measures it), the
// gradient giving way to a caption `captionWidth` wide down to a minimum; returns
// where the key begins. Its swatches are a line high, centred in the area.
int paintKey(QPainter* painter, const QFontMetrics& fm, const QRect& area, const QPalette& palette,
             const GridLegend& legend, int captionWidth)
{
    const int gap = fm.horizontalAdvance(QLatin1Char(' ')) * 2;
    const int box = std::max(8, std::min(area.height() - 8, fm.height()));
    const int boxTop = area.top() + (area.height() - box) / 2;
    int left = area.right() + 1;
    const auto label = [&](const QString& text) {
        left -= fm.horizontalAdvance(text);
        if (painter) {
            painter->drawText(QRect(left, area.top(), fm.horizontalAdvance(text) + 1, area.height()), Qt::AlignVCenter,
                              text);
        }
    };
    const auto swatch = [&]() {
        left -= gap / 2 + box;
        return QRect(left, boxTop, box, box);
    };
    label(legend.idleText.isEmpty() ? LegendText::tr("idle") : legend.idleText);
    const QRect idle = swatch();
    if (painter) {
        paintIdle(*painter, idle, palette, true);
    }
    left -= gap;
    if (!legend.scale.any) {
        return left;
    }
    if (legend.showBeyond) {
        label(legend.scale.kind == GridScale::Kind::Capacity ? LegendText::tr("over capacity")
                                                             : LegendText::tr("above scale"));
        const QRect beyond = swatch();
        if (painter) {
            paintBeyond(*painter, beyond);
        }
        left -= gap;
    }
    const bool marksMean = legend.scale.kind == GridScale::Kind::Mean && std::isfinite(legend.scale.mean);
    if (marksMean) {
        label(LegendText::tr("│ mean %1").arg(formatGridValue(legend.metric, legend.scale.mean)));
        left -= gap;
    }
    const QString high = legend.scale.kind == GridScale::Kind::Capacity
        ? LegendText::tr("%1 (capacity)").arg(formatGridValue(legend.metric, legend.scale.top))
        : formatGridValue(legend.metric, legend.scale.top);
    label(high);
    const QString low = formatGridValue(legend.metric, 0.0);
    const int room = left - gap / 2 - area.left() - captionWidth - gap / 2 - fm.horizontalAdvance(low);
    const int barWidth = std::clamp(room, kNarrowestBar, 240);
    const QRect bar(left - gap / 2 - barWidth, boxTop, barWidth, box);
    if (painter) {
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 10; ++i) {
            gradient.setColorAt(i / 10.0, viridis(i / 10.0));
        }
        painter->fillRect(bar, gradient);
        if (marksMean) {
            // The mean as a tick across the bar, dark with a light edge to show on any colour.
            const int x = bar.left() + static_cast<int>(std::lround(legend.scale.position(legend.scale.mean) * (barWidth - 2)));
            painter->fillRect(QRect(x - 1, bar.top() - 2, 4, bar.height() + 4), palette.color(QPalette::Base));
            painter->fillRect(QRect(x, bar.top() - 2, 2, bar.height() + 4), palette.color(QPalette::WindowText));
        }
    }
    left = bar.left() - gap / 2;
    label(low);
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

void paintBeyond(QPainter& painter, const QRect& rect)
{
    painter.fillRect(rect, viridis(1.0));
    if (rect.width() >= 6) {
        painter.fillRect(rect, QBrush(QColor(40, 40, 40), Qt::DiagCrossPattern));
    }
    fillFrame(painter, rect, 1, hotOutline());
}

QColor hotOutline()
{
    return QColor(214, 39, 40);  // matplotlib's tab:red, absent from viridis
}

QColor pickedOutline()
{
    return QColor(231, 41, 138);  // ColorBrewer Dark2 magenta, absent from viridis
}

int gridLegendCaptionLines(const QFontMetrics& fm, const QRect& area, const GridLegend& legend)
{
    const int gap = fm.horizontalAdvance(QLatin1Char(' ')) * 2;
    // Beside the key at its narrowest, with a few pixels of slack (fractional glyph
    // advances can make elidedText() cut a caption given exactly its advance).
    const int keyLeft = paintKey(nullptr, fm, area, QPalette(), legend, area.width());
    const int width = keyLeft - gap - 4 - area.left();
    if (fm.horizontalAdvance(legend.caption) <= width) {
        return 1;
    }
    if (width <= 0) {
        return 1;  // no room at all: elided to nothing rather than a column of words
    }
    const QRect wrapped = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, legend.caption);
    return std::max(1, (wrapped.height() + fm.height() - 1) / fm.height());
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
    // An area of more than one line (gpugridwidget.cpp gives the lines
    // gridLegendCaptionLines() asks for) wraps the caption beside the key at its
    // narrowest, the key beside the caption's middle.
    const bool wraps = area.height() >= 2 * fm.height() + 8;
    // A few pixels of slack: fractional glyph advances can make elidedText() cut a
    // caption given exactly its horizontalAdvance().
    const int captionWidth = wraps ? area.width() : fm.horizontalAdvance(legend.caption) + gap + 4;
    const int keyLeft = paintKey(&painter, fm, area, palette, legend, captionWidth);
    const int width = std::max(0, keyLeft - gap - area.left());
    const QRect captionRect(area.left(), area.top(), width, area.height());
    if (wraps) {
        painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, legend.caption);
    } else {
        painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(legend.caption, Qt::ElideRight, width));
    }
    painter.restore();
}

} // namespace moe::ui
