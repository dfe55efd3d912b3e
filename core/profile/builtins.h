#pragma once

// Built-in profiles, embedded from resources/profiles/*.moeprofile.json at build time.
// `builtin:seed` is the source scenario and the default.

#include <span>
#include <string>
#include <string_view>

#include "profile/profileio.h"

namespace moe {

struct BuiltinProfile {
    std::string_view id;    // "seed"
    std::string_view text;  // the JSON document
};

inline constexpr std::string_view kBuiltinPrefix = "builtin:";
inline constexpr std::string_view kDefaultBuiltin = "seed";

std::span<const BuiltinProfile> builtinProfiles();

namespace detail {
// Defined in the generated builtinprofiles_data.cpp.
extern const BuiltinProfile kBuiltinProfiles[];
extern const std::size_t kBuiltinProfileCount;
} // namespace detail

LoadResult loadBuiltin(std::string_view id);
// A file path, or builtin:NAME.
LoadResult loadProfileArgument(const std::string& argument);

} // namespace moe
