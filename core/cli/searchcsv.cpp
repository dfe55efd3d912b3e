#include "cli/searchcsv.h"

#include <charconv>
#include <string>

namespace moe::cli {

namespace {

// The shortest text that reads back as the same double: a spreadsheet or a script
// gets every digit the program has, and no locale decides the decimal mark.
std::string number(double value)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("nan");
}

} // namespace

void writeSearchCsv(std::ostream& out, const SearchResult& result, std::size_t shown)
{
    out << "rank,pareto,tp,pp,dp,ep,etp,micro_batches,recompute,gpus,tokens_per_s,tokens_per_s_per_gpu,step_s,"
           "memory_bytes,headroom_bytes\r\n";
    for (std::size_t i = 0; i < shown && i < result.ranked.size(); ++i) {
        const Candidate& c = result.ranked[i];
        const Strategy& s = c.strategy;
        out << i + 1 << ',' << (c.pareto ? "true" : "false") << ',' << s.tp << ',' << s.pp << ',' << s.dp << ','
            << s.ep << ',' << s.etp << ',' << c.microBatches << ',' << toString(c.recompute) << ',' << s.gpusUsed()
            << ',' << number(c.tokensPerS) << ',' << number(c.tokensPerSPerGpu) << ',' << number(c.stepS) << ','
            << number(c.memoryBytes) << ',' << number(c.headroomBytes) << "\r\n";
    }
}

} // namespace moe::cli
