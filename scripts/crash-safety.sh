#!/usr/bin/env bash
# Demonstrates that the library loses nothing when an import is killed, and that searches in
# another process never fail with "database is locked" while an import runs.
#
#   scripts/crash-safety.sh [ARTICLES]        (default 10000; needs sqlite3 or python3)
#
# 1. writes ARTICLES synthetic articles as text files (`byline bench library --export`);
# 2. imports three of them and annotates each;
# 3. imports the whole folder while a second process searches in a loop, and `kill -9`s the
#    import once a third of the articles are in;
# 4. checks PRAGMA integrity_check, the FTS5 indexes, that every article counted before the
#    kill is still there and complete, and that every annotation survived;
# 5. runs the import again to the end (the three annotated articles are updated, not
#    duplicated) and checks the totals.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${1:-10000}
BYLINE=${BYLINE:-}
if [ -z "$BYLINE" ]; then
  swift build -c release --scratch-path "${SCRATCH:-.build}" >/dev/null
  BYLINE="${SCRATCH:-.build}/release/byline"
fi
WORK=$(mktemp -d)
trap 'kill $SEARCHER 2>/dev/null || true; rm -rf "$WORK"' EXIT
export BYLINE_LIBRARY="$WORK/library.sqlite"

sql() {
  if command -v sqlite3 >/dev/null; then
    sqlite3 -batch -noheader -cmd ".timeout 10000" "$BYLINE_LIBRARY" "$1"
  else
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); [print("|".join(map(str,r))) for r in c.execute(sys.argv[2])]' "$BYLINE_LIBRARY" "$1"
  fi
}
fail() { echo "FAIL: $*"; exit 1; }

echo "== writing $ARTICLES synthetic articles"
"$BYLINE" bench library --export "$WORK/articles" --articles "$ARTICLES" >/dev/null
FILES=("$WORK"/articles/*.txt)

echo "== importing and annotating three of them"
"$BYLINE" add "${FILES[0]}" "${FILES[1]}" "${FILES[2]}" >/dev/null
for id in 1 2 3; do
  words=$(sql "SELECT substr(body, 1, 40) FROM article WHERE id = $id")
  "$BYLINE" annotate "$id" --quote "$words" --note "note $id" --tag crash-test >/dev/null
done
[ "$(sql 'SELECT COUNT(*) FROM annotation')" = 3 ] || fail "annotations were not created"

echo "== importing everything while another process searches; kill -9 at about a third"
: >"$WORK/search-errors"
(
  searches=0; failures=0
  while true; do
    for query in ka lo "mi ter" san vel; do
      if "$BYLINE" search "$query" --limit 5 >/dev/null 2>>"$WORK/search-errors" \
         && "$BYLINE" quotes --search "$query" --limit 5 >/dev/null 2>>"$WORK/search-errors"; then
        searches=$((searches + 2))
      else
        failures=$((failures + 1))
      fi
      echo "$searches $failures" >"$WORK/search-count"
    done
  done
) &
SEARCHER=$!
"$BYLINE" add "$WORK/articles" --json >"$WORK/import.json" 2>"$WORK/import.err" &
IMPORTER=$!
target=$((ARTICLES / 3))
seen=0
while kill -0 "$IMPORTER" 2>/dev/null; do
  seen=$(sql 'SELECT COUNT(*) FROM article' 2>/dev/null || echo "$seen")
  [ "$seen" -ge "$target" ] && break
  sleep 0.1
done
committed=$(sql 'SELECT COUNT(*) FROM article')
kill -9 "$IMPORTER" 2>/dev/null || true
wait "$IMPORTER" 2>/dev/null || true
sleep 1
kill "$SEARCHER" 2>/dev/null || true
wait "$SEARCHER" 2>/dev/null || true
read -r searches failures <"$WORK/search-count"
echo "   import killed with $committed articles counted as committed"
echo "   concurrent searches: $searches succeeded, $failures failed"
locked=$(grep -c "locked" "$WORK/search-errors" || true)
echo "   \"database is locked\" errors: $locked"
[ "$failures" = 0 ] && [ "$locked" = 0 ] || { cat "$WORK/search-errors"; fail "a search failed during the import"; }

echo "== checking the library after the kill"
check=$(sql 'PRAGMA integrity_check')
echo "   PRAGMA integrity_check: $check"
[ "$check" = ok ] || fail "integrity_check"
sql "INSERT INTO articleFts(articleFts) VALUES('integrity-check')" || fail "article index"
sql "INSERT INTO quoteFts(quoteFts) VALUES('integrity-check')" || fail "quote index"
echo "   FTS5 integrity-check: ok (articles and quotes)"
after=$(sql 'SELECT COUNT(*) FROM article')
echo "   articles: $after (at least $committed expected)"
[ "$after" -ge "$committed" ] || fail "articles committed before the kill are missing"
# An empty layout blob (version byte, zero paragraphs) is two bytes long.
incomplete=$(sql 'SELECT COUNT(*) FROM article a WHERE length(a.layout) <= 2')
[ "$incomplete" = 0 ] || fail "$incomplete articles lost their paragraphs"
notes=$(sql 'SELECT COUNT(*) FROM annotation WHERE isOrphan = 0')
echo "   annotations: $notes of 3, none orphaned"
[ "$notes" = 3 ] || fail "annotations lost"

echo "== finishing the import"
"$BYLINE" add "$WORK/articles" >/dev/null
total=$(sql 'SELECT COUNT(*) FROM article')
echo "   articles: $total of $ARTICLES; annotations: $(sql 'SELECT COUNT(*) FROM annotation WHERE isOrphan = 0') of 3"
[ "$total" = "$ARTICLES" ] || fail "duplicates or missing articles after resuming"
[ "$(sql 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after resuming"
echo "PASS: nothing lost, no search failed"
