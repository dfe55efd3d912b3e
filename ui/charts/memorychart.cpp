#include "charts/memorychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarLegendMarker>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

#include "base/units.h"
#include "widgets/componentlabels.h"
#include "widgets/localfigures.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

// Names on two lines ("GPU 0" over "(fullest)"): each fits under its bar at 1366 px.
QString twoLines(QString text)
{
    return text.replace(QStringLiteral(" ("), QStringLiteral("<br>("));
}

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr int kMaxStagesShown = 8;

// The GPUs worth a bar: the selected one, the fullest of each stage (at most eight
// stages, evenly spread), and the fullest overall. Labels name the GPUs while there
// is room; with many bars they shrink to the stage number, and the axis title says so.
struct Bar {
    qint64 gpu;
    QString label;
    QString shortLabel;
};

QList<Bar> chooseGpus(const Evaluation& ev, qint64 selected)
{
    QList<Bar> shown;
    if (selected >= 0 && selected < static_cast<qint64>(ev.gpus.size()) && selected != ev.memoryGpu) {
        shown.append({selected, MemoryChart::tr("GPU %1 (selected)").arg(selected), MemoryChart::tr("sel")});
    }
    const qint64 stages = ev.strategy.pp;
    const qint64 stageSize = ev.strategy.tp * ev.strategy.dp;
    const qint64 step = std::max<qint64>(1, (stages + kMaxStagesShown - 1) / kMaxStagesShown);
    for (qint64 p = 0; p < stages && stages > 1; p += step) {
        qint64 fullest = p * stageSize;
        for (qint64 g = p * stageSize; g < (p + 1) * stageSize && g < static_cast<qint64>(ev.gpus.size()); ++g) {
            if (ev.gpus[static_cast<std::size_t>(g)].memory.total() > ev.gpus[static_cast<std::size_t>(fullest)].memory.total()) {
                fullest = g;
            }
        }
        shown.append({fullest, MemoryChart::tr("stage %1: GPU %2").arg(p).arg(fullest), QString::number(p)});
    }
    shown.append({ev.memoryGpu, MemoryChart::tr("GPU %1 (fullest)").arg(ev.memoryGpu), MemoryChart::tr("top")});
    return shown;
}

} // namespace

MemoryChart::MemoryChart(QWidget* parent)
    : ChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
    , m_lineAxis(new QValueAxis)
    , m_capacity(new QLineSeries)
{
    setToolTip(tr("Memory per GPU by component against its capacity (the line)"));
    for (const MemoryComponent& c : kMemoryComponents) {
        auto* set = new QBarSet(componentLabel(c));
        set->setColor(componentColour(c));
        set->setBorderColor(componentColour(c).darker(130));
        m_sets.append(set);
        m_series->append(set);
    }
    chart()->addSeries(m_series);
    m_capacity->setName(tr("capacity"));
    chart()->addSeries(m_capacity);
    chart()->addAxis(m_categories, Qt::AlignBottom);
    // On two lines: at 1366x768 the plot is shorter than the title on one.
    m_axis->setTitleText(tr("memory per GPU (GiB)").replace(QStringLiteral(" ("), QStringLiteral("<br>(")));
    m_axis->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_axis, Qt::AlignLeft);
    // The capacity line runs across the bars on an x axis of its own, aligned with
    // the categories (bar i is centred at x = i).
    m_lineAxis->setVisible(false);
    chart()->addAxis(m_lineAxis, Qt::AlignTop);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_axis);
    m_capacity->attachAxis(m_lineAxis);
    m_capacity->attachAxis(m_axis);
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(chart(), &QChart::plotAreaChanged, this, &MemoryChart::chooseLabels);
    // A size smaller than the axes': eleven entries beside a chart 250 px high.
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart()->legend()->setFont(legendFont);
}

void MemoryChart::chooseLabels()
{
    const QFontMetrics metrics(m_categories->labelsFont());
    // QtCharts gives a category label the plot's width over the bars plus one, less
    // its padding (HorizontalAxis::updateGeometry), and the text item's margins.
    const double perBar = m_longLabels.isEmpty() ? 0.0 : chart()->plotArea().width() / (m_longLabels.size() + 1);
    bool roomy = m_longLabels.size() <= 3;
    for (const QString& label : std::as_const(m_longLabels)) {
        for (const QString& line : label.split(QStringLiteral("<br>"))) {
            roomy = roomy && (perBar <= 0 || metrics.horizontalAdvance(line) + 24 <= perBar);
        }
    }
    const QStringList labels = roomy ? m_longLabels : m_shortLabels;
    const QString title = roomy ? QString()
                                : twoLines(m_selectedBar ? tr("stage (sel: selected GPU, top: fullest)") : tr("stage (top: fullest)"));
    if (title != m_categories->titleText()) {
        m_categories->setTitleText(title);
    }
    if (labels == m_categories->categories()) {
        return;
    }
    // The short stage numbers of many bars stand upright beside each other ("t..." was
    // all that was left of "top").
    m_categories->setLabelsAngle(roomy ? 0 : -90);
    m_categories->setCategories(labels);
}

