#include "cli/uncertaintyoutput.h"

#include <cstdio>

#include "base/units.h"

namespace moe::cli {

nlohmann::json uncertaintyToJson(const UncertaintyBand& band, const Evaluation& ev)
{
    auto range = [&](double value) { return nlohmann::json{{"low", band.low(value)}, {"high", band.high(value)}}; };
    return {{"system", band.system},
            {"band", band.band},
            {"time_s_total", range(ev.time.total)},
            {"tokens_per_s", range(ev.rates.tokensPerS)},
            {"tokens_per_s_per_gpu", range(ev.rates.tokensPerSPerGpu)}};
}

void printUncertaintyLine(std::ostream& out, const UncertaintyBand& band, const Evaluation& ev)
{
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.1f%%", band.band * 100);
    // ASCII "+/-": the command's output is ASCII throughout (pipes, old terminals).
    out << "  total +/-" << percent << " (calibrated system \"" << band.system
        << "\", leave-one-out): " << formatSeconds(band.low(ev.time.total)) << " to "
        << formatSeconds(band.high(ev.time.total)) << '\n';
}

} // namespace moe::cli
