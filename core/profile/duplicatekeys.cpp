#include "profile/duplicatekeys.h"

#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "profile/jsonreader.h"

namespace moe::detail {

namespace {

// One open object or array: the keys seen so far and the member being read, which is
// this level's part of the JSON pointer of anything nested in it.
struct Level {
    bool object = false;
    bool expectKey = false;
    std::size_t index = 0;
    std::string token;
    std::map<std::string, std::size_t> keys;
};

std::string pointerOf(const std::vector<Level>& levels, const std::string& key)
{
    std::string pointer;
    for (std::size_t i = 0; i + 1 < levels.size(); ++i) {
        pointer += "/" + levels[i].token;
    }
    return pointer + "/" + pointerToken(key);
}

// Offset of the quote that closes the string opening at `open`.
std::size_t closingQuote(std::string_view text, std::size_t open)
{
    std::size_t i = open + 1;
    while (i < text.size() && text[i] != '"') {
        i += text[i] == '\\' ? 2 : 1;
    }
    return i;
}

} // namespace

std::optional<DuplicateKey> findDuplicateKey(std::string_view text)
{
    std::vector<Level> levels;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t close = closingQuote(text, i);
            if (!levels.empty() && levels.back().object && levels.back().expectKey) {
                Level& level = levels.back();
                // The text is valid JSON, so the token is a valid JSON string.
                const std::string key = nlohmann::json::parse(text.substr(i, close - i + 1)).get<std::string>();
                if (const auto [it, inserted] = level.keys.emplace(key, i); !inserted) {
                    return DuplicateKey{pointerOf(levels, key), it->second, i};
                }
                level.token = pointerToken(key);
                level.expectKey = false;
            }
            i = close;
        } else if (c == '{' || c == '[') {
            Level level;
            level.object = c == '{';
            level.expectKey = level.object;
            level.token = level.object ? std::string() : "0";
            levels.push_back(std::move(level));
        } else if (c == '}' || c == ']') {
            if (levels.empty()) {
                return std::nullopt;  // not the document the parser accepted: nothing to say
            }
            levels.pop_back();
        } else if (c == ',' && !levels.empty()) {
            Level& level = levels.back();
            if (level.object) {
                level.expectKey = true;
            } else {
                level.token = std::to_string(++level.index);
            }
        }
    }
    return std::nullopt;
}

} // namespace moe::detail
