#include "search/searchscatter.h"

#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "search/searchresultsmodel.h"
#include "base/units.h"
#include "widgets/localfigures.h"

namespace moe::ui {

namespace {

constexpr std::size_t kMaxPlotted = 4000;  // QtCharts slows past a few thousand points
constexpr qsizetype kPointsPerTurn = 1000;
const QColor kFront(0xD5, 0x5E, 0x00);
const QColor kStale(0xB8, 0xB8, 0xB8);

QPointF pointOf(const Candidate& c)
{
    return {c.stepS * 1e3, c.tokensPerSPerGpu};
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
    chart()->setAnimationOptions(QChart::NoAnimation);
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
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("Throughput per GPU against step time: the front shows what each millisecond less costs in GPUs. "
                  "The ring marks the current strategy. Hover a point for its strategy, click to apply it"));
    for (QScatterSeries* series : {m_points, m_frontPoints, m_current}) {
        connect(series, &QScatterSeries::hovered, this, &SearchScatter::showToolTip);
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            if (const int row = rowAt(point); row >= 0) {
                Q_EMIT rowPicked(row);
            }
        });
    }
}

int SearchScatter::rowAt(const QPointF& point) const
{
    if (m_currentRow && samePoint(pointOf(m_model.candidate(*m_currentRow)), point)) {
        return *m_currentRow;
    }
    for (const std::size_t row : m_pointRows) {
        if (samePoint(pointOf(m_model.candidate(static_cast<int>(row))), point)) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

void SearchScatter::showToolTip(const QPointF& point, bool hovered)
{
    const int row = hovered ? rowAt(point) : -1;
    if (row < 0) {
        return;
    }
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
    if (m_currentRow == row) {
        text = tr("You are here: %1").arg(text);
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

SearchScatter::Points SearchScatter::preparePoints(const SearchResult& result)
{
    const auto& ranked = result.ranked;
    Points plotted;
    plotted.feasible = ranked.size();
    // The best-ranked points and every Pareto point; the rest would only slow the chart.
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const Candidate& c = ranked[i];
        if (i >= kMaxPlotted && !c.pareto) {
            continue;
        }
        const QPointF p = pointOf(c);
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
        // Round ticks, few enough that the labels never run into each other.
        for (QValueAxis* axis : {x, y}) {
            axis->setTickCount(5);
            axis->applyNiceNumbers();
            axis->setLabelFormat(QStringLiteral("%.0f"));
        }
        x->setTitleText(tr("step time (ms)"));
        y->setTitleText(tr("tokens/s/GPU"));
    }
    chart()->setTitle(plotted.feasible > kMaxPlotted ? tr("Best %L1 of %L2 feasible").arg(kMaxPlotted).arg(plotted.feasible)
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
        m_current->replace(QList<QPointF>{pointOf(m_model.candidate(*row))});
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
