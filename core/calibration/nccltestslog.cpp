// nccl-tests logs (github.com/NVIDIA/nccl-tests), parsed from the text the tools
// print. The format followed is src/util.cu at a0b82b2 (2026-07-09):
// - writeDeviceReport: "# Collective test starting: <program>", "# nThread ..." and one
//   "#  Rank %2d Group %2d Pid %6d on %10s device %2d [...] <name>" line per rank;
// - writeResultHeader: "# size count type redop root time algbw busbw #wrong time
//   algbw busbw #wrong" (out-of-place first, then in-place);
// - writeBenchmarkLinePreamble: "%12li  %12li  %8s  %6s  %6s" (size in bytes, count,
//   type, redop, root); writeBenchmarkLineBody: "  %7s  %6s  %6s  %6g" per placement
//   (time in us, algbw and busbw in GB/s, wrong elements or N/A).
// The size printed is max(sendBytes, expectedBytes) (src/common.cu, BenchTime), the S
// of doc/PERFORMANCE.md. Older releases print no root column; the header line says
// which columns a log has, so the parser reads the columns by their names.

#include <charconv>
#include <cmath>
#include <filesystem>
#include <set>

#include "calibration/measurements.h"

namespace moe {

namespace {

struct Token {
    std::string text;
    int column = 0;  // 1-based
};

std::vector<Token> tokens(const std::string& line, std::size_t from = 0)
{
    std::vector<Token> out;
    std::size_t i = from;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
            ++i;
        }
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
            ++i;
        }
        if (i > start) {
            out.push_back(Token{line.substr(start, i - start), static_cast<int>(start) + 1});
        }
    }
    return out;
}

std::optional<CollectiveKind> kindFromName(const std::string& name)
{
    if (name.find("all_reduce") != std::string::npos) {
        return CollectiveKind::AllReduce;
    }
    if (name.find("all_gather") != std::string::npos) {
        return CollectiveKind::AllGather;
    }
    if (name.find("reduce_scatter") != std::string::npos) {
        return CollectiveKind::ReduceScatter;
    }
    if (name.find("alltoall") != std::string::npos) {
        return CollectiveKind::AllToAll;
    }
    return std::nullopt;
}

struct Columns {
    int line = 0;
    std::size_t time = 0;
    std::size_t algbw = 0;
    std::size_t busbw = 0;
    std::size_t needed = 0;  // tokens a data line must have
};

double number(const Token& token, const std::string& file, int line, const std::string& what, bool zeroAllowed)
{
    double value = 0;
    const char* end = token.text.data() + token.text.size();
    const auto [ptr, ec] = std::from_chars(token.text.data(), end, value);
    if (ec != std::errc() || ptr != end) {
        throw MeasurementError{{file, line, token.column, {}}, what + ": expected a number, got \"" + token.text + "\""};
    }
    if (!std::isfinite(value) || value < 0 || (!zeroAllowed && value == 0)) {
        throw MeasurementError{{file, line, token.column, {}},
                               what + ": expected a finite number above zero, got " + token.text};
    }
    return value;
}

struct Sample {
    int line = 0;
    double bytes = 0;
    double timeS = 0;
    double algbw = 0;
    double busbw = 0;
};

// The "# size count type ... time algbw busbw ..." header: where the out-of-place
// time and bandwidths are (their first occurrence).
Columns readColumns(const std::vector<Token>& body, const std::string& file, int line)
{
    Columns c;
    c.line = line;
    bool time = false;
    bool alg = false;
    bool bus = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const std::string& name = body[i].text;
        if (!time && (name == "time" || name == "cputime")) {
            c.time = i;
            time = true;
        } else if (!alg && name == "algbw") {
            c.algbw = i;
            alg = true;
        } else if (!bus && name == "busbw") {
            c.busbw = i;
            bus = true;
            c.needed = i + 1;
        }
    }
    if (!time || !alg || !bus) {
        throw MeasurementError{{file, line, body[0].column, {}},
                               "a column header without time, algbw and busbw columns; is this an nccl-tests log?"};
    }
    return c;
}

