#include "widgets/chartview.h"

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
    return chart()->title();
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
