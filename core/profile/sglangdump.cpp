// SGLang's expert-distribution recorder (python/sglang/srt/eplb/expert_distribution.py,
// sgl-project/sglang commit 02295fe): in "stat" mode a dump holds "logical_count", the
// tokens each logical expert received, shaped (buffered steps, layers, experts); the
// same record as JSON is what --init-expert-location reads, where a 2-D (layers,
// experts) table is also accepted (expert_location.py, commit 01fec5c). docs/routing-dumps.md.

#include <cmath>

#include <nlohmann/json.hpp>

#include "profile/routingdump.h"

namespace moe {

namespace {

struct DumpError {
    std::string message;
};

const nlohmann::json& arrayAt(const nlohmann::json& value, const std::string& pointer, const char* what)
{
    if (!value.is_array() || value.empty()) {
        throw DumpError{pointer + ": expected a non-empty array of " + what + ", got "
                        + (value.is_array() ? std::string("an empty array") : std::string(value.type_name()))};
    }
    return value;
}

// Adds one layer's counts into `sums` (sized on the first row).
void addRow(const nlohmann::json& row, const std::string& pointer, std::vector<double>& sums)
{
    arrayAt(row, pointer, "per-expert token counts");
    if (sums.empty()) {
        sums.assign(row.size(), 0.0);
    }
    if (row.size() != sums.size()) {
        throw DumpError{pointer + ": expected " + std::to_string(sums.size()) + " experts, like the first row, got "
                        + std::to_string(row.size())};
    }
    for (std::size_t e = 0; e < row.size(); ++e) {
        const auto& v = row[e];
        if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < 0) {
            throw DumpError{pointer + "/" + std::to_string(e) + ": expected a token count (a number of 0 or more), got "
                            + v.dump()};
        }
        sums[e] += v.get<double>();
    }
}

} // namespace

RoutingDumpResult parseSglangDump(std::string_view text, const std::string& name)
{
    RoutingDumpResult result;
    if (text.starts_with("PK\x03\x04")) {
        result.error = name + ": this is SGLang's .pt file (a PyTorch archive), which this program cannot read; "
                              "write it as JSON first: python -c \"import torch, json, sys; d = torch.load(sys.argv[1]); "
                              "json.dump({'logical_count': d['logical_count'].tolist()}, open(sys.argv[2], 'w'))\" "
                              "IN.pt OUT.json (docs/routing-dumps.md)";
        return result;
    }
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        result.error = name + ": not JSON: " + detail::jsonParseMessage(e.what());
        return result;
    }
    try {
        if (!doc.is_object()) {
            throw DumpError{"/: expected an object with \"logical_count\", got " + std::string(doc.type_name())};
        }
        if (!doc.contains("logical_count")) {
            throw DumpError{doc.contains("physical_to_logical_map")
                                ? std::string("/: this is a placement (\"physical_to_logical_map\"), not a load record; "
                                              "dump the recorder in \"stat\" mode for \"logical_count\"")
                                : std::string("/logical_count: missing; expected SGLang's expert-distribution record")};
        }
        const auto& counts = arrayAt(doc["logical_count"], "/logical_count", "layers (or of steps)");
        RoutingDump dump;
        // 3-D (steps, layers, experts) as the recorder writes it, or 2-D (layers, experts).
        const bool perStep = counts[0].is_array() && !counts[0].empty() && counts[0][0].is_array();
        const auto& steps = perStep ? counts : nlohmann::json::array({counts});
        for (std::size_t s = 0; s < steps.size(); ++s) {
            const std::string stepPointer = perStep ? "/logical_count/" + std::to_string(s) : "/logical_count";
            const auto& layers = arrayAt(steps[s], stepPointer, "layers");
            if (s == 0) {
                dump.layers.resize(layers.size());
            } else if (layers.size() != dump.layers.size()) {
                throw DumpError{stepPointer + ": expected " + std::to_string(dump.layers.size())
                                + " layers, like the first step, got " + std::to_string(layers.size())};
            }
            for (std::size_t l = 0; l < layers.size(); ++l) {
                auto& sums = dump.layers[l];
                if (l > 0 && sums.empty()) {
                    sums.assign(dump.layers[0].size(), 0.0);
                }
                addRow(layers[l], stepPointer + "/" + std::to_string(l), sums);
            }
        }
        dump.experts = static_cast<std::int64_t>(dump.layers[0].size());
        dump.steps = static_cast<std::int64_t>(steps.size());
        dump.summary = "SGLang logical_count: " + std::to_string(dump.steps) + " step(s) x "
                       + std::to_string(dump.layers.size()) + " layers x " + std::to_string(dump.experts) + " experts";
        result.dump = std::move(dump);
    } catch (const DumpError& e) {
        result.error = name + ": " + e.message;
    }
    return result;
}

} // namespace moe
