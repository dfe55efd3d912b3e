#pragma once

// The headline figures above the grid: step time, throughput, MFU, the fullest GPU's
// memory and the GPUs used. Each one's tooltip says how it was computed. A
// configuration that fails a check says so first ("does not fit: 195.8 GiB over"), so
// its figures never read as a win; changes are labelled as against the baseline. On a
// calibrated system the time and rate figures carry its band ("1.20 s ±3.6%",
// docs/calibration.md, "The uncertainty band"); on any system their tooltips say how
// close the model came on measured runs of the profile's kind.

#include <QWidget>

#include "model/evaluation.h"
#include "profile/uncertaintyband.h"

class QLabel;

namespace moe::ui {

class SummaryBar : public QWidget {
    Q_OBJECT

public:
    explicit SummaryBar(QWidget* parent = nullptr);

    // With a valid `baseline`, each figure also shows its change against it; with an
    // invalid one, a note says why the baseline cannot be compared. `band` is the
    // calibrated system's (ExplorerState::band(), looked up once per system, as it
    // means reading the system's file), or none.
    void setEvaluation(const Profile& profile, const Evaluation& evaluation, const Evaluation* baseline = nullptr,
                       const std::optional<UncertaintyBand>& band = std::nullopt);
    QString text(const QString& key) const;  // the figure shown for "time_s.total", ...
    // What hovering the figure shows (rich text): its formula with the values, a
    // calibrated system's band, and for times and rates how close the model came on
    // measured runs of the profile's kind (docs/validation.md).
    QString figureToolTip(const QString& key) const;
    // The failing checks in a few words, or empty; and the baseline's note, or empty.
    QString status() const;
    QString baselineNote() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QPair<QString, QLabel*>> m_figures;  // key and the label of its value
    QList<QLabel*> m_names;
    QLabel* m_status;
    QLabel* m_baselineNote;
    Profile m_profile;  // for explanations, built only when a tooltip is asked for
    QStringList m_bandTips;  // per figure: what its band means, or empty
    bool m_valid = false;
};

} // namespace moe::ui
