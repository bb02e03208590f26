# Byline: build, test, try it out and install it. `make demo` and `make test` install what they need first.
SWIFT ?= swift
SYSTEM_PACKAGES := libncurses-dev libxml2-dev libsqlite3-dev zlib1g-dev pkg-config tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The debug build: what `make test` builds and tests, and what `make demo` and `make e2e` run
# (see DECISIONS.md, "make demo runs the debug build").
DEBUG_BIN := .build/debug/byline
# The release build: for `make install` and the benchmarks.
BIN := .build/release/byline

# Where `make install` puts Byline: $(DESTDIR)$(PREFIX)/bin, share/byline, share/man, completions.
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR := $(DESTDIR)$(PREFIX)/bin
SHAREDIR := $(DESTDIR)$(PREFIX)/share
MANUAL := .build/plugins/GenerateManual/outputs/byline/byline.1

.PHONY: all deps build release demo test e2e bench install uninstall man fuzz-build fuzz fuzz-smoke clean

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

## The `byline` program, debug build (only what it needs; `swift test` builds the rest).
build: deps
	$(SWIFT) build --product byline

release: deps
	$(SWIFT) build -c release --product byline

## Run Byline on its bundled sample library (the debug build: `make test` has built it already).
demo: build
	@echo "Byline is at $(DEBUG_BIN) (make install puts it in $(PREFIX)/bin)"
	$(DEBUG_BIN) demo

## Drive the terminal reader under tmux (private socket, always cleaned up).
e2e: build
	Tests/EndToEnd/reader-e2e.sh $(DEBUG_BIN)

## Run every test (never in parallel: see DECISIONS.md).
test: deps
	$(SWIFT) test

## The manual page, made from the program's own help by swift-argument-parser's plugin.
man: release
	$(SWIFT) package generate-manual --configuration release >/dev/null

## Install the release build, its themes and samples, the manual and completions for bash,
## zsh and fish. PREFIX=/usr/local by default; DESTDIR stages the files elsewhere.
install: release man
	install -d $(BINDIR) $(SHAREDIR)/byline/themes $(SHAREDIR)/byline/samples $(SHAREDIR)/man/man1 \
	  $(SHAREDIR)/bash-completion/completions $(SHAREDIR)/zsh/site-functions $(SHAREDIR)/fish/vendor_completions.d
	install -m 755 $(BIN) $(BINDIR)/byline
	install -m 644 themes/*.toml $(SHAREDIR)/byline/themes/
	cp -R Samples/. $(SHAREDIR)/byline/samples/
	chmod -R a+rX,go-w $(SHAREDIR)/byline/samples
	install -m 644 $(MANUAL) $(SHAREDIR)/man/man1/byline.1
	$(BIN) --generate-completion-script bash > $(SHAREDIR)/bash-completion/completions/byline
	$(BIN) --generate-completion-script zsh > $(SHAREDIR)/zsh/site-functions/_byline
	$(BIN) --generate-completion-script fish > $(SHAREDIR)/fish/vendor_completions.d/byline.fish
	@echo "Installed $(BINDIR)/byline"

## Remove what `make install` installed (same PREFIX and DESTDIR).
uninstall:
	rm -f $(BINDIR)/byline $(SHAREDIR)/man/man1/byline.1 $(SHAREDIR)/bash-completion/completions/byline \
	  $(SHAREDIR)/zsh/site-functions/_byline $(SHAREDIR)/fish/vendor_completions.d/byline.fish
	rm -rf $(SHAREDIR)/byline

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
