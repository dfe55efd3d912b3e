// Measured runs, as CSV or JSON (docs/calibration.md, "Measured runs"): each row names
// a profile, overrides its strategy and workload, and gives what was measured.

#include <cmath>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "profile/builtins.h"
#include "calibration/csvtable.h"
#include "profile/duplicatekeys.h"
#include "profile/jsonreader.h"
#include "calibration/measurements.h"
#include "profile/valuelimits.h"

namespace moe {

namespace {

struct IntegerKey {
    const char* key;
    std::int64_t high;
};

// The overrides a row may give, as the CLI's flags (../shared/spec/cli.md).
const IntegerKey kIntegerKeys[] = {
    {"tp", limits::kMaxGpus},   {"pp", limits::kMaxGpus},        {"dp", limits::kMaxGpus},
    {"ep", limits::kMaxGpus},   {"batch", limits::kMaxBatch},    {"seq_len", limits::kMaxSeqLen},
    {"micro_batches", limits::kMaxMicroBatches},
};

struct MeasuredKey {
    const char* key;
    Quantity quantity;
};

const MeasuredKey kMeasuredKeys[] = {
    {"step_time_s", Quantity::StepTime},          {"forward_backward_s", Quantity::ForwardBackward},
    {"tokens_per_s_per_gpu", Quantity::TokensPerSPerGpu}, {"ttft_s", Quantity::Ttft},
    {"tpot_s", Quantity::Tpot},
};

bool knownKey(const std::string& key)
{
    if (key == "profile" || key == "label" || key == "mode") {
        return true;
    }
    for (const auto& k : kIntegerKeys) {
        if (key == k.key) {
            return true;
        }
    }
    for (const auto& k : kMeasuredKeys) {
        if (key == k.key) {
            return true;
        }
    }
    return false;
}

std::string knownKeys()
{
    std::string keys = "profile, label, mode";
    for (const auto& k : kIntegerKeys) {
        keys += std::string(", ") + k.key;
    }
    for (const auto& k : kMeasuredKeys) {
        keys += std::string(", ") + k.key;
    }
    return keys;
}

// One row as read, before its profile is loaded; each value keeps its place.
struct RunRow {
    FilePlace rowPlace;
    std::string label;
    std::string profile;
    FilePlace profilePlace;
    std::map<std::string, std::pair<std::int64_t, FilePlace>> integers;
    std::optional<std::pair<Mode, FilePlace>> mode;
    std::vector<std::pair<Quantity, double>> measured;
};

// A relative profile path is relative to the measurements file, so a folder of both
// can move as one.
std::string resolveProfile(const std::string& reference, const std::string& file)
{
    if (reference.starts_with(kBuiltinPrefix)) {
        return reference;
    }
    const std::filesystem::path path(reference);
    if (path.is_absolute()) {
        return reference;
    }
    return (std::filesystem::path(file).parent_path() / path).string();
}

void applyOverrides(const RunRow& row, Profile& profile)
{
    for (const auto& [key, value] : row.integers) {
        const std::int64_t v = value.first;
        Strategy& s = profile.strategy;
        Workload& w = profile.workload;
        if (key == "tp") {
            s.tp = v;
        } else if (key == "pp") {
            s.pp = v;
        } else if (key == "dp") {
            s.dp = v;
        } else if (key == "ep") {
            s.ep = v;
        } else if (key == "batch") {
            w.batch = v;
        } else if (key == "seq_len") {
            w.seqLen = v;
        } else if (key == "micro_batches") {
            w.microBatches = v;
        }
    }
    if (row.mode) {
        profile.workload.mode = row.mode->first;
    }
}

std::vector<Measurement> buildMeasurements(const RunRow& row, const std::string& file)
{
    if (row.profile.empty()) {
        throw MeasurementError{row.profilePlace, "no profile named: give a file path (relative to this file) or "
                                                 "builtin:ID"};
    }
    if (row.measured.empty()) {
        throw MeasurementError{row.rowPlace, "nothing measured: give at least one of step_time_s, forward_backward_s, "
                                             "tokens_per_s_per_gpu, ttft_s, tpot_s"};
    }
    const LoadResult loaded = loadProfileArgument(resolveProfile(row.profile, file));
    if (!loaded.ok()) {
        throw MeasurementError{row.profilePlace, "profile \"" + row.profile + "\": " + loaded.error.toString()};
    }
    Profile profile = *loaded.profile;
    applyOverrides(row, profile);
    if (auto error = checkStrategy(profile, profile.strategy)) {
        const FilePlace& place = row.integers.empty() ? row.profilePlace : row.integers.begin()->second.second;
        throw MeasurementError{place, "the overrides do not fit profile \"" + row.profile + "\": " + error->toString()};
    }
    std::vector<Measurement> out;
    for (const auto& [quantity, value] : row.measured) {
        const Mode mode = profile.workload.mode;
        if (quantity == Quantity::Ttft && mode != Mode::Prefill) {
            throw MeasurementError{row.rowPlace, "ttft_s is a prefill measurement; this row runs in "
                                                     + std::string(toString(mode)) + " mode (set mode to prefill)"};
        }
        if (quantity == Quantity::Tpot && mode != Mode::Decode) {
            throw MeasurementError{row.rowPlace, "tpot_s is a decode measurement; this row runs in "
                                                     + std::string(toString(mode)) + " mode (set mode to decode)"};
        }
        if ((quantity == Quantity::ForwardBackward) && mode != Mode::Training) {
            throw MeasurementError{row.rowPlace, "forward_backward_s is a training measurement; this row runs in "
                                                     + std::string(toString(mode)) + " mode"};
        }
        Measurement m;
        m.place = row.rowPlace;
        m.label = (row.label.empty() ? row.rowPlace.toString() : row.label) + " " + toString(quantity);
        m.quantity = quantity;
        m.measured = value;
        m.profile = profile;
        out.push_back(std::move(m));
    }
    return out;
}

// One run object of a JSON measurements file, at JSON pointer `base`.
RunRow readJsonRun(const nlohmann::json& item, const std::string& base, const std::string& file)
{
    auto fail = [&](const std::string& pointer, const std::string& message) {
        throw MeasurementError{{file, 0, 0, pointer}, message};
    };
    RunRow row;
    row.rowPlace = FilePlace{file, 0, 0, base};
    row.profilePlace = FilePlace{file, 0, 0, base + "/profile"};
    for (const auto& [key, value] : item.items()) {
        const std::string pointer = base + "/" + detail::pointerToken(key);
        const FilePlace place{file, 0, 0, pointer};
        if (!knownKey(key)) {
            fail(pointer, "unknown key; the keys are " + knownKeys());
        }
        if (key == "profile" || key == "label" || key == "mode") {
            if (!value.is_string()) {
                fail(pointer, "expected a string");
            }
            const auto text = value.get<std::string>();
            if (key == "profile") {
                row.profile = text;
            } else if (key == "label") {
                row.label = text;
            } else if (const auto mode = modeFromString(text)) {
                row.mode = std::make_pair(*mode, place);
            } else {
                fail(pointer, "expected training, prefill or decode, got \"" + text + "\"");
            }
            continue;
        }
        // JSON has no NaN or infinity literals, so any number here is finite.
        if (!value.is_number()) {
            fail(pointer, "expected a number, got " + std::string(value.type_name()));
        }
        const double number = value.get<double>();
        bool measured = false;
        for (const auto& k : kMeasuredKeys) {
            if (key == k.key) {
                measured = true;
                if (!(number > 0) || !std::isfinite(number)) {
                    fail(pointer, "expected a number above zero, got " + value.dump());
                }
                row.measured.emplace_back(k.quantity, number);
            }
        }
        for (const auto& k : kIntegerKeys) {
            if (!measured && key == k.key) {
                if (!value.is_number_integer() || number < 1 || number > static_cast<double>(k.high)) {
                    fail(pointer, "expected a whole number from 1 to " + std::to_string(k.high) + ", got "
                                      + value.dump());
                }
                row.integers[key] = {value.get<std::int64_t>(), place};
            }
        }
    }
    return row;
}

} // namespace

std::vector<Measurement> parseMeasuredRunsCsv(const std::string& text, const std::string& file)
{
    const detail::CsvTable table = detail::readCsv(text, file);
    for (std::size_t i = 0; i < table.header.cells.size(); ++i) {
        if (!knownKey(table.header.cells[i].text)) {
            table.fail(table.header, i, "unknown column \"" + table.header.cells[i].text + "\"; the columns are "
                                            + knownKeys());
        }
    }
    if (!table.column("profile")) {
        table.fail(table.header, 0, "no profile column: each row must name its profile");
    }
    if (table.rows.empty()) {
        throw MeasurementError{{file, table.header.line, 1, {}}, "no rows under the header"};
    }
    std::vector<Measurement> out;
    for (const detail::CsvRow& csv : table.rows) {
        RunRow row;
        row.rowPlace = FilePlace{file, csv.line, 1, {}};
        for (std::size_t i = 0; i < csv.cells.size(); ++i) {
            const std::string& key = table.header.cells[i].text;
            const std::string& cell = csv.cells[i].text;
            const FilePlace place{file, csv.line, csv.cells[i].column, {}};
            if (key == "profile") {
                row.profile = cell;
                row.profilePlace = place;
                continue;
            }
            if (cell.empty()) {
                continue;  // not given
            }
            if (key == "label") {
                row.label = cell;
            } else if (key == "mode") {
                const auto mode = modeFromString(cell);
                if (!mode) {
                    table.fail(csv, i, "mode: expected training, prefill or decode, got \"" + cell + "\"");
                }
                row.mode = std::make_pair(*mode, place);
            } else if (const auto* measured = [&]() -> const MeasuredKey* {
                           for (const auto& k : kMeasuredKeys) {
                               if (key == k.key) {
                                   return &k;
                               }
                           }
                           return nullptr;
                       }()) {
                row.measured.emplace_back(measured->quantity, detail::positiveNumber(table, csv, i, key));
            } else {
                const std::int64_t value = detail::positiveInteger(table, csv, i, key);
                for (const auto& k : kIntegerKeys) {
                    if (key == k.key && value > k.high) {
                        table.fail(csv, i, key + ": at most " + std::to_string(k.high) + ", got " + cell);
                    }
                }
                row.integers[key] = {value, place};
            }
        }
        for (auto& m : buildMeasurements(row, file)) {
            out.push_back(std::move(m));
        }
    }
    return out;
}

std::vector<Measurement> parseMeasuredRunsJson(const std::string& text, const std::string& file)
{
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            line += text[i] == '\n' ? 1 : 0;
            column = text[i] == '\n' ? 1 : column + 1;
        }
        throw MeasurementError{{file, line, column, {}}, "not valid JSON"};
    } catch (const std::exception&) {
        throw MeasurementError{{file, 0, 0, {}}, "not valid JSON (a number out of range)"};
    }
    // The parser keeps the last of two equal keys; two values for one key is a mistake.
    if (const auto duplicate = detail::findDuplicateKey(text)) {
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i < duplicate->second && i < text.size(); ++i) {
            line += text[i] == '\n' ? 1 : 0;
            column = text[i] == '\n' ? 1 : column + 1;
        }
        throw MeasurementError{{file, line, column, {}},
                               duplicate->pointer + ": the key appears twice in one object; keep one of them"};
    }
    auto fail = [&](const std::string& pointer, const std::string& message) {
        throw MeasurementError{{file, 0, 0, pointer}, message};
    };
    if (!document.is_object()) {
        fail("", "expected a JSON object with \"format\": \"moe-explorer-measured-runs\"");
    }
    if (document.value("format", nlohmann::json()) != "moe-explorer-measured-runs") {
        fail("/format", "expected \"moe-explorer-measured-runs\"");
    }
    if (document.value("version", nlohmann::json()) != 1) {
        fail("/version", "expected 1, the only version of this format");
    }
    for (const auto& [key, value] : document.items()) {
        if (key != "format" && key != "version" && key != "runs" && key != "notes") {
            fail("/" + detail::pointerToken(key), "unknown key; the keys are format, version, notes, runs");
        }
    }
    if (!document.contains("runs") || !document["runs"].is_array() || document["runs"].empty()) {
        fail("/runs", "expected a non-empty array of runs");
    }
    std::vector<Measurement> out;
    std::size_t index = 0;
    for (const auto& item : document["runs"]) {
        const std::string base = "/runs/" + std::to_string(index++);
        if (!item.is_object()) {
            fail(base, "expected an object");
        }
        const RunRow row = readJsonRun(item, base, file);
        for (auto& m : buildMeasurements(row, file)) {
            out.push_back(std::move(m));
        }
    }
    return out;
}

} // namespace moe
