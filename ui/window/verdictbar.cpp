#include "window/verdictbar.h"

#include "model/checkphrase.h"
#include "widgets/flowlayout.h"
#include "widgets/phrasetext.h"
#include "widgets/checknames.h"
#include "widgets/problemtext.h"

#include <QLabel>

#include <algorithm>

namespace moe::ui {

namespace {

// Green and red that stay legible on light and dark palettes; the tick and cross
// carry the meaning for readers who cannot tell the two apart.
const QColor kPass(0x1B, 0x7F, 0x3B);
const QColor kFail(0xC6, 0x28, 0x28);
// The baseline's problem is not the current configuration's: grey, not red.
const QColor kBaseline(0x60, 0x60, 0x60);

} // namespace

VerdictBar::VerdictBar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    m_layout->setContentsMargins(4, 2, 4, 2);
    setToolTip(tr("The constraint checks of the current configuration"));
}

// Chips are reused while the number of checks stays the same, and coloured through
// the palette rather than style sheets: a slider drag updates them at every step.
QSize VerdictBar::minimumSizeHint() const
{
    const QSize base = QWidget::minimumSizeHint();
    return {base.width(), std::max(base.height(), m_layout->heightForWidth(width()))};
}

void VerdictBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (minimumSizeHint().height() != height()) {
        updateGeometry();  // the rows changed: let the window re-divide its height
    }
}

QLabel* VerdictBar::chipAt(int index)
{
    if (index == m_chips.size()) {
        auto* chip = new QLabel(this);
        chip->setAutoFillBackground(true);
        chip->setMargin(3);
        chip->setTextFormat(Qt::PlainText);
        m_layout->addWidget(chip);
        m_chips.append(chip);
    }
    return m_chips[index];
}

void VerdictBar::setChip(int index, bool ok, const QString& name, const QString& detail)
{
    QLabel* chip = chipAt(index);
    const QString text = QStringLiteral("%1 %2: %3").arg(ok ? QStringLiteral("✓") : QStringLiteral("✗"), name, detail);
    if (chip->text() != text) {
        chip->setText(text);
    }
    QPalette palette = chip->palette();
    palette.setColor(QPalette::Window, ok ? kPass : kFail);
    palette.setColor(QPalette::WindowText, Qt::white);
    chip->setPalette(palette);
    chip->setToolTip(QStringLiteral("%1: %2").arg(ok ? tr("passes") : tr("fails"), detail));
    chip->setProperty("verdict", QStringLiteral("%1: %2 %3").arg(ok ? QStringLiteral("ok") : QStringLiteral("FAIL"), name, detail));
}

void VerdictBar::setBaselineChip(int index, const Evaluation& baseline)
{
    QLabel* chip = chipAt(index);
    // Not the error's path: core checks the baseline as a strategy, under /strategy.
    const QString detail = evaluationError(baseline, false);
    const QString text = tr("baseline: not evaluated: %1").arg(detail);
    chip->setText(text);
    QPalette palette = chip->palette();
    palette.setColor(QPalette::Window, kBaseline);
    palette.setColor(QPalette::WindowText, Qt::white);
    chip->setPalette(palette);
    chip->setToolTip(tr("The pinned baseline cannot run with these inputs; the current strategy is evaluated "
                        "without it. Pin another baseline or clear it (Strategy menu)"));
    chip->setProperty("verdict", QStringLiteral("baseline: %1").arg(detail));
}

void VerdictBar::setEvaluation(const Evaluation& ev, const Evaluation* baseline)
{
    const bool baselineFails = baseline && !baseline->valid;
    const int own = ev.valid ? ev.checkCount : 1;
    const int wanted = own + (baselineFails ? 1 : 0);
    while (m_chips.size() > wanted) {
        delete m_chips.takeLast();
    }
    if (!ev.valid) {
        m_allPass = false;
        setChip(0, false, tr("not evaluated"),
                evaluationError(ev));
    } else {
        m_allPass = ev.ok;
        for (int i = 0; i < ev.checkCount; ++i) {
            const Check& check = ev.checks[static_cast<std::size_t>(i)];
            setChip(i, check.ok, checkLabel(check.kind), phraseText(checkPhrase(check, ev)));
        }
    }
    if (baselineFails) {
        setBaselineChip(own, *baseline);
    }
}

QStringList VerdictBar::chips() const
{
    QStringList texts;
    for (const QLabel* chip : m_chips) {
        texts << chip->property("verdict").toString();
    }
    return texts;
}

} // namespace moe::ui
