#pragma once

// The rest of the profile (cluster, model, workload, constraints) as editable,
// collapsible groups. Every edit goes through ExplorerState::setProfile, one undo step
// each, so the file reader's rules say what is valid and the verdict explains what is
// not. The Cluster group starts with the systems library (issue 13, point 5): with a
// system chosen, the fields it sets are greyed out and say which system sets them; a
// value the profile overrides stays editable and says what it overrides.

#include <QHash>
#include <QWidget>

#include <functional>
#include <vector>

#include "profile/profile.h"

class QFormLayout;

namespace moe::ui {

class ExplorerState;
class SystemComboBox;

class ProfileForm : public QWidget {
    Q_OBJECT

public:
    explicit ProfileForm(ExplorerState& state, QWidget* parent = nullptr);

    // Loads every editor from the state's profile.
    void refresh();

    // The system picker, and an editor by its label (tests).
    SystemComboBox* systemBox() const { return m_system; }
    QWidget* editor(const QString& label) const { return m_editors.value(label); }
    // Makes the profile name `id` (empty: custom), as one undo step.
    void chooseSystem(const QString& id);

private:
    using Getter = std::function<double(const Profile&)>;
    using Setter = std::function<void(Profile&, double)>;

    QWidget* buildCluster();
    QWidget* buildModel();
    QWidget* buildWorkload();
    QWidget* addInteger(QFormLayout* form, const QString& label, const QString& tip, qint64 low, qint64 high,
                        Getter get, Setter set);
    QWidget* addNumber(QFormLayout* form, const QString& label, const QString& tip, double low, double high,
                       int decimals, const QString& suffix, Getter get, Setter set);
    // A field a system sets, read by `get`: greyed out while it holds the system's
    // value. Without a getter, a field a system makes meaningless (the flat
    // efficiencies): greyed out whenever there is a system.
    void setBySystem(const QString& label, Getter get);
    static void showAsSystemValue(QWidget* editor, bool fromSystem);
    void updateSystemFields();
    void addFlag(QFormLayout* form, const QString& label, const QString& tip, Getter get, Setter set);
    void addChoice(QFormLayout* form, const QString& label, const QString& tip, const QStringList& options, Getter get,
                   Setter set);
    // Selective recomputation's modules, one check box each (recompute_modules).
    void addRecomputeModules(QFormLayout* form);
    // Records the edit as one undo step named after the field and its new value.
    void commit(const QString& label, const QString& valueText, const Getter& get, const Setter& set, double value);

    struct SystemField {
        QWidget* editor = nullptr;
        QString tip;  // the editor's own
        Getter get;  // empty: unused with a system
    };

    ExplorerState& m_state;
    std::vector<std::function<void()>> m_loaders;
    QHash<QString, QWidget*> m_editors;
    std::vector<SystemField> m_systemFields;
    SystemComboBox* m_system = nullptr;
};

} // namespace moe::ui
