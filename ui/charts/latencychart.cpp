#include "charts/latencychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "base/units.h"
#include "charts/errorbaritem.h"
#include "widgets/componentlabels.h"
#include "widgets/localfigures.h"
#include "widgets/formulatexts.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

// One row per component of the table (core/model/components.h), the credit last,
// then the step's total.
constexpr int kComponentCount = static_cast<int>(kTimeComponentCount);
constexpr int kOverlapRow = kComponentCount - 1;
constexpr int kTotalRow = kComponentCount;  // the step, after the overlap credit
constexpr int kRows = kComponentCount + 1;

// A row's bar length in seconds: the overlap credit runs left of zero, since it is
// subtracted from the sum; the total closes the list.
double rowSeconds(const TimeBreakdown& t, int row)
{
    if (row == kTotalRow) {
        return t.total;
    }
    return signedSeconds(t, kTimeComponents[row]);
}

// Green for what the step gets back: a credit, not a cost.
const QColor kCreditColour(0x00, 0x9E, 0x73);

// Room right of the longest bar for its label (the axis ends near the data), and how
// much longer than the current strategy's longest bar a baseline may be and still be
// drawn whole: beyond that the axis would shrink the current bars, so the outline stops
// at the axis's end with an arrow.
constexpr double kLabelRoom = 1.3;
constexpr double kBaselineWithinAxis = 1.5;
// The outline spans most of a row, the bar (Qt's default bar width) half of it, so the
// current bar and its label sit inside the baseline's outline.
constexpr double kOutlineHeight = 0.8;

// The axis from `low` to `high` widened to round ticks, by the least of the round
// steps that gives at most `maxTicks`: QValueAxis::applyNiceNumbers() keeps five ticks
// and took -44.6..103 ms to -50..150 ms, ending the axis far from the data.
void setNiceRange(QValueAxis& axis, double low, double high, int maxTicks)
{
    const double span = high - low;
    const double magnitude = std::pow(10.0, std::floor(std::log10(span / (maxTicks - 1))));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0}) {
        const double step = factor * magnitude;
        const double first = std::floor(low / step + 1e-9) * step;
        const double last = std::ceil(high / step - 1e-9) * step;
        const int ticks = static_cast<int>(std::lround((last - first) / step)) + 1;
        if (ticks <= maxTicks) {
            axis.setRange(first, last);
            axis.setTickCount(ticks);
            return;
        }
    }
    axis.setRange(low, high);
}

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : ChartView(parent)
    , m_bars(new QBarSet(tr("time per step")))
    , m_series(new QHorizontalBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
    , m_errorBar(new ErrorBarItem(chart()))
{
    setToolTip(tr("Step time by component for the straggler GPU; hover a bar for its formula"));
    auto* series = m_series;
    series->append(m_bars);
    // Qt's own bar labels print "%g" ("1.602e+04"); placeLabels() writes them with
    // formatSeconds instead.
    series->setLabelsVisible(false);
    m_bars->setSelectedColor(kCreditColour);
    for (int row = 0; row < kRows; ++row) {
        auto* label = new QGraphicsSimpleTextItem(chart());
        label->setBrush(palette().color(QPalette::WindowText));
        label->setZValue(10);  // above the bars and grid lines
        m_labels.append(label);
        // Under each label, its background: where rows are barely a line high (1366x768,
        // Chinese) an outline's dashed edge ran through the text.
        auto* back = new QGraphicsRectItem(chart());
        back->setPen(Qt::NoPen);
        back->setZValue(9.5);  // over the outlines, under the labels
        back->setVisible(false);
        m_labelBacks.append(back);
        auto* outline = new QGraphicsRectItem(chart());
        outline->setPen(QPen(palette().color(QPalette::WindowText), 1.5, Qt::DashLine));
        outline->setBrush(Qt::NoBrush);
        outline->setZValue(9);  // over the bar: the bar shows through an outline
        outline->setVisible(false);
        m_outlines.append(outline);
    }
    connect(chart(), &QChart::plotAreaChanged, this, &LatencyChart::placeLabels);
    chart()->addSeries(series);
    QStringList labels;
    for (const TimeComponent& c : kTimeComponents) {
        labels.prepend(componentLabel(c));  // the first component at the top
    }
    labels.prepend(tr("step time (total)"));
    m_categories->append(labels);
    // The axis keeps the names (tests, exports read them) but the chart draws them:
    // placeRowNames(), left of the plot in the margin made for the longest.
    m_categories->setLabelsVisible(false);
    int widest = 0;
    for (int row = kRows - 1; row >= 0; --row) {
        auto* name = new QGraphicsSimpleTextItem(labels[displayIndex(row)], chart());
        name->setBrush(palette().color(QPalette::WindowText));
        widest = std::max(widest, static_cast<int>(std::ceil(name->boundingRect().width())));
        m_rowNames.prepend(name);
    }
    const QMargins margins = chart()->margins();
    chart()->setMargins(QMargins(margins.left() + widest + 8, margins.top(), margins.right(), margins.bottom()));
    chart()->addAxis(m_categories, Qt::AlignLeft);
    m_axis->setTitleText(tr("time per step (%1)").arg(QStringLiteral("ms")));
    m_axis->setLabelFormat(QStringLiteral("%.4g"));  // ticks in the unit timeScale() picks stay below 10,000
    chart()->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_axis);
    // One series, named by the axis title: a legend would only take the rows' room.
    chart()->legend()->hide();
    m_bars->setLabelColor(palette().color(QPalette::WindowText));
    connect(m_bars, &QBarSet::hovered, this, &LatencyChart::showExplanation);
    // Held, not only hinted: the window's splitters squeezed a chart below its hint.
    setMinimumSize(minimumSizeHint());
}

