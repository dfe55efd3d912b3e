#pragma once

// The window's persistent settings, typed, in one place. Setters write through at
// once so a crash loses nothing.

#include <QByteArray>
#include <QString>

namespace moe::ui {

class Settings {
public:
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    int gridMetric() const;
    void setGridMetric(int metric);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString& folder);
};

} // namespace moe::ui
