#!/usr/bin/env bash
# Triage benchmark: generates 10,000 error logs under $DIR (default /tmp/mycrash-triage-bench) from
# the real generated-here crash logs (varied stacks; a third carry stacks of mariadb-qa known bugs)
# and triages them against the 1,573 active entries of the real mariadb-qa list, twice:
#   1. in-process (TriageBenchmarkTest): prints one "triage benchmark:" line;
#   2. the CLI, `mycrash triage` as a user runs it (JVM start and JIT included): prints one
#      "triage CLI:" line with logs/s wall and logs per CPU-second (user+sys).
# Target: >= 1,000 logs/s on the project's 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${DIR:-/tmp/mycrash-triage-bench}
mvn -B -o test -Dtest=TriageBenchmarkTest -Dmycrash.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmycrash.bench.dir="$DIR" | grep -E "Tests run:|BUILD|ERROR" || true
grep -h "triage benchmark:" target/surefire-reports/dev.mycrash.triage.TriageBenchmarkTest-output.txt
QA=src/test/resources/knownbugs/mariadb-qa/known_bugs.strings
./mycrash triage --help > /dev/null 2>&1 # builds the jar when sources are newer
n=$(find "$DIR" -name '*.err' | wc -l)
TIMEFORMAT='%R %U %S'
t=$( { time ./mycrash triage --known-bugs-strings "$QA" "$DIR" > /dev/null || [ $? -eq 3 ]; } 2>&1 | tail -1)
read -r real user sys <<< "$t"
awk -v n="$n" -v r="$real" -v u="$user" -v s="$sys" -v la="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "triage CLI: %d logs in %.2f s = %.0f logs/s wall (%.2f s CPU = %.0f logs per CPU-second; load average %s)\n",
    n, r, n / r, u + s, n / (u + s), la }'
