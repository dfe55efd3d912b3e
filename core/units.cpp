#include "units.h"

#include <cmath>
#include <cstdio>

namespace moe {

namespace {

std::string format(const char* pattern, double value, const char* unit)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value, unit);
    return buffer;
}

std::string scaled(double value, const char* const* units, int count, double step, const char* pattern)
{
    int i = 0;
    while (i + 1 < count && std::fabs(value) >= step) {
        value /= step;
        ++i;
    }
    return format(pattern, value, units[i]);
}

} // namespace

std::string formatBytes(double bytes)
{
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    return scaled(bytes, units, 6, 1024.0, "%.1f %s");
}

std::string formatSeconds(double seconds)
{
    const double a = std::fabs(seconds);
    if (a >= 1.0 || a == 0.0) {
        return format("%.3g %s", seconds, "s");
    }
    if (a >= 1e-3) {
        return format("%.3g %s", seconds * 1e3, "ms");
    }
    return format("%.3g %s", seconds * 1e6, "us");
}

std::string formatGrouped(double value)
{
    // Thousands separators make rates and counts comparable at a glance.
    char digits[48];
    std::snprintf(digits, sizeof digits, "%.0f", std::fabs(value));
    const std::string plain(digits);
    std::string text = value <= -0.5 ? "-" : "";
    for (std::size_t i = 0; i < plain.size(); ++i) {
        if (i > 0 && (plain.size() - i) % 3 == 0) {
            text += ',';
        }
        text += plain[i];
    }
    return text;
}

std::string formatRate(double tokensPerS)
{
    return formatGrouped(tokensPerS) + " tokens/s";
}

std::string formatPercent(double fraction)
{
    // A tiny non-zero share must not read as "0.0%" next to a failed check.
    if (fraction > 0 && fraction < 0.0005) {
        return "<0.1%";
    }
    return format("%.1f%s", fraction * 100.0, "%");
}

std::string formatCount(double count)
{
    if (std::fabs(count) < 1000.0) {
        return format("%.0f%s", count, "");
    }
    static const char* const units[] = {"", "K", "M", "B", "T"};
    return scaled(count, units, 5, 1000.0, "%.2f %s");
}

std::string formatFlops(double flops)
{
    static const char* const units[] = {"FLOP", "KFLOP", "MFLOP", "GFLOP", "TFLOP", "PFLOP", "EFLOP"};
    return scaled(flops, units, 7, 1000.0, "%.3g %s");
}

std::string formatChange(double ratio)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.1f%%", (ratio - 1.0) * 100.0);
    return buffer;
}

std::string formatInteger(double value)
{
    return format("%.0f%s", value, "");
}

} // namespace moe
