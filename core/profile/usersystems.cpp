// Where user systems live, and the registry that turns one into a SystemSpec the rest
// of core can hold like a built-in.

#include "profile/usersystems.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "profile/jsonreader.h"
#include "profile/profileio.h"
#include "profile/systems.h"

namespace moe {

namespace {

namespace fs = std::filesystem;
using detail::say;

// A phrase for the message and its English for the CLI.
void setError(UserSystemLoad& load, Phrase phrase)
{
    load.error = phrase.english();
    load.errorPhrase = std::move(phrase);
}

// A user system is a few KiB; a larger file is not one.
constexpr std::uintmax_t kMaxSystemBytes = 1024 * 1024;

// A user system as a SystemSpec: the spec's views point into `system` and `texts`,
// which never change after construction.
struct StoredSystem {
    std::string fileText;
    UserSystem system;
    std::deque<std::string> texts;
    std::vector<SystemSource> sources;
    SystemSpec spec;

    StoredSystem(std::string text, UserSystem s)
        : fileText(std::move(text))
        , system(std::move(s))
    {
        const CalibrationRecord& c = system.calibration;
        std::string files;
        for (const auto& file : c.measurements) {
            files += (files.empty() ? "" : ", ") + file;
        }
        texts.push_back("calibrated " + c.date + " from " + c.basedOn + " on " + std::to_string(c.rows)
                        + " measurements");
        texts.push_back(files);
        sources.push_back({texts[0], texts[1]});
        const SystemValues& v = system.values;
        spec = SystemSpec{system.values.id, system.description, v.gpusPerNode, v.scaleUpDomain, v.gpu,
                          v.intraNode,      v.interNode,        v.kernels,     sources};
    }
};

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Kept for the program's life: a profile may hold on to a spec it looked up.
std::deque<std::unique_ptr<StoredSystem>>& registry()
{
    static std::deque<std::unique_ptr<StoredSystem>> stored;
    return stored;
}

std::atomic<std::int64_t> g_fileReads{0};

std::optional<std::string> readSmallFile(const std::string& path, std::optional<Phrase>& error)
{
    std::error_code code;
    const auto status = fs::status(path, code);
    if (code || !fs::exists(status)) {
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        error = say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: not a regular file"), {arg::name(path)});
        return std::nullopt;
    }
    if (fs::file_size(path, code) > kMaxSystemBytes) {
        error = say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: larger than 1 MiB; not a system file"), {arg::name(path)});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: cannot open the file for reading"), {arg::name(path)});
        return std::nullopt;
    }
    g_fileReads.fetch_add(1, std::memory_order_relaxed);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// What a file looked like on disk: a changed modification time or size means it
// changed.
struct FileStamp {
    fs::file_time_type modified;
    std::uintmax_t size = 0;
    bool operator==(const FileStamp&) const = default;
};

std::optional<FileStamp> stampOf(const std::string& path)
{
    std::error_code code;
    const auto status = fs::status(path, code);
    if (code || !fs::is_regular_file(status)) {
        return std::nullopt;
    }
    FileStamp stamp;
    stamp.modified = fs::last_write_time(path, code);
    if (code) {
        return std::nullopt;
    }
    stamp.size = fs::file_size(path, code);
    if (code) {
        return std::nullopt;
    }
    return stamp;
}

// A modification time this close to when the file was read may not tell a later edit
// apart: file systems keep times in ticks (a kernel clock tick on Linux; 2 s for FAT's
// write time: learn.microsoft.com/en-us/windows/win32/fileio/setting-and-getting-the-
// timestamp-of-a-file), and an edit within the same tick that keeps the size would look unchanged. Such an
// entry is not trusted; the file is read again until its time is older than this.
// (Git's index has the same "racy" case and the same remedy: Documentation/technical/
// racy-git.txt.)
constexpr auto kRacyWindow = std::chrono::seconds(2);

// The user system files already read (issue 11): every whole-profile edit in the
// window looks up cluster.system twice (serializeProfile, parseProfile), and reading
// and comparing the file each time was the edit's cost. Keyed by path; an entry holds
// while the file's time and size are those it was read with. Only files that load are
// kept: a bad file is read again and gives its error each time. Under registryMutex().
struct CachedLookup {
    FileStamp stamp;
    fs::file_time_type readAt;
    const SystemSpec* spec = nullptr;
};

std::map<std::string, CachedLookup>& lookupCache()
{
    static std::map<std::string, CachedLookup> cache;
    return cache;
}

} // namespace

