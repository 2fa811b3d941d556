#!/usr/bin/env bash
# Benchmarks of `mycrash analyze` on logs built from real corpus text (generated under bench/out/,
# which git ignores). Prints the figures; exits non-zero when a target is missed.
#
#   bench/analyze-bench.sh            # 2 GB / 50 KB default scope, --all throughput, bad-input cases
#   SIZE_GB=1 bench/analyze-bench.sh  # a smaller big log
#
# Targets (issue 2): default scope on a 2 GB log whose last crash is at the end takes at most 1.2x
# its time on a 50 KB log (it reads the tail, not the file); --all scans >= 1 GB/s page-cached.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/bench/out"
mkdir -p "$out"
jar="$here/target/mycrash.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -o -DskipTests package)
src="$here/samples/mariadb-10.11-full-error.log"   # real MariaDB 10.11 log, 10 lifetimes, 8 crash reports
size_gb="${SIZE_GB:-2}"
java=(java -Xmx512m -jar "$jar")

# filler: the whole real log (crashes included); tail: its last crashed lifetime (lines 580-676, the
# watchdog abort), so the last crash of every generated log is at its end.
tail_part="$out/tail.part"
sed -n '580,676p' "$src" > "$tail_part"

make_log() { # $1 = target bytes, $2 = output
  local target=$1 f=$2 tmp="$2.tmp"
  cp "$src" "$tmp"
  while [ "$(stat -c %s "$tmp")" -lt "$target" ]; do cat "$tmp" "$tmp" > "$tmp.2"; mv "$tmp.2" "$tmp"; done
  head -c "$target" "$tmp" | sed '$d' > "$f"   # whole lines only
  cat "$tail_part" >> "$f"
  rm -f "$tmp"
}

small="$out/small-50k.log"; big="$out/big-${size_gb}g.log"
[ -f "$small" ] || make_log 45000 "$small"
[ -f "$big" ] || make_log $((size_gb * 1024 * 1024 * 1024)) "$big"
cat "$big" > /dev/null   # page cache

ms() { local t0 t1; t0=$(date +%s%N); "$@" > /dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median3() { local a b c; a=$(ms "$@"); b=$(ms "$@"); c=$(ms "$@"); printf '%s\n' "$a" "$b" "$c" | sort -n | sed -n 2p; }

echo "inputs: $(stat -c %s "$small") bytes small, $(stat -c %s "$big") bytes big (from $src)"
s=$(median3 "${java[@]}" analyze --json "$small")
b=$(median3 "${java[@]}" analyze --json "$big")
ratio=$(awk -v b="$b" -v s="$s" 'BEGIN { printf "%.2f", b / s }')
echo "default scope: small ${s} ms, big ${b} ms, ratio ${ratio} (target <= 1.20)"

a=$(median3 "${java[@]}" analyze --all --json "$big")
gbs=$(awk -v n="$(stat -c %s "$big")" -v ms="$a" 'BEGIN { printf "%.2f", n / 1e9 / (ms / 1000) }')
echo "--all: ${a} ms for $(stat -c %s "$big") bytes = ${gbs} GB/s (target >= 1.00), JVM start included"
"${java[@]}" analyze --all --json "$big" | grep -E '"(crashesOmitted|lifetimesOmitted|lines)"' | tr -d ' \n'; echo

# bad input at scale, with a 256 MB heap: one 1 GB line, 10^6 crash headers
line="$out/one-gb-line.log"
[ -f "$line" ] || head -c $((1024 * 1024 * 1024)) /dev/zero | tr '\0' 'x' > "$line"
t=$(ms java -Xmx256m -jar "$jar" analyze --all "$line")
echo "1 GB single line, -Xmx256m, --all: ${t} ms, exit $(java -Xmx256m -jar "$jar" analyze --all "$line" > /dev/null; echo $?)"
hdrs="$out/million-headers.log"
[ -f "$hdrs" ] || yes '07:00:44 UTC - mysqld got signal 11 ;' | head -n 1000000 > "$hdrs"
t=$(ms java -Xmx256m -jar "$jar" analyze --all --json "$hdrs")
echo "10^6 crash headers, -Xmx256m, --all: ${t} ms; default scope: $(ms java -Xmx256m -jar "$jar" analyze "$hdrs") ms"

fail=0
awk -v r="$ratio" 'BEGIN { exit !(r <= 1.20) }' || { echo "MISSED: default-scope ratio $ratio > 1.20"; fail=1; }
awk -v g="$gbs" 'BEGIN { exit !(g >= 1.00) }' || { echo "MISSED: --all $gbs GB/s < 1.00"; fail=1; }
exit $fail
