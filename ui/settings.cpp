#include "settings.h"

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

} // namespace moe::ui