std::string userSystemsDirectory()
{
    // XDG Base Directory Specification: $XDG_DATA_HOME if set to an absolute path,
    // else $HOME/.local/share.
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/') {
        return std::string(xdg) + "/moe-explorer/systems";
    }
    const char* home = std::getenv("HOME");
    if (home && home[0] != '\0') {
        return std::string(home) + "/.local/share/moe-explorer/systems";
    }
    return {};
}

std::string userSystemPath(const std::string& id)
{
    const std::string folder = userSystemsDirectory();
    return folder.empty() ? std::string() : folder + "/" + id + ".json";
}

std::optional<std::string> checkUserSystemId(const std::string& id)
{
    if (auto problem = checkUserSystemIdPhrase(id)) {
        return problem->english();
    }
    return std::nullopt;
}

std::optional<Phrase> checkUserSystemIdPhrase(const std::string& id)
{
    if (id.empty()) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "the id is empty"));
    }
    if (id.size() > 64) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "the id \"%1\" is longer than 64 characters"), {arg::name(id)});
    }
    if (id[0] == '.') {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "the id \"%1\" starts with \".\""), {arg::name(id)});
    }
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-';
        if (!ok) {
            return say(MOE_TRANSLATE_NOOP("ProfileFile", "the id \"%1\" holds \"%2\"; use letters, digits, \".\", \"_\" and \"-\""),
                       {arg::name(id), arg::name(std::string(1, c))});
        }
    }
    for (const SystemSpec& builtin : builtinSystems()) {
        if (builtin.id == id) {
            return say(MOE_TRANSLATE_NOOP("ProfileFile", "\"%1\" is a built-in system; give the calibrated one another name"),
                       {arg::name(id)});
        }
    }
    return std::nullopt;
}

UserSystemLoad loadUserSystemFile(const std::string& path)
{
    std::optional<Phrase> error;
    const auto text = readSmallFile(path, error);
    if (!text) {
        UserSystemLoad result;
        setError(result, error ? *error : say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: no such file"), {arg::name(path)}));
        return result;
    }
    return loadUserSystemText(*text, path);
}

UserSystemLoad loadUserSystemText(const std::string& text, const std::string& path)
{
    UserSystemLoad result = parseUserSystem(text, path);
    if (result.system) {
        const std::string stem = fs::path(path).stem().string();
        if (result.system->values.id != stem) {
            setError(result, say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: /id: \"%2\" does not match the file name; a system "
                                                                   "file is named after its id (%2.json)"),
                                 {arg::name(path), arg::name(result.system->values.id)}));
            result.system.reset();
        }
    }
    return result;
}

std::optional<std::string> saveUserSystem(const UserSystem& system, std::string& writtenPath)
{
    if (auto problem = saveUserSystemPhrase(system, writtenPath)) {
        return problem->english();
    }
    return std::nullopt;
}

std::optional<Phrase> saveUserSystemPhrase(const UserSystem& system, std::string& writtenPath)
{
    if (auto problem = checkUserSystemIdPhrase(system.values.id)) {
        return problem;
    }
    const std::string folder = userSystemsDirectory();
    if (folder.empty()) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile",
                                      "no folder for user systems: neither XDG_DATA_HOME nor HOME is set; nothing was written"));
    }
    std::error_code code;
    fs::create_directories(folder, code);
    if (code) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot create the folder \"%1\": %2; nothing was written"),
                   {arg::name(folder), arg::name(code.message())});
    }
    writtenPath = userSystemPath(system.values.id);
    return saveTextFilePhrase(writtenPath, serializeUserSystem(system));
}

