#!/usr/bin/env bash
# End-to-end test of the terminal reader: drives the real binary in a private tmux server.
#   Tests/EndToEnd/reader-e2e.sh path/to/byline [--library]
# Opens the samples in Tests/EndToEnd/samples, opens an article, ]q names the speaker, gs
# shows the source's role, S finds a quote by one word and opens its article, v … a saves an
# annotation. Without --library it runs `byline demo` (in memory); with --library it adds the
# samples to a fresh library file, runs `byline`, and checks after a restart that the
# annotation is still there; then subscribes to the sample feed served on 127.0.0.1
# (`byline bench serve`), and in the reader: F shows the feed, R reloads it, its new items
# appear, one opens and ]q names its speaker. Exit 0 on success; on failure prints the step
# and the screen.
set -uo pipefail

BIN=${1:?usage: reader-e2e.sh path/to/byline [--library]}
MODE=${2:-demo}
HERE=$(cd "$(dirname "$0")" && pwd)
SOCKET="byline-e2e-$$"
WORK=$(mktemp -d)
SERVER=""
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT

command -v tmux >/dev/null || { echo "SKIP: tmux is not installed"; exit 0; }
export BYLINE_LIBRARY="$WORK/library.sqlite"
COMMAND=demo
if [ "$MODE" = "--library" ]; then
    "$BIN" add "$HERE"/samples/*.html >/dev/null || { echo "FAIL: byline add"; exit 1; }
    COMMAND=""
fi

screen() { tmux -L "$SOCKET" capture-pane -p -t e2e 2>/dev/null; }
status_line() { screen | tail -n 1; }
keys() { tmux -L "$SOCKET" send-keys -t e2e "$@"; }
literal() { tmux -L "$SOCKET" send-keys -t e2e -l "$1"; }
fail() {
    echo "FAIL: $1"
    echo "----- screen -----"
    screen
    echo "------------------"
    exit 1
}
# Polls the screen (or the status line with -s) until a pattern (extended regex) shows, for up to 10 s.
wait_for() {
    local where=screen
    if [ "$1" = "-s" ]; then where=status_line; shift; fi
    for _ in $(seq 1 100); do
        if $where | grep -Eq -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "waited for: $1"
}

# Starts the reader in a new tmux session; a tmux server that dies as it starts (seen once
# on a loaded machine: "server exited unexpectedly") is started again, twice at most.
start_reader() {
    for _ in 1 2 3; do
        tmux -L "$SOCKET" -f /dev/null new-session -d -s e2e -x 120 -y 40 \
            "env -u VISUAL -u EDITOR HOME='$WORK' XDG_CONFIG_HOME='$WORK/config' BYLINE_LIBRARY='$BYLINE_LIBRARY' BYLINE_SAMPLES='$HERE/samples' TERM=xterm-256color '$BIN' $COMMAND; echo BYLINE-EXITED \$?; sleep 30" \
            && return 0
        sleep 0.5
    done
    fail "tmux could not start a session"
}

start_reader

wait_for "Byline · 2 articles"
keys /; literal "bridge"; keys Enter
wait_for "Byline · 1 article "
keys Enter
wait_for "Mayor Lena Ortiz"

keys ]; keys q
wait_for -s "Quote 1/[0-9]+ \([a-z]+\) — Lena Ortiz"

keys g; keys s
wait_for -s "Lena Ortiz — Mayor"

keys q
wait_for "Byline · 1 article "
keys S; literal "steel"
wait_for "The steel is sound"
keys Enter
wait_for -s "— Amir Haddad"

keys v; keys w; keys a
wait_for -s "note:"
literal "checked in e2e"; keys Enter
wait_for -s "Annotation saved"
keys A
wait_for "checked in e2e"

keys C-c
wait_for "BYLINE-EXITED 0"

if [ "$MODE" = "--library" ]; then
    tmux -L "$SOCKET" kill-session -t e2e
    start_reader
    wait_for "Byline · 2 articles"
    keys A
    wait_for "checked in e2e"
    keys C-c
    wait_for "BYLINE-EXITED 0"

    "$BIN" bench serve "$HERE/../../Samples/feed" --seconds 300 >"$WORK/server.out" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 100); do
        grep -q '^http://127.0.0.1:' "$WORK/server.out" && break
        sleep 0.1
    done
    BASE=$(grep -m1 '^http://127.0.0.1:' "$WORK/server.out") || fail "the loopback server did not start: $(cat "$WORK/server.out")"
    "$BIN" feed add "$BASE/harbour-wire.xml" --tag e2e >/dev/null || fail "byline feed add"
    tmux -L "$SOCKET" kill-session -t e2e
    start_reader
    wait_for "Byline · 2 articles"
    keys F
    wait_for "Feeds · 1 subscription · 0 new"
    keys R
    wait_for -s "Reloaded 1 feed: 3 new items"
    wait_for "Harbour Wire  #e2e"
    keys G; keys Enter
    wait_for "Feed: Harbour Wire · 3 articles"
    keys /; literal "ferry"; keys Enter
    wait_for "Feed: Harbour Wire · 1 article "
    keys Enter
    wait_for "Ferry timetable cut leaves island commuters"
    keys ]; keys q
    wait_for -s "Quote 1/[0-9]+ \([a-z]+\) — Hanna Voss"
    keys C-c
    wait_for "BYLINE-EXITED 0"
fi
echo "PASS: reader end to end ($MODE)"
