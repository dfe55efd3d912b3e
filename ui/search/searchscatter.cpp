#include "search/searchscatter.h"

#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <utility>
#include <cmath>

#include "search/searchresultsmodel.h"
#include "base/units.h"
#include "widgets/localfigures.h"
#include "widgets/figurelocale.h"

namespace moe::ui {

namespace {

constexpr std::size_t kMaxPlotted = 4000;  // QtCharts slows past a few thousand points
constexpr qsizetype kPointsPerTurn = 1000;
const QColor kFront(0xD5, 0x5E, 0x00);
const QColor kStale(0xB8, 0xB8, 0xB8);

// A result's point: its step time in the axis unit (timeScale()), its throughput per GPU.
QPointF pointOf(const Candidate& c, double secondsPerUnit)
{
    return {c.stepS / secondsPerUnit, c.tokensPerSPerGpu};
}

bool samePoint(const QPointF& a, const QPointF& b)
{
    return std::abs(a.x() - b.x()) < 1e-9 * std::max(1.0, b.x()) && std::abs(a.y() - b.y()) < 1e-9 * std::max(1.0, b.y());
}

} // namespace

SearchScatter::SearchScatter(const SearchResultsModel& model, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_points(new QScatterSeries(chart()))
    , m_frontPoints(new QScatterSeries(chart()))
    , m_front(new QLineSeries(chart()))
    , m_current(new QScatterSeries(chart()))
{
    chart()->setLocalizeNumbers(chartsFollowLocale());  // axis labels in the window's locale
    if (chartsFollowLocale()) {
        // With its group separator: Qt's C and English locales leave it out by default.
        QLocale axisLocale;
        axisLocale.setNumberOptions(axisLocale.numberOptions() & ~QLocale::OmitGroupSeparator);
        chart()->setLocale(axisLocale);
    }
    chart()->setAnimationOptions(QChart::NoAnimation);
    // Qt's default margins (20 px a side) cost a dock-high chart most of its plot.
    chart()->setMargins(QMargins(6, 4, 6, 2));
    chart()->layout()->setContentsMargins(2, 0, 2, 0);
    m_points->setName(tr("feasible"));
    m_points->setMarkerSize(6);
    m_frontPoints->setName(tr("Pareto front"));
    m_frontPoints->setMarkerSize(9);
    m_frontPoints->setColor(kFront);
    m_front->setColor(kFront);
    // A ring drawn over the points, not a filled dot: the point under it stays visible.
    m_current->setName(tr("you are here"));
    m_current->setMarkerSize(18);
    m_current->setColor(Qt::transparent);
    m_current->setPen(QPen(palette().color(QPalette::WindowText), 3));
    chart()->addSeries(m_points);
    chart()->addSeries(m_front);
    chart()->addSeries(m_frontPoints);
    chart()->addSeries(m_current);
    chart()->createDefaultAxes();
    m_pointColour = m_points->color();  // the theme's, restored when results are fresh again
    // The front's line and its points share one legend entry.
    for (QLegendMarker* marker : chart()->legend()->markers(m_front)) {
        marker->setVisible(false);
    }
    // Beside the plot, not under it: a dock at 1366x768 is some 200 px high, and the
    // plot needs that height more than the width (issue 12, points 6 and 9).
    chart()->legend()->setAlignment(Qt::AlignRight);
    setRenderHint(QPainter::Antialiasing);
    // No widget tooltip: viewportEvent() names the point under the pointer, or says
    // this when there is none.
    setMouseTracking(true);
    // A series' own click (none reaches it over a point: mousePressEvent takes those).
    for (QScatterSeries* series : {m_points, m_frontPoints, m_current}) {
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            if (const int row = rowAt(point); row >= 0) {
                Q_EMIT rowPicked(row);
            }
        });
    }
}

