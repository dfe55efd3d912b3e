#include "serving/servingscatter.h"

#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "base/units.h"
#include "widgets/localfigures.h"
#include "widgets/figurelocale.h"

namespace moe::ui {

namespace {

const QColor kFront(0xD5, 0x5E, 0x00);
const QColor kBest(0x00, 0x9E, 0x73);
const QColor kClosest(0x00, 0x72, 0xB2);  // Okabe-Ito blue: apart from the best's green and the front's
const QColor kTarget(0xCC, 0x33, 0x33);

QPointF pointOf(const ServingPoint& p)
{
    return {p.tokensPerSPerUser, p.outputTokensPerSPerGpu};
}

bool samePoint(const QPointF& a, const QPointF& b)
{
    return std::abs(a.x() - b.x()) < 1e-9 * std::max(1.0, b.x()) && std::abs(a.y() - b.y()) < 1e-9 * std::max(1.0, b.y());
}

QString strategyText(const Strategy& s)
{
    return QStringLiteral("TP%1 PP%2 DP%3 EP%4 ETP%5").arg(s.tp).arg(s.pp).arg(s.dp).arg(s.ep).arg(s.etp);
}

} // namespace

QString deploymentText(const ServingPoint& p)
{
    const QString decode = ServingScatter::tr("%1 x%L2").arg(strategyText(p.decode.strategy)).arg(p.decode.concurrency);
    if (!p.prefill) {
        return decode;
    }
    return ServingScatter::tr("%1 prefill %2 x%L3 + %4 decode %5")
        .arg(p.prefillWorkers)
        .arg(strategyText(p.prefill->strategy))
        .arg(p.prefill->concurrency)
        .arg(p.decodeWorkers)
        .arg(decode);
}

ServingScatter::ServingScatter(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_meeting(new QScatterSeries(chart()))
    , m_missing(new QScatterSeries(chart()))
    , m_front(new QLineSeries(chart()))
    , m_best(new QScatterSeries(chart()))
    , m_target(new QLineSeries(chart()))
    , m_current(new QScatterSeries(chart()))
{
    chart()->setLocalizeNumbers(chartsFollowLocale());  // axis labels in the window's locale
    chart()->setAnimationOptions(QChart::NoAnimation);
    m_meeting->setName(tr("meets targets"));
    m_meeting->setMarkerSize(7);
    m_missing->setName(tr("misses one"));
    m_missing->setMarkerSize(7);
    m_missing->setColor(Qt::transparent);
    m_missing->setBorderColor(QColor(0x88, 0x88, 0x88));
    m_front->setName(tr("front"));
    m_front->setPen(QPen(kFront, 2));
    m_best->setName(tr("best"));
    m_best->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_best->setMarkerSize(20);
    m_best->setColor(kBest);
    m_target->setName(tr("TPOT limit"));
    m_target->setPen(QPen(kTarget, 2, Qt::DashLine));
    m_current->setName(tr("current"));
    m_current->setMarkerSize(18);
    m_current->setColor(Qt::transparent);
    m_current->setPen(QPen(palette().color(QPalette::WindowText), 3));
    for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*>{m_missing, m_meeting, m_front, m_best, m_target, m_current}) {
        chart()->addSeries(series);
    }
    chart()->createDefaultAxes();
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Each entry in its series' own shape: the hollow ring of "current" and the hollow
    // dots of "misses one" were the same square.
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("Output tokens/s per GPU against tokens/s per user: up and right is better. The front shows what "
                  "each token/s of speed per user costs in throughput. Hover a point for its deployment, click to "
                  "apply it"));
    for (QScatterSeries* series : {m_meeting, m_missing, m_best, m_current}) {
        connect(series, &QScatterSeries::hovered, this, &ServingScatter::showToolTip);
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            if (const auto index = indexAt(point)) {
                Q_EMIT pointPicked(*index);
            }
        });
    }
}

std::optional<std::size_t> ServingScatter::indexAt(const QPointF& point) const
{
    for (std::size_t i = 0; i < m_plan.points.size(); ++i) {
        if (samePoint(pointOf(m_plan.points[i]), point)) {
            return i;
        }
    }
    return std::nullopt;
}

void ServingScatter::showToolTip(const QPointF& point, bool hovered)
{
    if (!hovered) {
        return;
    }
    const ServingPoint* p = nullptr;
    QString prefix;
    if (const auto index = indexAt(point)) {
        p = &m_plan.points[*index];
        prefix = m_plan.best == index ? tr("Best: ") : m_plan.closest == index ? tr("Closest: ") : QString();
    } else if (m_currentPoint && samePoint(pointOf(*m_currentPoint), point)) {
        p = &*m_currentPoint;
        prefix = tr("You are here: ");
    }
    if (!p) {
        return;
    }
    const QString text = tr("%1%2 on %L3 GPUs: TTFT %4, TPOT %5, %L6 tokens/s per user, %L7 output tokens/s per GPU%8")
                             .arg(prefix, deploymentText(*p))
                             .arg(p->gpus)
                             .arg(localSeconds(p->ttftS),
                                  localSeconds(p->tpotS))
                             .arg(p->tokensPerSPerUser, 0, 'f', 1)
                             .arg(p->outputTokensPerSPerGpu, 0, 'f', 0)
                             .arg(p->meetsTargets ? QString() : tr(" (misses a target)"));
    QToolTip::showText(QCursor::pos(), text, this);
}

