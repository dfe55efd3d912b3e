#include "charts/latencychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

#include "base/units.h"
#include "charts/errorbaritem.h"
#include "widgets/componentlabels.h"
#include "widgets/localfigures.h"
#include "widgets/formulatexts.h"

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

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : ChartView(parent)
    , m_bars(new QBarSet(tr("time per step")))
    , m_baseline(new QBarSet(tr("baseline")))
    , m_series(new QHorizontalBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
    , m_errorBar(new ErrorBarItem(chart()))
{
    setToolTip(tr("Step time by component for the straggler GPU; hover a bar for its formula"));
    auto* series = m_series;
    series->append(m_bars);
    m_baseline->setColor(QColor(0xB0, 0xB0, 0xB0));
    m_baseline->setLabelColor(palette().color(QPalette::WindowText));
    // Qt's own bar labels print "%g" ("1.602e+04"); placeLabels() writes them with
    // formatSeconds instead.
    series->setLabelsVisible(false);
    m_bars->setSelectedColor(kCreditColour);
    for (int row = 0; row < kRows; ++row) {
        auto* label = new QGraphicsSimpleTextItem(chart());
        label->setBrush(palette().color(QPalette::WindowText));
        label->setZValue(10);  // above the bars and grid lines
        m_labels.append(label);
    }
    connect(chart(), &QChart::plotAreaChanged, this, &LatencyChart::placeLabels);
    chart()->addSeries(series);
    QStringList labels;
    for (const TimeComponent& c : kTimeComponents) {
        labels.prepend(componentLabel(c));  // the first component at the top
    }
    labels.prepend(tr("step time (total)"));
    m_categories->append(labels);
    chart()->addAxis(m_categories, Qt::AlignLeft);
    m_axis->setTitleText(tr("time per step (%1)").arg(QStringLiteral("ms")));
    m_axis->setLabelFormat(QStringLiteral("%.4g"));  // ticks in the unit timeScale() picks stay below 10,000
    chart()->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_axis);
    chart()->legend()->hide();
    // Beside the bars, not under them: the rows need the height for their labels.
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_bars->setLabelColor(palette().color(QPalette::WindowText));
    connect(m_bars, &QBarSet::hovered, this, &LatencyChart::showExplanation);
}

LatencyChart::~LatencyChart()
{
    // The series owns the baseline set only while it shows it.
    if (!m_series->barSets().contains(m_baseline)) {
        delete m_baseline;
    }
}

QStringList LatencyChart::componentKeys()
{
    QStringList keys;
    for (const TimeComponent& c : kTimeComponents) {
        keys << QString::fromStdString(explanationKey(c));
    }
    return keys;
}

void LatencyChart::setEvaluation(const Profile& profile, const Evaluation& ev, const Evaluation* baseline)
{
    const bool showBaseline = baseline && baseline->valid && ev.valid;
    if (showBaseline != m_series->barSets().contains(m_baseline)) {
        if (showBaseline) {
            m_series->append(m_baseline);
        } else {
            m_series->take(m_baseline);
        }
        chart()->legend()->setVisible(showBaseline);
    }
    // One unit for the axis, chosen from the longest bar, so that a 16 s step reads
    // in s and a 4 ms decode step in ms.
    double longestS = ev.valid ? ev.time.total : 0.0;
    for (int row = 0; row < kRows; ++row) {
        longestS = std::max({longestS, ev.valid ? rowSeconds(ev.time, row) : 0.0,
                             showBaseline ? rowSeconds(baseline->time, row) : 0.0});
    }
    const TimeScale scale = timeScale(longestS);
    m_unit = QString::fromUtf8(scale.unit);
    QList<qreal> ghost;
    QList<qreal> values;
    m_ms.clear();
    m_baselineMs.clear();
    m_seconds.clear();
    for (int row = 0; row < kRows; ++row) {
        ghost.prepend(showBaseline ? rowSeconds(baseline->time, row) / scale.seconds : 0.0);
        values.prepend(ev.valid ? rowSeconds(ev.time, row) / scale.seconds : 0.0);
        m_seconds.prepend(ev.valid ? rowSeconds(ev.time, row) : 0.0);
        if (row < kComponentCount) {
            m_ms << (ev.valid ? ev.time.*kTimeComponents[row].field * 1e3 : 0.0);
            m_baselineMs << (showBaseline ? baseline->time.*kTimeComponents[row].field * 1e3 : 0.0);
        }
    }
    m_baseline->remove(0, m_baseline->count());
    m_baseline->append(ghost);
    m_profile = profile;
    m_valid = ev.valid;
    m_band = ev.valid ? uncertaintyBand(profile) : std::nullopt;
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
    double longest = *std::max_element(values.begin(), values.end());
    if (m_band) {
        longest = std::max(longest, m_band->high(ev.time.total) / scale.seconds);  // the error bar's end
    }
    double credit = *std::min_element(values.begin(), values.end());
    if (showBaseline) {
        longest = std::max(longest, *std::max_element(ghost.begin(), ghost.end()));
        credit = std::min(credit, *std::min_element(ghost.begin(), ghost.end()));
    }
    // Room right of the longest bar for its label, and left of zero for the credit.
    m_axis->setRange(credit < 0 ? credit * 1.05 : 0.0, longest > 0 ? longest * 1.3 : 1.0);
    m_axis->applyNiceNumbers();
    m_showLabels = !showBaseline;
    placeLabels();
    // A decode step produces one token per sequence: the headline's name for it; with
    // speculation it emits more, and the step is named as such.
    const bool speculating = profile.workload.mode == Mode::Decode && profile.workload.speculative;
    const bool decode = profile.workload.mode == Mode::Decode && !speculating;
    m_axis->setTitleText((decode ? tr("time per token (%1)") : tr("time per step (%1)")).arg(m_unit));
    if (!ev.valid) {
        chart()->setTitle(tr("Not evaluated: %1").arg(QString::fromStdString(ev.error)));
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
    if (showBaseline) {
        title += tr(" · baseline %1 (%2)")
                     .arg(localSeconds(baseline->time.total),
                          localChange(ev.time.total / baseline->time.total));
    } else if (baseline && !baseline->valid) {
        title += tr(" · baseline: not evaluated");
    }
    chart()->setTitle(title);
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
        const double seconds = m_seconds.value(displayIndex(row));
        label->setVisible(m_showLabels && m_valid && seconds != 0.0);
        if (!label->isVisible()) {
            continue;
        }
        QString text = localSeconds(seconds);
        if (row == kOverlapRow) {
            text = tr("%1 (credit)").arg(text);
        }
        const int index = displayIndex(row);
        double labelAt = std::max(m_bars->at(index), 0.0);
        if (row == kTotalRow && m_band) {
            text = tr("%1 ±%2").arg(text, localPercent(m_band->band));
            labelAt = m_band->high(m_bars->at(index));  // right of the error bar
        }
        label->setText(text);
        const QPointF end = chart()->mapToPosition(QPointF(labelAt, index), m_series);
        const QRectF box = label->boundingRect();
        const double x = std::min(end.x() + 4.0, plot.right() - box.width());
        label->setPos(x, end.y() - box.height() / 2.0);
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
                    .arg(localPercent(m_band->band),
                         localSeconds(low), localSeconds(high),
                         QString::fromStdString(m_band->system).toHtmlEscaped());
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
