#pragma once

// Human-readable figures with units, for tables, verdicts and reports.

#include <string>

namespace moe {

std::string formatBytes(double bytes);      // "43.0 GiB", "512 MiB"
std::string formatSeconds(double seconds);  // "4.16 s", "33 ms", "12.5 us": three significant digits
std::string formatRate(double tokensPerS);  // "31,537 tokens/s"
std::string formatGrouped(double value);    // "30,840": a whole number with thousands separators
std::string formatPercent(double fraction); // "65.6%"
std::string formatCount(double count);      // "46.70 B", "1.2 M", "512"
std::string formatFlops(double flops);      // "3.2 PFLOP"
std::string formatInteger(double value);    // "1048576"
std::string formatChange(double ratio);     // "+12.5%", "-3.0%": a ratio against a baseline

} // namespace moe
