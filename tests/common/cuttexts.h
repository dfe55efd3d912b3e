#pragma once

// Labels that show only part of their text: a line cut at the label's edge, or lines
// of a wrapped text below its bottom. Checked by the layout tests (issue 12's and
// 17's leftovers: the Search dock's summary and the parameter hints cut in German).

#include <QFontMetrics>
#include <QLabel>
#include <QStringList>

namespace moe::test {

// "text (needs WxH, has WxH)" for each visible plain-text label under `root` whose text
// does not fit its box; rich-text labels lay out as documents and are left out.
inline QStringList cutTexts(const QWidget& root)
{
    QStringList cut;
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
            continue;
        }
        const QRect box = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
        const int flags = Qt::TextShowMnemonic | (label->wordWrap() ? Qt::TextWordWrap : 0);
        // A wrapped text's lines take the label's width; one line takes what it needs.
        const QRect needed = label->fontMetrics().boundingRect(QRect(0, 0, box.width(), 1 << 20), flags, label->text());
        if (needed.width() > box.width() || needed.height() > box.height()) {
            cut << QStringLiteral("%1 (needs %2x%3, has %4x%5)")
                       .arg(label->text())
                       .arg(needed.width())
                       .arg(needed.height())
                       .arg(box.width())
                       .arg(box.height());
        }
    }
    return cut;
}

} // namespace moe::test
