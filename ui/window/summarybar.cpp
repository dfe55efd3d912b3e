#include "window/summarybar.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>

#include "accuracy/measuredaccuracy.h"
#include "model/explanation.h"
#include "window/failedchecks.h"
#include "widgets/flowlayout.h"
#include "base/units.h"
#include "profile/uncertaintyband.h"
#include "widgets/localfigures.h"
#include "widgets/formulatexts.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

const char* const kKeys[] = {"time_s.total", "rates.tokens_per_s", "rates.tokens_per_s_per_gpu", "rates.mfu",
                             "memory_bytes.total"};

// The verdict bar's red: the same failure reads the same everywhere.
const QColor kFail(0xC6, 0x28, 0x28);

QString kindName(RunKind kind)
{
    switch (kind) {
    case RunKind::DenseTraining:
        return SummaryBar::tr("dense training");
    case RunKind::MoeTraining:
        return SummaryBar::tr("MoE training");
    case RunKind::Prefill:
        return SummaryBar::tr("prefill");
    case RunKind::Decode:
        return SummaryBar::tr("decode");
    }
    return {};
}

// How close the model came on measured runs of the profile's kind (docs/validation.md,
// "Accuracy beside every prediction"): under a time or rate's formula, so that a user
// weighs the figure as the CLI and the report say to. The runs are predicted once per
// process, at the first hover.
QString accuracyTip(const Profile& profile)
{
    const MeasuredAccuracy a = measuredAccuracy(profile);
    if (!a.checked) {
        return SummaryBar::tr("No measured run checks this figure: the profile names no system, and every run in "
                              "docs/validation.md uses a system's kernel-level model");
    }
    if (a.runs.empty()) {
        return {};
    }
    QString tip = SummaryBar::tr("On %L1 measured %2 runs (docs/validation.md), the predicted throughput was off by %3 to "
                                 "%4; a positive difference is a prediction faster than the run")
                      .arg(a.runs.size())
                      .arg(kindName(a.kind), localChange(1 + a.lowest), localChange(1 + a.highest));
    QStringList own;
    for (std::size_t i = 0; i < a.onSameSystem; ++i) {
        own << QStringLiteral("%1 %2").arg(QString::fromStdString(a.runs[i].label).toHtmlEscaped(),
                                           localChange(1 + a.runs[i].error));
    }
    if (!own.isEmpty()) {
        tip += QStringLiteral("<br>") + SummaryBar::tr("On %1: %2").arg(QString::fromStdString(profile.cluster.system),
                                                                       own.join(QStringLiteral("; ")));
    }
    return tip;
}

} // namespace

SummaryBar::SummaryBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_baselineNote(new QLabel(this))
{
    // Figures wrap onto a second line rather than force the window wider (with a
    // baseline each figure also carries its change).
    auto* layout = new FlowLayout(this, 14);
    layout->setContentsMargins(4, 2, 4, 2);
    // Plain-text labels, the value in bold: rich text would be laid out anew at every
    // slider step.
    QFont bold = font();
    bold.setBold(true);
    // First, where the eye lands: a failing configuration is not a result to compare.
    m_status->setFont(bold);
    m_status->setTextFormat(Qt::PlainText);
    QPalette red = m_status->palette();
    red.setColor(QPalette::WindowText, kFail);
    m_status->setPalette(red);
    m_status->setToolTip(tr("This configuration fails these checks; the verdict below gives the numbers"));
    m_status->hide();
    layout->addWidget(m_status);
    for (const char* key : kKeys) {
        auto* figure = new QWidget(this);
        auto* pair = new QHBoxLayout(figure);
        pair->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(figure);
        auto* value = new QLabel(figure);
        value->setFont(bold);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        for (QLabel* label : {name, value}) {
            label->setTextFormat(Qt::PlainText);
            label->installEventFilter(this);
            label->setProperty("figure", QString::fromLatin1(key));
        }
        pair->addWidget(name);
        pair->addWidget(value);
        layout->addWidget(figure);
        m_figures.append({QString::fromLatin1(key), value});
        m_names.append(name);
    }
    m_baselineNote->setTextFormat(Qt::PlainText);
    m_baselineNote->setForegroundRole(QPalette::PlaceholderText);
    m_baselineNote->hide();
    layout->addWidget(m_baselineNote);
}

QString SummaryBar::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString SummaryBar::baselineNote() const
{
    return m_baselineNote->isHidden() ? QString() : m_baselineNote->text();
}

QString SummaryBar::text(const QString& key) const
{
    for (int i = 0; i < m_figures.size(); ++i) {
        if (m_figures[i].first == key) {
            return m_names[i]->text() + QLatin1Char(' ') + m_figures[i].second->text();
        }
    }
    return {};
}

