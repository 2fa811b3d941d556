#!/usr/bin/env bash
# Demangling throughput, ours against GNU c++filt, on the 76k real-symbol corpus x10 (764k symbols).
# Usage: bench/demangle-bench.sh        (needs c++filt on PATH for the comparison)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
zcat "$here/src/test/resources/demangle/corpus.tsv.gz" | cut -f1 > "$tmp/one"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$tmp/one"; done > "$tmp/ten"
echo "symbols: $(wc -l < "$tmp/ten")"
args=()
if command -v c++filt >/dev/null; then
  c++filt < "$tmp/ten" > /dev/null   # warm the page cache
  TIMEFORMAT='%3U %3S %3R'
  read -r user sys real < <( { time c++filt < "$tmp/ten" > /dev/null; } 2>&1 )
  secs=$(echo "$user + $sys" | bc)
  echo "c++filt: cpu $secs s (user $user + sys $sys), wall $real s"
  args=("-Dcxxfilt.seconds=$secs")
fi
cd "$here"
mvn -B -o test -Dtest=ItaniumBenchmarkTest -Dmycrash.excludedGroups=real-server \
  -Dsurefire.failIfNoSpecifiedTests=false "${args[@]}" | grep -E 'symbols|Tests run|FAIL'
