#!/usr/bin/env bash
# collect-bench.sh -- time and peak memory of `mycrash collect` on a real sparse core (which also
# runs gdb and reads the core's NT_FILE), against GNU `tar --sparse -czf` of the same host files
# (core, mysqld, every mapped library, error log), and checks that the bundle's core is
# byte-identical (sha256) to the input and that every manifest hash verifies.
#
# Usage:  bash bench/collect-bench.sh [CORE] [ERROR_LOG]
#   Defaults: the newest core under $WORK/cores, $WORK/datadir/error.log (mysqld: named by the core).
#   MAKE_CORE=1 first makes real cores with /work/shared/reference/real-crash-recipe.sh
#   (WORK=/tmp/collect-bench, PORT=33071, scenarios sig_segv udf_segv; needs root and MariaDB).
# Env:    RUNS (default 3; the median time and the largest RSS are reported), WORK.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK=${WORK:-/tmp/collect-bench}
RUNS=${RUNS:-3}
if [ "${MAKE_CORE:-0}" = 1 ]; then
  mkdir -p "$WORK/tmp"
  TMPDIR="$WORK/tmp" SKIP_APT=1 WORK="$WORK" PORT=33071 SCENARIOS="sig_segv udf_segv" KEEP_CORES=1 \
    bash /work/shared/reference/real-crash-recipe.sh
fi
CORE=${1:-$(ls -t "$WORK"/cores/core.* 2>/dev/null | head -1)}
LOG=${2:-$WORK/datadir/error.log}
[ -f "$CORE" ] || { echo "no core; run with MAKE_CORE=1 or pass one" >&2; exit 2; }
jar="$here/target/mycrash.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -o -DskipTests package >&2)
OUT="$WORK/bench-out"
mkdir -p "$OUT"

echo "core:   $CORE  apparent $(stat -c %s "$CORE") B, allocated $(( $(stat -c %b "$CORE") * $(stat -c %B "$CORE") )) B"
echo "log: $LOG  $(stat -c %s "$LOG") B;  runs: $RUNS;  load: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {  # measure NAME OUTFILE CMD... -> "NAME median_s max_rss_kb out_bytes"
  local name=$1 outfile=$2; shift 2
  local times=() rss=0
  for _ in $(seq 1 "$RUNS"); do
    rm -rf "$OUT"/*
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1
    read -r t m < "$WORK/time.txt"
    times+=("$t"); [ "$m" -gt "$rss" ] && rss=$m
  done
  local med; med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  printf '%-34s median %6.2f s  (runs: %s)  peak RSS %6d KB  output %10d B\n' "$name" "$med" "${times[*]}" "$rss" "$(stat -c %s $outfile)"
}

measure "mycrash collect" "$OUT/mycrash-*.tar.gz" \
  java -jar "$jar" collect --core "$CORE" --error-log "$LOG" --no-defaults --no-sql --core-wait 0 -o "$OUT"
# the same inputs for tar: every file the bundle took from the host (core, mysqld, libraries, log)
mkdir -p "$OUT/m" && tar -xzf "$OUT"/mycrash-*.tar.gz -C "$OUT/m" --wildcards '*/manifest.json'
python3 -c 'import json,sys,os; m=json.load(open(sys.argv[1]))
[print(f["original"]) for f in m["files"] if f["original"] and os.path.isfile(f["original"]) and not f["redacted"]]' \
  "$(ls "$OUT"/m/*/manifest.json)" > "$WORK/inputs.txt"
python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))
for s in m["steps"]:
    if s["millis"] >= 100: print("   step %-28s %6d ms" % (s["step"], s["millis"]))' "$(ls "$OUT"/m/*/manifest.json)"
echo "   inputs: $(wc -l < "$WORK/inputs.txt") files from the host"
measure "tar --sparse -czf (same inputs)" "$OUT/t.tgz" tar --sparse -czf "$OUT/t.tgz" -T "$WORK/inputs.txt"
measure "tar -czf (same inputs, no sparse)" "$OUT/t.tgz" tar -czf "$OUT/t.tgz" -T "$WORK/inputs.txt"

# correctness: rebuild the bundle once more and check the core inside against the input
rm -rf "$OUT"/*
java -jar "$jar" collect --core "$CORE" --error-log "$LOG" --no-defaults --no-sql --core-wait 0 -o "$OUT" >/dev/null
mkdir -p "$OUT/x" && tar -xzf "$OUT"/mycrash-*.tar.gz -C "$OUT/x"
want=$(sha256sum < "$CORE" | cut -d' ' -f1)
got=$(sha256sum < "$(ls -d "$OUT"/x/*/core/* | grep -v choice.txt | head -1)" | cut -d' ' -f1)
echo "core sha256 in bundle: $got $([ "$want" = "$got" ] && echo '== input' || echo "!= input $want")"
(cd "$OUT"/x/*/ && python3 -c '
import json,hashlib
m=json.load(open("manifest.json")); bad=0
for f in m["files"]:
    h=hashlib.sha256(open(f["path"],"rb").read()).hexdigest()
    bad+= h!=f["sha256"]
print("manifest sha256 check:", len(m["files"]), "files,", bad, "mismatches")')
