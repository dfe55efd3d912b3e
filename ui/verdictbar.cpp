#include "verdictbar.h"

#include "flowlayout.h"

#include <QLabel>

namespace moe::ui {

namespace {

// Green and red that stay legible on light and dark palettes; the tick and cross
// carry the meaning for readers who cannot tell the two apart.
const QColor kPass(0x1B, 0x7F, 0x3B);
const QColor kFail(0xC6, 0x28, 0x28);

} // namespace

VerdictBar::VerdictBar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    m_layout->setContentsMargins(4, 2, 4, 2);
    setToolTip(tr("The constraint checks of the current configuration"));
}

QLabel* VerdictBar::addChip(bool ok, const QString& name, const QString& detail)
{
    auto* chip = new QLabel(this);
    const QColor colour = ok ? kPass : kFail;
    chip->setText(QStringLiteral("%1 <b>%2</b> %3").arg(ok ? QStringLiteral("✓") : QStringLiteral("✗"), name, detail.toHtmlEscaped()));
    chip->setTextFormat(Qt::RichText);
    chip->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 2px 6px; }")
                            .arg(colour.name()));
    chip->setToolTip(QStringLiteral("%1: %2").arg(ok ? tr("passes") : tr("fails"), detail));
    chip->setProperty("verdict", QStringLiteral("%1: %2 %3").arg(ok ? QStringLiteral("ok") : QStringLiteral("FAIL"), name, detail));
    m_layout->addWidget(chip);
    m_chips.append(chip);
    return chip;
}

void VerdictBar::setEvaluation(const Evaluation& ev)
{
    qDeleteAll(m_chips);
    m_chips.clear();
    if (!ev.valid) {
        m_allPass = false;
        addChip(false, tr("not evaluated"),
                QString::fromStdString(ev.errorPath.empty() ? ev.error : ev.errorPath + ": " + ev.error));
        return;
    }
    m_allPass = ev.ok;
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& check = ev.checks[static_cast<std::size_t>(i)];
        addChip(check.ok, QString::fromLatin1(checkName(check.kind)).replace(QLatin1Char('_'), QLatin1Char(' ')),
                QString::fromStdString(describeCheck(check, ev)));
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
