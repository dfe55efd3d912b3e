#include "profile/builtins.h"

namespace moe {

std::span<const BuiltinProfile> builtinProfiles()
{
    return {detail::kBuiltinProfiles, detail::kBuiltinProfileCount};
}

LoadResult loadBuiltin(std::string_view id)
{
    for (const auto& builtin : builtinProfiles()) {
        if (builtin.id == id) {
            return parseProfile(builtin.text, std::string(id));
        }
    }
    std::string names;
    for (const auto& builtin : builtinProfiles()) {
        names += (names.empty() ? "" : ", ") + std::string(builtin.id);
    }
    LoadResult result;
    result.error = ProfileError{"", "no built-in profile named \"" + std::string(id) + "\"; the built-ins are " + names};
    return result;
}

LoadResult loadProfileArgument(const std::string& argument)
{
    if (argument.starts_with(kBuiltinPrefix)) {
        return loadBuiltin(std::string_view(argument).substr(kBuiltinPrefix.size()));
    }
    return loadProfileFile(argument);
}

} // namespace moe
