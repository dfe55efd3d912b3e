#pragma once

// The headline figures above the grid: step time, throughput, MFU, the fullest GPU's
// memory and the GPUs used. Each one's tooltip says how it was computed.

#include <QWidget>

#include "evaluation.h"

class QLabel;

namespace moe::ui {

class SummaryBar : public QWidget {
    Q_OBJECT

public:
    explicit SummaryBar(QWidget* parent = nullptr);

    // With a valid `baseline`, each figure also shows its change against it.
    void setEvaluation(const Profile& profile, const Evaluation& evaluation, const Evaluation* baseline = nullptr);
    QString text(const QString& key) const;  // the figure shown for "time_s.total", ...

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QPair<QString, QLabel*>> m_figures;  // key and the label of its value
    QList<QLabel*> m_names;
    Profile m_profile;  // for explanations, built only when a tooltip is asked for
    bool m_valid = false;
};

} // namespace moe::ui
