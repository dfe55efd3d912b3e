#include "document/startupprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "profile/builtins.h"
#include "widgets/settings.h"
#include "widgets/problemtext.h"

namespace moe::ui {

StartupProfile startupProfile(const QString& argument, const Settings& settings)
{
    const QString prefix = QString::fromLatin1(kBuiltinPrefix.data(), static_cast<qsizetype>(kBuiltinPrefix.size()));
    const QString seed =
        prefix + QString::fromLatin1(kDefaultBuiltin.data(), static_cast<qsizetype>(kDefaultBuiltin.size()));
    StartupProfile start;
    start.fromCommandLine = !argument.isEmpty();
    start.location = start.fromCommandLine ? argument : settings.lastProfile();
    if (start.location.isEmpty()) {
        start.location = seed;
    } else if (!start.location.startsWith(prefix)) {
        start.location = QFileInfo(start.location).absoluteFilePath();
    }
    LoadResult loaded = loadProfileArgument(QFile::encodeName(start.location).toStdString());
    if (!loaded.ok()) {
        start.problem = QCoreApplication::translate("moe::ui::StartupProfile", "%1: %2; opening %3 instead")
                            .arg(start.location, problemText(loaded.error), seed);
        start.location = seed;
        loaded = loadBuiltin(kDefaultBuiltin);
    }
    start.profile = std::move(*loaded.profile);
    return start;
}

} // namespace moe::ui
