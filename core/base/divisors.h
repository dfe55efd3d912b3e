#pragma once

// The divisors of n in ascending order: the values TP, EP, ETP and micro-batch counts
// may take. Internal to core.

#include <cstdint>
#include <limits>
#include <vector>

namespace moe::detail {

// Every divisor of `n` not above `limit`, ascending, in O(sqrt n).
inline std::vector<std::int64_t> divisors(std::int64_t n, std::int64_t limit = std::numeric_limits<std::int64_t>::max())
{
    std::vector<std::int64_t> low;
    std::vector<std::int64_t> high;
    for (std::int64_t d = 1; d * d <= n; ++d) {
        if (n % d == 0) {
            low.push_back(d);
            if (d != n / d) {
                high.push_back(n / d);
            }
        }
    }
    low.insert(low.end(), high.rbegin(), high.rend());
    std::erase_if(low, [&](std::int64_t d) { return d > limit; });
    return low;
}

} // namespace moe::detail
