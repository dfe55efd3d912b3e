// What one whole-profile edit in the window costs in core: ExplorerState::applyProfile
// writes the profile and parses it back (serializeProfile, then parseProfile), and both
// look up cluster.system. With a user system (docs/systems.md, "User systems") that
// lookup used to read the user's file from disk on every edit. Prints figures; asserts
// nothing.
//
// Rerun: build/release/bench/bench_profileedit [edits]   (default 2,000 edits per case)
// It writes one user system file into a new temporary XDG_DATA_HOME and removes it.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "profile/builtins.h"
#include "profile/profileio.h"
#include "profile/systems.h"
#include "profile/usersystems.h"

namespace {

// Seconds per edit over `edits` edits of `profile`.
double secondsPerEdit(const moe::Profile& profile, int edits)
{
    using Clock = std::chrono::steady_clock;
    int failures = 0;
    const auto start = Clock::now();
    for (int i = 0; i < edits; ++i) {
        const moe::LoadResult again = moe::parseProfile(moe::serializeProfile(profile), profile.name);
        failures += again.ok() ? 0 : 1;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (failures > 0) {
        std::fprintf(stderr, "%d of %d edits did not parse\n", failures, edits);
        std::exit(1);
    }
    return elapsed / edits;
}

} // namespace

int main(int argc, char** argv)
{
    const int edits = argc > 1 ? std::atoi(argv[1]) : 2000;
    char folder[] = "/tmp/bench-profileedit-XXXXXX";
    if (!mkdtemp(folder)) {
        std::perror("mkdtemp");
        return 1;
    }
    setenv("XDG_DATA_HOME", folder, 1);

    moe::Profile builtin = *moe::loadBuiltin("deepseek-v3-training-h800").profile;
    // The same system as a user system: the built-in's values under another id.
    moe::UserSystem user;
    user.values = moe::valuesOf(*moe::findSystem(builtin.cluster.system));
    user.values.id = "bench-h800";
    user.description = "bench_profileedit";
    user.calibration.date = "2026-11-30T00:00:00Z";
    user.calibration.basedOn = builtin.cluster.system;
    user.calibration.measurements = {"none"};
    std::string written;
    if (const auto error = moe::saveUserSystem(user, written)) {
        std::fprintf(stderr, "cannot write the user system: %s\n", error->c_str());
        return 1;
    }
    // A file calibrated earlier: findUserSystem reads a file modified in the last 2 s
    // again on every lookup (usersystems.h).
    std::filesystem::last_write_time(written, std::filesystem::file_time_type::clock::now() - std::chrono::hours(1));
    moe::Profile withUser = builtin;
    withUser.cluster.system = "bench-h800";

    std::printf("%d edits of deepseek-v3-training-h800 (serializeProfile + parseProfile), one core\n", edits);
    std::printf("%-40s %14s %16s\n", "cluster.system", "us per edit", "file reads");
    std::printf("%-40s %14.1f %16s\n", "hgx-h800 (built-in)", secondsPerEdit(builtin, edits) * 1e6, "-");
    const std::int64_t reads = moe::userSystemFileReads();
    const double perEdit = secondsPerEdit(withUser, edits);
    std::printf("%-40s %14.1f %16lld\n", "bench-h800 (user system file)", perEdit * 1e6,
                static_cast<long long>(moe::userSystemFileReads() - reads));

    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return 0;
}
