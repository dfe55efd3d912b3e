// A user system's JSON file (docs/calibration.md, "The system file"): the whole system,
// so it does not change when the built-in it was fitted from does, and the record of
// its calibration. Keys as `moe-explorer-cli systems --format json` prints them.

#include <cmath>

#include <nlohmann/json.hpp>

#include "profile/jsonreader.h"
#include "profile/systemjson.h"
#include "profile/usersystems.h"
#include "profile/valuelimits.h"

namespace moe {

namespace {

using detail::ObjectReader;
using detail::say;
using detail::Range;
using json = nlohmann::json;

constexpr const char* kFormat = "moe-explorer-system";
constexpr int kVersion = 1;

const Range kFraction{0, 1, false};
const Range kPositive{0, 1e9, false};
const Range kNonNegative{0, 1e9};

Link readLink(ObjectReader in)
{
    Link link;
    link.bandwidthGBps = in.number("bandwidth_gbps", kNonNegative);
    link.latencyUs = in.number("latency_us", kNonNegative);
    link.efficiency = in.number("efficiency", Range{0, 1});
    in.finish();
    return link;
}

Gpu readGpu(ObjectReader in)
{
    Gpu gpu;
    gpu.name = in.string("name", "");
    gpu.memoryGiB = in.number("memory_gib", kPositive);
    gpu.hbmGBps = in.number("hbm_gbps", kPositive);
    ObjectReader peaks = in.object("peak_tflops");
    for (std::size_t i = 0; i < kDataTypeCount; ++i) {
        const auto type = static_cast<DataType>(i);
        if (auto peak = peaks.optionalNumber(toString(type), kPositive)) {
            gpu.peakByType[i] = *peak;
        }
    }
    peaks.finish();
    const double bf16 = gpu.peakByType[static_cast<std::size_t>(DataType::Bf16)];
    if (bf16 <= 0) {
        detail::fail(in.childPath("peak_tflops") + "/bf16", say(MOE_TRANSLATE_NOOP("ProfileFile", "required key is missing")));
    }
    gpu.peakTflops = bf16;
    in.finish();
    return gpu;
}

KernelEfficiency readKernels(ObjectReader in)
{
    KernelEfficiency k;
    k.sms = in.integer("sms", Range{1, 1e6});
    const auto& tile = in.raw("tile");
    if (!tile.is_array() || tile.size() != 2) {
        detail::fail(in.childPath("tile"), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected [rows, columns], got %1"),
                                               {arg::phrases({detail::describeValue(tile)})}));
    }
    k.tileM = detail::readInteger(tile[0], in.childPath("tile") + "/0", Range{1, 4096});
    k.tileN = detail::readInteger(tile[1], in.childPath("tile") + "/1", Range{1, 4096});
    k.gemm = in.number("gemm", kFraction);
    k.gemmFp8 = in.number("gemm_fp8", Range{0, 1});
    k.gemmHalfK = in.number("gemm_half_k", kNonNegative);
    k.attentionForward = in.number("attention_forward", kFraction);
    k.attentionBackward = in.number("attention_backward", kFraction);
    k.hbm = in.number("hbm", kFraction);
    k.elementwise = in.number("elementwise", kFraction);
    k.launchUs = in.number("launch_us", kNonNegative);
    // Optional: files written before these existed open as they did (the link's rate).
    k.a2aDispatchGBps = in.number("a2a_dispatch_gbps", kNonNegative, 0.0);
    k.a2aDispatchFp8GBps = in.number("a2a_dispatch_fp8_gbps", kNonNegative, 0.0);
    k.a2aCombineGBps = in.number("a2a_combine_gbps", kNonNegative, 0.0);
    k.gemmFp8BlockHalfK = in.number("gemm_fp8_block_half_k", kNonNegative, 0.0);
    in.finish();
    return k;
}

CalibrationRecord readCalibration(ObjectReader in)
{
    CalibrationRecord c;
    c.date = in.string("date", "");
    c.basedOn = in.string("based_on", "");
    const auto& files = in.raw("measurements");
    if (!files.is_array()) {
        detail::fail(in.childPath("measurements"), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an array of file names")));
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i].is_string()) {
            detail::fail(in.childPath("measurements") + "/" + std::to_string(i), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a file name")));
        }
        c.measurements.push_back(files[i].get<std::string>());
    }
    c.rows = in.integer("rows", Range{0, 1e9});
    c.meanErrorBefore = in.number("mean_error_before", kNonNegative);
    c.meanErrorAfter = in.number("mean_error_after", kNonNegative);
    c.leaveOneOutMeanError = in.optionalNumber("leave_one_out_mean_error", kNonNegative);
    c.uncertaintyBand = in.optionalNumber("uncertainty_band", kNonNegative);
    if (auto parameters = in.optionalObject("parameters")) {
        for (std::size_t j = 0; j < kFitParameterCount; ++j) {
            const auto parameter = static_cast<FitParameter>(j);
            if (auto p = parameters->optionalObject(toString(parameter))) {
                FittedParameter f;
                f.parameter = parameter;
                f.before = p->number("before", Range{0, 1});
                f.after = p->number("after", Range{0, 1});
                f.fitted = p->boolean("fitted", false);
                f.bounds.low = p->number("low", Range{0, 1});
                f.bounds.high = p->number("high", Range{0, 1});
                p->finish();
                c.parameters.push_back(f);
            }
        }
        parameters->finish();
    }
    in.finish();
    return c;
}

} // namespace

