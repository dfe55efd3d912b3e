#pragma once

// File > New Profile (issue 13): a model from the model library or a Hugging Face
// config.json, a system from the systems library (built-in or calibrated), a GPU count
// and a workload (training, prefill or decode, with a batch and sequence length to
// start from). The profile is composed by core's composeProfile(), the same as
// `import-model --system --gpus`, and its headline figures are shown before it opens.
// The dialog only asks: the caller opens the profile as a new, unsaved document.

#include <QDialog>

#include <optional>

#include "profile/composeprofile.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace moe::ui {

class SystemComboBox;

class NewProfileDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewProfileDialog(QWidget* parent = nullptr);

    // The profile the choices make, or nothing (an unreadable config.json, say).
    const std::optional<Profile>& profile() const { return m_composed.profile; }
    // Why there is no profile, or what was filled in for the user.
    QString message() const;

    // The editors, for tests.
    QComboBox* modelBox() const { return m_model; }
    QLineEdit* configPath() const { return m_configPath; }
    SystemComboBox* systemBox() const { return m_system; }
    QSpinBox* gpuBox() const { return m_gpus; }
    QComboBox* modeBox() const { return m_mode; }
    QSpinBox* batchBox() const { return m_batch; }
    QSpinBox* sequenceBox() const { return m_sequence; }
    QLineEdit* nameEdit() const { return m_name; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QPushButton* createButton() const { return m_create; }

    // Selects the library model `id` (e.g. "qwen3-235b-a22b"); false when none has it.
    bool selectModel(const QString& id);
    // Selects the config.json entry and reads `path`.
    void selectConfigFile(const QString& path);

private:
    bool isFromConfig() const;
    void modelChosen();
    void readConfig();
    void resetWorkload();
    void recompose();
    QString suggestedName() const;
    std::optional<Model> chosenModel(QString& problem) const;

    QComboBox* m_model;
    QLineEdit* m_configPath;
    QToolButton* m_browse;
    SystemComboBox* m_system;
    QSpinBox* m_gpus;
    QComboBox* m_mode;
    QSpinBox* m_batch;
    QSpinBox* m_sequence;
    QLineEdit* m_name;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create = nullptr;
    std::optional<Model> m_imported;  // the config.json read, when it reads
    QString m_importProblem;          // why it does not, with its JSON pointer
    QString m_importNotes;            // what the importer filled in or approximates
    ComposedProfile m_composed;
    QString m_lastSuggestedName;      // the name stays the user's once edited
};

} // namespace moe::ui
