#pragma once

// Which profile the window opens with: the one named on the command line, else the
// one it showed last time (Settings::lastProfile), else builtin:seed. A profile that
// does not open falls back to builtin:seed and says why; the caller decides how loud
// to be (a dialog for a profile the user named, a line on stderr for last time's).

#include <QString>

#include "profile/profile.h"

namespace moe::ui {

class Settings;

struct StartupProfile {
    Profile profile;
    QString location;         // an absolute file path or builtin:NAME
    QString problem;          // why the wanted profile did not open; empty when it did
    bool fromCommandLine = false;
};

// `argument`: the command line's profile argument, or empty.
StartupProfile startupProfile(const QString& argument, const Settings& settings);

} // namespace moe::ui
