#include "cli/options.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "profile/profileio.h"
#include "profile/valuelimits.h"

namespace moe::cli {

namespace {

// An option's value as its error quotes it; a missing one (the option came last) said
// so, where an empty quote read as if an empty value had been given.
std::string got(const std::optional<std::string>& text)
{
    return text ? "got \"" + *text + "\"" : "got nothing (no value follows it)";
}

std::optional<std::int64_t> parseInteger(const std::string& text, std::int64_t low, std::int64_t high)
{
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < low || value > high) {
        return std::nullopt;
    }
    return value;
}

// A finite number above 0 and below 10^12, written whole.
std::optional<double> parsePositive(const std::string& text)
{
    double value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !(value > 0) || value > 1e12) {
        return std::nullopt;
    }
    return value;
}

struct IntegerFlag {
    const char* name;
    std::optional<std::int64_t> Overrides::*field;
    std::int64_t high;
};

const IntegerFlag kIntegerFlags[] = {
    {"--tp", &Overrides::tp, limits::kMaxGpus},
    {"--pp", &Overrides::pp, limits::kMaxGpus},
    {"--dp", &Overrides::dp, limits::kMaxGpus},
    {"--ep", &Overrides::ep, limits::kMaxGpus},
    {"--etp", &Overrides::etp, limits::kMaxGpus},
    {"--batch", &Overrides::batch, limits::kMaxBatch},
    {"--seq", &Overrides::seq, limits::kMaxSeqLen},
    {"--micro-batches", &Overrides::microBatches, limits::kMaxMicroBatches},
};

// The offset of the first byte that does not start or continue a well-formed UTF-8
// sequence (RFC 3629, section 4), or nothing when the whole text is UTF-8.
std::optional<std::size_t> firstInvalidUtf8(const std::string& text)
{
    auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned lead = byte(i);
        std::size_t length = 1;
        unsigned low = 0x80;  // the range of the second byte
        unsigned high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (byte(i + 1) < low || byte(i + 1) > high) {
            return i;
        }
        for (std::size_t k = 2; k < length; ++k) {
            if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
                return i;
            }
        }
        i += length;
    }
    return std::nullopt;
}

const char* const kCommands[] = {"evaluate", "search", "validate", "export", "report", "profiles", "systems", "models",
                                   "import-model", "import-routing", "serve", "calibrate"};

bool isOverride(const std::string& option)
{
    if (option == "--mode") {
        return true;
    }
    for (const auto& flag : kIntegerFlags) {
        if (option == flag.name) {
            return true;
        }
    }
    return false;
}

// Every option of some command (the unknown ones get their own message below).
bool isOption(const std::string& option)
{
    for (const char* name : {"--format", "--explain", "--gpus", "--baseline", "--objective", "--top", "--chart", "--out",
                             "--system", "--isl", "--osl", "--ttft-ms", "--tpot-ms", "--disaggregated", "--chunk-tokens", "--engine",
                             "--into"}) {
        if (option == name) {
            return true;
        }
    }
    return isOverride(option);
}

// The options each command reads. Any other is refused: a script that passes
// `evaluate --out x.json` must hear that nothing is written, not find no file.
bool accepts(const std::string& command, const std::string& option)
{
    auto oneOf = [&](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (option == name) {
                return true;
            }
        }
        return false;
    };
    if (command == "profiles" || command == "systems" || command == "models") {
        return oneOf({"--format"});
    }
    if (command == "import-model") {
        return oneOf({"--out", "--system", "--gpus"});
    }
    if (command == "import-routing") {
        return oneOf({"--engine", "--into", "--out"});
    }
    if (command == "calibrate") {
        return oneOf({"--system", "--out", "--format"});
    }
    if (command == "serve") {
        // The plan replaces the mode, the batch and the sequence length, and compares no
        // baseline; the strategy overrides set the profile's own deployment, which it
        // times among the others, and the micro-batches its two-batch overlap.
        return oneOf({"--isl", "--osl", "--ttft-ms", "--tpot-ms", "--disaggregated", "--chunk-tokens", "--format", "--tp",
                      "--pp", "--dp", "--ep", "--etp", "--micro-batches"});
    }
    if (isOverride(option) || option == "--baseline") {
        return true;
    }
    if (command == "evaluate") {
        return oneOf({"--format", "--explain", "--gpus"});
    }
    if (command == "search") {
        return oneOf({"--objective", "--top", "--format", "--gpus"});
    }
    if (command == "export") {
        return oneOf({"--chart", "--out"});
    }
    if (command == "report") {
        return oneOf({"--out"});
    }
    return false;  // validate: overrides and --baseline only
}

} // namespace

