#include "base/units.h"

#include <algorithm>
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

// Three significant digits as "%.3g" writes them ("33", "4.16"), but never in
// exponent notation: "%.3g" prints 1234 as "1.23e+03". Callers keep `value` below 1000.
std::string significant(double value)
{
    const double a = std::fabs(value);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    return text;
}

// A value rounded as significant() will print it, so that a value that rounds up to
// the next unit ("1000 ms") is shown in that unit ("1.00 s").
double roundedSignificant(double value)
{
    const double a = std::fabs(value);
    if (a == 0) {
        return 0;
    }
    const double scale = std::pow(10.0, 2.0 - std::floor(std::log10(a)));
    return std::round(a * scale) / scale;
}

// Two whole units, the smaller rounded: "2 min 5 s", "1 h 23 min", "3 d 4 h".
std::string twoUnits(double seconds, double big, const char* bigUnit, const char* smallUnit, double smallPerBig)
{
    const double small = std::round(seconds / big * smallPerBig);
    const double whole = std::floor(small / smallPerBig);
    const double rest = small - whole * smallPerBig;
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%.0f %s %.0f %s", whole, bigUnit, rest, smallUnit);
    return buffer;
}

} // namespace

std::string formatBytes(double bytes)
{
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    const std::string sign = bytes <= -0.5 ? "-" : "";
    double a = std::fabs(bytes);
    if (std::round(a) < 1024.0) {
        return sign + format("%.0f %s", std::round(a), units[0]);
    }
    int i = 0;
    // Step up while the value would print as "1024.0" or more: one decimal, "43.0 GiB".
    while (i + 1 < 7 && std::round(a * 10.0) / 10.0 >= 1024.0) {
        a /= 1024.0;
        ++i;
    }
    return sign + format("%.1f %s", a, units[i]);
}

std::string formatSeconds(double seconds)
{
    const std::string sign = seconds < 0 ? "-" : "";
    const double a = std::fabs(seconds);
    // Long steps in whole units, decided on the value as it prints: 59.96 s reads
    // "1 min 0 s", not "60.0 s".
    if (std::round(a / 60.0) >= 1440.0) {
        return sign + twoUnits(a, 86400.0, "d", "h", 24.0);
    }
    if (std::round(a / 60.0) >= 60.0) {
        return sign + twoUnits(a, 3600.0, "h", "min", 60.0);
    }
    if (roundedSignificant(a) >= 60.0) {
        return sign + twoUnits(a, 60.0, "min", "s", 60.0);
    }
    static const struct {
        double scale;
        const char* unit;
    } units[] = {{1.0, "s"}, {1e-3, "ms"}, {1e-6, "\u00b5s"}, {1e-9, "ns"}};
    for (const auto& u : units) {
        if (roundedSignificant(a / u.scale) >= 1.0) {
            return sign + significant(roundedSignificant(a / u.scale)) + " " + u.unit;
        }
    }
    // Below half a nanosecond nothing a person would read is left.
    return a > 0 ? sign + "<1 ns" : "0 s";
}

TimeScale timeScale(double longestSeconds)
{
    const double a = std::fabs(longestSeconds);
    if (a >= 2 * 3600.0) {
        return {3600.0, "h"};
    }
    if (a >= 2 * 60.0) {
        return {60.0, "min"};
    }
    if (a >= 1.0) {
        return {1.0, "s"};
    }
    if (a >= 1e-3 || a == 0.0) {
        return {1e-3, "ms"};
    }
    return {1e-6, "\u00b5s"};
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
    // A tiny non-zero share must not read as "0.0%" next to a failed check, and a
    // zero never as "-0.0%".
    if (fraction > 0 && fraction < 0.0005) {
        return "<0.1%";
    }
    if (fraction < 0 && fraction > -0.0005) {
        return "-<0.1%";
    }
    return format("%.1f%s", fraction == 0 ? 0.0 : fraction * 100.0, "%");
}

std::vector<std::string> formatShares(const std::vector<double>& parts, double whole)
{
    std::vector<std::string> shares(parts.size(), "-");
    if (!(whole != 0) || parts.empty()) {
        return shares;
    }
    // Tenths of a percent: floor each, then hand the tenths the floors lost to the
    // parts that lost the most.
    std::vector<double> tenths;
    std::vector<long long> rounded;
    double exact = 0;
    for (double part : parts) {
        tenths.push_back(part / whole * 1000.0);
        rounded.push_back(static_cast<long long>(std::floor(tenths.back())));
        exact += tenths.back();
    }
    long long missing = static_cast<long long>(std::llround(exact));
    for (long long r : rounded) {
        missing -= r;
    }
    std::vector<std::size_t> order(parts.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return tenths[a] - std::floor(tenths[a]) > tenths[b] - std::floor(tenths[b]);
    });
    for (std::size_t i = 0; i < order.size() && missing > 0; ++i, --missing) {
        ++rounded[order[i]];
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        shares[i] = rounded[i] == 0 && parts[i] > 0 ? "<0.1%" : format("%.1f%s", static_cast<double>(rounded[i]) / 10.0, "%");
    }
    return shares;
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
