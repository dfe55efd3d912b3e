#!/usr/bin/env bash
# Fuzzes core for SECONDS seconds in all (default 60) with libFuzzer, ASan and UBSan:
# configures a clang build of core alone (no Qt) in build/fuzz, builds the fuzz targets
# (tests/fuzz/CMakeLists.txt) and runs them one after another, each for an equal share
# of the time:
#   fuzz_profile  parse, save, load again, evaluate
#   fuzz_explain  explain(), explainGpu(), the CLI's evaluate as JSON and as a table
#   fuzz_search   the exhaustive search over small spaces, whole and bounded
#   fuzz_report   the design-review report's Markdown and HTML
# Each is seeded from tests/corpus (good and bad), the built-in profiles and the
# validation runs (version 2). Exits non-zero when any target finds a crash, a leak, a
# timeout, memory over 2 GiB or an input that breaks an invariant (tests/fuzz/*.cpp);
# the others still run. Crashing inputs are written to build/fuzz/artifacts/TARGET/;
# copy each into tests/corpus/bad (or good) as a regression file.
#
#   packaging/run-fuzzer.sh [SECONDS] [TARGET...]   only the named targets, sharing SECONDS
#
# Needs clang and libclang-rt-14-dev (packaging/install-deps.sh). JOBS sets the build's
# parallelism (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_profile fuzz_explain fuzz_search fuzz_report)
fi
build=build/fuzz

# Warnings are not errors here: this build exists to find crashes, and clang warns
# about things gcc (the compiler of the normal build) does not.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMOE_CORE_ONLY=ON -DMOE_FUZZ=ON -DBUILD_TESTING=OFF -DMOE_WARNINGS_AS_ERRORS=OFF
cmake --build "$build" --target "${targets[@]}" --parallel "${JOBS:-$(nproc)}"

share=$(( seconds / ${#targets[@]} ))
share=$(( share > 0 ? share : 1 ))
failed=()
for target in "${targets[@]}"; do
    # New interesting inputs go to the first directory, which persists between runs;
    # the others are read-only seeds.
    mkdir -p "$build/corpus/$target" "$build/artifacts/$target"
    echo "== $target: $share s"
    if ! "$build/tests/fuzz/$target" \
        -max_total_time="$share" -max_len=65536 -rss_limit_mb=2048 -timeout=30 \
        -dict=tests/fuzz/profile.dict -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target/" \
        "$build/corpus/$target" tests/corpus/good tests/corpus/bad resources/profiles bench/validation; then
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzer.sh: found a defect with: ${failed[*]} (inputs in $build/artifacts/)" >&2
    exit 1
fi