std::string usage()
{
    return "usage:\n"
           "  moe-explorer-cli evaluate PROFILE [overrides] [--format json|table] [--explain] [--gpus] [--baseline]\n"
           "  moe-explorer-cli search   PROFILE [overrides] [--objective throughput|latency|throughput-per-gpu|headroom]"
           " [--top N] [--format json|table|csv] [--gpus]\n"
           "  moe-explorer-cli validate PROFILE [overrides] [--baseline]\n"
           "  moe-explorer-cli export   PROFILE [overrides] [--baseline] --chart latency|memory|grid|routing|load|traffic"
           " --out FILE.png|.svg|.pdf\n"
           "  moe-explorer-cli report   PROFILE [overrides] [--baseline] --out FILE.md|.html|.pdf\n"
           "  moe-explorer-cli profiles [--format json|table]\n"
           "  moe-explorer-cli systems  [--format json|table]\n"
           "  moe-explorer-cli models   [--format json|table]\n"
           "  moe-explorer-cli import-model CONFIG.json [--system ID --gpus N] [--out FILE]\n"
           "  moe-explorer-cli import-routing DUMP --engine sglang|vllm|trtllm --into PROFILE [--out FILE]\n"
           "  moe-explorer-cli serve    PROFILE [strategy overrides, --micro-batches N] --isl N --osl N [--ttft-ms X] [--tpot-ms Y] [--disaggregated]"
           " [--chunk-tokens N] [--format table|json]\n"
           "  moe-explorer-cli calibrate MEASUREMENTS... --system ID --out NAME [--format json|table]\n"
           "  moe-explorer-cli --help | --version\n"
           "\n"
           "PROFILE is a file path or builtin:NAME; without one, builtin:seed (the source scenario).\n"
           "overrides: --tp N --pp N --dp N --ep N --etp N --batch N --seq N --mode training|prefill|decode"
           " --micro-batches N\n"
           "strategy overrides (serve): --tp N --pp N --dp N --ep N --etp N, the profile's own deployment\n"
           "exit codes: 0 evaluated (the verdict is in the output), 2 bad arguments or invalid profile, 1 other errors\n";
}

std::string versionLine()
{
    return std::string("moe-explorer-cli ") + MOE_VERSION + "\n";
}

