#include "cli/calibratecommand.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "calibration/calibratedsystem.h"
#include "calibration/calibration.h"
#include "profile/systems.h"
#include "profile/usersystems.h"

namespace moe::cli {

namespace {

int badInput(std::ostream& err, const std::string& message)
{
    err << "moe-explorer-cli: " << message << '\n';
    return kExitBadInput;
}

std::string utcNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string percent(double share)
{
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f%%", share * 100);
    return text;
}

std::string measuredText(Quantity quantity, double value)
{
    char text[48];
    if (quantity == Quantity::TokensPerSPerGpu) {
        std::snprintf(text, sizeof text, "%.4g tok/s", value);
    } else if (value < 1e-3) {
        std::snprintf(text, sizeof text, "%.4g us", value * 1e6);
    } else if (value < 1) {
        std::snprintf(text, sizeof text, "%.4g ms", value * 1e3);
    } else {
        std::snprintf(text, sizeof text, "%.4g s", value);
    }
    return text;
}

void printTable(std::ostream& out, const CalibrationResult& r, const std::string& base, const std::string& written)
{
    char line[512];
    std::size_t fitted = 0;
    for (const RowResult& row : r.rows) {
        fitted += row.fitted ? 1 : 0;
    }
    out << "Calibrated " << r.calibrated.id << " from " << base << " on " << fitted << " measurements";
    if (fitted < r.rows.size()) {
        out << " (" << r.rows.size() - fitted << " nccl-tests rows under 16 MiB shown, not fitted)";
    }
    out << '\n';
    if (!r.weights.empty()) {
        // Each kind of measurement counts equally (docs/calibration.md, "Weights").
        out << "weights per row:";
        for (const KindWeight& w : r.weights) {
            std::snprintf(line, sizeof line, " %s %zu x %.2f%s", toString(w.kind), w.rows, w.weight,
                          &w == &r.weights.back() ? "" : ",");
            out << line;
        }
        out << " (each kind of measurement counts equally)\n";
    }
    out << '\n';
    std::snprintf(line, sizeof line, "%-16s %8s %8s %14s\n", "parameter", "before", "after", "bounds");
    out << line;
    for (const FittedParameter& p : r.parameters) {
        char bounds[32];
        std::snprintf(bounds, sizeof bounds, "%.2f to %.3g", p.bounds.low, p.bounds.high);
        std::snprintf(line, sizeof line, "%-16s %8.3f %8.3f %14s%s\n", toString(p.parameter), p.before, p.after, bounds,
                      p.fitted ? "" : "  (not fitted: no measurement depends on it)");
        out << line;
    }
    out << '\n';
    std::snprintf(line, sizeof line, "%-48s %14s %8s %8s %14s\n", "measurement", "measured", "before", "after",
                  "leave-one-out");
    out << line;
    for (const RowResult& row : r.rows) {
        const std::string name = row.fitted ? row.label : row.label + " (not fitted)";
        const std::string label = name.size() > 48 ? "..." + name.substr(name.size() - 45) : name;
        std::snprintf(line, sizeof line, "%-48s %14s %8s %8s %14s\n", label.c_str(),
                      measuredText(row.quantity, row.measured).c_str(),
                      percent(RowResult::error(row.before, row.measured)).c_str(),
                      percent(RowResult::error(row.after, row.measured)).c_str(),
                      row.leaveOneOut ? percent(RowResult::error(*row.leaveOneOut, row.measured)).c_str() : "-");
        out << line;
    }
    auto summary = [&](const char* name, double before, double after, std::optional<double> loo) {
        char looText[32] = "-";
        if (loo) {
            std::snprintf(looText, sizeof looText, "%.1f%%", *loo * 100);
        }
        std::snprintf(line, sizeof line, "%-48s %14s %7.1f%% %7.1f%% %14s\n", name, "", before * 100, after * 100,
                      looText);
        out << line;
    };
    const auto loo = r.leaveOneOut;
    summary("mean |error|", r.before.mean, r.after.mean, loo ? std::optional(loo->mean) : std::nullopt);
    summary("worst |error|", r.before.worst, r.after.worst, loo ? std::optional(loo->worst) : std::nullopt);
    if (!loo) {
        out << r.leaveOneOutNote << '\n';
    }
    if (r.uncertaintyBand) {
        std::snprintf(line, sizeof line, "%.1f%%", *r.uncertaintyBand * 100);
        out << "uncertainty band: +/-" << line
            << " on predictions made with this system (weighted RMS of the leave-one-out log errors)\n";
    }
    out << "\nwrote " << written << " (system \"" << r.calibrated.id << "\")\n";
}

nlohmann::json toJson(const CalibrationResult& r, const std::string& base, const std::string& written)
{
    nlohmann::json parameters = nlohmann::json::array();
    for (const FittedParameter& p : r.parameters) {
        parameters.push_back({{"name", toString(p.parameter)},
                              {"before", p.before},
                              {"after", p.after},
                              {"low", p.bounds.low},
                              {"high", p.bounds.high},
                              {"fitted", p.fitted}});
    }
    nlohmann::json weights = nlohmann::json::array();
    for (const KindWeight& w : r.weights) {
        weights.push_back({{"kind", toString(w.kind)}, {"rows", w.rows}, {"weight", w.weight}});
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const RowResult& row : r.rows) {
        nlohmann::json item = {{"label", row.label},
                               {"quantity", toString(row.quantity)},
                               {"fitted", row.fitted},
                               {"measured", row.measured},
                               {"predicted_before", row.before},
                               {"predicted_after", row.after},
                               {"error_before", RowResult::error(row.before, row.measured)},
                               {"error_after", RowResult::error(row.after, row.measured)}};
        item["predicted_leave_one_out"] = row.leaveOneOut ? nlohmann::json(*row.leaveOneOut) : nlohmann::json();
        item["error_leave_one_out"] =
            row.leaveOneOut ? nlohmann::json(RowResult::error(*row.leaveOneOut, row.measured)) : nlohmann::json();
        rows.push_back(std::move(item));
    }
    auto summary = [](const ErrorSummary& s) { return nlohmann::json{{"mean", s.mean}, {"worst", s.worst}}; };
    nlohmann::json json = {{"system", r.calibrated.id},
                           {"based_on", base},
                           {"written", written},
                           {"parameters", parameters},
                           {"weights", weights},
                           {"rows", rows},
                           {"error_before", summary(r.before)},
                           {"error_after", summary(r.after)}};
    json["error_leave_one_out"] = r.leaveOneOut ? summary(*r.leaveOneOut) : nlohmann::json();
    if (!r.leaveOneOut) {
        json["leave_one_out_note"] = r.leaveOneOutNote;
    }
    json["uncertainty_band"] = r.uncertaintyBand ? nlohmann::json(*r.uncertaintyBand) : nlohmann::json();
    return json;
}

} // namespace

int runCalibrate(const Options& o, std::ostream& out, std::ostream& err)
{
    if (o.inputs.empty()) {
        return badInput(err, "calibrate needs at least one measurement file");
    }
    if (o.system.empty()) {
        return badInput(err, "calibrate needs --system ID: the system the measurements ran on");
    }
    if (o.out.empty()) {
        return badInput(err, "calibrate needs --out NAME: the id of the calibrated system");
    }
    if (auto problem = checkUserSystemId(o.out)) {
        return badInput(err, "--out: " + *problem);
    }
    const SystemSpec* base = findSystem(o.system);
    if (!base) {
        return badInput(err, "--system: " + describeUnknownSystem(o.system));
    }
    std::vector<Measurement> measurements;
    for (const std::string& file : o.inputs) {
        try {
            for (auto& m : loadMeasurementFile(file)) {
                measurements.push_back(std::move(m));
            }
        } catch (const MeasurementError& e) {
            return badInput(err, e.toString() + "; nothing was written");
        }
    }
    CalibrationResult result = calibrate(valuesOf(*base), measurements);
    if (result.refused) {
        return badInput(err, "no fit: " + *result.refused + "; nothing was written");
    }
    result.calibrated.id = o.out;
    const UserSystem system = calibratedSystem(result, *base, o.out, o.inputs, utcNow());
    std::string written;
    if (auto error = saveUserSystem(system, written)) {
        err << "moe-explorer-cli: " << *error << '\n';
        return kExitFailure;
    }
    if (o.format == Format::Json) {
        out << toJson(result, o.system, written).dump(2) << '\n';
    } else {
        printTable(out, result, o.system, written);
    }
    return kExitOk;
}

} // namespace moe::cli
