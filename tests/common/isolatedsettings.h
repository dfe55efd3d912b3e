#pragma once

// Points the window's QSettings (geometry, recent files, last profile) and
// QStandardPaths at a private temporary folder for the life of a test object, so
// tests neither read the user's settings nor leave any behind.

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace moe::test {

class IsolatedSettings {
public:
    IsolatedSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

} // namespace moe::test