int SearchScatter::rowAt(const QPointF& point) const
{
    if (m_currentRow && samePoint(pointOf(m_model.candidate(*m_currentRow), m_scale.seconds), point)) {
        return *m_currentRow;
    }
    for (const std::size_t row : m_pointRows) {
        if (samePoint(pointOf(m_model.candidate(static_cast<int>(row)), m_scale.seconds), point)) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

QPoint SearchScatter::viewportPosOf(int row) const
{
    const QPointF scene = chart()->mapToPosition(pointOf(m_model.candidate(row), m_scale.seconds), m_points);
    return mapFromScene(scene);
}

int SearchScatter::rowNear(const QPoint& viewportPos) const
{
    // At most 4,000 points and the front: a plain scan is well under a millisecond.
    int nearest = -1;
    double nearestDistance = kPickRadius * kPickRadius;
    const auto consider = [&](int row) {
        const QPoint at = viewportPosOf(row) - viewportPos;
        const double distance = static_cast<double>(at.x()) * at.x() + static_cast<double>(at.y()) * at.y();
        if (distance <= nearestDistance) {
            nearest = row;
            nearestDistance = distance;
        }
    };
    // The ring first: on a tie the current strategy wins.
    if (m_currentRow) {
        consider(*m_currentRow);
    }
    for (const std::size_t row : m_pointRows) {
        consider(static_cast<int>(row));
    }
    return nearest;
}

QString SearchScatter::pointToolTip(int row) const
{
    const Candidate& c = m_model.candidate(row);
    QString text = tr("#%1 TP%2 PP%3 DP%4 EP%5 ETP%6, %7 micro-batch(es) on %8 GPUs: %9, %10 per GPU, %11")
                       .arg(row + 1)
                       .arg(c.strategy.tp)
                       .arg(c.strategy.pp)
                       .arg(c.strategy.dp)
                       .arg(c.strategy.ep)
                       .arg(c.strategy.etp)
                       .arg(c.microBatches)
                       .arg(c.strategy.gpusUsed())
                       .arg(localRate(c.tokensPerS), localRate(c.tokensPerSPerGpu),
                            localSeconds(c.stepS));
    if (c.pareto) {
        text += tr(" (Pareto front)");
    }
    if (m_currentRow == row) {
        text = tr("You are here: %1").arg(text);
    } else if (!m_stale) {
        text += tr("; click to apply");
    }
    return text;
}

bool SearchScatter::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowNear(help->pos());
        QToolTip::showText(help->globalPos(),
                           row >= 0 ? pointToolTip(row)
                                    : tr("Throughput per GPU against step time: the front shows what each millisecond less "
                                         "costs in GPUs. The ring marks the current strategy. Hover a point for its "
                                         "strategy, click to apply it"),
                           viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

void SearchScatter::mousePressEvent(QMouseEvent* event)
{
    m_pressedRow = event->button() == Qt::LeftButton ? rowNear(event->position().toPoint()) : -1;
    if (m_pressedRow >= 0) {
        event->accept();  // the series' items under the pointer never see it
        return;
    }
    QChartView::mousePressEvent(event);
}

void SearchScatter::mouseReleaseEvent(QMouseEvent* event)
{
    const int pressed = std::exchange(m_pressedRow, -1);
    if (pressed >= 0 && event->button() == Qt::LeftButton) {
        event->accept();
        if (rowNear(event->position().toPoint()) == pressed) {
            Q_EMIT rowPicked(pressed);
        }
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

SearchScatter::Points SearchScatter::preparePoints(const SearchResult& result)
{
    const auto& ranked = result.ranked;
    Points plotted;
    plotted.feasible = ranked.size();
    // The best-ranked points and every Pareto point; the rest would only slow the chart.
    const auto plottedRow = [&ranked](std::size_t i) { return i < kMaxPlotted || ranked[i].pareto; };
    // Step times in the unit that keeps the axis's numbers short: DeepSeek-V3's
    // training steps in minutes, not "5000000" ms.
    double longestS = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        if (plottedRow(i)) {
            longestS = std::max(longestS, ranked[i].stepS);
        }
    }
    plotted.scale = timeScale(longestS);
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const Candidate& c = ranked[i];
        if (!plottedRow(i)) {
            continue;
        }
        const QPointF p = pointOf(c, plotted.scale.seconds);
        (c.pareto ? plotted.front : plotted.points).append(p);
        plotted.rows.push_back(i);
        plotted.maxX = std::max(plotted.maxX, p.x());
        plotted.maxY = std::max(plotted.maxY, p.y());
    }
    return plotted;
}

void SearchScatter::showResults()
{
    showPoints(preparePoints(m_model.result()));
}

void SearchScatter::showPoints(Points plotted)
{
    m_pointRows = std::move(plotted.rows);
    m_scale = plotted.scale;
    const double maxX = plotted.maxX;
    const double maxY = plotted.maxY;
    QList<QPointF> front = std::move(plotted.front);
    // QtCharts makes an item for every point: 4,000 of them took 75 ms of the GUI
    // thread at once. They are drawn a thousand at a time, the best first, one event
    // loop turn apart, so the window answers in between.
    const std::uint64_t generation = ++m_pointsGeneration;
    m_points->replace(plotted.points.mid(0, kPointsPerTurn));
    if (plotted.points.size() > kPointsPerTurn) {
        addPointsLater(generation, std::move(plotted.points), kPointsPerTurn);
    }
    m_frontPoints->replace(front);
    std::sort(front.begin(), front.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    m_front->replace(front);
    m_currentRow.reset();
    m_current->clear();
    const auto axesX = chart()->axes(Qt::Horizontal);
    const auto axesY = chart()->axes(Qt::Vertical);
    if (!axesX.isEmpty() && !axesY.isEmpty()) {
        auto* x = static_cast<QValueAxis*>(axesX.front());
        auto* y = static_cast<QValueAxis*>(axesY.front());
        x->setRange(0, maxX > 0 ? maxX * 1.05 : 1);
        y->setRange(0, maxY > 0 ? maxY * 1.05 : 1);
        // Round ticks, few enough that the labels never run into each other. Step times
        // stay below 10,000 in their unit and may be 1.5 (s); throughput is whole
        // tokens, grouped ("20,000") where the window follows the locale.
        for (QValueAxis* axis : {x, y}) {
            axis->setTickCount(5);
            axis->applyNiceNumbers();
        }
        x->setLabelFormat(QStringLiteral("%.4g"));
        y->setLabelFormat(QStringLiteral("%.0f"));
        x->setTitleText(tr("step time (%1)").arg(QString::fromUtf8(m_scale.unit)));
        // On two lines ("tokens/s/" over "GPU"): a dock-high plot is shorter than the
        // title on one.
        QString yTitle = tr("tokens/s/GPU");
        if (const qsizetype slash = yTitle.lastIndexOf(QLatin1Char('/')); slash > 0) {
            yTitle.insert(slash + 1, QStringLiteral("<br>"));
        }
        y->setTitleText(yTitle);
    }
    Q_EMIT captionChanged(plotted.feasible > kMaxPlotted ? tr("Best %L1 of %L2 feasible").arg(kMaxPlotted).arg(plotted.feasible)
                                                         : tr("%L1 feasible").arg(plotted.feasible));
}

void SearchScatter::addPointsLater(std::uint64_t generation, QList<QPointF> points, qsizetype shown)
{
    QTimer::singleShot(0, this, [this, generation, points = std::move(points), shown]() mutable {
        if (generation != m_pointsGeneration) {
            return;  // newer results are shown
        }
        const qsizetype next = std::min(points.size(), shown + kPointsPerTurn);
        // The items already made are reused: each turn makes only the new ones.
        m_points->replace(points.mid(0, next));
        if (next < points.size()) {
            addPointsLater(generation, std::move(points), next);
        }
    });
}

void SearchScatter::setCurrentRow(std::optional<int> row)
{
    if (m_stale) {
        row.reset();
    }
    if (row == m_currentRow) {
        return;
    }
    m_currentRow = row;
    // A current strategy beyond the plotted best is ringed all the same: the ring is
    // the answer to "where am I", whether or not its own dot is drawn.
    if (row) {
        m_current->replace(QList<QPointF>{pointOf(m_model.candidate(*row), m_scale.seconds)});
    } else {
        m_current->clear();
    }
}

void SearchScatter::setStale(bool stale)
{
    if (stale == m_stale) {
        return;
    }
    m_stale = stale;
    if (stale) {
        setCurrentRow(std::nullopt);
    }
    m_points->setColor(stale ? kStale : m_pointColour);
    m_frontPoints->setColor(stale ? kStale : kFront);
    m_front->setColor(stale ? kStale : kFront);
}

} // namespace moe::ui
