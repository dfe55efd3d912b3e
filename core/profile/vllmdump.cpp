// vLLM's EPLB expert-load statistics (docs/routing-dumps.md): JSON lines, one record
// per line; records with "record_type": "eplb_load_stats" carry "expert_load", the
// tokens each physical expert slot received per MoE layer, and "p2l_map", the logical
// expert of each slot. The logical load is the slots' loads added by p2l_map and summed
// over the records, as vLLM's tools/eplb/generate_static_mapping.py does
// (vllm-project/vllm commit 63727bf, aggregate_logical_load). Other records are skipped.

#include <cmath>

#include <nlohmann/json.hpp>

#include "profile/routingdump.h"

namespace moe {

namespace {

struct DumpError {
    std::string message;
};

const nlohmann::json& table(const nlohmann::json& record, const char* key, std::size_t layers)
{
    const std::string pointer = std::string("/") + key;
    if (!record.contains(key)) {
        throw DumpError{pointer + ": missing; an eplb_load_stats record needs \"expert_load\" and \"p2l_map\""};
    }
    const auto& value = record[key];
    if (!value.is_array() || value.empty()) {
        throw DumpError{pointer + ": expected a non-empty array of per-layer rows, got " + value.dump()};
    }
    if (layers != 0 && value.size() != layers) {
        throw DumpError{pointer + ": expected " + std::to_string(layers) + " MoE layers, like the first record, got "
                        + std::to_string(value.size())};
    }
    return value;
}

// Adds one record's slot loads into the logical experts' sums.
void addRecord(const nlohmann::json& record, RoutingDump& dump)
{
    const auto& load = table(record, "expert_load", dump.layers.size());
    const auto& map = table(record, "p2l_map", load.size());
    if (dump.layers.empty()) {
        dump.layers.resize(load.size());
    }
    for (std::size_t l = 0; l < load.size(); ++l) {
        const std::string at = "/" + std::to_string(l);
        if (!load[l].is_array() || !map[l].is_array() || load[l].size() != map[l].size() || load[l].empty()) {
            throw DumpError{"/expert_load" + at + ": expected a row of slot loads as long as /p2l_map" + at};
        }
        for (std::size_t slot = 0; slot < load[l].size(); ++slot) {
            const auto& v = load[l][slot];
            const auto& e = map[l][slot];
            const std::string cell = at + "/" + std::to_string(slot);
            if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < 0) {
                throw DumpError{"/expert_load" + cell + ": expected a token count (a number of 0 or more), got " + v.dump()};
            }
            if (!e.is_number_integer() || e.get<std::int64_t>() < 0 || e.get<std::int64_t>() >= 1'000'000) {
                throw DumpError{"/p2l_map" + cell + ": expected a logical expert id (an integer of 0 or more), got "
                                + e.dump()};
            }
            auto& sums = dump.layers[l];
            const auto expert = static_cast<std::size_t>(e.get<std::int64_t>());
            if (sums.size() <= expert) {
                sums.resize(expert + 1, 0.0);
            }
            sums[expert] += v.get<double>();
        }
    }
}

} // namespace

RoutingDumpResult parseVllmDump(std::string_view text, const std::string& name)
{
    RoutingDumpResult result;
    RoutingDump dump;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    try {
        while (start < text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string_view line = text.substr(start, end - start);
            start = end + 1;
            ++lineNumber;
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
                continue;
            }
            nlohmann::json record;
            try {
                record = nlohmann::json::parse(line);
            } catch (const nlohmann::json::parse_error& e) {
                throw DumpError{"not a JSON record: " + detail::jsonParseMessage(e.what())};
            }
            if (!record.is_object()) {
                throw DumpError{"expected one JSON object per line, got " + std::string(record.type_name())};
            }
            if (record.value("record_type", nlohmann::json()) != "eplb_load_stats") {
                continue;
            }
            addRecord(record, dump);
            ++dump.steps;
        }
    } catch (const DumpError& e) {
        result.error = name + ":" + std::to_string(lineNumber) + ": " + e.message;
        return result;
    }
    if (dump.steps == 0) {
        result.error = name + ": no \"eplb_load_stats\" record in " + std::to_string(lineNumber)
                       + " line(s); is this vLLM's EPLB load-statistics file?";
        return result;
    }
    // Experts no slot held in any layer still count: the widest row sets the count.
    for (const auto& row : dump.layers) {
        dump.experts = std::max(dump.experts, static_cast<std::int64_t>(row.size()));
    }
    for (auto& row : dump.layers) {
        row.resize(static_cast<std::size_t>(dump.experts), 0.0);
    }
    dump.summary = "vLLM eplb_load_stats: " + std::to_string(dump.steps) + " record(s) x "
                   + std::to_string(dump.layers.size()) + " MoE layers x " + std::to_string(dump.experts)
                   + " logical experts";
    result.dump = std::move(dump);
    return result;
}

} // namespace moe