LatencyChart::~LatencyChart() = default;

QStringList LatencyChart::componentKeys()
{
    QStringList keys;
    for (const TimeComponent& c : kTimeComponents) {
        keys << QString::fromStdString(explanationKey(c));
    }
    return keys;
}

void LatencyChart::setEvaluation(const Profile& profile, const Evaluation& ev, const Evaluation* baseline,
                                 const std::optional<UncertaintyBand>& band)
{
    m_showBaseline = baseline && baseline->valid && ev.valid;
    // One unit for the axis, chosen from the current strategy's longest bar, so that a
    // 16 s step reads in s and a 4 ms decode step in ms.
    double longestS = ev.valid ? ev.time.total : 0.0;
    for (int row = 0; row < kRows; ++row) {
        longestS = std::max(longestS, ev.valid ? rowSeconds(ev.time, row) : 0.0);
    }
    const TimeScale scale = timeScale(longestS);
    m_unit = QString::fromUtf8(scale.unit);
    QList<qreal> values;
    m_ms.clear();
    m_baselineMs.clear();
    m_seconds.clear();
    m_baselineSeconds.clear();
    m_baselineBars.clear();
    for (int row = 0; row < kRows; ++row) {
        const double baselineS = m_showBaseline ? rowSeconds(baseline->time, row) : 0.0;
        values.prepend(ev.valid ? rowSeconds(ev.time, row) / scale.seconds : 0.0);
        m_seconds.prepend(ev.valid ? rowSeconds(ev.time, row) : 0.0);
        m_baselineSeconds.prepend(baselineS);
        m_baselineBars.prepend(baselineS / scale.seconds);
        if (row < kComponentCount) {
            m_ms << (ev.valid ? ev.time.*kTimeComponents[row].field * 1e3 : 0.0);
            m_baselineMs << (m_showBaseline ? baseline->time.*kTimeComponents[row].field * 1e3 : 0.0);
        }
    }
    m_profile = profile;
    m_valid = ev.valid;
    m_band = ev.valid ? band : std::nullopt;
    m_explanations.clear();
    if (m_bars->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i) {
            m_bars->replace(i, values[i]);
        }
    } else {
        m_bars->remove(0, m_bars->count());
        m_bars->append(values);
    }
    m_bars->deselectAllBars();
    m_bars->selectBar(displayIndex(kOverlapRow));
    // The axis is the current strategy's: a baseline a little longer is drawn whole, one
    // much longer stops at the axis's end rather than shrinking the current bars to
    // slivers (a 2.68 s baseline left a 200 ms step a few pixels long).
    double longest = *std::max_element(values.begin(), values.end());
    if (m_band) {
        longest = std::max(longest, m_band->high(ev.time.total) / scale.seconds);  // the error bar's end
    }
    double credit = *std::min_element(values.begin(), values.end());
    if (m_showBaseline) {
        const double reach = std::max(longest, 1e-12) * kBaselineWithinAxis;
        for (const qreal b : std::as_const(m_baselineBars)) {
            if (b <= reach) {
                longest = std::max(longest, b);
            }
            if (b < 0 && -b <= reach) {
                credit = std::min(credit, b);
            }
        }
    }
    // Room right of the longest bar for its label, and left of zero for the credit.
    m_rangeLow = credit < 0 ? credit * 1.05 : 0.0;
    m_rangeHigh = longest > 0 ? longest * kLabelRoom : 1.0;
    applyRange();
    // A decode step produces one token per sequence: the headline's name for it; with
    // speculation it emits more, and the step is named as such.
    const bool speculating = profile.workload.mode == Mode::Decode && profile.workload.speculative;
    const bool decode = profile.workload.mode == Mode::Decode && !speculating;
    m_axis->setTitleText((decode ? tr("time per token (%1)") : tr("time per step (%1)")).arg(m_unit));
    if (!ev.valid) {
        setTitle(tr("Not evaluated: %1").arg(evaluationError(ev, false)));
        return;
    }
    QString title = (decode ? tr("Time per token %1 · %2 · MFU %3") : tr("Step time %1 · %2 · MFU %3"))
                        .arg(localSeconds(ev.time.total),
                             localRate(ev.rates.tokensPerS),
                             localPercent(ev.rates.mfu));
    if (speculating) {
        title = tr("Decode step %1 (%2/token) · %3 · MFU %4")
                    .arg(localSeconds(ev.time.total),
                         localSeconds(ev.rates.timePerOutputTokenS),
                         localRate(ev.rates.tokensPerS),
                         localPercent(ev.rates.mfu));
    }
    if (m_showBaseline) {
        title += tr(" · baseline %1 (%2), dashed")
                     .arg(localSeconds(baseline->time.total), localChange(ev.time.total / baseline->time.total));
    } else if (baseline && !baseline->valid) {
        title += tr(" · baseline: not evaluated");
    }
    setTitle(title);
}