void SummaryBar::setEvaluation(const Profile& profile, const Evaluation& ev, const Evaluation* baseline,
                               const std::optional<UncertaintyBand>& calibrationBand)
{
    const bool decode = profile.workload.mode == Mode::Decode;
    // A speculative decode step emits more than one token per sequence: the step and
    // the time per output token differ, and both are shown.
    const bool speculating = decode && profile.workload.speculative;
    const QString names[] = {speculating ? tr("Decode step") : decode ? tr("Time per token") : tr("Step time"),
                             tr("Throughput"), tr("Per GPU"), tr("MFU"), tr("Fullest GPU")};
    const QString step = localSeconds(ev.time.total);
    const QString values[] = {
        speculating ? tr("%1 (%2 per output token)").arg(step, localSeconds(ev.rates.timePerOutputTokenS))
                    : step,
        localRate(ev.rates.tokensPerS),
        localRate(ev.rates.tokensPerSPerGpu),
        localPercent(ev.rates.mfu),
        QStringLiteral("%1 / %2").arg(localBytes(ev.memory.total()),
                                      localBytes(ev.capacityBytes)),
    };
    m_profile = profile;
    m_profile.strategy = ev.strategy;
    m_valid = ev.valid;
    QString changes[5];
    if (baseline && baseline->valid && ev.valid) {
        const double ratios[] = {ev.time.total / baseline->time.total, ev.rates.tokensPerS / baseline->rates.tokensPerS,
                                 ev.rates.tokensPerSPerGpu / baseline->rates.tokensPerSPerGpu, ev.rates.mfu / baseline->rates.mfu,
                                 ev.memory.total() / baseline->memory.total()};
        for (int i = 0; i < 5; ++i) {
            changes[i] = tr(" (%1 vs baseline)").arg(localChange(ratios[i]));
        }
    }
    // A calibrated system's band: a time and the rates it gives move together (on the
    // log scale), so it applies to the first four figures; memory is not fitted.
    const auto band = ev.valid ? calibrationBand : std::nullopt;
    const double banded[] = {ev.time.total, ev.rates.tokensPerS, ev.rates.tokensPerSPerGpu, ev.rates.mfu};
    m_bandTips.clear();
    for (int i = 0; i < 5; ++i) {
        if (!band || i >= 4) {
            m_bandTips << QString();
            continue;
        }
        const auto shown = [i](double value) {
            return i == 0 ? localSeconds(value) : i == 3 ? localPercent(value) : localRate(value);
        };
        changes[i].prepend(tr(" ±%1").arg(localPercent(band->band)));
        m_bandTips << tr("±%1: between %2 and %3, the leave-one-out band of the calibrated system \"%4\"")
                          .arg(localPercent(band->band), shown(band->low(banded[i])),
                               shown(band->high(banded[i])), QString::fromStdString(band->system));
    }
    const QString failed = FailedChecks::headline(ev);
    m_status->setText(failed);
    m_status->setVisible(!failed.isEmpty());
    const bool baselineFails = baseline && !baseline->valid;
    m_baselineNote->setText(baselineFails ? tr("baseline: not evaluated") : QString());
    m_baselineNote->setToolTip(baselineFails ? tr("baseline: %1").arg(evaluationError(*baseline, false)) : QString());
    m_baselineNote->setVisible(baselineFails);
    for (int i = 0; i < m_figures.size(); ++i) {
        m_names[i]->setText(names[i]);
        m_figures[i].second->setText(ev.valid ? values[i] + changes[i] : QStringLiteral("—"));
        m_figures[i].second->setToolTip(baseline && baseline->valid && ev.valid ? tr("Change against the pinned baseline")
                                                                                 : QString());
    }
}

QString SummaryBar::figureToolTip(const QString& key) const
{
    for (int i = 0; i < m_figures.size(); ++i) {
        if (m_figures[i].first != key) {
            continue;
        }
        QString tip = m_names[i]->text();
        for (const Explanation& e : m_valid ? explain(m_profile) : std::vector<Explanation>{}) {
            if (QString::fromStdString(e.key) == key) {
                tip = QStringLiteral("<b>%1</b> = %2 %3<br>%4<br>= %5")
                          .arg(tip, localNumber(e.value), QString::fromStdString(e.unit),
                               formulaText(e.formula).toHtmlEscaped(),
                               QString::fromStdString(e.values).toHtmlEscaped());
            }
        }
        if (!m_bandTips.value(i).isEmpty()) {
            tip += QStringLiteral("<br>") + m_bandTips[i].toHtmlEscaped();
        }
        // Times and rates (not memory, which no measured run checks).
        if (m_valid && key != QLatin1String("memory_bytes.total")) {
            const QString accuracy = accuracyTip(m_profile);
            if (!accuracy.isEmpty()) {
                tip += QStringLiteral("<br><i>") + accuracy + QStringLiteral("</i>");
            }
        }
        return tip;
    }
    return {};
}

bool SummaryBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::eventFilter(watched, event);
    }
    // The formula with its values, computed on demand: cheap enough for a hover,
    // too much work for every slider step.
    const QString tip = figureToolTip(watched->property("figure").toString());
    if (tip.isEmpty()) {
        return QWidget::eventFilter(watched, event);
    }
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, qobject_cast<QWidget*>(watched));
    return true;
}

} // namespace moe::ui
