# Byline: build, test and try it out. `make demo` and `make test` install what they need first.
SWIFT ?= swift
SYSTEM_PACKAGES := libncurses-dev libxml2-dev libsqlite3-dev zlib1g-dev pkg-config tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/byline

.PHONY: all deps build release demo test e2e bench fuzz-build fuzz fuzz-smoke clean

all: build

## Install the Debian/Ubuntu packages Byline builds against, when any is missing.
deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Run Byline on its bundled sample library.
demo: release
	$(BIN) demo

## Drive the terminal reader under tmux (private socket, always cleaned up).
e2e: release
	Tests/EndToEnd/reader-e2e.sh $(BIN)

## Run every test (never in parallel: see DECISIONS.md).
test: deps
	$(SWIFT) test

## The libFuzzer targets of Fuzz/ (see README, "Fuzzing"), in .build-fuzz.
FUZZ_TIME ?= 120
FUZZ_RUNS ?=
fuzz-build: deps
	$(SWIFT) build -c release --package-path Fuzz --build-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

## Fuzz every parser for FUZZ_TIME seconds each, or FUZZ_RUNS executions each when set.
fuzz: fuzz-build
	Fuzz/run.sh $(FUZZ_TIME) $(FUZZ_RUNS)

## A few seconds of each fuzz target: the smoke test CI runs.
fuzz-smoke: fuzz-build
	Fuzz/run.sh 5

## Benchmarks: figures for the notes, never pass/fail.
bench: release
	$(BIN) bench --help

clean:
	rm -rf .build .build-fuzz
