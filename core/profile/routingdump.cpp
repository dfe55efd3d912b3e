#include "profile/routingdump.h"

#include <filesystem>
#include <fstream>

namespace moe {

namespace {

// An engine's dump of a 61-layer, 256-expert model over a long run is a few MB of
// JSON; 256 MiB leaves room for long recordings while refusing to load anything huge.
constexpr std::size_t kMaxDumpBytes = 256u * 1024u * 1024u;

bool allZero(const std::vector<double>& row)
{
    for (double v : row) {
        if (v != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<RoutingDumpEngine> routingDumpEngineFromString(std::string_view text)
{
    if (text == "sglang") {
        return RoutingDumpEngine::SGLang;
    }
    if (text == "vllm") {
        return RoutingDumpEngine::Vllm;
    }
    if (text == "trtllm") {
        return RoutingDumpEngine::TrtLlm;
    }
    return std::nullopt;
}

const char* toString(RoutingDumpEngine engine)
{
    switch (engine) {
    case RoutingDumpEngine::SGLang:
        return "sglang";
    case RoutingDumpEngine::Vllm:
        return "vllm";
    case RoutingDumpEngine::TrtLlm:
        return "trtllm";
    }
    return "sglang";
}

namespace detail {

std::optional<std::string> readDumpFile(const std::string& path, std::size_t limit, std::string& bytes)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        return "cannot open \"" + path + "\": no such file";
    }
    if (!fs::is_regular_file(status)) {
        return "\"" + path + "\" is not a regular file";
    }
    const auto size = fs::file_size(path, ec);
    if (ec || size > limit) {
        return "\"" + path + "\" is " + std::to_string(size / (1024 * 1024)) + " MiB, over the "
               + std::to_string(limit / (1024 * 1024)) + " MiB a dump may have; not read";
    }
    std::ifstream in(path, std::ios::binary);
    bytes.assign(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad() || static_cast<std::size_t>(in.gcount()) != bytes.size()) {
        return "cannot read \"" + path + "\"";
    }
    return std::nullopt;
}

std::string jsonParseMessage(const std::string& what)
{
    const auto close = what.find("] ");
    return close == std::string::npos ? what : what.substr(close + 2);
}

} // namespace detail

RoutingDumpResult readRoutingDump(RoutingDumpEngine engine, const std::string& path)
{
    if (engine == RoutingDumpEngine::TrtLlm) {
        return readTrtllmDump(path);
    }
    std::string text;
    if (auto error = detail::readDumpFile(path, kMaxDumpBytes, text)) {
        return {std::nullopt, *error};
    }
    return engine == RoutingDumpEngine::SGLang ? parseSglangDump(text, path) : parseVllmDump(text, path);
}

MeasuredRows measuredRowsFor(const RoutingDump& dump, const Model& model)
{
    MeasuredRows out;
    if (model.experts == 0) {
        out.error = "the profile's model has no experts; measured routing needs an MoE model";
        return out;
    }
    if (dump.experts != model.experts) {
        out.error = "the dump counts " + std::to_string(dump.experts) + " experts per layer, the profile's model has "
                    + std::to_string(model.experts) + "; is it a dump of another model?";
        return out;
    }
    const auto recorded = static_cast<std::int64_t>(dump.layers.size());
    std::int64_t first = 0;
    if (recorded == model.layers && model.denseLayers > 0) {
        // Every layer listed: the dense ones must be empty, or the layers do not line up.
        for (std::int64_t layer = 0; layer < model.denseLayers; ++layer) {
            if (!allZero(dump.layers[static_cast<std::size_t>(layer)])) {
                out.error = "the dump lists all " + std::to_string(recorded) + " layers, and layer "
                            + std::to_string(layer) + " has tokens, but the profile's model has no experts in its first "
                            + std::to_string(model.denseLayers) + " layers; is it a dump of another model?";
                return out;
            }
        }
        first = model.denseLayers;
    } else if (recorded != model.moeLayers()) {
        out.error = "the dump has " + std::to_string(recorded) + " MoE layers, the profile's model has "
                    + std::to_string(model.moeLayers()) + " MoE layers (" + std::to_string(model.layers)
                    + " layers in all); is it a dump of another model?";
        return out;
    }
    for (std::int64_t layer = first; layer < recorded; ++layer) {
        const auto& row = dump.layers[static_cast<std::size_t>(layer)];
        if (allZero(row)) {
            out.rows.clear();
            out.error = "the dump's layer " + std::to_string(layer)
                        + " recorded no tokens; a measured row needs at least one (record longer, or during traffic)";
            return out;
        }
        out.rows.push_back(row);
    }
    return out;
}

} // namespace moe
