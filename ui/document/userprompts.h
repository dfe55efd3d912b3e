#pragma once

// Every question and message the window puts to the user about files: one class, so
// that tests can answer in place of a person (override the methods) while the real
// window shows real dialogs. The dialogs only ask; the caller does any file I/O.

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "profile/profile.h"

class QWidget;

namespace moe::ui {

class UserPrompts {
    Q_DECLARE_TR_FUNCTIONS(UserPrompts)

public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompts();

    // Something failed (a file that does not open or save); `details` says what and
    // where, and what became of the user's data.
    virtual void warn(QWidget* parent, const QString& title, const QString& text, const QString& details);
    // Unsaved changes to `documentName` before it is closed or replaced.
    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& documentName);
    // Before Revert throws the changes away (it cannot be undone).
    virtual bool confirmRevert(QWidget* parent, const QString& documentName);
    // File names; empty when the user cancels.
    virtual QString askOpenPath(QWidget* parent, const QString& folder);
    virtual QString askSavePath(QWidget* parent, const QString& suggestedPath);
    // The built-in gallery; the chosen built-in's id, or nothing.
    virtual std::optional<QString> askBuiltin(QWidget* parent);
    // File > New Profile: a profile composed from the model and systems libraries, or
    // nothing when the user cancels.
    virtual std::optional<Profile> askNewProfile(QWidget* parent);
    // A search over `limit` configurations (`configurations` counted, "over" when the
    // count stopped early): run it anyway? It may take minutes and much memory.
    virtual bool confirmLargeSearch(QWidget* parent, qint64 configurations, bool over, qint64 limit);
};

} // namespace moe::ui