std::optional<std::pair<double, double>> LatencyChart::totalErrorBar() const
{
    if (!m_band || !m_valid) {
        return std::nullopt;
    }
    const double total = m_seconds.value(displayIndex(kTotalRow));
    return std::pair(m_band->low(total), m_band->high(total));
}

QList<qreal> LatencyChart::baselineValues() const
{
    return m_baselineMs;
}

QList<qreal> LatencyChart::values() const
{
    return m_ms;
}

int LatencyChart::displayIndex(int row)
{
    return kRows - 1 - row;  // the first component at the top
}

QGraphicsRectItem* LatencyChart::baselineOutline(int index) const
{
    QGraphicsRectItem* outline = m_outlines.value(displayIndex(index));
    return outline && outline->isVisible() ? outline : nullptr;
}

bool LatencyChart::baselineOffScale(int index) const
{
    const double b = m_baselineBars.value(index);
    return m_showBaseline && (b > m_axis->max() || b < m_axis->min());
}

QString LatencyChart::labelText(int row, LabelForm form) const
{
    const int index = displayIndex(row);
    QString text = localSeconds(m_seconds.value(index));
    // The credit says so, but its row's name and its colour say it too: the value alone
    // is the form of last resort where the words have no room (German at 1366x768).
    if (row == kOverlapRow && form != LabelForm::ValueOnly) {
        text = tr("%1 (credit)").arg(text);
    }
    // An outline cut at the axis's end cannot be read off the axis: the label says it.
    if (baselineOffScale(index) && form != LabelForm::ValueOnly) {
        const QString baseline = localSeconds(m_baselineSeconds.value(index));
        const bool left = m_baselineBars.value(index) < 0;
        if (form == LabelForm::Full) {
            text = left ? tr("%1 · baseline %2 ◂").arg(text, baseline) : tr("%1 · baseline %2 ▸").arg(text, baseline);
        } else {
            text = left ? tr("%1 · %2 ◂").arg(text, baseline) : tr("%1 · %2 ▸").arg(text, baseline);
        }
    }
    return text;
}

QList<QGraphicsSimpleTextItem*> LatencyChart::valueLabels() const
{
    return m_labels;
}

