#pragma once

// The command line of moe-explorer-cli (../shared/spec/cli.md), parsed into plain
// values. Parsing never exits: a problem comes back as a message.

#include <optional>
#include <string>
#include <vector>

#include "profile/profile.h"

namespace moe::cli {

enum class Format { Table, Json, Csv };  // CSV: search only

struct Overrides {
    std::optional<std::int64_t> tp, pp, dp, ep, etp, batch, seq, microBatches;
    std::optional<Mode> mode;
};

struct Options {
    std::string command;
    std::string profile;  // path or builtin:NAME
    Overrides overrides;
    Format format = Format::Table;
    bool explain = false;
    bool listGpus = false;     // table: one row per GPU
    bool useBaseline = false;  // evaluate the profile's baseline strategy
    bool help = false;
    bool version = false;  // print the version and exit
    // search / export / report (their own issues); parsed so the contract holds.
    std::string objective = "throughput";
    std::int64_t top = 10;
    std::string chart;
    std::string out;  // export and report: a file; calibrate: the calibrated system's id
    // import-model: a whole profile on this many GPUs of this system; calibrate: the system fitted.
    std::string system;
    std::int64_t gpuCount = 0;
    // serve: the request shape and the latency targets.
    std::optional<std::int64_t> inputTokens;   // --isl
    std::optional<std::int64_t> outputTokens;  // --osl
    std::optional<double> ttftMs;
    std::optional<double> tpotMs;
    bool disaggregated = false;
    std::optional<std::int64_t> chunkTokens;  // serve --chunk-tokens
    // import-routing: the engine that wrote the dump (the positional argument) and the
    // profile whose routing it replaces.
    std::string engine;
    std::string into;
    // calibrate: the measurement files (the system they calibrate is `system`).
    std::vector<std::string> inputs;
};

struct ParseResult {
    std::optional<Options> options;
    std::string error;  // names the argument at fault
};

ParseResult parseArguments(const std::vector<std::string>& args);

// Applies the overrides to the profile; returns an error naming the flag, or nothing.
std::optional<std::string> applyOverrides(const Overrides& overrides, Profile& profile);

std::string usage();

// "moe-explorer-cli 0.1.0": the version of the CMake project that built it.
std::string versionLine();

} // namespace moe::cli
