# Two commands for a newcomer: `make demo` and `make test`. Both install what is missing first.
SWIFT ?= swift
SYSTEM_PACKAGES := libcsv-dev libsqlite3-dev sqlite3
HAVEN := .build/debug/haven

.PHONY: all deps build test demo bench-csv clean

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

# CSV reader throughput against plain libcsv in C and Python's csv module (release build).
bench-csv: deps
	bash Tests/Bench/csv-throughput.sh

clean:
	rm -rf .build .build-*
