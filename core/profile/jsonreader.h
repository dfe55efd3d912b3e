#pragma once

// A path-tracking reader over one JSON object: every accessor validates type and
// range and throws ProfileError naming the JSON pointer of the offending key. Keys
// never asked for are reported as unknown by finish().

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "profile/profileio.h"

namespace moe::detail {

struct ProfileException {
    ProfileError error;
};

// Every message of a file reader is a phrase in the context "ProfileFile" (the CLI
// prints its English, the window translates it; base/phrase.h). `say` builds one.
inline constexpr const char* kFileContext = "ProfileFile";
Phrase say(const char* text, std::vector<PhraseArg> args = {});
// Text that is the same in every language (a JSON literal, a message from a library).
Phrase verbatim(std::string text);
// A figure of a message: an integer below 1e15 grouped by the window's locale, any
// other number with six significant digits (the English is formatNumber's).
PhraseArg figureArg(double value);
PhraseArg countArg(std::size_t value);

[[noreturn]] void fail(std::string path, Phrase message);
// The error as ProfileError::toString() writes it ("/pointer: message"), as a phrase.
Phrase pathAndMessage(const ProfileError& error);
// The value as a message names it: "null", 12.5, "the string \"abc\"", "an object".
Phrase describeValue(const nlohmann::json& value);
std::string describe(const nlohmann::json& value);
std::string formatNumber(double value);
// A key as one reference token of a JSON pointer (RFC 6901: "~" as "~0", "/" as "~1").
std::string pointerToken(const std::string& key);

// A closed or half-open numeric range for error messages and checks.
struct Range {
    double low;
    double high;
    bool lowInclusive = true;

    bool contains(double v) const { return (lowInclusive ? v >= low : v > low) && v <= high; }
    Phrase describe() const;  // "from 1 to 64", "greater than 0 and at most 1"
};

class ObjectReader {
public:
    ObjectReader(const nlohmann::json& object, std::string path, std::vector<std::string>& warnings);

    std::string childPath(const std::string& key) const { return m_path + "/" + key; }
    bool has(const std::string& key) const;

    std::int64_t integer(const std::string& key, Range range);
    std::int64_t integer(const std::string& key, Range range, std::int64_t fallback);
    std::optional<std::int64_t> optionalInteger(const std::string& key, Range range);
    double number(const std::string& key, Range range);
    double number(const std::string& key, Range range, double fallback);
    std::optional<double> optionalNumber(const std::string& key, Range range);
    bool boolean(const std::string& key, bool fallback);
    std::string string(const std::string& key, const std::string& fallback);
    std::string choice(const std::string& key, std::initializer_list<const char*> allowed, const std::string& fallback);
    ObjectReader object(const std::string& key);
    std::optional<ObjectReader> optionalObject(const std::string& key);
    const nlohmann::json& raw(const std::string& key);

    // A known key that does not apply here (a measured-routing table under Zipf
    // routing): a warning that says why it is not used.
    void unused(const std::string& key, const std::string& why);
    // Reports every key that no accessor asked for.
    void finish();

private:
    const nlohmann::json* find(const std::string& key);

    const nlohmann::json& m_object;
    std::string m_path;
    std::vector<std::string>& m_warnings;
    std::set<std::string> m_seen;
};

// Converts a JSON number to an integer, refusing fractions, NaN and out-of-range values.
std::int64_t readInteger(const nlohmann::json& value, const std::string& path, Range range);
double readNumber(const nlohmann::json& value, const std::string& path, Range range);

} // namespace moe::detail
