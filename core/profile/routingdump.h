#pragma once

// Measured expert loads from the serving engines' own dumps, turned into the
// profile's measured routing (one row of token counts per MoE layer). The formats,
// and the engine commit each was read from, are in docs/routing-dumps.md:
//   SGLang       the expert-distribution recorder's record as JSON ({"logical_count": ...})
//   vLLM         EPLB's expert-load statistics, JSON lines ("record_type": "eplb_load_stats")
//   TensorRT-LLM the expert statistic folder (meta_info.json and rank*.safetensors)
// A malformed dump is refused with the file and the line, or the JSON pointer, at fault.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "profile/profile.h"

namespace moe {

enum class RoutingDumpEngine { SGLang, Vllm, TrtLlm };

std::optional<RoutingDumpEngine> routingDumpEngineFromString(std::string_view text);
const char* toString(RoutingDumpEngine engine);

// A dump's token counts summed over its steps (and ranks), one row per recorded
// layer in the engine's layer order; every row has `experts` entries.
struct RoutingDump {
    std::vector<std::vector<double>> layers;
    std::int64_t experts = 0;
    std::int64_t steps = 0;  // forward passes or records summed
    std::string summary;     // what was read, for the user
};

struct RoutingDumpResult {
    std::optional<RoutingDump> dump;
    std::string error;  // "FILE:LINE: ..." or "FILE: /json/pointer: ..."; meaningful when !dump
    bool ok() const { return dump.has_value(); }
};

// `name` is the file name used in messages.
RoutingDumpResult parseSglangDump(std::string_view text, const std::string& name);
RoutingDumpResult parseVllmDump(std::string_view text, const std::string& name);
// One rank*.safetensors file's records ("ITER_LAYER" -> counts per expert), added into
// `byLayer` (layer id -> counts). Returns an error, or nothing.
std::optional<std::string> addSafetensorsCounts(std::string_view bytes, const std::string& name, std::int64_t experts,
                                                std::vector<std::pair<std::int64_t, std::vector<double>>>& byLayer,
                                                std::int64_t& records);
// `folder` is TensorRT-LLM's EXPERT_STATISTIC_PATH.
RoutingDumpResult readTrtllmDump(const std::string& folder);

// Reads `path` (a file, or TensorRT-LLM's folder) as `engine` writes it.
RoutingDumpResult readRoutingDump(RoutingDumpEngine engine, const std::string& path);

struct MeasuredRows {
    std::vector<std::vector<double>> rows;  // one per MoE layer of the model
    std::string error;                      // meaningful when rows is empty
};

// The dump's rows as the profile's measured loads for `model`: one row per MoE layer.
// A dump may list every layer of the model (SGLang does, with empty rows for dense
// layers) or only its MoE layers (vLLM, TensorRT-LLM).
MeasuredRows measuredRowsFor(const RoutingDump& dump, const Model& model);

namespace detail {
// Reads a regular file of at most `limit` bytes; returns an error, or nothing.
std::optional<std::string> readDumpFile(const std::string& path, std::size_t limit, std::string& bytes);
// nlohmann's parse error without its "[json.exception...]" prefix (it names line and column).
std::string jsonParseMessage(const std::string& what);
} // namespace detail

} // namespace moe
