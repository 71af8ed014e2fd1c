#!/usr/bin/env python3
"""Haven against DuckDB on a national network's responses (`make bench`).

For each size (100k and 1M rows of the shared generator, seed 42) it runs, in the same pass and
interleaved round by round so background load hits every tool alike:

  * `haven report quarterly --from-csv FILE --survey bench-likert30 --surveys surveys/examples
     --period 2026Q1..2026Q4 --by site,role --format csv --out DIR` (release build);
  * the DuckDB anchor, `anchor_duckdb.py FILE --out OUT` from the shared bench folder;
  * `haven-bench report-phases FILE ... --count-only`: Haven's counting alone;

then, for the 1M file, `haven import` into a fresh store against `sqlite3 .import` into a fresh
database. Every run goes through GNU time -v (wall clock and peak RSS). It prints the medians,
the ratios Haven / DuckDB and Haven / sqlite3, and the 100k -> 1M time ratios, and checks that
every group size Haven shows (respondents per period, period x role, period x site and
period x site x role, status shown) equals DuckDB's count for the same group, and every shown
answered count of a question equals the anchor's n at the same level. The check fails when Haven
shows no group size at all.

Environment:
  BENCH_DIR      the shared bench scripts (default: ../shared/bench next to the repository)
  BENCH_DATA     where generated files are kept between runs (default: $TMPDIR/haven-bench-data)
  BENCH_SIZES    comma-separated row counts (default 100000,1000000)
  BENCH_RUNS     runs per tool and size (default 3); medians are reported
  BENCH_TIMEOUT  seconds one Haven report may take before it is stopped (default 900, several
                 times the 1M report's time on two cores); later runs of that size, and larger
                 sizes, are then skipped and reported as such
  BENCH_MEMORY_MB  address-space limit of one Haven report run, so a runaway run cannot take
                 the shared machine's memory (default 16000, well above the 1M report's
                 address space); a run stopped by it is reported
  BENCH_SKIP     comma-separated parts to leave out: report, count, duckdb, import, phases
  BENCH_PHASES_ROWS  size of the small file on which counting and the privacy engine are timed
                 apart with haven-bench report-phases (default 1000; same timeout)
Progress goes to stderr when it is a terminal. Results and outputs go to a fresh temporary
folder that is printed at the end; nothing is written into the repository.
"""
import csv
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH_DIR = os.path.abspath(os.environ.get("BENCH_DIR", os.path.join(REPO, "..", "shared", "bench")))
DATA = os.environ.get("BENCH_DATA", os.path.join(tempfile.gettempdir(), "haven-bench-data"))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100000,1000000").split(",") if s.strip()]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "900"))
MEMORY_MB = int(os.environ.get("BENCH_MEMORY_MB", "16000"))
SKIP = {s.strip() for s in os.environ.get("BENCH_SKIP", "").split(",") if s.strip()}
PHASES_ROWS = int(os.environ.get("BENCH_PHASES_ROWS", "1000"))
SURVEY = "bench-likert30"
PERIODS = "2026Q1..2026Q4"
GNU_TIME = "/usr/bin/time"
INTERACTIVE = sys.stderr.isatty()


def progress(message):
    if INTERACTIVE:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def human(rows):
    return f"{rows // 1_000_000}M" if rows % 1_000_000 == 0 else f"{rows // 1000}k" if rows % 1000 == 0 else str(rows)


def build():
    progress("building haven and haven-bench (release) ...")
    for product in ("haven", "haven-bench"):
        subprocess.run(["nice", "-n", "10", "swift", "build", "-c", "release", "--product", product],
                       cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "haven"), os.path.join(bin_dir, "haven-bench")


def data_file(rows):
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, f"responses_{rows}_seed42.csv")
    if not os.path.exists(path):
        progress(f"generating {path} ...")
        # Written under another name first, so an interrupted run leaves no partial file behind.
        subprocess.run([sys.executable, os.path.join(BENCH_DIR, "gen_responses.py"), "--rows", str(rows),
                        "--seed", "42", "--out", path + ".partial"], check=True)
        os.replace(path + ".partial", path)
    with open(path, "rb") as f:  # warm the page cache, as the shared anchors' runs do
        while f.read(1 << 24):
            pass
    return path


def timed(argv, work, timeout=None, cwd=None, memory_mb=None):
    """Runs argv under GNU time -v; returns (seconds, peak MB, stdout), or a string saying why
    it stopped (timeout, or failure under a memory limit)."""
    report = os.path.join(work, "time.txt")

    def limit():
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    # Its own process group, so a timeout stops the measured program and not only GNU time.
    child = subprocess.Popen([GNU_TIME, "-v", "-o", report, *argv], cwd=cwd, preexec_fn=limit, start_new_session=True,
                             stdout=subprocess.PIPE, stderr=None if INTERACTIVE else subprocess.DEVNULL, text=True)
    try:
        stdout, _ = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return f"stopped after {timeout:.0f} s"
    done = subprocess.CompletedProcess(argv, child.returncode, stdout)
    if done.returncode != 0:
        if memory_mb:
            return f"failed (exit {done.returncode}) under a {memory_mb} MB limit"
        sys.exit(f"failed ({done.returncode}): {' '.join(argv)}")
    text = open(report).read()
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = 0.0
    for part in clock.split(":"):
        seconds = seconds * 60 + float(part)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, rss_kb / 1024.0, done.stdout


