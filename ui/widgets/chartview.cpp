#include "widgets/chartview.h"
#include "widgets/figurelocale.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QMenu>

namespace moe::ui {

ChartView::ChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setAnimationOptions(QChart::NoAnimation);  // views must follow a dragged slider at once
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setBackgroundRoundness(0);
    // Axis labels in the window's locale ("0,25" in German), as every other figure.
    chart()->setLocalizeNumbers(chartsFollowLocale());
    // Qt's default margins (20 px a side) cost a ten-row bar chart its labels when a
    // dock takes the window's height.
    chart()->setMargins(QMargins(6, 4, 6, 4));
    chart()->layout()->setContentsMargins(2, 2, 2, 2);
}

void ChartView::render(QPainter& painter, const QRectF& target)
{
    scene()->render(&painter, target, chart()->sceneBoundingRect());
}

QString ChartView::titleText() const
{
    return m_title;
}

void ChartView::setTitle(const QString& title)
{
    m_title = title;
    fitTitle();
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitTitle();
}

void ChartView::fitTitle()
{
    // The title's parts, " · " apart, fill each line as far as the chart's width
    // allows (less its margins); a part alone wider than that breaks at its spaces
    // ("Decode-Schritt 74,3 ms" over "(39,6 ms je Ausgabetoken)" in a German chart).
    const QFontMetrics metrics(chart()->titleFont());
    const int room = width() - chart()->margins().left() - chart()->margins().right() - 16;
    const auto fill = [&](const QStringList& pieces, const QString& separator) {
        QStringList filled;
        QString line;
        for (const QString& piece : pieces) {
            const QString longer = line.isEmpty() ? piece : line + separator + piece;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
                filled << line;
                line = piece;
            } else {
                line = longer;
            }
        }
        filled << line;
        return filled;
    };
    // Within a part, before a parenthesis first, then at any space.
    const auto words = [&](const QString& part) {
        QStringList pieces = part.split(QStringLiteral(" ("));
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            pieces[i].prepend(QLatin1Char('('));
        }
        QStringList broken;
        for (const QString& piece : fill(pieces, QStringLiteral(" "))) {
            broken << (metrics.horizontalAdvance(piece) > room ? fill(piece.split(QLatin1Char(' ')), QStringLiteral(" ")) : QStringList{piece});
        }
        return broken;
    };
    QStringList lines;
    for (const QString& line : fill(m_title.split(QStringLiteral(" · ")), QStringLiteral(" · "))) {
        lines << (metrics.horizontalAdvance(line) > room ? words(line) : QStringList{line});
    }
    if (lines.size() == 1) {
        chart()->setTitle(m_title);
        return;
    }
    for (QString& l : lines) {
        l = l.toHtmlEscaped();
    }
    chart()->setTitle(lines.join(QStringLiteral("<br>")));
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    if (!m_explainKey.isEmpty()) {
        menu.addAction(tr("Explain..."), this, [this] { Q_EMIT explainRequested(m_explainKey); });
    }
    menu.addAction(tr("Export as PNG, SVG or PDF..."), this, &ChartView::exportRequested);
    menu.exec(event->globalPos());
}

} // namespace moe::ui