void ServingScatter::showInLegend(QAbstractSeries* series, bool shown)
{
    for (QLegendMarker* marker : chart()->legend()->markers(series)) {
        marker->setVisible(shown);
    }
    // A hidden marker keeps its place until the legend lays itself out again.
    chart()->legend()->layout()->invalidate();
}

void ServingScatter::showPlan(const ServingPlan& plan, const ServingSpec& request)
{
    m_plan = plan;
    QList<QPointF> meeting;
    QList<QPointF> missing;
    QList<QPointF> front;
    double maxX = 0;
    double maxY = 0;
    for (const ServingPoint& p : plan.points) {
        const QPointF xy = pointOf(p);
        (p.meetsTargets ? meeting : missing).append(xy);
        if (p.onFront) {
            front.append(xy);
        }
        maxX = std::max(maxX, xy.x());
        maxY = std::max(maxY, xy.y());
    }
    m_meeting->replace(meeting);
    m_missing->replace(missing);
    std::sort(front.begin(), front.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    m_front->replace(front);
    // The star marks the best point; when nothing meets the targets, the closest one,
    // in another colour and under its own name, so that the chart points at what the
    // summary line names.
    const std::optional<std::size_t> starred = plan.best ? plan.best : plan.closest;
    m_best->setName(plan.best || !plan.closest ? tr("best") : tr("closest"));
    m_best->setColor(plan.best || !plan.closest ? kBest : kClosest);
    if (starred) {
        m_best->replace(QList<QPointF>{pointOf(plan.points[*starred])});
    } else {
        m_best->clear();
    }
    if (m_currentPoint) {
        maxX = std::max(maxX, m_currentPoint->tokensPerSPerUser);
        maxY = std::max(maxY, m_currentPoint->outputTokensPerSPerGpu);
    }
    const double xRange = maxX > 0 ? maxX * 1.05 : 1;
    const double yRange = maxY > 0 ? maxY * 1.05 : 1;
    // A TPOT limit far right of every point (one nobody meets) would squeeze the points
    // against the left edge: beyond twice the fastest, the title names it instead.
    const bool hasLimit = maxTpotS(request).has_value();
    const double limitX = hasLimit ? 1 / *maxTpotS(request) : 0;
    const bool limitShown = hasLimit && limitX <= 2 * xRange;
    if (limitShown) {
        m_target->replace(QList<QPointF>{{limitX, 0}, {limitX, yRange}});
    } else {
        m_target->clear();
    }
    // No limit drawn, no legend entry for one; none for missing points when none miss.
    showInLegend(m_target, limitShown);
    showInLegend(m_missing, !missing.isEmpty());
    const auto axesX = chart()->axes(Qt::Horizontal);
    const auto axesY = chart()->axes(Qt::Vertical);
    if (!axesX.isEmpty() && !axesY.isEmpty()) {
        auto* x = static_cast<QValueAxis*>(axesX.front());
        auto* y = static_cast<QValueAxis*>(axesY.front());
        x->setRange(0, limitShown ? std::max(xRange, 1.05 * limitX) : xRange);
        y->setRange(0, yRange);
        for (QValueAxis* axis : {x, y}) {
            axis->setTickCount(5);
            axis->applyNiceNumbers();
            axis->setLabelFormat(QStringLiteral("%.0f"));
        }
        x->setTitleText(tr("tokens/s per user"));
        y->setTitleText(tr("tokens/s per GPU"));  // output tokens; longer, it was cut at 1366 x 768
    }
    chart()->setTitle(hasLimit && !limitShown
                          ? tr("%L1 deployments, %L2 on the front; the TPOT limit is off the chart, at %L3 tokens/s per user")
                                .arg(plan.points.size())
                                .arg(front.size())
                                .arg(limitX, 0, 'f', 0)
                          : tr("%L1 deployments, %L2 on the front").arg(plan.points.size()).arg(front.size()));
}

void ServingScatter::setCurrent(std::optional<ServingPoint> point)
{
    m_currentPoint = std::move(point);
    if (m_currentPoint) {
        m_current->replace(QList<QPointF>{pointOf(*m_currentPoint)});
    } else {
        m_current->clear();
    }
}

} // namespace moe::ui
