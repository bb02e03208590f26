#!/usr/bin/env bash
# Runs Byline's libFuzzer targets (built by `make fuzz-build`), one after another. Each starts
# from its seed corpus (Fuzz/Corpus/<name>, read only) and the inputs found by earlier runs
# (.build-fuzz/corpus/<name>, where new ones are written); an input that crashes, leaks or
# takes over a second is written to .build-fuzz/artifacts/<name>/ and fails the run.
# The campaign runs without libFuzzer's per-input leak check: Swift's runtime allocates its caches
# lazily, so that check would scan the whole heap after most inputs (30x slower on the config
# target). Instead every input of the corpus is replayed afterwards with leak detection on, and
# LeakSanitizer's report at exit covers the whole campaign's process.
# Usage: Fuzz/run.sh SECONDS [RUNS]   RUNS, when given, bounds each target's executions instead;
# FUZZ_ONLY=html (a target's name) runs that one alone.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
runs=${2:-}
binaries=.build-fuzz/release
export LSAN_OPTIONS=suppressions=Fuzz/lsan-suppressions.txt:print_suppressions=0
status=0
for entry in FuzzPlainText:plain-text FuzzHTML:html FuzzAnalysis:analysis FuzzFeed:feed FuzzConfig:config FuzzSearch:search; do
    binary=${entry%%:*}
    name=${entry##*:}
    if [ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$name" ]; then continue; fi
    corpus=.build-fuzz/corpus/$name
    artifacts=.build-fuzz/artifacts/$name/
    log=.build-fuzz/$name.log
    mkdir -p "$corpus" "$artifacts"
    if [ -n "$runs" ]; then limit=(-runs="$runs"); else limit=(-max_total_time="$seconds"); fi
    if "$binaries/$binary" "${limit[@]}" -detect_leaks=0 -timeout=1 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "$corpus" "Fuzz/Corpus/$name" > "$log" 2>&1 &&
       "$binaries/$binary" -runs=0 -detect_leaks=1 -timeout=1 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$artifacts" "$corpus" "Fuzz/Corpus/$name" > "$log.leaks" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    executions=$(grep -o 'number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
    printf '%-11s %-6s %s executions, %s edges, corpus of %s inputs\n' "$name" "$result" "$executions" "$edges" "$(ls "$corpus" | wc -l)"
    if [ "$result" != ok ]; then tail -n 40 "$log" "$log.leaks"; fi
done
exit $status
