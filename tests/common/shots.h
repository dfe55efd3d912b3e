#pragma once

// Screenshots for looking at, not for asserting: with MOE_SHOT_DIR set, GUI tests save
// the widgets they drive there (docs/screenshots come from them).

#include <QDir>
#include <QString>
#include <QWidget>

namespace moe::test {

inline void saveShot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("MOE_SHOT_DIR");
    if (!folder.isEmpty()) {
        widget.grab().save(QDir(folder).filePath(name));
    }
}

} // namespace moe::test
