#pragma once

// Every constraint check as a chip, green with a tick or red with a cross, and the
// reason with its numbers. A red configuration still shows its numbers elsewhere.

#include <QWidget>

#include "evaluation.h"

class QLabel;

namespace moe::ui {

class FlowLayout;

class VerdictBar : public QWidget {
    Q_OBJECT

public:
    explicit VerdictBar(QWidget* parent = nullptr);

    void setEvaluation(const Evaluation& evaluation);
    // For tests: one entry per chip, "ok: ..." or "FAIL: ...".
    QStringList chips() const;
    bool allPass() const { return m_allPass; }

    // The height the chips need at the current width: QMainWindow sizes its central
    // widget and docks by minimum sizes, not height-for-width, and would otherwise
    // give two rows of chips the room of one and squeeze the charts above them.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setChip(int index, bool ok, const QString& name, const QString& detail);

    FlowLayout* m_layout;
    QList<QLabel*> m_chips;
    bool m_allPass = false;
};

} // namespace moe::ui
