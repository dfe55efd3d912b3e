#include "profile/builtins.h"

#include "profile/jsonreader.h"

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
    Phrase phrase = detail::say(MOE_TRANSLATE_NOOP("ProfileFile", "no built-in profile named \"%1\"; the built-ins are %2"),
                                {arg::name(std::string(id)), arg::name(names)});
    std::string english = phrase.english();
    result.error = ProfileError{"", std::move(english), std::move(phrase)};
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
