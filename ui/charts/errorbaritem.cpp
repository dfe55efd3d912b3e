#include "charts/errorbaritem.h"

#include <QPainterPath>
#include <QPen>

namespace moe::ui {

ErrorBarItem::ErrorBarItem(QGraphicsItem* parent)
    : QGraphicsPathItem(parent)
{
    // Black on the bar's colour and beside it: it must read on both.
    QPen pen(Qt::black);
    pen.setWidthF(1.5);
    pen.setCosmetic(true);
    setPen(pen);
    setZValue(11);  // above the bars and their labels
}

void ErrorBarItem::setEnds(QPointF low, QPointF high, qreal capHeight)
{
    QPainterPath path;
    path.moveTo(low);
    path.lineTo(high);
    for (const QPointF& end : {low, high}) {
        path.moveTo(end.x(), end.y() - capHeight / 2);
        path.lineTo(end.x(), end.y() + capHeight / 2);
    }
    setPath(path);
}

} // namespace moe::ui
