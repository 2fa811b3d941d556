#!/usr/bin/env bash
# Differential fuzzing against GNU c++filt: mutates corpus symbols, runs both, reports lines that
# differ. Usage: bench/demangle-differential.sh [COUNT] [SEED]     (default 200000 1)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-200000}"
seed="${2:-1}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && mvn -B -o -q compile)
javac -cp "$here/target/classes" -d "$tmp" "$here"/bench/demangle-differential/*.java
java -cp "$tmp" Mutate "$here/src/test/resources/demangle/corpus.tsv.gz" "$seed" "$count" "$tmp/in"
c++filt < "$tmp/in" > "$tmp/expected"
java -cp "$here/target/classes:$tmp" Filter "$tmp/in" "$tmp/ours"
if cmp -s "$tmp/expected" "$tmp/ours"; then
  echo "$count mutated symbols (seed $seed): identical to c++filt"
else
  paste "$tmp/in" "$tmp/expected" "$tmp/ours" | awk -F'\t' '$2 != $3 { print $1 "\n  c++filt: " $2 "\n  ours:    " $3; n++ } END { print n " differ" }'
  exit 1
fi
