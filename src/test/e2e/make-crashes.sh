#!/usr/bin/env bash
# make-crashes.sh DIR -- every real crash the real-server tests read, in one go:
#   DIR/crashes/udf_segv   SELECT crash_segv()  (SIGSEGV inside a connection thread)
#   DIR/crashes/udf_abort  SELECT crash_abort() (SIGABRT through abort())
#   DIR/crashes/sig_abrt   kill -ABRT from outside
# then leaves no server running. About 10 s. Needs root (or a user that may run mariadbd),
# mariadb-server, mariadb-client, gcc; the tests also need gdb and elfutils.
set -euo pipefail
here=$(dirname "$0")
dir=${1:?usage: make-crashes.sh DIR}
"$here/crash-udf.sh" "$dir" crash_segv
"$here/crash-udf.sh" "$dir" crash_abort
"$here/crash-signal.sh" "$dir" ABRT
"$here/stop-mariadb.sh" "$dir"
echo "crashes ready; now: MYCRASH_E2E_DIR=$dir mvn -B -Pe2e verify" >&2
