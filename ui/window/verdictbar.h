#pragma once

// Every constraint check as a chip, green with a tick or red with a cross, and the
// reason with its numbers. A red configuration still shows its numbers elsewhere.

#include <QWidget>

#include "model/evaluation.h"

class QLabel;

namespace moe::ui {

class FlowLayout;

class VerdictBar : public QWidget {
    Q_OBJECT

public:
    explicit VerdictBar(QWidget* parent = nullptr);

    // A `baseline` that cannot be evaluated gets a chip of its own, "baseline: ...", so
    // its problem is never mistaken for the current strategy's.
    void setEvaluation(const Evaluation& evaluation, const Evaluation* baseline = nullptr);
    // For tests: one entry per chip, "ok: ...", "FAIL: ..." or "baseline: ...".
    QStringList chips() const;
    bool allPass() const { return m_allPass; }

    // The height the chips need at the current width: QMainWindow sizes its central
    // widget and docks by minimum sizes, not height-for-width, and would otherwise
    // give two rows of chips the room of one and squeeze the charts above them.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* chipAt(int index);  // created when the index is one past the last
    void setChip(int index, bool ok, const QString& name, const QString& detail);
    void setBaselineChip(int index, const Evaluation& baseline);

    FlowLayout* m_layout;
    QList<QLabel*> m_chips;
    bool m_allPass = false;
};

} // namespace moe::ui
