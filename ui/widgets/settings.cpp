#include "widgets/settings.h"

#include <QSettings>

namespace moe::ui {

namespace {

QSettings store()
{
    return QSettings(QStringLiteral("MoE Explorer"), QStringLiteral("MoE Explorer"));
}

} // namespace

QByteArray Settings::windowGeometry() const
{
    return store().value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    store().setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return store().value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    store().setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState() const
{
    return store().value(QStringLiteral("window/splitters")).toByteArray();
}

void Settings::setSplitterState(const QByteArray& state)
{
    store().setValue(QStringLiteral("window/splitters"), state);
}

int Settings::gridMetric() const
{
    return store().value(QStringLiteral("grid/metric"), 0).toInt();
}

void Settings::setGridMetric(int metric)
{
    store().setValue(QStringLiteral("grid/metric"), metric);
}

QString Settings::lastExportFolder() const
{
    return store().value(QStringLiteral("export/folder")).toString();
}

void Settings::setLastExportFolder(const QString& folder)
{
    store().setValue(QStringLiteral("export/folder"), folder);
}

bool Settings::tourShown() const
{
    return store().value(QStringLiteral("help/tour_shown"), false).toBool();
}

void Settings::setTourShown(bool shown)
{
    store().setValue(QStringLiteral("help/tour_shown"), shown);
}

QString Settings::lastProfile() const
{
    return store().value(QStringLiteral("profile/last")).toString();
}

void Settings::setLastProfile(const QString& location)
{
    store().setValue(QStringLiteral("profile/last"), location);
}

QString Settings::lastProfileFolder() const
{
    return store().value(QStringLiteral("profile/folder")).toString();
}

void Settings::setLastProfileFolder(const QString& folder)
{
    store().setValue(QStringLiteral("profile/folder"), folder);
}

QStringList Settings::recentFiles() const
{
    QStringList files = store().value(QStringLiteral("profile/recent")).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void Settings::setRecentFiles(QStringList files)
{
    files.removeAll(QString());
    files.removeDuplicates();
    store().setValue(QStringLiteral("profile/recent"), files.mid(0, kMaxRecentFiles));
}

void Settings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setRecentFiles(std::move(files));
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    setRecentFiles(std::move(files));
}

} // namespace moe::ui
