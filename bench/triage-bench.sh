#!/usr/bin/env bash
# Triage benchmark: generates 10,000 error logs under /tmp/mycrash-triage-bench from the real
# generated-here crash logs (varied stacks; a third carry stacks of mariadb-qa known bugs) and
# triages them in-process against the 1,573 active entries of the real mariadb-qa list.
# Target: >= 1,000 logs/s on the project's 2-core machine. Prints one "triage benchmark:" line.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o test -Dtest=TriageBenchmarkTest -Dmycrash.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "Tests run:|BUILD|ERROR" || true
grep -h "triage benchmark:" target/surefire-reports/dev.mycrash.triage.TriageBenchmarkTest-output.txt
