#pragma once

// Human-readable figures with units, for tables, verdicts and reports.

#include <string>
#include <vector>

namespace moe {

// Every view formats durations and sizes with these two, never with "%g": no
// exponent notation anywhere a person reads.
std::string formatBytes(double bytes);      // "512 B", "43.0 GiB", "10.0 PiB": binary units, one decimal
// "12.5 µs", "33.0 ms", "4.16 s" (three significant digits) under a minute;
// "2 min 5 s", "1 h 23 min", "3 d 4 h" above.
std::string formatSeconds(double seconds);

// The unit for an axis of durations up to `longestSeconds`: seconds per unit and its
// symbol, so that the ticks read as plain numbers ("ms" below 1 s, "s" below 2 min).
struct TimeScale {
    double seconds;
    const char* unit;
};
TimeScale timeScale(double longestSeconds);

std::string formatRate(double tokensPerS);  // "31,537 tokens/s"
std::string formatGrouped(double value);    // "30,840": a whole number with thousands separators
std::string formatPercent(double fraction); // "65.6%"
std::string formatCount(double count);      // "46.70 B", "1.2 M", "512"
std::string formatFlops(double flops);      // "3.2 PFLOP"
std::string formatInteger(double value);    // "1048576"
// Each part's share of `whole` to 0.1%, rounded so that the printed shares add up to
// exactly what the parts add up to ("100.0%" when they make the whole): largest
// remainders take the last tenth. Negative parts (a credit) print "-4.2%"; a tiny
// part that rounds to nothing prints "<0.1%".
std::vector<std::string> formatShares(const std::vector<double>& parts, double whole);
std::string formatChange(double ratio);     // "+12.5%", "-3.0%": a ratio against a baseline

} // namespace moe
