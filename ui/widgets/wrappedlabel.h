#pragma once

// A label whose text wraps and is never cut: its minimum height is the height its
// wrapped text needs at its width. A word-wrapped QLabel only reports that height as
// a height-for-width, which a dock or a layout short of room ignores, so the last
// lines of a long text fell below the label's edge (the Search dock's summary in
// German, the "Sequenz" hint under its slider).

#include <QLabel>

namespace moe::ui {

class WrappedLabel : public QLabel {
    Q_OBJECT

public:
    explicit WrappedLabel(const QString& text = QString(), QWidget* parent = nullptr);

    // QLabel::setText(), then the minimum height follows the new text.
    void setWrappedText(const QString& text);
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;  // a new font needs another height

private:
    void fitHeight();
};

} // namespace moe::ui
