#pragma once

// Finds a key that appears twice in one JSON object. nlohmann_json keeps the last
// of two equal keys without a word, and its SAX and callback interfaces give no
// positions; this scanner walks the text once so the message can name the key's JSON
// pointer and where both copies are.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace moe::detail {

struct DuplicateKey {
    std::string pointer;  // JSON pointer of the repeated key, e.g. /strategy/tp
    std::size_t first;    // byte offsets of the opening quote of each copy
    std::size_t second;
};

// `text` must already have parsed as JSON; keys are compared after unescaping, so
// "tp" and "\u0074p" are the same key.
std::optional<DuplicateKey> findDuplicateKey(std::string_view text);

} // namespace moe::detail