std::vector<UserSystemLoad> listUserSystems()
{
    std::vector<UserSystemLoad> out;
    const std::string folder = userSystemsDirectory();
    std::error_code code;
    if (folder.empty() || !fs::is_directory(folder, code)) {
        return out;
    }
    std::vector<std::string> paths;
    for (const auto& entry : fs::directory_iterator(folder, code)) {
        if (entry.path().extension() == ".json") {
            paths.push_back(entry.path().string());
        }
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        out.push_back(loadUserSystemFile(path));
    }
    return out;
}

const SystemSpec* findUserSystem(std::string_view id)
{
    const std::string name(id);
    if (checkUserSystemId(name)) {
        return nullptr;  // not a name a user system can have (no path tricks either)
    }
    const std::string path = userSystemPath(name);
    if (path.empty()) {
        return nullptr;
    }
    // The stamp is taken before the read: an edit after it gives a newer stamp, so the
    // next lookup reads again.
    const std::optional<FileStamp> stamp = stampOf(path);
    if (!stamp) {
        return nullptr;
    }
    {
        std::lock_guard lock(registryMutex());
        const auto cached = lookupCache().find(path);
        if (cached != lookupCache().end() && cached->second.stamp == *stamp
            && stamp->modified + kRacyWindow < cached->second.readAt) {
            return cached->second.spec;
        }
    }
    const fs::file_time_type readAt = fs::file_time_type::clock::now();
    std::optional<Phrase> error;
    const auto text = readSmallFile(path, error);
    if (!text) {
        return nullptr;
    }
    std::lock_guard lock(registryMutex());
    const SystemSpec* spec = nullptr;
    // The same file read again: the spec already made for it.
    for (const auto& stored : registry()) {
        if (stored->system.values.id == name && stored->fileText == *text) {
            spec = &stored->spec;
            break;
        }
    }
    if (!spec) {
        UserSystemLoad loaded = loadUserSystemText(*text, path);
        if (!loaded.system) {
            lookupCache().erase(path);
            return nullptr;
        }
        registry().push_back(std::make_unique<StoredSystem>(*text, std::move(*loaded.system)));
        spec = &registry().back()->spec;
    }
    lookupCache()[path] = CachedLookup{*stamp, readAt, spec};
    return spec;
}

const CalibrationRecord* findUserCalibration(std::string_view id)
{
    const SystemSpec* spec = findUserSystem(id);
    if (!spec) {
        return nullptr;
    }
    std::lock_guard lock(registryMutex());
    for (const auto& stored : registry()) {
        if (&stored->spec == spec) {
            return &stored->system.calibration;
        }
    }
    return nullptr;
}

std::string describeUnknownSystem(std::string_view id)
{
    return unknownSystemPhrase(id).english();
}

Phrase unknownSystemPhrase(std::string_view id)
{
    const std::string name(id);
    const std::string path = checkUserSystemId(name) ? std::string() : userSystemPath(name);
    if (!path.empty()) {
        std::error_code code;
        if (fs::exists(path, code)) {
            const UserSystemLoad loaded = loadUserSystemFile(path);
            if (!loaded.system) {
                return say(MOE_TRANSLATE_NOOP("ProfileFile", "the user system \"%1\" does not load: %2"),
                           {arg::name(name), arg::phrases({loaded.errorPhrase})});
            }
        }
    }
    const std::string folder = userSystemsDirectory();
    if (folder.empty()) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "unknown system \"%1\"; the built-in systems are %2"),
                   {arg::name(name), arg::name(systemIds())});
    }
    return say(MOE_TRANSLATE_NOOP("ProfileFile", "unknown system \"%1\"; the built-in systems are %2; user systems are "
                                                 "the ID.json files in %3"),
               {arg::name(name), arg::name(systemIds()), arg::name(folder)});
}

std::int64_t userSystemFileReads()
{
    return g_fileReads.load(std::memory_order_relaxed);
}

} // namespace moe
