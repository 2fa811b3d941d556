#!/usr/bin/env bash
# crash-signal.sh DIR SIG -- start the server if needed, send it SIG from outside (e.g. SEGV,
# ABRT, BUS), wait for it to die and the core to be complete; files it under
# DIR/crashes/sig_<sig>/ (core, error.log, info.env). The server's handler runs in whatever
# thread took the signal, so the report has no query.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
e2e_paths "${1:-}"
sig=${2:?usage: crash-signal.sh DIR SIG}
sig=${sig#SIG}
num=$(kill -l "$sig" 2>/dev/null) || die "unknown signal $sig"
from=$(( $(log_lines) + 1 ))
pid=$("$(dirname "$0")/start-mariadb.sh" "$DIR")
kill -s "$sig" "$pid"
name=sig_$(echo "$sig" | tr '[:upper:]' '[:lower:]')
save_crash "$name" "$pid" "$from" "$num"
echo "$DIR/crashes/$name"
