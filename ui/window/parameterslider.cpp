#include "window/parameterslider.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

#include "widgets/wrappedlabel.h"

#include <algorithm>
#include <limits>

namespace moe::ui {

ParameterSlider::ParameterSlider(const QString& name, const QString& toolTip, QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QSpinBox(this))
    , m_range(new WrappedLabel(QString(), this))
    , m_suggest(new QWidget(this))
    , m_below(new QToolButton(m_suggest))
    , m_above(new QToolButton(m_suggest))
    , m_name(QString(name).remove(QLatin1Char('&')))
{
    auto* label = new QLabel(name, this);
    m_label = label;
    m_toolTip = toolTip;
    label->setBuddy(m_spin);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("Sequence")));
    m_slider->setToolTip(toolTip);
    m_spin->setToolTip(toolTip);
    label->setToolTip(toolTip);
    m_range->setToolTip(tr("The legal values with the other parameters held as they are"));
    m_spin->setRange(1, std::numeric_limits<int>::max());
    m_spin->setKeyboardTracking(false);  // a typed number applies when complete
    m_spin->setAccelerated(true);
    m_slider->setPageStep(1);
    QFont small = m_range->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_range->setFont(small);
    m_range->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_slider, 0, 1);
    layout->addWidget(m_spin, 0, 2);
    layout->addWidget(m_range, 1, 1, 1, 2);
    layout->addWidget(m_suggest, 2, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    auto* suggestions = new QHBoxLayout(m_suggest);
    suggestions->setContentsMargins(0, 0, 0, 0);
    auto* nearest = new QLabel(tr("nearest legal:"), m_suggest);
    nearest->setFont(small);
    suggestions->addWidget(nearest);
    for (QToolButton* button : {m_below, m_above}) {
        button->setToolTip(tr("Use this legal value instead"));
        suggestions->addWidget(button);
        button->setFont(small);
        connect(button, &QToolButton::clicked, this, [this, button] {
            const qint64 value = button->property("value").toLongLong();
            m_current = value;
            Q_EMIT valueChosen(value);
        });
    }
    suggestions->addStretch(1);
    m_suggest->hide();

    connect(m_slider, &QSlider::valueChanged, this, &ParameterSlider::onSliderMoved);
    connect(m_spin, &QSpinBox::valueChanged, this, &ParameterSlider::onSpinChanged);
    connect(m_slider, &QSlider::sliderPressed, this, &ParameterSlider::dragStarted);
    connect(m_slider, &QSlider::sliderReleased, this, &ParameterSlider::dragFinished);
}

QString ParameterSlider::rangeText() const
{
    return m_range->text();
}

void ParameterSlider::setValues(std::vector<qint64> legal, qint64 current, bool currentLegal, Values kind)
{
    if (kind == Values::Steps) {
        m_range->setWrappedText(legal.empty() ? QString()
                                       : tr("steps: %1 to %2; any value can be typed").arg(legal.front()).arg(legal.back()));
    } else {
        m_range->setWrappedText(legal.empty() ? tr("no legal value with the other parameters")
                                       : tr("legal: %1 to %2 (%n value(s))", nullptr, static_cast<int>(legal.size()))
                                             .arg(legal.front())
                                             .arg(legal.back())
                             + (currentLegal ? QString() : tr("; %1 is not legal").arg(current)));
    }
    showSuggestions(legal, current, m_offersNearest && kind == Values::Legal && !currentLegal);
    if (!std::binary_search(legal.begin(), legal.end(), current)) {
        legal.insert(std::upper_bound(legal.begin(), legal.end(), current), current);
    }
    m_values = std::move(legal);
    m_current = current;
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockSpin(m_spin);
    m_slider->setRange(0, static_cast<int>(m_values.size()) - 1);
    m_slider->setValue(static_cast<int>(std::lower_bound(m_values.begin(), m_values.end(), current) - m_values.begin()));
    m_spin->setValue(static_cast<int>(std::min<qint64>(current, std::numeric_limits<int>::max())));
}

QList<QToolButton*> ParameterSlider::suggestions() const
{
    QList<QToolButton*> shown;
    for (QToolButton* button : {m_below, m_above}) {
        if (!m_suggest->isHidden() && !button->isHidden()) {
            shown << button;
        }
    }
    return shown;
}

// Only for a value that is missing from the legal ones: when another parameter makes
// the strategy illegal, this one's value may be fine, and suggesting others would mislead.
void ParameterSlider::showSuggestions(const std::vector<qint64>& legal, qint64 current, bool offer)
{
    const auto above = std::upper_bound(legal.begin(), legal.end(), current);
    const bool missing = !std::binary_search(legal.begin(), legal.end(), current);
    const bool hasBelow = above != legal.begin();
    const bool hasAbove = above != legal.end();
    m_suggest->setVisible(offer && missing && (hasBelow || hasAbove));
    if (m_suggest->isHidden()) {
        return;
    }
    m_below->setVisible(hasBelow);
    m_above->setVisible(hasAbove);
    if (hasBelow) {
        m_below->setText(QString::number(*std::prev(above)));
        m_below->setProperty("value", static_cast<qlonglong>(*std::prev(above)));
    }
    if (hasAbove) {
        m_above->setText(QString::number(*above));
        m_above->setProperty("value", static_cast<qlonglong>(*above));
    }
}

void ParameterSlider::onSliderMoved(int index)
{
    if (index < 0 || index >= static_cast<int>(m_values.size())) {
        return;
    }
    m_current = m_values[static_cast<std::size_t>(index)];
    const QSignalBlocker block(m_spin);
    m_spin->setValue(static_cast<int>(m_current));
    Q_EMIT valueChosen(m_current);
}

void ParameterSlider::onSpinChanged(int value)
{
    m_current = value;
    const QSignalBlocker block(m_slider);
    m_slider->setValue(static_cast<int>(std::lower_bound(m_values.begin(), m_values.end(), m_current) - m_values.begin()));
    Q_EMIT valueChosen(m_current);
}

void ParameterSlider::setGlossaryTerm(const QString& anchor)
{
    m_glossaryTerm = anchor;
    const QString tip = anchor.isEmpty() ? m_toolTip
                                         : tr("%1\nF1: the glossary (Help > Getting Started)").arg(m_toolTip);
    m_slider->setToolTip(tip);
    m_spin->setToolTip(tip);
    m_label->setToolTip(tip);
}

} // namespace moe::ui
