#!/usr/bin/env bash
# Time and peak memory of the command-line tool on the largest legal inputs (issue 11,
# "Tests that must exist": a benchmark, not a test; figures in docs/benchmarks.md,
# "Largest legal inputs"). Prints one line per command: wall time, CPU time (user +
# system: what other jobs on a shared machine do not inflate), peak resident memory
# (GNU time's %M) and the exit status. Asserts nothing.
#
#   bench/bench_large_inputs.sh [CLI] [WORKDIR] [CASES]
#     CLI      default build/release/app/cli/moe-explorer-cli
#     WORKDIR  where the inputs and outputs go (default: a new temporary folder)
#     CASES    the cases to run, default "gpus-1m routing-15m name-1m seed-top"
#   MOE_BENCH_LIMIT_S (default 120): a command still running after this many seconds
#   is stopped and its row says "timeout" (exit 124), so a search that would take
#   hours does not hold up the rest.
#
# The inputs, each at a limit of docs/profile-format.md (core/profile/valuelimits.h):
#   gpus-1m     bench/deepseek-v3-16k.moeprofile.json with cluster.gpu_count 1,048,576,
#               the GPU cap (the per-GPU list, the grid and the search grow with it)
#   routing-15m bench/make_routing_profile.py: 58 measured routing rows of 16,384
#               experts, 15 MB of numbers
#   name-1m     builtin:seed named with 10^6 characters, one unbroken word
#   seed-top    builtin:seed searched with the largest --top (1,000,000: every result kept)
# The search is the profile's whole space: each of these is below the limit of
# 100,000,000 configurations (docs/cli.md), so none is refused.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=$(realpath "${1:-build/release/app/cli/moe-explorer-cli}")
work=${2:-$(mktemp -d)}
cases=${3:-gpus-1m routing-15m name-1m seed-top}
limit=${MOE_BENCH_LIMIT_S:-120}
mkdir -p "$work"
timefmt='%e %U %S %M'

python3 - "$work" <<'EOF'
import json, pathlib, sys
work = pathlib.Path(sys.argv[1])
d = json.loads(pathlib.Path("bench/deepseek-v3-16k.moeprofile.json").read_text())
d["cluster"]["gpu_count"] = 1048576
(work / "gpus-1m.json").write_text(json.dumps(d))
s = json.loads(pathlib.Path("resources/profiles/seed.moeprofile.json").read_text())
s["name"] = "x" * 10**6
(work / "name-1m.json").write_text(json.dumps(s))
EOF
[ -f "$work/routing-15m.json" ] || python3 bench/make_routing_profile.py "$work/routing-15m.json"

# run NAME COMMAND...: runs the tool once with its output in $work, prints one row: the
# output's size is the --out file's, or standard output's.
run() {
    local name=$1
    shift
    local status=0 out="$work/stdout.txt" previous=""
    for arg in "$@"; do
        [ "$previous" = --out ] && out=$arg
        previous=$arg
    done
    rm -f "$out"
    /usr/bin/time -f "$timefmt" -o "$work/time.txt" timeout "$limit" "$cli" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" \
        || status=$?
    read -r wall user sys kb < <(tail -n 1 "$work/time.txt")
    local bytes=0
    [ -f "$out" ] && bytes=$(stat -c %s "$out")
    [ "$status" -eq 124 ] && status="124 (timeout after $limit s)"
    printf '%-12s %-52s %8s s %8.2f s %6.0f MB %11s B  exit %s\n' "$name" "$*" "$wall" "$(echo "$user + $sys" | bc)" \
        "$(echo "$kb / 1024" | bc)" "$bytes" "$status" | sed "s|$work/||g"
    if [ "$status" != 0 ] && [ -s "$work/stderr.txt" ]; then
        sed 's/^/    /' "$work/stderr.txt" | head -n 3
    fi
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-12s %-52s %10s %10s %9s %13s\n' case command wall CPU "peak RSS" output
for case in $cases; do
    [ "$case" = seed-top ] && continue
    profile="$work/$case.json"
    run "$case" evaluate "$profile" --format json
    run "$case" search "$profile" --format json
    for format in svg png pdf; do
        run "$case" export "$profile" --chart grid --out "$work/$case-grid.$format"
    done
    for format in md html pdf; do
        run "$case" report "$profile" --out "$work/$case-report.$format"
    done
done
# The charts that grow with the experts (16,384 of them, 58 layers) rather than the GPUs.
if [[ " $cases " == *" routing-15m "* ]]; then
    for chart in routing load traffic; do
        for format in svg png pdf; do
            run routing-15m export "$work/routing-15m.json" --chart "$chart" --out "$work/routing-15m-$chart.$format"
        done
    done
fi
if [[ " $cases " == *" seed-top "* ]]; then
    run seed-top search builtin:seed --format json --top 1000000
fi
echo "inputs and outputs in $work"