QRectF LatencyChart::barRect(int index) const
{
    // Qt's bars take half their row (QAbstractBarSeries::barWidth() 0.5), centred on it.
    const double value = m_bars->at(index);
    const QPointF zero = chart()->mapToPosition(QPointF(0.0, index), m_series);
    const QPointF end = chart()->mapToPosition(QPointF(value, index), m_series);
    const double height = chart()->plotArea().height() / kRows * m_series->barWidth();
    return QRectF(QPointF(std::min(zero.x(), end.x()), zero.y() - height / 2.0), QSizeF(std::abs(end.x() - zero.x()), height));
}

void LatencyChart::placeLabels()
{
    // Each label sits right of its bar's end (right of zero for the credit, whose bar
    // runs left), in the bar's row.
    const QRectF plot = chart()->plotArea();
    const int totalIndex = displayIndex(kTotalRow);
    m_errorBar->setVisible(m_valid && m_band.has_value() && m_bars->count() > totalIndex);
    if (m_errorBar->isVisible()) {
        const double total = m_bars->at(totalIndex);
        const QPointF low = chart()->mapToPosition(QPointF(m_band->low(total), totalIndex), m_series);
        const QPointF high = chart()->mapToPosition(QPointF(m_band->high(total), totalIndex), m_series);
        const double rowHeight = plot.height() / kRows;
        m_errorBar->setEnds(low, high, rowHeight * 0.4);
    }
    for (int row = 0; row < kRows; ++row) {
        QGraphicsSimpleTextItem* label = m_labels[row];
        QGraphicsRectItem* back = m_labelBacks[row];
        const int index = displayIndex(row);
        const double seconds = m_seconds.value(index);
        label->setVisible(m_valid && (seconds != 0.0 || baselineOffScale(index)));
        back->setVisible(label->isVisible());
        if (!label->isVisible()) {
            continue;
        }
        double labelAt = std::max(m_bars->at(index), 0.0);
        const bool banded = row == kTotalRow && m_band;
        if (banded) {
            labelAt = m_band->high(m_bars->at(index));  // right of the error bar
        }
        const QPointF zero = chart()->mapToPosition(QPointF(0.0, index), m_series);
        const QPointF end = chart()->mapToPosition(QPointF(labelAt, index), m_series);
        // A whole outline ends inside the plot: a label crossing its end would run
        // through the dashed line.
        std::optional<double> outlineEnd;
        if (m_showBaseline && !baselineOffScale(index) && m_baselineBars.value(index) > 0) {
            outlineEnd = chart()->mapToPosition(QPointF(m_baselineBars.value(index), index), m_series).x();
        }
        // The longest text that has room (the baseline's value named, then without
        // the word, then the value alone: the tooltip names the baseline), right of
        // the bar, else inside its end in white; failing all, the value right of the
        // bar even past the plot, never over a bar.
        QStringList texts;
        for (const LabelForm form : {LabelForm::Full, LabelForm::Compact, LabelForm::ValueOnly}) {
            QString text = labelText(row, form);
            if (banded) {
                text = tr("%1 ±%2").arg(text, localPercent(m_band->band));
            }
            if (!texts.contains(text)) {
                texts << text;
            }
        }
        const QFontMetricsF metrics(label->font());
        QString text = texts.last();
        double x = end.x() + 4.0;
        QBrush brush = palette().brush(QPalette::WindowText);
        QBrush background = chart()->backgroundBrush();
        for (const QString& candidate : std::as_const(texts)) {
            const double width = metrics.horizontalAdvance(candidate);
            double right = end.x() + 4.0;
            if (outlineEnd && right + width > *outlineEnd - 2.0 && right < *outlineEnd + 4.0) {
                right = *outlineEnd + 4.0;
            }
            if (right + width <= plot.right()) {
                text = candidate;
                x = right;
                break;
            }
            if (end.x() - zero.x() >= width + 8.0) {
                text = candidate;
                x = end.x() - 4.0 - width;
                brush = QBrush(Qt::white);
                background = QBrush(m_bars->color());
                break;
            }
        }
        label->setText(text);
        const QRectF box = label->boundingRect();
        label->setBrush(brush);
        label->setPos(x, end.y() - box.height() / 2.0);
        back->setBrush(background);
        back->setRect(QRectF(label->pos(), box.size()).adjusted(-1.0, 0.0, 1.0, 0.0));
    }
    placeBaselineOutlines();
    placeRowNames();
}

