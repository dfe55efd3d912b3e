#pragma once

// The per-GPU list of `evaluate --format json` (and `search --gpus`) written as text
// directly: a million entries at the GPU cap. Building a nlohmann::json object per GPU
// and dumping it took about 11 s there (issue 11, point 7); this writes the same bytes
// as gpuToJson(gpu).dump(2) in a fraction of that. GPUs of one pipeline stage and EP
// rank share their figures, so each distinct figure is formatted once.

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/evaluation.h"

namespace moe::cli {

class GpuListJsonWriter {
public:
    // Appends gpuToJson(gpu).dump(2) to `out`, every line after the first indented by
    // `indent` spaces (the entry's own indentation in the document).
    void append(std::string& out, const GpuState& gpu, std::size_t indent);

private:
    // A figure as nlohmann::json writes a double ("null" when not finite).
    void appendDouble(std::string& out, double value);

    // Direct-mapped by the double's bits: identical GPUs repeat a handful of figures.
    struct CachedFigure {
        std::uint64_t bits = 0;
        bool filled = false;
        unsigned char length = 0;
        char text[32] = {};
    };
    static constexpr std::size_t kCacheSize = 1024;
    CachedFigure m_cache[kCacheSize];
};

} // namespace moe::cli