// "#  Rank  3 Group  0 Pid 4021 on node001 device  3 [...]": the rank and its host.
void readRank(const std::vector<Token>& body, std::set<long long>& ranks, std::set<std::string>& hosts)
{
    long long rank = -1;
    std::from_chars(body[1].text.data(), body[1].text.data() + body[1].text.size(), rank);
    ranks.insert(rank);
    for (std::size_t i = 0; i + 1 < body.size(); ++i) {
        if (body[i].text == "on") {
            hosts.insert(body[i + 1].text);
            return;
        }
    }
}

} // namespace

std::vector<Measurement> parseNcclTestsLog(const std::string& text, const std::string& file)
{
    std::optional<CollectiveKind> kind;
    std::set<long long> ranks;
    std::set<std::string> hosts;
    std::optional<Columns> columns;
    std::vector<Sample> samples;
    std::size_t start = 0;
    int lineNumber = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? text.size() + 1 : end + 1;
        ++lineNumber;
        const auto words = tokens(line);
        if (words.empty() || line.find("NCCL INFO") != std::string::npos
            || line.find("NCCL WARN") != std::string::npos) {
            continue;  // blank, or NCCL_DEBUG output interleaved with the table
        }
        if (words[0].text.starts_with("#")) {
            const auto body = tokens(line, line.find('#') + 1);
            if (line.find("Collective test starting:") != std::string::npos && !body.empty()) {
                kind = kindFromName(body.back().text);
            } else if (body.size() >= 2 && body[0].text == "Rank") {
                readRank(body, ranks, hosts);
            } else if (!body.empty() && body[0].text == "size") {
                columns = readColumns(body, file, lineNumber);
            }
            continue;
        }
        if (!columns) {
            throw MeasurementError{{file, lineNumber, words[0].column, {}},
                                   "a data line before the column header (\"#  size  count  type ...\"); is this an "
                                   "nccl-tests log?"};
        }
        if (words.size() < columns->needed) {
            throw MeasurementError{{file, lineNumber, words.back().column, {}},
                                   std::to_string(words.size()) + " columns where the header (line "
                                       + std::to_string(columns->line) + ") needs at least "
                                       + std::to_string(columns->needed)};
        }
        Sample s;
        s.line = lineNumber;
        s.bytes = number(words[0], file, lineNumber, "size (B)", false);
        s.timeS = number(words[columns->time], file, lineNumber, "time (us)", false) * 1e-6;
        // Bandwidths print as 0.00 for the smallest sizes: kept, the time is what is fitted.
        s.algbw = number(words[columns->algbw], file, lineNumber, "algbw (GB/s)", true);
        s.busbw = number(words[columns->busbw], file, lineNumber, "busbw (GB/s)", true);
        samples.push_back(s);
    }
    if (!kind) {
        kind = kindFromName(std::filesystem::path(file).filename().string());
    }
    if (!kind) {
        throw MeasurementError{{file, 1, 1, {}},
                               "cannot tell which collective this log measures: no \"# Collective test starting: "
                               "all_reduce_perf\" line and no all_reduce, all_gather, reduce_scatter or alltoall in "
                               "the file name"};
    }
    if (ranks.empty()) {
        throw MeasurementError{{file, 1, 1, {}}, "no \"#  Rank N ... on HOST\" lines: cannot tell how many GPUs took "
                                                 "part (keep the device list nccl-tests prints)"};
    }
    if (samples.empty()) {
        throw MeasurementError{{file, lineNumber, 1, {}}, "no result lines (size, count, type, ... busbw)"};
    }
    std::vector<Measurement> out;
    for (const Sample& s : samples) {
        Measurement m;
        m.place = FilePlace{file, s.line, 1, {}};
        m.quantity = Quantity::CollectiveTime;
        m.measured = s.timeS;
        m.collective.kind = *kind;
        m.collective.ranks = static_cast<std::int64_t>(ranks.size());
        m.collective.acrossNodes = hosts.size() > 1;
        m.collective.bytes = s.bytes;
        m.collective.busBandwidthGBps = s.busbw;
        m.collective.algBandwidthGBps = s.algbw;
        m.fitted = s.bytes >= kSmallestFittedCollectiveBytes;
        m.label = m.place.toString() + " " + toString(*kind) + " " + std::to_string(static_cast<long long>(s.bytes))
            + " B";
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace moe