def median(values):
    return statistics.median(values) if values else None


def fmt(value, digits=2):
    return "-" if value is None else f"{value:.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def haven_groups(out_dir):
    """Shown respondents and answered counts per group from Haven's tidy CSVs."""
    sizes, answered = {}, {}
    for name in sorted(os.listdir(out_dir)):
        with open(os.path.join(out_dir, name), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["status"] != "shown":
                    continue
                parts = {} if row["group"] == "all" else dict(c.split("=", 1) for c in row["group"].split(";"))
                key = (row["period"], parts.get("site", ""), parts.get("role", ""))
                if row["measure"] == "respondents":
                    sizes[key] = int(row["value"])
                elif row["measure"] == "answered":
                    answered[key + (row["question"],)] = int(row["value"])
    return sizes, answered


def check_counts(path, haven_out, duck_out, work):
    sizes_file = os.path.join(work, "duckdb_group_sizes.csv")
    subprocess.run([sys.executable, os.path.join(REPO, "Tests", "Bench", "duckdb_group_sizes.py"), path, sizes_file], check=True)
    with open(sizes_file, newline="") as f:
        duck_sizes = {(r["period"], r["site"], r["role"]): int(r["respondents"]) for r in csv.DictReader(f)}
    duck_n = {}
    with open(duck_out, newline="") as f:
        for r in csv.DictReader(f):
            # A level naming a dimension the respondents skipped is no group of Haven's tables.
            named = {"period": (), "period_role": ("role",), "period_site": ("site",), "period_site_role": ("site", "role")}[r["level"]]
            if r["n"] != "" and all(r[d] != "" for d in named):
                duck_n[(r["period"], r["site"], r["role"], r["question"])] = int(r["n"])
    sizes, answered = haven_groups(haven_out)
    bad_sizes = [k for k, v in sizes.items() if duck_sizes.get(k) != v]
    compared_n = [k for k in answered if k in duck_n]
    bad_n = [k for k in compared_n if duck_n[k] != answered[k]]
    by_level = lambda keys, site, role: sum(1 for k in keys if (k[1] != "") == site and (k[2] != "") == role)
    print(f"  group sizes shown by Haven: {by_level(sizes, False, False)} period, {by_level(sizes, False, True)} period x role, "
          f"{by_level(sizes, True, False)} period x site, {by_level(sizes, True, True)} period x site x role; "
          f"{len(bad_sizes)} differ from DuckDB" + (f" (first: {bad_sizes[:3]})" if bad_sizes else ""))
    print(f"  answered counts compared with the anchor's n: {len(compared_n)}; {len(bad_n)} differ"
          + (f" (first: {bad_n[:3]})" if bad_n else ""))
    return not bad_sizes and not bad_n and sizes


def main():
    if not os.path.exists(GNU_TIME):
        sys.exit("GNU time is needed: apt-get install time")
    for script in ("gen_responses.py", "anchor_duckdb.py"):
        if not os.path.exists(os.path.join(BENCH_DIR, script)):
            sys.exit(f"{script} not found in {BENCH_DIR}; set BENCH_DIR")
    haven, haven_bench = build()
    work = tempfile.mkdtemp(prefix="haven-bench-")
    surveys = os.path.join(REPO, "surveys", "examples")
    results = {}
    ok = True
    stopped = None
    for rows in SIZES:
        path = data_file(rows)
        size_mb = os.path.getsize(path) / 1e6
        # A report stopped at a smaller size would only be stopped again here.
        res = results[rows] = {"mb": size_mb, "report": [], "duckdb": [], "count": [], "import": [], "sqlite3": [], "timeout": stopped}
        haven_out = os.path.join(work, f"haven_{rows}")
        duck_out = os.path.join(work, f"duckdb_{rows}.csv")
        for run in range(1, RUNS + 1):
            tag = f"[{human(rows)}] run {run}/{RUNS}"
            if "report" not in SKIP and not res["timeout"]:
                progress(f"{tag}: haven report quarterly ...")
                shutil.rmtree(haven_out, ignore_errors=True)
                r = timed([haven, "report", "quarterly", "--from-csv", path, "--survey", SURVEY, "--surveys", surveys,
                           "--period", PERIODS, "--by", "site,role", "--format", "csv", "--out", haven_out], work, TIMEOUT,
                          memory_mb=MEMORY_MB)
                if isinstance(r, str):
                    res["timeout"] = stopped = r
                    progress(f"{tag}: haven report {r}")
                else:
                    res["report"].append(r[:2])
            if "duckdb" not in SKIP:
                progress(f"{tag}: DuckDB anchor ...")
                r = timed([sys.executable, os.path.join(BENCH_DIR, "anchor_duckdb.py"), path, "--out", duck_out], work, cwd=BENCH_DIR)
                res["duckdb"].append(r[:2])
            if "count" not in SKIP:
                progress(f"{tag}: haven counting only ...")
                r = timed([haven_bench, "report-phases", path, surveys, SURVEY, PERIODS, "--count-only"], work)
                res["count"].append(r[:2])
            if "import" not in SKIP and rows == max(SIZES):
                store = os.path.join(work, "import.sqlite")
                for leftover in (store, store + "-wal", store + "-shm", store + ".db"):
                    if os.path.exists(leftover):
                        os.remove(leftover)
                progress(f"{tag}: haven import ...")
                r = timed([haven, "import", SURVEY, path, "--surveys", surveys, "--store", store], work)
                res["import"].append(r[:2])
                progress(f"{tag}: sqlite3 .import ...")
                r = timed(["sqlite3", store + ".db", f".import --csv {path} responses"], work)
                res["sqlite3"].append(r[:2])
        if "report" not in SKIP and "duckdb" not in SKIP and res["report"]:
            print(f"check at {human(rows)} rows:")
            ok = bool(check_counts(path, haven_out, duck_out, work)) and ok
    print_table(results)
    if "phases" not in SKIP:
        phases(haven_bench, surveys, work)
    for rows, res in results.items():
        if res["timeout"]:
            print(f"haven report at {human(rows)} rows: {res['timeout']}; see haven-bench report-phases for counting vs engine")
    print(f"outputs: {work}")
    if not ok:
        sys.exit("Haven's shown group counts differ from DuckDB's")


def phases(haven_bench, surveys, work):
    """Where a report's time goes: counting the file, then the privacy engine, timed apart."""
    path = data_file(PHASES_ROWS)
    progress(f"[{human(PHASES_ROWS)}] haven-bench report-phases (counting, then the engine) ...")
    argv = [haven_bench, "report-phases", path, surveys, SURVEY, PERIODS, "site,role"]
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, preexec_fn=lambda: resource.setrlimit(
        resource.RLIMIT_AS, (MEMORY_MB << 20, MEMORY_MB << 20)))
    try:
        out, _ = child.communicate(timeout=TIMEOUT)
        note = ""
    except subprocess.TimeoutExpired:
        child.kill()
        out, _ = child.communicate()
        note = f"engine still running after {TIMEOUT:.0f} s (stopped)"
    values = dict(re.findall(r"(\w+)=([0-9.]+)", out))
    print(f"\nwhere a report's time goes at {human(PHASES_ROWS)} rows (haven-bench report-phases):")
    print(f"  counting: {values.get('count_seconds', '-')} s ({values.get('atoms', '-')} finest cells)")
    print(f"  privacy engine: {values['engine_seconds'] + ' s' if 'engine_seconds' in values else note or 'failed'}")


