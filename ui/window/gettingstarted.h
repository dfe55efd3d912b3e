#pragma once

// Help > Getting Started (issue 12): a short tour of the window and a glossary of the
// terms the sliders and charts use, each with where it comes from. F1 on a slider
// opens the glossary at that slider's term.

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace moe::ui {

// The glossary's anchors, one per term ("ep", "tp", "pp", "dp", "etp", "edp",
// "micro-batch", "mfu", "straggler").
QString glossaryAnchor(const QString& term);

// The tour and the glossary as one HTML page, translated.
QString gettingStartedHtml();

class GettingStartedDialog : public QDialog {
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget* parent = nullptr);
    // Scrolls to a glossary anchor, or to the top for an empty one.
    void showAnchor(const QString& anchor);
    QTextBrowser* browser() const { return m_browser; }
    // The anchor last shown; empty for the top.
    QString anchor() const { return m_anchor; }

private:
    QTextBrowser* m_browser;
    QString m_anchor;
};

} // namespace moe::ui
