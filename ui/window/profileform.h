#pragma once

// The rest of the profile (cluster, model, workload, constraints) as editable,
// collapsible groups. Every edit goes through ExplorerState::setProfile, one undo step
// each, so the file reader's rules say what is valid and the verdict explains what is
// not.

#include <QWidget>

#include <functional>
#include <vector>

#include "profile/profile.h"

class QFormLayout;

namespace moe::ui {

class ExplorerState;

class ProfileForm : public QWidget {
    Q_OBJECT

public:
    explicit ProfileForm(ExplorerState& state, QWidget* parent = nullptr);

    // Loads every editor from the state's profile.
    void refresh();

private:
    using Getter = std::function<double(const Profile&)>;
    using Setter = std::function<void(Profile&, double)>;

    QWidget* buildCluster();
    QWidget* buildModel();
    QWidget* buildWorkload();
    void addInteger(QFormLayout* form, const QString& label, const QString& tip, qint64 low, qint64 high, Getter get,
                    Setter set);
    void addNumber(QFormLayout* form, const QString& label, const QString& tip, double low, double high, int decimals,
                   const QString& suffix, Getter get, Setter set);
    void addFlag(QFormLayout* form, const QString& label, const QString& tip, Getter get, Setter set);
    void addChoice(QFormLayout* form, const QString& label, const QString& tip, const QStringList& options, Getter get,
                   Setter set);
    // Records the edit as one undo step named after the field and its new value.
    void commit(const QString& label, const QString& valueText, const Getter& get, const Setter& set, double value);

    ExplorerState& m_state;
    std::vector<std::function<void()>> m_loaders;
};

} // namespace moe::ui