def print_table(results):
    def med(res, key, index):
        return median([r[index] for r in res[key]])

    print("\nmedians (s = wall clock seconds, MB = peak RSS in 10^6 bytes; MB/s = input MB / s)")
    print("| rows | file MB | haven report s | duckdb s | report/duckdb | haven report MB | duckdb MB | MB ratio "
          "| counting s | counting MB/s | counting MB | import s | sqlite3 .import s | import/sqlite3 | import MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for rows, res in results.items():
        report_s = med(res, "report", 0)
        report_note = f" ({res['timeout']})" if res["timeout"] and report_s is None else ""
        duck_s, count_s = med(res, "duckdb", 0), med(res, "count", 0)
        import_s, sqlite_s = med(res, "import", 0), med(res, "sqlite3", 0)
        print(f"| {human(rows)} | {res['mb']:.1f} | {fmt(report_s)}{report_note} | {fmt(duck_s)} | {fmt(ratio(report_s, duck_s))} "
              f"| {fmt(med(res, 'report', 1), 0)} | {fmt(med(res, 'duckdb', 1), 0)} | {fmt(ratio(med(res, 'report', 1), med(res, 'duckdb', 1)))} "
              f"| {fmt(count_s)} | {fmt(ratio(res['mb'], count_s), 0)} | {fmt(med(res, 'count', 1), 0)} "
              f"| {fmt(import_s)} | {fmt(sqlite_s)} | {fmt(ratio(import_s, sqlite_s))} | {fmt(med(res, 'import', 1), 0)} |")
    sizes = sorted(results)
    if len(sizes) >= 2:
        small, large = results[sizes[0]], results[sizes[-1]]
        print(f"\n{human(sizes[0])} -> {human(sizes[-1])} ratios (time; peak memory):")
        for key, name in (("report", "haven report"), ("duckdb", "duckdb"), ("count", "haven counting")):
            print(f"  {name}: time x{fmt(ratio(med(large, key, 0), med(small, key, 0)))}; "
                  f"memory x{fmt(ratio(med(large, key, 1), med(small, key, 1)))}")


if __name__ == "__main__":
    main()
