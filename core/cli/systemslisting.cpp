#include "cli/systemslisting.h"

#include <cstdio>
#include <optional>
#include <vector>

#include "calibration/calibration.h"
#include "profile/systemjson.h"
#include "profile/systems.h"
#include "profile/usersystems.h"

namespace moe::cli {

namespace {

// Built-ins first, then the user systems that load; the others are reported.
std::vector<const SystemSpec*> allSystems(std::ostream& err)
{
    std::vector<const SystemSpec*> systems;
    for (const SystemSpec& s : builtinSystems()) {
        systems.push_back(&s);
    }
    for (const UserSystemLoad& user : listUserSystems()) {
        if (!user.system) {
            err << "moe-explorer-cli: warning: user system not loaded: " << user.error << '\n';
            continue;
        }
        if (const SystemSpec* spec = findUserSystem(user.system->values.id)) {
            systems.push_back(spec);
        }
    }
    return systems;
}

std::optional<CalibrationRecord> calibrationOf(const SystemSpec& s)
{
    for (const SystemSpec& builtin : builtinSystems()) {
        if (&builtin == &s) {
            return std::nullopt;
        }
    }
    UserSystemLoad loaded = loadUserSystemFile(userSystemPath(std::string(s.id)));
    if (!loaded.system) {
        return std::nullopt;
    }
    return loaded.system->calibration;
}

} // namespace

nlohmann::json systemsToJson(std::ostream& err)
{
    nlohmann::json list = nlohmann::json::array();
    for (const SystemSpec* spec : allSystems(err)) {
        const SystemSpec& s = *spec;
        nlohmann::json sources = nlohmann::json::array();
        for (const SystemSource& source : s.sources) {
            sources.push_back({{"figure", std::string(source.figure)}, {"source", std::string(source.source)}});
        }
        nlohmann::json entry = systemValuesToJson(valuesOf(s));
        entry["id"] = std::string(s.id);
        entry["description"] = std::string(s.description);
        entry["sources"] = std::move(sources);
        list.push_back(std::move(entry));
        // Added in version 2: calibrated (user) systems say so, with what they came from.
        if (const auto c = calibrationOf(s)) {
            list.back()["calibrated"] = {{"date", c->date},
                                         {"based_on", c->basedOn},
                                         {"measurements", c->measurements},
                                         {"path", userSystemPath(std::string(s.id))}};
        } else {
            list.back()["calibrated"] = false;
        }
    }
    return list;
}

void printSystemsTable(std::ostream& out, std::ostream& err)
{
    std::vector<std::string> notes;
    char line[256];
    std::snprintf(line, sizeof line, "%-14s %-20s %8s %9s %9s %9s %14s %12s\n", "id", "GPU", "GiB", "BF16 TF/s",
                  "FP8 TF/s", "HBM GB/s", "NVLink GB/s", "NIC GB/s");
    out << line;
    for (const SystemSpec* spec : allSystems(err)) {
        const SystemSpec& s = *spec;
        const double fp8 = s.gpu.peakByType[static_cast<std::size_t>(DataType::Fp8)];
        char fp8Text[32] = "-";
        if (fp8 > 0) {
            std::snprintf(fp8Text, sizeof fp8Text, "%g", fp8);
        }
        char nvlink[32];
        std::snprintf(nvlink, sizeof nvlink, "%g x %lld", s.intraNode.bandwidthGBps,
                      static_cast<long long>(s.scaleUpDomain));
        std::snprintf(line, sizeof line, "%-14s %-20s %8.1f %9g %9s %9g %14s %12g\n", std::string(s.id).c_str(),
                      s.gpu.name.c_str(), s.gpu.memoryGiB, s.gpu.peakFor(DataType::Bf16),
                      fp8Text, s.gpu.hbmGBps, nvlink,
                      s.interNode.bandwidthGBps);
        out << line;
        if (const auto c = calibrationOf(s)) {
            std::string files;
            for (const auto& file : c->measurements) {
                files += (files.empty() ? "" : ", ") + file;
            }
            notes.push_back(std::string(s.id) + ": calibrated " + c->date + " from " + c->basedOn + " on " + files);
        }
    }
    for (const auto& note : notes) {
        out << note << '\n';
    }
    out << "\nNVLink: GB/s each way per GPU x GPUs in the domain. Every figure's source: --format json, or "
           "docs/systems.md.\n";
}

} // namespace moe::cli
