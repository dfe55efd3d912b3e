#pragma once

// What the fuzz targets share (tests/fuzz/fuzz_*.cpp): reading the input as a profile
// with the refusal's own invariant, the checks on figures, and the size caps that keep
// one input's cost to milliseconds, so libFuzzer's -timeout=30 and -rss_limit_mb=2048
// (packaging/run-fuzzer.sh) never fire on a legal but large profile.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/evaluation.h"
#include "profile/profile.h"
#include "clirun.h"

namespace moe::fuzz {

// Per-GPU detail allocates one entry per GPU: clusters up to this size are evaluated
// with it, many times a second (the summary path covers the rest).
inline constexpr std::int64_t kMaxPerGpuDetail = 4096;
// A search is run only over spaces of at most this many configurations (counted first
// with estimateSearch(), which stops counting past the bound): one evaluation costs 5 to
// 100 us under ASan on the seeds (about 25 on most), and fuzz_search searches each space
// four times (whole, bounded, the CLI's JSON and table), so an input costs about 30 ms
// and the seeds' first pass takes seconds of CI's 15 s per target, not all of them.
inline constexpr std::int64_t kMaxSearchConfigurations = 300;
// The report evaluates every GPU of the cluster (per-GPU detail) for its own strategy
// and its baseline: only clusters up to kMaxPerGpuDetail GPUs are reported on.

// Prints what broke and the input that broke it, then aborts: libFuzzer saves the
// input as a crash.
[[noreturn]] void broken(const char* what, const std::string& detail);

// The input as a profile, or nothing when parseProfile refuses it; a refusal must
// have a message and a path that is "" or a JSON pointer ("/...").
std::optional<Profile> parseInput(const std::uint8_t* data, std::size_t size);

// Every figure of the evaluation (summary, checks and GPUs) is finite.
bool finite(const Evaluation& evaluation);
// Breaks when a valid evaluation has a non-finite figure.
void checkEvaluation(const Evaluation& evaluation, const char* which, const std::string& input);

// The first non-finite number or null (which is how nlohmann writes NaN and infinity)
// in the document, as a JSON pointer; nothing when every number is finite.
std::optional<std::string> nonFiniteNumber(const nlohmann::json& document, const std::string& pointer = "");

// True when `text` holds "nan" or "inf" as a word (what printf makes of NaN and
// infinity), after every occurrence of the profile's own strings (names, notes) is
// taken out, and of `more` (a title that quotes a shortened name): a profile named
// "inf" is not a broken figure.
bool printsNonFinite(std::string text, const Profile& profile, std::initializer_list<std::string> more = {});

// True when the search of `profile` has at most kMaxSearchConfigurations configurations.
bool smallSearch(const Profile& profile);
// The profile with a space small enough to search in a fuzz input: itself when its space
// is small, else with constraints.max_gpus (the search's own bound on the GPUs it tries)
// lowered to the profile's own strategy's GPUs (at most 4096), then halved until the
// space is small.
// Most inputs are seeds' mutants whose spaces run to thousands or millions; so each is
// searched, over its smaller clusters. Nothing when even one GPU's space is too large.
std::optional<Profile> searchable(Profile profile);

// The command-line tool run in-process on a profile file: each input is written to one
// temporary file of the process (removed at exit), which profilePath() names.
const std::string& profilePath();
void writeProfileFile(std::string_view text);
// The CLI tests' in-process runner (tests/cli/clirun.h, Qt-free).
using test::CliRun;
using test::runCli;
// The tool's exit codes (cli/cli.h).
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;
// True when the tool's error output says an exception or bad_alloc reached its last
// catch ("internal error", "out of memory"): never for a profile that loads.
bool failedInside(const CliRun& run);

} // namespace moe::fuzz
