#!/usr/bin/env bash
# Regenerates the demangler's test fixtures from this machine kind (Debian 12, binutils 2.40):
#   src/test/resources/demangle/corpus.tsv.gz   symbol<TAB>c++filt output, one per line
#   src/test/resources/demangle/logs/*.log      error logs copied from /work/shared/corpus
#   src/test/resources/demangle/logs/*.cxxfilt  c++filt's output for each log (golden)
# Review the diff before committing: goldens are c++filt's word, not ours.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/src/test/resources/demangle"
corpus="${CORPUS:-/work/shared/corpus}"
libdir=/usr/lib/x86_64-linux-gnu
mkdir -p "$dest/logs"
c++filt --version | head -1

# 1. Defined dynamic symbols starting with _Z from the big C++ libraries, version suffix stripped.
for lib in "$libdir"/libLLVM-15.so.1 "$libdir"/libLLVM-14.so.1 "$libdir"/libclang-cpp.so.14 \
           "$libdir"/libstdc++.so.6 "$libdir"/libboost_*.so.1.74.0; do
  nm -D --defined-only "$lib" | awk '{print $3}'
done | grep '^_Z' | sed 's/@.*//' | LC_ALL=C sort -u > "$dest/symbols.tmp"
c++filt < "$dest/symbols.tmp" > "$dest/expected.tmp"
paste "$dest/symbols.tmp" "$dest/expected.tmp" | gzip -9n > "$dest/corpus.tsv.gz"
echo "corpus: $(wc -l < "$dest/symbols.tmp") symbols"
rm -f "$dest/symbols.tmp" "$dest/expected.tmp"

# 2. Every error log of the shared corpus, and every other corpus file with an _Z token in it,
#    with c++filt's output beside it (copies are named <path with / as _>.log).
{ find "$corpus/real" "$corpus/generated-here" -type f -name '*.log'
  grep -rlE '_Z[A-Za-z0-9_]' "$corpus/real" "$corpus/generated-here" | grep -v '\.log$'
} | LC_ALL=C sort -u | while read -r f; do
  name="$(echo "${f#"$corpus"/}" | tr '/' '_')"
  case "$name" in *.log) ;; *) name="$name.log" ;; esac
  cp "$f" "$dest/logs/$name"
  c++filt < "$f" > "$dest/logs/$name.cxxfilt"
done
echo "logs: $(ls "$dest/logs"/*.log | wc -l)"
