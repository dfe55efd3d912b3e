// moe-explorer-cli: the headless tool; see ../shared/spec/cli.md.

#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "cliexport.h"

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    moe::ui::CliRendering rendering(argc, argv);
    return moe::cli::run(args, std::cout, std::cerr, rendering.extensions());
}
