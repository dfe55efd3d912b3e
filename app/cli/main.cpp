// moe-explorer-cli: the headless tool; see ../shared/spec/cli.md.

#include <iostream>
#include <ostream>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli/cli.h"
#include "export/cliexport.h"
#include "cli/descriptorbuffer.h"

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    moe::ui::CliRendering rendering(argc, argv);
    // Standard output through a buffer that keeps the reason a write failed.
    moe::cli::DescriptorBuffer stdoutBuffer(STDOUT_FILENO);
    std::ostream out(&stdoutBuffer);
    return moe::cli::run(args, out, std::cerr, rendering.extensions());
}
