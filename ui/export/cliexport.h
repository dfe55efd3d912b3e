#pragma once

// The chart export behind `moe-explorer-cli export`: the same off-screen views as the
// window's File > Export. The QApplication it needs is created on first use, on the
// offscreen platform when there is no display, so the tool works headless; it lives
// in this object, so it is gone before main() returns and before static destructors.

#include <QApplication>
#include <QTemporaryDir>

#include <memory>

#include "cli/cli.h"

namespace moe::ui {

class CliRendering {
public:
    CliRendering(int& argc, char** argv);
    ~CliRendering();

    cli::Extensions extensions();

private:
    void ensureApplication();

    int& m_argc;  // Qt keeps references to argc and argv for the application's lifetime
    char** m_argv;
    std::unique_ptr<QTemporaryDir> m_runtimeDir;  // declared before m_app: removed after it
    std::unique_ptr<QApplication> m_app;
};

} // namespace moe::ui
