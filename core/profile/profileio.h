#pragma once

// Reading and writing profile files (../shared/spec/profile-format.md). Reading is
// strict: the first problem found is reported with the JSON path it concerns, and a
// profile is returned only when the whole document is valid.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/phrase.h"
#include "profile/profile.h"

namespace moe {

// Files larger than this are refused before parsing (a real profile is a few KiB;
// the biggest legitimate payload, a measured load table, stays far below it).
inline constexpr std::size_t kMaxProfileBytes = 16u * 1024u * 1024u;
// Deeper nesting is refused before parsing; a profile needs at most 5 levels.
inline constexpr int kMaxProfileDepth = 32;
inline constexpr int kProfileFormatVersion = 2;

struct ProfileError {
    ProfileError() = default;
    ProfileError(std::string errorPath, std::string errorMessage, Phrase errorPhrase = {})
        : path(std::move(errorPath))
        , message(std::move(errorMessage))
        , phrase(std::move(errorPhrase))
    {
    }

    std::string path;     // JSON pointer such as /cluster/gpu/memory_gib; empty for the whole file
    std::string message;  // what was expected and what was found
    // The message as a phrase the window translates (base/phrase.h); its English is
    // `message`. Empty (no text) where the reader has no phrase for it yet: the window
    // then shows `message` as it is.
    Phrase phrase;

    std::string toString() const;
};

struct LoadResult {
    std::optional<Profile> profile;
    ProfileError error;                 // meaningful when !profile
    std::vector<std::string> warnings;  // unknown keys, kept on save

    bool ok() const { return profile.has_value(); }
};

// `fallbackName` becomes the profile's name when the document has none.
LoadResult parseProfile(std::string_view text, const std::string& fallbackName);
// Reads a regular file only: a FIFO, device or folder is refused without waiting on it.
LoadResult loadProfileFile(const std::string& path);

nlohmann::json profileToJson(const Profile& profile);
std::string serializeProfile(const Profile& profile);
// What a save writes: the file the profile was read from, in its layout (key order,
// line breaks, number spellings; profile/jsonlayout.h), with the edited values
// changed and no key added that reads back as the value it would hold without it.
// A profile made in memory is written indented, arrays of numbers on one line.
std::string profileFileText(const Profile& profile);

// Writes to a temporary file beside `path` and renames it over `path`, so a failed
// save leaves the previous file intact. A symbolic link is followed and its final
// target replaced, so the link stays; a file that exists keeps its mode, and its owner
// and group where this user may set them. Returns an error message, or nothing.
std::optional<std::string> saveProfileFile(const std::string& path, const Profile& profile);
// The same for any text file (an imported model section, a user system file): the
// previous file survives a failed save.
std::optional<std::string> saveTextFile(const std::string& path, const std::string& text);
// The same two with the error as a phrase the window translates (context
// "ProfileFile"); its English is the message above.
std::optional<Phrase> saveProfileFilePhrase(const std::string& path, const Profile& profile);
std::optional<Phrase> saveTextFilePhrase(const std::string& path, const std::string& text);

// Checks the strategy against the model and workload; refuses what no real system
// can run (see docs/model.md, "Legal strategies"). The path names the offending key
// under `base` (e.g. /strategy or /baseline).
std::optional<ProfileError> checkStrategy(const Profile& profile, const Strategy& strategy,
                                          const std::string& base = "/strategy");

} // namespace moe
