// TensorRT-LLM's expert statistic (tensorrt_llm/_torch/expert_statistic.py, NVIDIA/
// TensorRT-LLM commit 0fccc5b): with EXPERT_STATISTIC_ITER_RANGE set, each rank writes
// EXPERT_STATISTIC_PATH/rank{R}.safetensors holding, for every recorded iteration and
// layer, the key "{ITER}_{LAYER}" -> torch.bincount of the experts its tokens selected
// (one count per expert); rank 0 writes meta_info.json with "num_experts" and
// "num_experts_per_token". Its reader, examples/wide_ep/ep_load_balancer/utils.py
// (commit 7ce477f), sums the ranks' files, leaving out *_raw.safetensors.
// The safetensors layout (huggingface/safetensors README): 8 bytes, the header's length
// as a little-endian u64; the header, JSON {"NAME": {"dtype", "shape", "data_offsets":
// [BEGIN, END]}, "__metadata__": {...}}; then the data, offsets counted from its start.

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "profile/routingdump.h"

namespace moe {

namespace {

constexpr std::size_t kMaxStatisticBytes = 256u * 1024u * 1024u;
constexpr std::size_t kMaxHeaderBytes = 100u * 1024u * 1024u;  // the safetensors reader's own limit

std::uint64_t littleEndian64(const char* p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) {
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    }
    return v;
}

// One element as a double; bincount writes int64, the others are accepted alike.
std::optional<double> element(const std::string& dtype, const char* p)
{
    if (dtype == "I64") {
        return static_cast<double>(static_cast<std::int64_t>(littleEndian64(p)));
    }
    if (dtype == "I32") {
        std::uint32_t v = 0;
        for (int i = 3; i >= 0; --i) {
            v = (v << 8) | static_cast<unsigned char>(p[i]);
        }
        return static_cast<double>(static_cast<std::int32_t>(v));
    }
    if (dtype == "F64") {
        const std::uint64_t bits = littleEndian64(p);
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    if (dtype == "F32") {
        std::uint32_t bits = 0;
        for (int i = 3; i >= 0; --i) {
            bits = (bits << 8) | static_cast<unsigned char>(p[i]);
        }
        float v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return static_cast<double>(v);
    }
    return std::nullopt;
}

std::size_t elementSize(const std::string& dtype)
{
    return dtype == "I64" || dtype == "F64" ? 8 : dtype == "I32" || dtype == "F32" ? 4 : 0;
}

// "ITER_LAYER" -> the layer id, or nothing.
std::optional<std::int64_t> layerOf(const std::string& key)
{
    const auto underscore = key.find('_');
    if (underscore == std::string::npos || underscore == 0 || underscore + 1 >= key.size()
        || key.size() - underscore > 10) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (i != underscore && (key[i] < '0' || key[i] > '9')) {
            return std::nullopt;
        }
    }
    return std::stoll(key.substr(underscore + 1));
}

} // namespace

