#!/usr/bin/env bash
# Fuzzes the profile loader for SECONDS seconds (default 60) with libFuzzer, ASan and
# UBSan: configures a clang build of core alone (no Qt) in build/fuzz, builds only
# fuzz_profile, seeds it from tests/corpus (good and bad), the built-in profiles and the
# validation runs (version 2), and exits non-zero when it finds a crash, a leak, a timeout,
# memory over 2 GiB or an input that breaks an invariant (tests/fuzz/fuzz_profile.cpp). Crashing inputs are written to
# build/fuzz/artifacts/; copy each into tests/corpus/bad (or good) as a regression file.
# Needs clang and libclang-rt-14-dev (packaging/install-deps.sh). JOBS sets the build's
# parallelism (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
build=build/fuzz

# Warnings are not errors here: this build exists to find crashes, and clang warns
# about things gcc (the compiler of the normal build) does not.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMOE_CORE_ONLY=ON -DMOE_FUZZ=ON -DBUILD_TESTING=OFF -DMOE_WARNINGS_AS_ERRORS=OFF
cmake --build "$build" --target fuzz_profile --parallel "${JOBS:-$(nproc)}"

# New interesting inputs go to the first directory, which persists between runs; the
# others are read-only seeds.
mkdir -p "$build/corpus" "$build/artifacts"
exec "$build/tests/fuzz/fuzz_profile" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=30 \
    -dict=tests/fuzz/profile.dict -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" \
    "$build/corpus" tests/corpus/good tests/corpus/bad resources/profiles bench/validation
