#pragma once

// Tools > Calibrate (issue 16, point 5; docs/calibration.md): add measurement files
// (measured runs as CSV or JSON, nccl-tests logs, GEMM sweeps), choose the system they
// ran on, and fit it. The files are read and the fit made off the GUI thread; a file's
// problem is shown with its file:line:column. The result: the predicted-against-
// measured scatter, the per-row errors before, after and leave-one-out, and the fitted
// parameters. Save writes it as a user system (checked id, atomic write); Apply makes
// the open profile name it, as one undo step.

#include <QDialog>

#include <optional>

#include "calibration/calibration.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace moe::ui {

class CalibrationScatter;
class ExplorerState;
class SystemComboBox;

class CalibrationDialog : public QDialog {
    Q_OBJECT

public:
    // What a fit hands back from its worker: the result, or why there is none.
    struct Outcome;

    explicit CalibrationDialog(ExplorerState& state, QWidget* parent = nullptr);
    ~CalibrationDialog() override;

    // Adds measurement files (the Add button asks for them).
    void addFiles(const QStringList& paths);
    QStringList files() const;
    // Starts the fit; fitFinished() follows.
    void fit();
    bool isFitting() const { return m_fitting; }
    // The last fit, or nothing (none yet, or it failed: see problem()).
    const std::optional<CalibrationResult>& result() const { return m_result; }
    QString problem() const;
    // Saves the fit as the user system named in the name field; returns whether it was
    // written. Then Apply makes the profile name it.
    bool saveSystem();
    void applySystem();
    // The id saved last; empty before a save.
    QString savedId() const { return m_savedId; }

    SystemComboBox* systemBox() const { return m_system; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* fitButton() const { return m_fit; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* applyButton() const { return m_apply; }
    QTableWidget* errorTable() const { return m_errors; }
    QTableWidget* parameterTable() const { return m_parameters; }
    CalibrationScatter* scatter() const { return m_scatter; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void fitFinished();

private:
    void askFiles();
    void removeSelected();
    void showOutcome(const Outcome& outcome);
    void showResult(const CalibrationResult& result);
    void checkName();
    void updateButtons();
    void setStatus(const QString& text, bool problem);

    ExplorerState& m_state;
    QListWidget* m_files;
    QPushButton* m_add;
    QPushButton* m_remove;
    SystemComboBox* m_system;
    QPushButton* m_fit;
    QLabel* m_status;
    CalibrationScatter* m_scatter;
    QTableWidget* m_errors;
    QTableWidget* m_parameters;
    QLabel* m_summary;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    QPushButton* m_save;
    QPushButton* m_apply;
    std::optional<CalibrationResult> m_result;
    QString m_resultBase;        // the system the result was fitted from
    QStringList m_resultFiles;   // and the files
    QString m_problem;
    QString m_savedId;
    bool m_fitting = false;
    quint64 m_request = 0;  // the latest fit; an older one's result is dropped
};

} // namespace moe::ui