int MemoryChart::componentCount()
{
    return static_cast<int>(kMemoryComponentCount);
}

QString MemoryChart::componentName(int component)
{
    return componentLabel(kMemoryComponents[component]);
}

QStringList MemoryChart::barLabels() const
{
    return m_categories->categories();
}

QList<qreal> MemoryChart::componentValues(int component) const
{
    QList<qreal> values;
    for (int i = 0; i < m_sets[component]->count(); ++i) {
        values << m_sets[component]->at(i);
    }
    return values;
}

void MemoryChart::setEvaluation(const Profile& profile, const Evaluation& ev, qint64 selectedGpu, const Evaluation* baseline)
{
    m_gpus.clear();
    if (!ev.valid || ev.gpus.empty()) {
        for (auto* set : std::as_const(m_sets)) {
            set->remove(0, set->count());
        }
        m_categories->clear();
        m_capacity->clear();
        setTitle(tr("Not evaluated: %1").arg(evaluationError(ev, false)));
        return;
    }
    auto shown = chooseGpus(ev, selectedGpu);
    // A baseline that cannot run keeps its place, empty and labelled as such: its
    // absence would read as "no baseline". Category labels are HTML; on two lines the
    // label fits under its bar instead of eliding.
    if (baseline && baseline->valid) {
        shown.append({-1, tr("baseline"), tr("base")});
    } else if (baseline) {
        shown.append({-1, tr("baseline:<br>not evaluated"), tr("base: n/a")});
    }
    // A bar's memory: one of this evaluation's GPUs, or the baseline's fullest (gpu -1).
    auto memoryOf = [&](qint64 gpu) -> const MemoryBreakdown& {
        return gpu < 0 ? baseline->memory : ev.gpus[static_cast<std::size_t>(gpu)].memory;
    };
    for (int c = 0; c < componentCount(); ++c) {
        QList<qreal> values;
        for (const Bar& bar : shown) {
            values << memoryOf(bar.gpu).*kMemoryComponents[c].field / kGiB;
        }
        m_sets[c]->remove(0, m_sets[c]->count());
        m_sets[c]->append(values);
        // A component no bar has (the KV cache in training) draws nothing: its legend
        // entry would only take the room of those that do.
        const bool drawn = std::any_of(values.begin(), values.end(), [](qreal v) { return v > 0; });
        for (QLegendMarker* marker : chart()->legend()->markers(m_series)) {
            if (auto* bar = qobject_cast<QBarLegendMarker*>(marker); bar && bar->barset() == m_sets[c]) {
                marker->setVisible(drawn);
            }
        }
    }
    double highest = 0;
    double current = 0;  // the highest bar of this configuration, not the baseline's
    m_longLabels.clear();
    m_shortLabels.clear();
    for (const Bar& bar : shown) {
        m_gpus << bar.gpu;
        m_longLabels << twoLines(bar.label);
        m_shortLabels << bar.shortLabel;
        highest = std::max(highest, memoryOf(bar.gpu).total() / kGiB);
        if (bar.gpu >= 0) {
            current = std::max(current, memoryOf(bar.gpu).total() / kGiB);
        }
    }
    // "sel" is explained only where a selected GPU has a bar of its own (never in an export).
    m_selectedBar = std::any_of(shown.begin(), shown.end(), [&](const Bar& bar) {
        return bar.gpu >= 0 && bar.gpu == selectedGpu && bar.gpu != ev.memoryGpu;
    });
    chooseLabels();
    const double capacity = ev.capacityBytes / kGiB;
    const double limit = capacity * profile.constraints.maxMemoryFraction;
    m_over = current > limit;
    m_axis->setRange(0, std::max(highest, capacity) * 1.1);
    m_axis->applyNiceNumbers();
    m_lineAxis->setRange(-0.5, static_cast<double>(shown.size()) - 0.5);
    m_capacity->replace({QPointF(-0.5, limit), QPointF(static_cast<double>(shown.size()) - 0.5, limit)});
    const auto bytes = [](double gib) { return localBytes(gib * kGiB); };
    m_capacity->setName(limit < capacity ? tr("limit %1").arg(bytes(limit)) : tr("capacity %1").arg(bytes(capacity)));
    QPen pen(m_over ? QColor(0xD0, 0x10, 0x10) : palette().color(QPalette::WindowText), m_over ? 3 : 2, Qt::DashLine);
    m_capacity->setPen(pen);
    const double fullest = ev.memory.total() / kGiB;
    chart()->setTitleBrush(m_over ? QBrush(QColor(0xD0, 0x10, 0x10)) : palette().brush(QPalette::WindowText));
    setTitle(m_over ? tr("Over capacity: GPU %1 needs %2 of %3 allowed (%4 too much)")
                                   .arg(ev.memoryGpu)
                                   .arg(bytes(fullest), bytes(limit), bytes(fullest - limit))
                             : tr("Memory per GPU: fullest GPU %1 uses %2 of %3 (%4)")
                                   .arg(ev.memoryGpu)
                                   .arg(bytes(fullest), bytes(capacity),
                                        localPercent(fullest / capacity)));
}

} // namespace moe::ui