UserSystemLoad parseUserSystem(const std::string& text, const std::string& path)
{
    UserSystemLoad result;
    std::vector<std::string> warnings;
    try {
        const json document = json::parse(text);
        ObjectReader in(document, "", warnings);
        if (in.string("format", "") != kFormat) {
            detail::fail("/format", say(MOE_TRANSLATE_NOOP("ProfileFile", "expected \"%1\""), {arg::name(kFormat)}));
        }
        if (in.integer("version", Range{1, 1e9}) != kVersion) {
            detail::fail("/version", say(MOE_TRANSLATE_NOOP("ProfileFile", "expected 1, the only version of this format")));
        }
        UserSystem s;
        s.values.id = in.string("id", "");
        if (auto problem = checkUserSystemIdPhrase(s.values.id)) {
            detail::fail("/id", *problem);
        }
        s.description = in.string("description", "");
        s.values.gpusPerNode = in.integer("gpus_per_node", Range{1, static_cast<double>(limits::kMaxGpusPerNode)});
        s.values.scaleUpDomain = in.integer("scale_up_domain", Range{1, static_cast<double>(limits::kMaxGpus)});
        s.values.gpu = readGpu(in.object("gpu"));
        s.values.intraNode = readLink(in.object("intra_node"));
        s.values.interNode = readLink(in.object("inter_node"));
        s.values.kernels = readKernels(in.object("kernels"));
        s.calibration = readCalibration(in.object("calibration"));
        in.finish();
        if (!warnings.empty()) {
            // A system file is written by this program; a key it does not know is a
            // mistake or a newer version, and guessing past it would mislead.
            // ObjectReader::finish() wrote it as "/pointer: unknown key, kept as it is".
            const std::string& warning = warnings.front();
            const std::string unknown = ": unknown key, kept as it is";
            if (warning.ends_with(unknown)) {
                detail::fail("", say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: unknown key, kept as it is"),
                                     {arg::name(warning.substr(0, warning.size() - unknown.size()))}));
            }
            detail::fail("", detail::verbatim(warning));
        }
        result.system = std::move(s);
    } catch (const detail::ProfileException& e) {
        result.errorPhrase = say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: %2"),
                                 {arg::name(path), arg::phrases({detail::pathAndMessage(e.error)})});
        result.error = result.errorPhrase.english();
    } catch (const json::parse_error& e) {
        std::size_t line = 1;
        std::size_t column = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            line += text[i] == '\n' ? 1 : 0;
            column = text[i] == '\n' ? 1 : column + 1;
        }
        result.errorPhrase = say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: not valid JSON"),
                                 {arg::name(path + ":" + std::to_string(line) + ":" + std::to_string(column))});
        result.error = result.errorPhrase.english();
    } catch (const std::exception& e) {
        result.errorPhrase = say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: could not read the system: %2"),
                                 {arg::name(path), arg::name(e.what())});
        result.error = result.errorPhrase.english();
    }
    return result;
}

std::string serializeUserSystem(const UserSystem& s)
{
    const SystemValues& v = s.values;
    const CalibrationRecord& c = s.calibration;
    json parameters = json::object();
    for (const FittedParameter& p : c.parameters) {
        parameters[toString(p.parameter)] = {
            {"before", p.before}, {"after", p.after}, {"fitted", p.fitted}, {"low", p.bounds.low}, {"high", p.bounds.high}};
    }
    json calibration = {{"date", c.date},
                        {"based_on", c.basedOn},
                        {"measurements", c.measurements},
                        {"rows", c.rows},
                        {"mean_error_before", c.meanErrorBefore},
                        {"mean_error_after", c.meanErrorAfter},
                        {"parameters", parameters}};
    if (c.leaveOneOutMeanError) {
        calibration["leave_one_out_mean_error"] = *c.leaveOneOutMeanError;
    }
    if (c.uncertaintyBand) {
        calibration["uncertainty_band"] = *c.uncertaintyBand;
    }
    json document = systemValuesToJson(v);
    document["format"] = kFormat;
    document["version"] = kVersion;
    document["id"] = v.id;
    document["description"] = s.description;
    document["calibration"] = calibration;
    return document.dump(2) + "\n";
}

} // namespace moe
