#include "summarybar.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>

#include "explanation.h"
#include "units.h"

namespace moe::ui {

namespace {

const char* const kKeys[] = {"time_s.total", "rates.tokens_per_s", "rates.tokens_per_s_per_gpu", "rates.mfu",
                             "memory_bytes.total"};

} // namespace

SummaryBar::SummaryBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (const char* key : kKeys) {
        auto* label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->installEventFilter(this);
        layout->addWidget(label);
        m_figures.append({QString::fromLatin1(key), label});
    }
    layout->addStretch(1);
}

QString SummaryBar::text(const QString& key) const
{
    for (const auto& [k, label] : m_figures) {
        if (k == key) {
            return label->text();
        }
    }
    return {};
}

void SummaryBar::setEvaluation(const Profile& profile, const Evaluation& ev)
{
    const bool decode = profile.workload.mode == Mode::Decode;
    const QString names[] = {decode ? tr("Time per token") : tr("Step time"), tr("Throughput"), tr("Per GPU"), tr("MFU"),
                             tr("Fullest GPU")};
    const QString values[] = {
        QString::fromStdString(formatSeconds(ev.time.total)),
        QString::fromStdString(formatRate(ev.rates.tokensPerS)),
        QString::fromStdString(formatRate(ev.rates.tokensPerSPerGpu)),
        QString::fromStdString(formatPercent(ev.rates.mfu)),
        QStringLiteral("%1 / %2").arg(QString::fromStdString(formatBytes(ev.memory.total())),
                                      QString::fromStdString(formatBytes(ev.capacityBytes))),
    };
    m_profile = profile;
    m_profile.strategy = ev.strategy;
    m_valid = ev.valid;
    for (int i = 0; i < m_figures.size(); ++i) {
        QLabel* label = m_figures[i].second;
        label->setText(ev.valid ? QStringLiteral("%1 <b>%2</b>").arg(names[i], values[i]) : QStringLiteral("%1 —").arg(names[i]));
        label->setProperty("figureName", names[i]);
    }
}

bool SummaryBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::eventFilter(watched, event);
    }
    // The formula with its values, computed on demand: cheap enough for a hover,
    // too much work for every slider step.
    for (const auto& [key, label] : std::as_const(m_figures)) {
        if (label != watched) {
            continue;
        }
        QString tip = label->property("figureName").toString();
        for (const Explanation& e : m_valid ? explain(m_profile) : std::vector<Explanation>{}) {
            if (QString::fromStdString(e.key) == key) {
                tip = QStringLiteral("<b>%1</b> = %2 %3<br>%4<br>= %5")
                          .arg(tip, QString::fromStdString(num(e.value)), QString::fromStdString(e.unit),
                               QString::fromStdString(e.formula).toHtmlEscaped(),
                               QString::fromStdString(e.values).toHtmlEscaped());
            }
        }
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, label);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace moe::ui
