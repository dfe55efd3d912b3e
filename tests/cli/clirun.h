#pragma once

// Runs moe-explorer-cli in-process (cli::run) and keeps its exit code and both streams:
// the CLI tests' way of calling a command.

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace moe::test {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

inline CliRun runCli(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.code = cli::run(args, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace moe::test
