#!/usr/bin/env bash
# make-crashes.sh DIR -- every real crash the real-server tests read, in one go:
#   DIR/crashes/udf_segv   SELECT crash_segv()  (SIGSEGV inside a connection thread)
#   DIR/crashes/udf_abort  SELECT crash_abort() (SIGABRT through abort())
#   DIR/crashes/sig_abrt   kill -ABRT from outside
#   DIR/crashes/semaphore  InnoDB semaphore-wait abort via fsfreeze (skip with E2E_SEMAPHORE=0;
#                          if the loop mount is impossible it is reported and left out)
# then leaves no server running. About 5 s, plus 16 s for the semaphore crash. Needs root (or a user that may run mariadbd),
# mariadb-server, mariadb-client, gcc; the tests also need gdb and elfutils.
set -euo pipefail
here=$(dirname "$0")
dir=${1:?usage: make-crashes.sh DIR}
"$here/crash-udf.sh" "$dir" crash_segv
"$here/crash-udf.sh" "$dir" crash_abort
"$here/crash-signal.sh" "$dir" ABRT
if [ "${E2E_SEMAPHORE:-1}" = 1 ]; then
  "$here/crash-semaphore.sh" "$dir" || echo "make-crashes.sh: semaphore scenario failed; its test will be skipped" >&2
fi
"$here/stop-mariadb.sh" "$dir"
echo "crashes ready; now: MYCRASH_E2E_DIR=$dir mvn -B -Pe2e verify; then cleanup.sh $dir" >&2