std::optional<std::string> addSafetensorsCounts(std::string_view bytes, const std::string& name, std::int64_t experts,
                                                std::vector<std::pair<std::int64_t, std::vector<double>>>& byLayer,
                                                std::int64_t& records)
{
    if (bytes.size() < 8) {
        return name + ": " + std::to_string(bytes.size()) + " bytes, too short for a safetensors file (8-byte header length)";
    }
    const std::uint64_t headerSize = littleEndian64(bytes.data());
    if (headerSize > kMaxHeaderBytes || headerSize > bytes.size() - 8) {
        return name + ": the header length (first 8 bytes) says " + std::to_string(headerSize) + " bytes, but "
               + std::to_string(bytes.size() - 8) + " follow; not a safetensors file, or cut short";
    }
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(bytes.substr(8, static_cast<std::size_t>(headerSize)));
    } catch (const nlohmann::json::parse_error& e) {
        return name + ": header: not JSON: " + detail::jsonParseMessage(e.what());
    }
    if (!header.is_object()) {
        return name + ": header: expected a JSON object of tensors, got " + std::string(header.type_name());
    }
    const std::string_view data = bytes.substr(8 + static_cast<std::size_t>(headerSize));
    for (const auto& [key, info] : header.items()) {
        if (key == "__metadata__") {
            continue;
        }
        const std::string at = name + ": header /" + key;
        const auto layer = layerOf(key);
        if (!layer) {
            return at + ": expected a key \"ITER_LAYER\" (two integers), as TensorRT-LLM's expert statistic writes";
        }
        if (!info.is_object() || !info.contains("dtype") || !info.contains("shape") || !info.contains("data_offsets")) {
            return at + ": expected {\"dtype\", \"shape\", \"data_offsets\"}, got " + info.dump();
        }
        const std::string dtype = info["dtype"].is_string() ? info["dtype"].get<std::string>() : "";
        if (elementSize(dtype) == 0) {
            return at + "/dtype: expected I64, I32, F64 or F32 counts, got " + info["dtype"].dump();
        }
        const auto& shape = info["shape"];
        if (!shape.is_array() || shape.size() != 1 || !shape[0].is_number_integer() || shape[0].get<std::int64_t>() != experts) {
            return at + "/shape: expected [" + std::to_string(experts) + "] (one count per expert, num_experts in "
                   + "meta_info.json), got " + shape.dump();
        }
        const auto& offsets = info["data_offsets"];
        const std::size_t want = static_cast<std::size_t>(experts) * elementSize(dtype);
        if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned()
            || !offsets[1].is_number_unsigned() || offsets[1].get<std::uint64_t>() > data.size()
            || offsets[0].get<std::uint64_t>() > offsets[1].get<std::uint64_t>()
            || offsets[1].get<std::uint64_t>() - offsets[0].get<std::uint64_t>() != want) {
            return at + "/data_offsets: expected [BEGIN, BEGIN + " + std::to_string(want) + "] within the "
                   + std::to_string(data.size()) + " data bytes, got " + offsets.dump();
        }
        auto slot = std::find_if(byLayer.begin(), byLayer.end(), [&](const auto& entry) { return entry.first == *layer; });
        if (slot == byLayer.end()) {
            byLayer.emplace_back(*layer, std::vector<double>(static_cast<std::size_t>(experts), 0.0));
            slot = byLayer.end() - 1;
        }
        const char* p = data.data() + offsets[0].get<std::uint64_t>();
        for (std::int64_t e = 0; e < experts; ++e, p += elementSize(dtype)) {
            const double v = *element(dtype, p);
            if (!(v >= 0) || !std::isfinite(v)) {
                return at + ": count " + std::to_string(e) + " is " + std::to_string(v) + "; expected 0 or more";
            }
            slot->second[static_cast<std::size_t>(e)] += v;
        }
        ++records;
    }
    return std::nullopt;
}

RoutingDumpResult readTrtllmDump(const std::string& folder)
{
    namespace fs = std::filesystem;
    RoutingDumpResult result;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        result.error = folder + ": expected TensorRT-LLM's EXPERT_STATISTIC_PATH folder (meta_info.json and "
                                "rank*.safetensors)";
        return result;
    }
    const std::string metaPath = (fs::path(folder) / "meta_info.json").string();
    std::string text;
    if (auto error = detail::readDumpFile(metaPath, 1024 * 1024, text)) {
        result.error = *error + " (rank 0 writes it beside rank0.safetensors)";
        return result;
    }
    nlohmann::json meta;
    try {
        meta = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        result.error = metaPath + ": not JSON: " + detail::jsonParseMessage(e.what());
        return result;
    }
    if (!meta.is_object() || !meta.contains("num_experts") || !meta["num_experts"].is_number_integer()
        || meta["num_experts"].get<std::int64_t>() < 1 || meta["num_experts"].get<std::int64_t>() > 1'000'000) {
        result.error = metaPath + ": /num_experts: expected a positive integer, got "
                       + (meta.is_object() && meta.contains("num_experts") ? meta["num_experts"].dump() : "nothing");
        return result;
    }
    const std::int64_t experts = meta["num_experts"].get<std::int64_t>();
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string file = entry.path().filename().string();
        if (file.starts_with("rank") && file.ends_with(".safetensors") && !file.ends_with("_raw.safetensors")) {
            files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        result.error = folder + ": no rank*.safetensors file; every rank writes one when its iteration range ends";
        return result;
    }
    std::vector<std::pair<std::int64_t, std::vector<double>>> byLayer;
    RoutingDump dump;
    for (const auto& file : files) {
        std::string bytes;
        if (auto error = detail::readDumpFile(file, kMaxStatisticBytes, bytes)) {
            result.error = *error;
            return result;
        }
        if (auto error = addSafetensorsCounts(bytes, file, experts, byLayer, dump.steps)) {
            result.error = *error;
            return result;
        }
    }
    if (byLayer.empty()) {
        result.error = folder + ": the rank files hold no \"ITER_LAYER\" records; was the iteration range ever reached?";
        return result;
    }
    std::sort(byLayer.begin(), byLayer.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [layer, counts] : byLayer) {
        dump.layers.push_back(std::move(counts));
    }
    dump.experts = experts;
    dump.summary = "TensorRT-LLM expert statistic: " + std::to_string(files.size()) + " rank file(s), "
                   + std::to_string(dump.steps) + " records, " + std::to_string(dump.layers.size()) + " layers (ids "
                   + std::to_string(byLayer.front().first) + " to " + std::to_string(byLayer.back().first) + ") x "
                   + std::to_string(experts) + " experts";
    result.dump = std::move(dump);
    return result;
}

} // namespace moe
