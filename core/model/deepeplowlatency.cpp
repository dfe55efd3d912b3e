#include "model/deepeplowlatency.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace moe::detail {

double lowLatencyAnchorBytes(LowLatencyKernel kernel)
{
    // FP8 dispatch carries one fp32 scale per 128 values (DeepEP's per-token, per-128
    // channel scales); the combine returns BF16.
    const double valueBytes = kernel == LowLatencyKernel::Dispatch ? 1.0 + 4.0 / 128.0 : 2.0;
    return kLowLatencyAnchorTokens * kLowLatencyAnchorTopK * kLowLatencyAnchorHidden * valueBytes;
}

double lowLatencyAnchorSeconds(LowLatencyKernel kernel, std::int64_t ep)
{
    auto us = [kernel](const LowLatencyAnchor& a) {
        return kernel == LowLatencyKernel::Dispatch ? a.dispatchUs : a.combineUs;
    };
    const auto first = std::begin(kLowLatencyAnchors);
    const auto last = std::end(kLowLatencyAnchors) - 1;
    if (ep <= first->ep) {
        return us(*first) * 1e-6;
    }
    if (ep >= last->ep) {
        return us(*last) * 1e-6;
    }
    const auto upper = std::find_if(first, last + 1, [ep](const LowLatencyAnchor& a) { return a.ep >= ep; });
    const auto lower = upper - 1;
    const double x = std::log2(static_cast<double>(ep));
    const double x0 = std::log2(static_cast<double>(lower->ep));
    const double x1 = std::log2(static_cast<double>(upper->ep));
    const double t = (x - x0) / (x1 - x0);
    return (us(*lower) + t * (us(*upper) - us(*lower))) * 1e-6;
}

double lowLatencySeconds(LowLatencyKernel kernel, std::int64_t ep, double bytes, double nicGBps, double alphaS)
{
    if (ep <= 1 || bytes <= 0) {
        return 0;
    }
    const double anchor = lowLatencyAnchorSeconds(kernel, ep);
    // The start-up latency is the NIC's (the system's alpha); never more than the
    // table's whole latency, so the bandwidth stays finite.
    const double alpha = std::clamp(alphaS, 0.0, 0.5 * anchor);
    const double nicScale = nicGBps > 0 ? nicGBps / kLowLatencyAnchorNicGBps : 1.0;
    const double bytesPerSecond = lowLatencyAnchorBytes(kernel) / (anchor - alpha) * nicScale;
    return alpha + bytes / bytesPerSecond;
}

} // namespace moe::detail
