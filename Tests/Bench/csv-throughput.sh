#!/usr/bin/env bash
# CSV read throughput: HavenCSV (Swift, release) against plain libcsv (C) and Python's csv
# module, each streaming every field of the same 1M-row synthetic responses file.
#
#   Tests/Bench/csv-throughput.sh
#
# Environment:
#   TMPDIR         where the data file and the C binary go (default /tmp); the 154 MB file
#                  is generated once and reused
#   SCRATCH_PATH   SwiftPM scratch path for the release build (default: the repo's .build)
#   RUNS           runs per tool (default 3); the median MB/s is reported (MB = 10^6 bytes)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${TMPDIR:-/tmp}/haven-bench"
data="$work/responses_1m_seed42.csv"
scratch="${SCRATCH_PATH:-$repo/.build}"
runs="${RUNS:-3}"
mkdir -p "$work"

if [[ ! -s "$data" ]]; then
    echo "generating $data ..." >&2
    # Written under a temporary name so an interrupted run never leaves a partial file behind.
    python3 "$repo/../shared/bench/gen_responses.py" --rows 1000000 --seed 42 --out "$data.partial"
    mv "$data.partial" "$data"
fi

echo "building haven-bench (release) ..." >&2
(cd "$repo" && swift build -c release --product haven-bench --scratch-path "$scratch" >&2)
haven_bench="$(cd "$repo" && swift build -c release --product haven-bench --scratch-path "$scratch" --show-bin-path)/haven-bench"

echo "compiling libcsv_fields.c ..." >&2
cc -O2 -Wall -Wextra -o "$work/libcsv_fields" "$repo/Tests/Bench/libcsv_fields.c" -lcsv

# Prints the MB_per_s value of one run, echoing the run's line to stderr.
mb_per_s() {
    local line
    line="$("$@")"
    echo "  $line" >&2
    sed -n 's/.*MB_per_s=\([0-9.]*\).*/\1/p' <<<"$line"
}

median() {
    sort -n | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

haven=() libcsv=() python=()
# Rounds interleave the tools so that background load on the machine hits all of them alike.
for round in $(seq 1 "$runs"); do
    echo "round $round of $runs" >&2
    haven+=("$(mb_per_s "$haven_bench" csv-fields "$data")")
    libcsv+=("$(mb_per_s "$work/libcsv_fields" "$data")")
    python+=("$(mb_per_s python3 "$repo/Tests/Bench/pycsv_fields.py" "$data")")
done

size_mb="$(awk -v bytes="$(wc -c <"$data")" 'BEGIN { printf "%.1f", bytes / 1e6 }')"
echo "median MB/s over $runs runs, $size_mb MB file:"
printf '%-12s %-12s %-12s\n' "HavenCSV" "libcsv (C)" "Python csv"
printf '%-12s %-12s %-12s\n' \
    "$(printf '%s\n' "${haven[@]}" | median)" \
    "$(printf '%s\n' "${libcsv[@]}" | median)" \
    "$(printf '%s\n' "${python[@]}" | median)"
