#include "cli/gpulistjson.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

namespace moe::cli {

namespace {

void appendInteger(std::string& out, std::int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

// One `"key": ` line start, at the entry's inner indentation.
void appendKey(std::string& out, std::size_t indent, const char* key)
{
    out += '\n';
    out.append(indent + 2, ' ');
    out += '"';
    out += key;
    out += "\": ";
}

} // namespace

void GpuListJsonWriter::appendDouble(std::string& out, double value)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    CachedFigure& cached = m_cache[(bits ^ (bits >> 29) ^ (bits >> 47)) % kCacheSize];
    if (!cached.filled || cached.bits != bits) {
        char* end = cached.text;
        if (!std::isfinite(value)) {
            std::memcpy(cached.text, "null", 4);
            end = cached.text + 4;
        } else {
            // The shortest text that reads back as the same double, in nlohmann's layout
            // ("1.0", "1e+20"): the serializer's own routine, so the bytes are its bytes.
            end = ::nlohmann::detail::to_chars(cached.text, cached.text + sizeof cached.text, value);
        }
        cached.bits = bits;
        cached.filled = true;
        cached.length = static_cast<unsigned char>(end - cached.text);
    }
    out.append(cached.text, cached.length);
}

void GpuListJsonWriter::append(std::string& out, const GpuState& g, std::size_t indent)
{
    // nlohmann::json objects keep their keys sorted: this is gpuToJson()'s order.
    out += '{';
    appendKey(out, indent, "a2a_bytes");
    appendDouble(out, g.a2aBytes);
    out += ',';
    appendKey(out, indent, "compute_s");
    appendDouble(out, g.computeS);
    out += ',';
    appendKey(out, indent, "dp");
    appendInteger(out, g.dp);
    out += ',';
    appendKey(out, indent, "edp");
    appendInteger(out, g.edp);
    out += ',';
    appendKey(out, indent, "ep");
    appendInteger(out, g.ep);
    out += ',';
    appendKey(out, indent, "etp");
    appendInteger(out, g.etp);
    out += ',';
    appendKey(out, indent, "experts");
    appendInteger(out, g.experts);
    out += ',';
    appendKey(out, indent, "index");
    appendInteger(out, g.index);
    out += ',';
    appendKey(out, indent, "memory_bytes");
    appendDouble(out, g.memory.total());
    out += ',';
    appendKey(out, indent, "node");
    appendInteger(out, g.node);
    out += ',';
    appendKey(out, indent, "pp");
    appendInteger(out, g.pp);
    out += ',';
    appendKey(out, indent, "tokens");
    appendDouble(out, g.tokens);
    out += ',';
    appendKey(out, indent, "tp");
    appendInteger(out, g.tp);
    out += ',';
    appendKey(out, indent, "used");
    out += g.used ? "true" : "false";
    out += '\n';
    out.append(indent, ' ');
    out += '}';
}

} // namespace moe::cli
