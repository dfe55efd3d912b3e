#pragma once

// User systems: systems a user calibrated (docs/calibration.md, "The system file"),
// one JSON file each in $XDG_DATA_HOME/moe-explorer/systems/ID.json (or
// ~/.local/share/... without XDG_DATA_HOME). A profile names one by id in
// cluster.system, as it names a built-in; findSystem() looks here after the built-ins.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/phrase.h"
#include "profile/systemvalues.h"

namespace moe {

struct SystemSpec;

// What a calibrated system records about how it was made.
struct CalibrationRecord {
    std::string date;     // UTC, ISO 8601: "2026-11-29T19:40:00Z"
    std::string basedOn;  // the system it was fitted from
    std::vector<std::string> measurements;  // the files, as given
    std::int64_t rows = 0;
    double meanErrorBefore = 0;
    double meanErrorAfter = 0;
    std::optional<double> leaveOneOutMeanError;
    // The relative half-width w of the band around a prediction made on this system
    // (docs/calibration.md, "The uncertainty band"); absent in files calibrated
    // before the band existed, and when there was no leave-one-out error.
    std::optional<double> uncertaintyBand;
    std::vector<FittedParameter> parameters;
};

struct UserSystem {
    SystemValues values;  // values.id is the system's id
    std::string description;
    CalibrationRecord calibration;
};

// The folder user systems live in; empty when neither XDG_DATA_HOME nor HOME is set.
std::string userSystemsDirectory();
std::string userSystemPath(const std::string& id);

// An id a user system may take: letters, digits, ".", "_" and "-", not starting with
// ".", at most 64 characters, and not a built-in's id. Returns why not, or nothing.
std::optional<std::string> checkUserSystemId(const std::string& id);
// The same as a phrase the window translates (base/phrase.h).
std::optional<Phrase> checkUserSystemIdPhrase(const std::string& id);

struct UserSystemLoad {
    std::optional<UserSystem> system;
    std::string error;  // "PATH: /pointer: what is wrong" when !system
    Phrase errorPhrase;  // the same as a phrase; its English is `error`
};

UserSystemLoad parseUserSystem(const std::string& text, const std::string& path);
UserSystemLoad loadUserSystemFile(const std::string& path);
// As loadUserSystemFile(), with the file's text already read from `path`.
UserSystemLoad loadUserSystemText(const std::string& text, const std::string& path);
std::string serializeUserSystem(const UserSystem& system);
// Writes ID.json in the user systems folder (created if missing) through a temporary
// file renamed over the target; returns an error, or nothing, and the path written.
std::optional<std::string> saveUserSystem(const UserSystem& system, std::string& writtenPath);
// The same with the error as a phrase the window translates; its English is the above.
std::optional<Phrase> saveUserSystemPhrase(const UserSystem& system, std::string& writtenPath);

// Every ID.json in the folder, sorted by file name; a file that does not load comes
// back with its error, so a listing can show it without hiding the others.
std::vector<UserSystemLoad> listUserSystems();

// The user system `id` as a SystemSpec that stays valid for the program's life, or
// nullptr (no such file, or a file that does not load). A file that loaded is not read
// again while its modification time and size stay as they were (and the time is more
// than 2 s older than the read, so that an edit within the file system's time
// resolution is not missed); safe to call from several threads.
const SystemSpec* findUserSystem(std::string_view id);
// How many times a user system file has been read since the program started: tests
// and bench_profileedit count reads with it.
std::int64_t userSystemFileReads();
// The calibration record of the user system `id`, kept for the program's life, or
// nullptr (as findUserSystem()).
const CalibrationRecord* findUserCalibration(std::string_view id);
// Why `id` names no system, for a profile's error message.
std::string describeUnknownSystem(std::string_view id);
Phrase unknownSystemPhrase(std::string_view id);

} // namespace moe
