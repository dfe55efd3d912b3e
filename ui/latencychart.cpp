#include "latencychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

#include "units.h"

namespace moe::ui {

namespace {

struct Component {
    const char* key;
    const char* label;
    double TimeBreakdown::*field;
};

const Component kComponents[] = {
    {"time_s.attention_compute", QT_TRANSLATE_NOOP("LatencyChart", "attention"), &TimeBreakdown::attentionCompute},
    {"time_s.expert_compute", QT_TRANSLATE_NOOP("LatencyChart", "experts"), &TimeBreakdown::expertCompute},
    {"time_s.dense_compute", QT_TRANSLATE_NOOP("LatencyChart", "dense FFN, LM head"), &TimeBreakdown::denseCompute},
    {"time_s.a2a_dispatch", QT_TRANSLATE_NOOP("LatencyChart", "all-to-all dispatch"), &TimeBreakdown::a2aDispatch},
    {"time_s.a2a_combine", QT_TRANSLATE_NOOP("LatencyChart", "all-to-all combine"), &TimeBreakdown::a2aCombine},
    {"time_s.tp_comm", QT_TRANSLATE_NOOP("LatencyChart", "TP collectives"), &TimeBreakdown::tpComm},
    {"time_s.pp_comm", QT_TRANSLATE_NOOP("LatencyChart", "pipeline transfer"), &TimeBreakdown::ppComm},
    {"time_s.pp_bubble", QT_TRANSLATE_NOOP("LatencyChart", "pipeline bubble"), &TimeBreakdown::ppBubble},
    {"time_s.dp_comm", QT_TRANSLATE_NOOP("LatencyChart", "gradient sync"), &TimeBreakdown::dpComm},
    {"time_s.optimizer", QT_TRANSLATE_NOOP("LatencyChart", "optimizer step"), &TimeBreakdown::optimizer},
    {"time_s.overlapped", QT_TRANSLATE_NOOP("LatencyChart", "hidden by overlap"), &TimeBreakdown::overlapped},
};

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : ChartView(parent)
    , m_bars(new QBarSet(tr("time per step")))
    , m_baseline(new QBarSet(tr("baseline")))
    , m_series(new QHorizontalBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
{
    setToolTip(tr("Step time by component for the straggler GPU; hover a bar for its formula"));
    auto* series = m_series;
    series->append(m_bars);
    m_baseline->setColor(QColor(0xB0, 0xB0, 0xB0));
    m_baseline->setLabelColor(palette().color(QPalette::WindowText));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value ms"));
    series->setLabelsPrecision(4);
    chart()->addSeries(series);
    QStringList labels;
    for (const auto& c : kComponents) {
        labels.prepend(QCoreApplication::translate("LatencyChart", c.label));  // the first component at the top
    }
    m_categories->append(labels);
    chart()->addAxis(m_categories, Qt::AlignLeft);
    m_axis->setTitleText(tr("time per step (ms)"));
    m_axis->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_axis);
    chart()->legend()->hide();
    // Beside the bars, not under them: the ten rows need the height for their labels.
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
    for (const auto& c : kComponents) {
        keys << QString::fromLatin1(c.key);
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
        m_series->setLabelsVisible(!showBaseline);  // two bars per row leave no room for labels
    }
    QList<qreal> ghost;
    for (const auto& c : kComponents) {
        ghost.prepend(showBaseline ? baseline->time.*c.field * 1e3 : 0.0);
    }
    m_baseline->remove(0, m_baseline->count());
    m_baseline->append(ghost);
    m_profile = profile;
    m_valid = ev.valid;
    m_explanations.clear();
    QList<qreal> values;
    for (const auto& c : kComponents) {
        values.prepend(ev.valid ? ev.time.*c.field * 1e3 : 0.0);
    }
    if (m_bars->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i) {
            m_bars->replace(i, values[i]);
        }
    } else {
        m_bars->remove(0, m_bars->count());
        m_bars->append(values);
    }
    double longest = values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end());
    if (showBaseline) {
        longest = std::max(longest, *std::max_element(ghost.begin(), ghost.end()));
    }
    m_axis->setRange(0, longest > 0 ? longest * 1.25 : 1.0);  // room for the value labels
    m_axis->applyNiceNumbers();
    // A decode step produces one token per sequence: the headline's name for it.
    const bool decode = profile.workload.mode == Mode::Decode;
    m_axis->setTitleText(decode ? tr("time per token (ms)") : tr("time per step (ms)"));
    if (!ev.valid) {
        chart()->setTitle(tr("Not evaluated: %1").arg(QString::fromStdString(ev.error)));
        return;
    }
    QString title = (decode ? tr("Time per token %1 · %2 · MFU %3") : tr("Step time %1 · %2 · MFU %3"))
                        .arg(QString::fromStdString(formatSeconds(ev.time.total)),
                             QString::fromStdString(formatRate(ev.rates.tokensPerS)),
                             QString::fromStdString(formatPercent(ev.rates.mfu)));
    if (showBaseline) {
        title += tr(" · baseline %1 (%2)")
                     .arg(QString::fromStdString(formatSeconds(baseline->time.total)),
                          QString::fromStdString(formatChange(ev.time.total / baseline->time.total)));
    } else if (baseline && !baseline->valid) {
        title += tr(" · baseline: not evaluated");
    }
    chart()->setTitle(title);
}

QList<qreal> LatencyChart::baselineValues() const
{
    QList<qreal> inOrder;
    for (int i = m_baseline->count() - 1; i >= 0; --i) {
        inOrder << m_baseline->at(i);
    }
    return inOrder;
}

QList<qreal> LatencyChart::values() const
{
    QList<qreal> inOrder;
    for (int i = m_bars->count() - 1; i >= 0; --i) {
        inOrder << m_bars->at(i);
    }
    return inOrder;
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
    const int component = static_cast<int>(std::size(kComponents)) - 1 - index;
    const std::string key = kComponents[component].key;
    QString text = QStringLiteral("<b>%1</b>: %2 ms").arg(QCoreApplication::translate("LatencyChart", kComponents[component].label)).arg(m_bars->at(index), 0, 'g', 4);
    for (const Explanation& e : m_explanations) {
        if (e.key == key || e.key == key + ".per_micro_batch") {
            text += QStringLiteral("<br><i>%1</i><br>= %2")
                        .arg(QString::fromStdString(e.formula).toHtmlEscaped(), QString::fromStdString(e.values).toHtmlEscaped());
        }
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace moe::ui
