#pragma once

// Answers the window's questions in place of a user and records what it was told,
// so file tests run without modal dialogs.

#include <QString>
#include <QStringList>

#include <optional>

#include "document/userprompts.h"

namespace moe::test {

struct PromptLog {
    struct Warning {
        QString title;
        QString text;
        QString details;
    };
    QList<Warning> warnings;
    int saveQuestions = 0;
    int revertQuestions = 0;
    int openQuestions = 0;
    int saveAsQuestions = 0;
    int builtinQuestions = 0;
    int newProfileQuestions = 0;

    // The answers.
    ui::UserPrompts::SaveChoice saveChoice = ui::UserPrompts::SaveChoice::Cancel;
    bool revertAnswer = true;
    QString openPath;
    QString savePath;
    std::optional<QString> builtin;
    std::optional<Profile> newProfile;
};

class RecordingPrompts : public ui::UserPrompts {
public:
    explicit RecordingPrompts(PromptLog& log)
        : m_log(log)
    {
    }

    void warn(QWidget*, const QString& title, const QString& text, const QString& details) override
    {
        m_log.warnings.append({title, text, details});
    }
    SaveChoice askSaveChanges(QWidget*, const QString&) override
    {
        ++m_log.saveQuestions;
        return m_log.saveChoice;
    }
    bool confirmRevert(QWidget*, const QString&) override
    {
        ++m_log.revertQuestions;
        return m_log.revertAnswer;
    }
    QString askOpenPath(QWidget*, const QString&) override
    {
        ++m_log.openQuestions;
        return m_log.openPath;
    }
    QString askSavePath(QWidget*, const QString&) override
    {
        ++m_log.saveAsQuestions;
        return m_log.savePath;
    }
    std::optional<QString> askBuiltin(QWidget*) override
    {
        ++m_log.builtinQuestions;
        return m_log.builtin;
    }
    std::optional<Profile> askNewProfile(QWidget*) override
    {
        ++m_log.newProfileQuestions;
        return m_log.newProfile;
    }

private:
    PromptLog& m_log;
};

} // namespace moe::test
