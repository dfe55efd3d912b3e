#include "widgets/wrappedlabel.h"

#include <QEvent>

#include <algorithm>

namespace moe::ui {

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    // As wide as the layout gives, as tall as the text then needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    fitHeight();
}

void WrappedLabel::setWrappedText(const QString& text)
{
    setText(text);
    fitHeight();
}

void WrappedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fitHeight();
}

void WrappedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitHeight();
    }
}

int WrappedLabel::heightForWidth(int width) const
{
    // The wrapped text's own height: QLabel's rounds a short small-font hint up to two
    // lines, a gap under every slider.
    const QMargins margins = contentsMargins() + QMargins(margin(), margin(), margin(), margin());
    const int textWidth = std::max(width - margins.left() - margins.right(), 1);
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap | Qt::TextShowMnemonic, this->text());
    return text.isEmpty() ? 0 : text.height() + margins.top() + margins.bottom();
}

void WrappedLabel::fitHeight()
{
    // Before the first layout the width is a guess; the resize that follows corrects it.
    const int height = heightForWidth(width());
    if (height != minimumHeight()) {
        setMinimumHeight(height);
    }
}

} // namespace moe::ui
