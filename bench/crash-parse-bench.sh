#!/usr/bin/env bash
# Cost of crash reports in `mycrash analyze --all` on a log dense with them (a crash loop): the real
# samples/mariadb-10.11-full-error.log (8 crash reports in 50 KB) repeated to SIZE_MB (default 200;
# the same text as a prefix of analyze-bench.sh's big-2g.log). Prints the median of five runs (wall)
# and the CPU of one run, and microseconds per crash report once the fixed cost of a run (the same
# command on one copy of the log) is taken out.
#
#   bench/crash-parse-bench.sh                      # this tree's launcher
#   MYCRASH=/other/tree/mycrash bench/crash-parse-bench.sh   # another build, on the same input
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/bench/out"
mkdir -p "$out"
src="$here/samples/mariadb-10.11-full-error.log"
size_mb="${SIZE_MB:-200}"
mycrash="${MYCRASH:-$here/mycrash}"
export MYCRASH_JAVA_OPTS="-Xmx512m"
dense="$out/dense-${size_mb}m.log"
if [ ! -f "$dense" ]; then
  cp "$src" "$dense.tmp"
  while [ "$(stat -c %s "$dense.tmp")" -lt $((size_mb * 1000000)) ]; do cat "$dense.tmp" "$dense.tmp" > "$dense.2"; mv "$dense.2" "$dense.tmp"; done
  head -c $((size_mb * 1000000)) "$dense.tmp" | sed '$d' > "$dense"   # whole lines only
  rm -f "$dense.tmp"
fi
"$mycrash" --version > /dev/null
ms() { local t0 t1; t0=$(date +%s%N); "$@" > /dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median5() { local i; for i in 1 2 3 4 5; do ms "$@"; done | sort -n | sed -n 3p; }
reports=$(grep -c ' got signal ' "$dense")
one=$(median5 "$mycrash" analyze --all --json "$src")
d=$(median5 "$mycrash" analyze --all --json "$dense")
cpu=$( { /usr/bin/time -f "%U %S" "$mycrash" analyze --all --json "$dense" > /dev/null; } 2>&1 | tail -1)
echo "dense log: $(stat -c %s "$dense") bytes, ${reports} crash reports ($mycrash)"
echo "--all: ${d} ms (median of 5; one copy of the log: ${one} ms), CPU user+sys of one run $(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { print u + s }') s"
echo "per crash report: $(awk -v d="$d" -v o="$one" -v n="$reports" 'BEGIN { printf "%.1f", (d - o) * 1000 / n }') us wall; load average $(cut -d' ' -f1 /proc/loadavg)"