ParseResult parseArguments(const std::vector<std::string>& args)
{
    ParseResult result;
    Options o;
    auto fail = [&](std::string message) {
        result.error = std::move(message);
        return result;
    };
    if (args.empty()) {
        return fail("no command given");
    }
    o.command = args[0];
    if (o.command == "--help" || o.command == "-h" || o.command == "help") {
        o.help = true;
        result.options = o;
        return result;
    }
    if (o.command == "--version") {
        o.version = true;
        result.options = o;
        return result;
    }
    bool known = false;
    for (const char* command : kCommands) {
        known = known || o.command == command;
    }
    if (!known) {
        return fail("unknown command \"" + o.command + "\"");
    }
    std::vector<std::string> given;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.starts_with("--") && arg != "--help" && arg != "--version") {
            // Given twice, the last would silently win; unused, it would silently do
            // nothing. Both are mistakes a script should hear about.
            if (std::find(given.begin(), given.end(), arg) != given.end()) {
                return fail(arg + " is given twice; give it once");
            }
            given.push_back(arg);
            if (isOption(arg) && !accepts(o.command, arg)) {
                return fail(arg + " is not an option of " + o.command + "; it would be ignored (see --help)");
            }
        }
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                return std::nullopt;
            }
            return args[++i];
        };
        if (arg == "--help" || arg == "-h") {
            o.help = true;
            continue;
        }
        if (arg == "--version") {
            o.version = true;
            continue;
        }
        if (arg == "--explain") {
            o.explain = true;
            continue;
        }
        if (arg == "--gpus" && o.command == "import-model") {
            const auto text = value();
            const auto number = text ? parseInteger(*text, 1, limits::kMaxGpus) : std::nullopt;
            if (!number) {
                return fail("--gpus: expected an integer from 1 to " + std::to_string(limits::kMaxGpus) + ", "
                            + got(text));
            }
            o.gpuCount = *number;
            continue;
        }
        if (arg == "--gpus") {
            o.listGpus = true;
            continue;
        }
        if (arg == "--system") {
            const auto text = value();
            if (!text || text->empty()) {
                return fail("--system needs a system id (see moe-explorer-cli systems)");
            }
            o.system = *text;
            continue;
        }
        if (arg == "--baseline") {
            o.useBaseline = true;
            continue;
        }
        if (arg == "--disaggregated") {
            o.disaggregated = true;
            continue;
        }
        bool matched = false;
        for (const auto& flag : kIntegerFlags) {
            if (arg == flag.name) {
                matched = true;
                const auto text = value();
                if (!text) {
                    return fail(std::string(flag.name) + " needs a value");
                }
                const auto number = parseInteger(*text, 1, flag.high);
                if (!number) {
                    return fail(std::string(flag.name) + ": expected an integer from 1 to " + std::to_string(flag.high)
                                + ", got \"" + *text + "\"");
                }
                o.overrides.*flag.field = number;
            }
        }
        if (matched) {
            continue;
        }
        if (arg == "--mode") {
            const auto text = value();
            const auto mode = text ? modeFromString(*text) : std::nullopt;
            if (!mode) {
                return fail("--mode: expected training, prefill or decode, " + got(text));
            }
            o.overrides.mode = mode;
        } else if (arg == "--format") {
            const auto text = value();
            if (text == "json") {
                o.format = Format::Json;
            } else if (text == "table") {
                o.format = Format::Table;
            } else if (text == "csv" && o.command == "search") {
                o.format = Format::Csv;
            } else {
                return fail("--format: expected json or table" + std::string(o.command == "search" ? " or csv" : "")
                            + ", " + got(text));
            }
        } else if (arg == "--objective") {
            const auto text = value();
            if (text != "throughput" && text != "latency" && text != "throughput-per-gpu" && text != "headroom") {
                return fail("--objective: expected throughput, latency, throughput-per-gpu or headroom, "
                            + got(text));
            }
            o.objective = *text;
        } else if (arg == "--top") {
            const auto text = value();
            const auto number = text ? parseInteger(*text, 1, 1'000'000) : std::nullopt;
            if (!number) {
                return fail("--top: expected an integer from 1 to 1000000, " + got(text));
            }
            o.top = *number;
        } else if (arg == "--chunk-tokens") {
            const auto text = value();
            const auto number = text ? parseInteger(*text, 1, limits::kMaxSeqLen) : std::nullopt;
            if (!number) {
                return fail("--chunk-tokens: expected a token count from 1 to " + std::to_string(limits::kMaxSeqLen)
                            + ", " + got(text));
            }
            o.chunkTokens = number;
        } else if (arg == "--isl" || arg == "--osl") {
            const auto text = value();
            const auto number = text ? parseInteger(*text, 1, limits::kMaxSeqLen) : std::nullopt;
            if (!number) {
                return fail(arg + ": expected a token count from 1 to " + std::to_string(limits::kMaxSeqLen) + ", "
                            + got(text));
            }
            (arg == "--isl" ? o.inputTokens : o.outputTokens) = number;
        } else if (arg == "--ttft-ms" || arg == "--tpot-ms") {
            const auto text = value();
            const auto number = text ? parsePositive(*text) : std::nullopt;
            if (!number) {
                return fail(arg + ": expected milliseconds above 0, " + got(text));
            }
            (arg == "--ttft-ms" ? o.ttftMs : o.tpotMs) = number;
        } else if (arg == "--engine") {
            const auto text = value();
            if (text != "sglang" && text != "vllm" && text != "trtllm") {
                return fail("--engine: expected sglang, vllm or trtllm, " + got(text));
            }
            o.engine = *text;
        } else if (arg == "--into") {
            const auto text = value();
            if (!text || text->empty()) {
                return fail("--into needs a profile (a file path or builtin:NAME)");
            }
            o.into = *text;
        } else if (arg == "--chart") {
            const auto text = value();
            if (text != "latency" && text != "memory" && text != "grid" && text != "routing" && text != "load"
                && text != "traffic") {
                return fail("--chart: expected latency, memory, grid, routing, load or traffic, "
                            + got(text));
            }
            o.chart = *text;
        } else if (arg == "--out") {
            const auto text = value();
            if (!text || text->empty()) {
                return fail(o.command == "calibrate" ? "--out needs the calibrated system's name"
                                                     : "--out needs a file name");
            }
            // The window's toolkit takes file names as UTF-8: other bytes would be
            // replaced, and the file written under another name than the one printed.
            if (const auto bad = firstInvalidUtf8(*text)) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>((*text)[*bad]));
                return fail("--out: the file name is not valid UTF-8 (byte " + std::to_string(*bad + 1) + " is " + hex
                            + "); it would be written under another name. Give a UTF-8 name");
            }
            o.out = *text;
        } else if (arg == "--system") {
            const auto text = value();
            if (!text || text->empty()) {
                return fail("--system needs a system id (see moe-explorer-cli systems)");
            }
            o.system = *text;
        } else if (arg.empty()) {
            // An empty word is a mistake ("$PROFILE" unset), not a request for the default.
            return fail("the profile argument is empty; give a file path or builtin:NAME, or leave it out for builtin:seed");
        } else if (arg.starts_with("-") && arg.size() > 1) {
            return fail("unknown option \"" + arg + "\"");
        } else if (o.command == "calibrate") {
            o.inputs.push_back(arg);
        } else if (o.profile.empty() && o.command != "profiles" && o.command != "systems" && o.command != "models") {
            o.profile = arg;
        } else {
            return fail("unexpected argument \"" + arg + "\"");
        }
    }
    if (o.profile.empty() && o.command != "import-model" && o.command != "import-routing" && o.command != "calibrate") {
        o.profile = "builtin:seed";  // the source scenario is the default (cli.md)
    }
    result.options = o;
    return result;
}

std::optional<std::string> applyOverrides(const Overrides& ov, Profile& profile)
{
    Strategy& s = profile.strategy;
    Workload& w = profile.workload;
    if (ov.tp) {
        s.tp = *ov.tp;
    }
    if (ov.pp) {
        s.pp = *ov.pp;
    }
    if (ov.dp) {
        s.dp = *ov.dp;
    }
    if (ov.ep) {
        s.ep = *ov.ep;
    }
    if (ov.etp) {
        s.etp = *ov.etp;
    }
    if (ov.batch) {
        w.batch = *ov.batch;
    }
    if (ov.seq) {
        w.seqLen = *ov.seq;
    }
    if (ov.microBatches) {
        w.microBatches = *ov.microBatches;
    }
    if (ov.mode) {
        w.mode = *ov.mode;
    }
    if (auto error = checkStrategy(profile, s)) {
        return error->toString();
    }
    return std::nullopt;
}

} // namespace moe::cli
