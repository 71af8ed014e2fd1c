# Two commands for a newcomer: `make demo` and `make test`. Both install what is missing first.
SWIFT ?= swift
SYSTEM_PACKAGES := libcsv-dev libsqlite3-dev sqlite3
HAVEN := .build/debug/haven

.PHONY: all deps build test demo bench bench-csv clean

all: build

deps:
	@.ci/install-packages $(SYSTEM_PACKAGES)

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) test

demo: build
	@echo
	@echo "== The survey modules built into haven =="
	@$(HAVEN) surveys list
	@echo
	@echo "== Checking every module =="
	@$(HAVEN) surveys validate
	@echo
	@echo "== The Workplace Support Survey, in Spanish =="
	@$(HAVEN) surveys show workplace-support --lang es

# Haven against DuckDB on 100k and 1M generated responses: report from CSV, counting alone, and
# import against sqlite3 .import (release build; data in $$TMPDIR, never in the repository).
# BENCH_DIR=... points at the shared bench scripts (default ../shared/bench); see the script's
# header for BENCH_SIZES, BENCH_RUNS, BENCH_TIMEOUT and BENCH_SKIP.
bench: deps
	python3 Tests/Bench/report-vs-duckdb.py

# CSV reader throughput against plain libcsv in C and Python's csv module (release build).
bench-csv: deps
	bash Tests/Bench/csv-throughput.sh

clean:
	rm -rf .build .build-*
