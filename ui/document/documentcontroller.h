#pragma once

// The window's document: where the profile came from (a file, a built-in, or
// nowhere), opening, saving and reverting it, the recent files, and the
// unsaved-changes question. Files are read with core's loadProfileFile and written
// with saveProfileFile (a temporary file renamed over the target), so a failed save
// leaves the previous file intact. A file that does not load changes nothing.
// Every question and message goes through UserPrompts, which tests replace.

#include <QObject>
#include <QString>

#include <memory>

#include "profile/profileio.h"

class QWidget;

namespace moe::ui {

class ExplorerState;
class Settings;
class UserPrompts;

class DocumentController : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs.
    DocumentController(ExplorerState& state, Settings& settings, QWidget* window);
    ~DocumentController() override;

    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    UserPrompts& prompts() const { return *m_prompts; }

    // An absolute file path, builtin:NAME, or empty for a profile from elsewhere.
    QString location() const { return m_location; }
    // The file, when the profile came from or was saved to one.
    QString filePath() const;
    // The built-in, when the profile came from one.
    QString builtinId() const;
    // For the title and questions: the file's name, or the profile's name.
    QString displayName() const;
    // Says where the state's current profile came from, without loading anything
    // (at start-up, when the caller has loaded it). Remembered for the next start; a
    // file also goes to the top of the recent files.
    void setLocation(const QString& location);

    // Each of these asks Save / Discard / Cancel first when there are unsaved
    // changes, but only once the new profile has loaded; returns whether the window
    // now shows it. Errors are reported through the prompts.
    bool openFile(const QString& path);
    bool openBuiltin(const QString& id);
    // A file from Open Recent: one that no longer exists is dropped from the list.
    bool openRecent(const QString& path);
    // Reloads the file (or built-in) after confirming; not undoable.
    bool revert();
    // Writes to filePath(), or asks for a file when there is none.
    bool save();
    // Writes to `path` and makes it the document's file.
    bool saveAs(const QString& path);
    // Before closing or replacing the profile: true when the caller may go on.
    bool maybeSave();

    // Menu commands that first ask for a file or a built-in.
    bool askOpen();
    bool askSaveAs();
    bool askNewFromBuiltin();
    // File > New Profile: composes a profile from the libraries and opens it as a new
    // untitled document with unsaved changes (closing it asks to save it).
    bool askNewProfile();
    // The same without the dialog: `profile` becomes the untitled document.
    bool openNew(Profile profile);

Q_SIGNALS:
    // location() or displayName() changed.
    void locationChanged();
    // The recent files in Settings changed.
    void recentFilesChanged();
    // A line for the status bar.
    void statusMessage(const QString& message, int timeoutMs);

private:
    bool adopt(LoadResult loaded, const QString& location);
    void reportLoadError(const QString& what, const QString& path, const ProfileError& error);
    QString suggestedSavePath() const;

    ExplorerState& m_state;
    Settings& m_settings;
    QWidget* m_window;
    std::unique_ptr<UserPrompts> m_prompts;
    QString m_location;
};

} // namespace moe::ui
