#pragma once

// The chart export behind `moe-explorer-cli export`: the same off-screen views as the
// window's File > Export. Creates a QApplication on first use, on the offscreen
// platform when there is no display, so the tool works headless in scripts and CI.

#include "cli.h"

namespace moe::ui {

cli::Extensions cliExtensions(int argc, char** argv);

} // namespace moe::ui
