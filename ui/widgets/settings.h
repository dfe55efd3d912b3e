#pragma once

// The window's persistent settings, typed, in one place. Setters write through at
// once so a crash loses nothing.

#include <QByteArray>
#include <QString>
#include <QStringList>

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
    // Whether Help > Getting Started has been shown once, on the first start.
    bool tourShown() const;
    void setTourShown(bool shown);

    // The profile the window showed last: a file path or builtin:NAME; empty at first.
    QString lastProfile() const;
    void setLastProfile(const QString& location);
    // Where File > Open and Save As start.
    QString lastProfileFolder() const;
    void setLastProfileFolder(const QString& folder);

    // Recently opened or saved profile files, newest first, at most kMaxRecentFiles.
    static constexpr int kMaxRecentFiles = 8;
    QStringList recentFiles() const;
    void setRecentFiles(QStringList files);
    // Puts `path` first (moving it up if listed) and drops the oldest beyond the limit.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
};

} // namespace moe::ui
