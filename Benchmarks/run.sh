#!/usr/bin/env bash
# The performance benchmark, from a clean clone: bash Benchmarks/run.sh
#   - installs dialog (Debian package) if it is missing, to measure it side by side;
#   - builds casework in release with the Swift libraries linked statically, and the benchmark harness;
#   - generates fictional stores of 50, 100, 1,000 and 10,000 cases (outside git, in $BENCH_STORES);
#   - runs the in-process benchmarks and the whole-program pseudo-terminal runs, and prints one table.
# Environment: BENCH_STORES (default /tmp/casework-bench-stores), BENCH_ROUNDS (default 15),
# BENCH_REGENERATE=1 to make the stores again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
stores=${BENCH_STORES:-/tmp/casework-bench-stores}
results=$root/Benchmarks/results
rounds=${BENCH_ROUNDS:-15}
mkdir -p "$results"

if ! command -v dialog >/dev/null; then
    echo "== installing dialog" >&2
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq dialog >/dev/null
fi

echo "== building (release, Swift libraries linked statically)" >&2
# One build folder for both: the harness package builds the main package's sources too.
# SwiftPM keeps the harness's build plan, and with it the list of the main package's source files, until a
# manifest changes; a file added to the main package was then missing from the harness build ("cannot find
# type"), so the plan is made again each run.
rm -f Benchmarks/.build/release/description.json
swift build -c release --static-swift-stdlib --package-path Benchmarks --product casework-bench >&2
swift build -c release --static-swift-stdlib --product casework >&2
bench=$root/Benchmarks/.build/release/casework-bench
casework=$root/.build/release/casework

for count in 50 100 1000 10000; do
    store=$stores/store-$count
    if [ -n "${BENCH_REGENERATE:-}" ] || [ ! -f "$store.large" ]; then
        echo "== generating $count fictional cases in $store" >&2
        rm -rf "$store" "$store.large"
        mkdir -p "$stores"
        "$bench" generate "$store" "$count" | grep '^LARGE' > "$store.large.tmp"
        mv "$store.large.tmp" "$store.large"
    fi
    rm -rf "$store/sessions"
    # The first listing builds the index, as the first start after an upgrade would.
    "$casework" list --store "$store" >/dev/null
done

for count in 100 1000 10000; do
    echo "== in-process benchmarks, $count cases" >&2
    "$bench" run "$stores/store-$count" > "$results/inprocess-$count.tsv"
done

echo "== whole program in a pseudo-terminal, side by side with dialog ($rounds rounds)" >&2
python3 Benchmarks/pty_bench.py --casework "$casework" --stores "$stores" --rounds "$rounds" --out "$results/pty.json"

{
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(swift --version 2>/dev/null | head -n1)"
    echo "casework binary: $(stat -c %s "$casework") bytes, $(ldd "$casework" | grep -c swift || true) shared Swift libraries"
    echo
    python3 Benchmarks/report.py "$results"
} | tee "$results/table.md"
