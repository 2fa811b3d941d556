#!/usr/bin/env bash
# stop-mariadb.sh DIR -- clean shutdown (SIGTERM) of the server started by start-mariadb.sh DIR,
# if it still runs. Only that pid is signalled.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
e2e_paths "${1:-}"
pid=$(server_pid)
if [ -n "$pid" ]; then kill -TERM "$pid"; wait_gone "$pid" 120; fi
rm -f "$PIDFILE"
