#include "latencychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
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
    {"time_s.overlapped", QT_TRANSLATE_NOOP("LatencyChart", "hidden by overlap"), &TimeBreakdown::overlapped},
};

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : ChartView(parent)
    , m_bars(new QBarSet(tr("time per step")))
    , m_categories(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
{
    setToolTip(tr("Step time by component for the straggler GPU; hover a bar for its formula"));
    auto* series = new QHorizontalBarSeries;
    series->append(m_bars);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value ms"));
    series->setLabelsPrecision(4);
    chart()->addSeries(series);
    QStringList labels;
    for (const auto& c : kComponents) {
        labels.prepend(tr(c.label));  // the first component at the top
    }
    m_categories->append(labels);
    chart()->addAxis(m_categories, Qt::AlignLeft);
    m_axis->setTitleText(tr("time per step (ms)"));
    m_axis->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_axis);
    chart()->legend()->hide();
    m_bars->setLabelColor(palette().color(QPalette::WindowText));
    connect(m_bars, &QBarSet::hovered, this, &LatencyChart::showExplanation);
}

QStringList LatencyChart::componentKeys()
{
    QStringList keys;
    for (const auto& c : kComponents) {
        keys << QString::fromLatin1(c.key);
    }
    return keys;
}

void LatencyChart::setEvaluation(const Profile& profile, const Evaluation& ev)
{
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
    const double longest = values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end());
    m_axis->setRange(0, longest > 0 ? longest * 1.25 : 1.0);  // room for the value labels
    m_axis->applyNiceNumbers();
    if (!ev.valid) {
        chart()->setTitle(tr("Not evaluated: %1").arg(QString::fromStdString(ev.error)));
        return;
    }
    chart()->setTitle(tr("Step time %1 · %2 · MFU %3")
                          .arg(QString::fromStdString(formatSeconds(ev.time.total)),
                               QString::fromStdString(formatRate(ev.rates.tokensPerS)),
                               QString::fromStdString(formatPercent(ev.rates.mfu))));
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
    QString text = QStringLiteral("<b>%1</b>: %2 ms").arg(tr(kComponents[component].label)).arg(m_bars->at(index), 0, 'g', 4);
    for (const Explanation& e : m_explanations) {
        if (e.key == key || e.key == key + ".per_micro_batch") {
            text += QStringLiteral("<br><i>%1</i><br>= %2")
                        .arg(QString::fromStdString(e.formula).toHtmlEscaped(), QString::fromStdString(e.values).toHtmlEscaped());
        }
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace moe::ui
