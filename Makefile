# Two commands for a newcomer: `make demo` and `make test`. Both install what is missing first.
SWIFT ?= swift
SYSTEM_PACKAGES := libcsv-dev libsqlite3-dev sqlite3

.PHONY: all deps build test demo screenshots bench bench-csv clean

all: build

deps:
	@.ci/install-packages $(SYSTEM_PACKAGES)

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) test

# Synthetic data for every module over 2026Q1..Q4 in a throwaway store, then every report, in
# English (LANG_REPORT=es for Spanish), written to demo-out/.
LANG_REPORT ?= en
demo: build
	.build/debug/haven demo --out demo-out --lang $(LANG_REPORT)

# Renders every demo report in headless Chromium; fails on a blank page or a console error.
screenshots: demo
	@.ci/install-packages chromium python3-pil
	bash Tests/Screenshots/render-demo.sh demo-out

# Haven against DuckDB on 100k and 1M generated responses: report from CSV, counting alone, and
# import against sqlite3 .import (release build; data in $$TMPDIR, never in the repository).
# BENCH_DIR=... points at the shared bench scripts (default ../shared/bench); see the script's
# header for BENCH_SIZES, BENCH_RUNS, BENCH_TIMEOUT and BENCH_SKIP.
# What the bench needs beyond the build: GNU time (Debian's `time`) for peak memory, and the
# DuckDB anchor's Python module from PyPI, installed only when missing.
bench: deps
	@.ci/install-packages time
	@python3 -c 'import duckdb' 2>/dev/null || python3 -m pip install --quiet --root-user-action=ignore duckdb
	python3 Tests/Bench/report-vs-duckdb.py

# CSV reader throughput against plain libcsv in C and Python's csv module (release build).
bench-csv: deps
	bash Tests/Bench/csv-throughput.sh

clean:
	rm -rf .build .build-*
