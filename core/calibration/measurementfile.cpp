// Reading a measurement file and telling its kind from its content.

#include <filesystem>
#include <fstream>
#include <sstream>

#include "calibration/csvtable.h"
#include "calibration/measurements.h"

namespace moe {

namespace {

// A measurement file is a few hundred lines; anything this large is not one.
constexpr std::uintmax_t kMaxMeasurementBytes = 16u * 1024u * 1024u;

std::string readFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status)) {
        throw MeasurementError{{path, 0, 0, {}}, "cannot open the file: " + (error ? error.message() : "it does not exist")};
    }
    if (!fs::is_regular_file(status)) {
        throw MeasurementError{{path, 0, 0, {}}, "not a regular file; a measurement file must be a file"};
    }
    if (fs::file_size(path, error) > kMaxMeasurementBytes) {
        throw MeasurementError{{path, 0, 0, {}}, "larger than 16 MiB; not a measurement file"};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw MeasurementError{{path, 0, 0, {}}, "cannot open the file for reading"};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool isNcclTestsLog(const std::string& text)
{
    // Every nccl-tests release prints this line before its table (src/util.cu,
    // writeDeviceReport; src/common.cu in older releases).
    return text.find("# nThread ") != std::string::npos;
}

} // namespace

std::string FilePlace::toString() const
{
    if (!pointer.empty()) {
        return file + ": " + pointer;
    }
    if (line > 0) {
        return file + ":" + std::to_string(line) + ":" + std::to_string(column > 0 ? column : 1);
    }
    return file;
}

std::string MeasurementError::toString() const
{
    return place.toString() + ": " + message;
}

const char* toString(Quantity quantity)
{
    switch (quantity) {
    case Quantity::StepTime: return "step_time_s";
    case Quantity::ForwardBackward: return "forward_backward_s";
    case Quantity::TokensPerSPerGpu: return "tokens_per_s_per_gpu";
    case Quantity::Ttft: return "ttft_s";
    case Quantity::Tpot: return "tpot_s";
    case Quantity::CollectiveTime: return "collective_time_s";
    case Quantity::GemmTime: return "gemm_time_s";
    }
    return "?";
}

bool higherIsFaster(Quantity quantity)
{
    return quantity == Quantity::TokensPerSPerGpu;
}

const char* toString(CollectiveKind kind)
{
    switch (kind) {
    case CollectiveKind::AllReduce: return "all_reduce";
    case CollectiveKind::AllGather: return "all_gather";
    case CollectiveKind::ReduceScatter: return "reduce_scatter";
    case CollectiveKind::AllToAll: return "alltoall";
    }
    return "?";
}

double busBandwidthFactor(CollectiveKind kind, std::int64_t ranks)
{
    const double n = static_cast<double>(ranks);
    return kind == CollectiveKind::AllReduce ? 2 * (n - 1) / n : (n - 1) / n;
}

std::vector<Measurement> loadMeasurementFile(const std::string& path)
{
    const std::string text = readFile(path);
    if (text.find('\0') != std::string::npos) {
        throw MeasurementError{{path, 0, 0, {}}, "a NUL byte: a measurement file is UTF-8 text"};
    }
    if (isNcclTestsLog(text)) {
        return parseNcclTestsLog(text, path);
    }
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '{') {
        return parseMeasuredRunsJson(text, path);
    }
    const detail::CsvTable table = detail::readCsv(text, path);
    if (table.column("m") && table.column("n") && table.column("k")) {
        return parseGemmSweepCsv(text, path);
    }
    return parseMeasuredRunsCsv(text, path);
}

} // namespace moe
