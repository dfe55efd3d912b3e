#pragma once

// moe-explorer-cli as a function, so tests can run it in-process.

#include <ostream>
#include <string>
#include <vector>

namespace moe::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

// `args` excludes the program name.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace moe::cli
