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
    // allows (less its margins); a part alone wider than that gets a line of its own.
    const QFontMetrics metrics(chart()->titleFont());
    const int room = width() - chart()->margins().left() - chart()->margins().right() - 16;
    const QString separator = QStringLiteral(" · ");
    const QStringList parts = m_title.split(separator);
    QStringList lines;
    QString line;
    for (const QString& part : parts) {
        const QString longer = line.isEmpty() ? part : line + separator + part;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
            lines << line;
            line = part;
        } else {
            line = longer;
        }
    }
    lines << line;
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