void LatencyChart::applyRange()
{
    // A tick label such as "-7.5" every 60 px or more: narrower, QtCharts cuts them.
    const int plotWidth = width() - chart()->margins().left() - chart()->margins().right();
    setNiceRange(*m_axis, m_rangeLow, m_rangeHigh, std::clamp(plotWidth / 60, 3, 8));
    placeLabels();
}

void LatencyChart::resizeEvent(QResizeEvent* event)
{
    ChartView::resizeEvent(event);
    applyRange();
}

void LatencyChart::placeRowNames()
{
    // Right-aligned against the plot's left edge, each centred on its row.
    const QRectF plot = chart()->plotArea();
    for (int row = 0; row < kRows; ++row) {
        QGraphicsSimpleTextItem* name = m_rowNames[row];
        const QPointF centre = chart()->mapToPosition(QPointF(0.0, displayIndex(row)), m_series);
        const QRectF box = name->boundingRect();
        name->setPos(plot.left() - 6.0 - box.width(), centre.y() - box.height() / 2.0);
    }
}

QSize LatencyChart::minimumSizeHint() const
{
    // Every row its text's height and two pixels; the title (two lines when it wraps) and
    // the time axis (its labels and title) a line each, and the margins. At 1366x768
    // with the Search dock open this is what the window has left for the charts.
    const QFontMetrics metrics(font());
    const int rows = kRows * (metrics.height() + 2);
    const int height = rows + 4 * metrics.height() + 4;
    const int width = chart()->margins().left() + 12 * metrics.horizontalAdvance(QLatin1Char('0')) + 40;
    return {width, height};
}

void LatencyChart::placeBaselineOutlines()
{
    // One dashed rectangle per row from zero to the baseline's value, cut at the axis's
    // ends: the current bar shows through it, so each row reads "now against then".
    const QRectF plot = chart()->plotArea();
    const double rowHeight = plot.height() / kRows;
    for (int row = 0; row < kRows; ++row) {
        QGraphicsRectItem* outline = m_outlines[row];
        const int index = displayIndex(row);
        const double value = m_baselineBars.value(index);
        outline->setVisible(m_showBaseline && value != 0.0);
        if (!outline->isVisible()) {
            continue;
        }
        const double clipped = std::clamp(value, m_axis->min(), m_axis->max());
        const QPointF zero = chart()->mapToPosition(QPointF(0.0, index), m_series);
        const QPointF end = chart()->mapToPosition(QPointF(clipped, index), m_series);
        const double height = rowHeight * kOutlineHeight;
        outline->setRect(QRectF(QPointF(std::min(zero.x(), end.x()), zero.y() - height / 2.0),
                                QSizeF(std::abs(end.x() - zero.x()), height)));
    }
}

void LatencyChart::showExplanation(bool hovered, int index)
{
    if (!hovered || !m_valid) {
        QToolTip::hideText();
        return;
    }
    if (m_explanations.empty()) {
        m_explanations = explain(m_profile);
    }
    const int row = displayIndex(index);
    const std::string key = row == kTotalRow ? "time_s.total" : explanationKey(kTimeComponents[row]);
    const QString name = row == kTotalRow ? tr("step time (total)")
        : row == kOverlapRow                ? tr("%1 (credit)").arg(componentLabel(kOverlapCredit))
                                            : componentLabel(kTimeComponents[row]);
    QString text = QStringLiteral("<b>%1</b>: %2").arg(name, localSeconds(m_seconds.value(index)));
    if (row == kTotalRow && m_band) {
        const auto [low, high] = *totalErrorBar();
        text += tr("<br>±%1: between %2 and %3, the leave-one-out band of the calibrated system \"%4\"")
                    .arg(localPercent(m_band->band), localSeconds(low), localSeconds(high),
                         QString::fromStdString(m_band->system).toHtmlEscaped());
    }
    if (m_showBaseline) {
        text += tr(" (baseline %1)").arg(localSeconds(m_baselineSeconds.value(index)));
    }
    if (row == kOverlapRow) {
        text += tr("<br>communication hidden under compute, subtracted from the sum");
    }
    for (const Explanation& e : m_explanations) {
        if (e.key == key || e.key == key + ".per_micro_batch") {
            text += QStringLiteral("<br><i>%1</i><br>= %2")
                        .arg(formulaText(e.formula).toHtmlEscaped(), QString::fromStdString(e.values).toHtmlEscaped());
        }
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace moe::ui
