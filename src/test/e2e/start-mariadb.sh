#!/usr/bin/env bash
# start-mariadb.sh DIR -- create a throwaway MariaDB datadir under DIR (once) and start mariadbd
# by hand, without systemd, ready to dump core; waits until it accepts connections.
# Prints the server pid. Safe to call again after a crash: it restarts on the same datadir.
#
#   --no-defaults   /etc/mysql/my.cnf points the pid file at /run/mysqld, absent without systemd
#   setsid          keeps the server out of the caller's process group (a group kill of the CI
#                   job would otherwise shut it down cleanly)
#   --core-file + ulimit -c unlimited; the core lands in the datadir (core_pattern "core" is
#                   relative to the cwd, and mariadbd chdirs to its datadir)
#   --skip-networking  socket only (DIR/mysqld.sock), so parallel runs never fight over a port
# Env: MARIADBD (default /usr/sbin/mariadbd), EXTRA_ARGS (more mariadbd options)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
e2e_paths "${1:-}"

if pid=$(server_pid) && [ -n "$pid" ]; then log "already running: $pid"; echo "$pid"; exit 0; fi
if [ ! -d "$DD/mysql" ]; then
  rm -rf "$DD"
  mariadb-install-db --no-defaults --user=root --datadir="$DD" --skip-test-db \
    --auth-root-authentication-method=normal > "$DIR/install-db.log" 2>&1 \
    || { cat "$DIR/install-db.log" >&2; die "mariadb-install-db failed"; }
fi
mkdir -p "$PLUGIN_DIR"
rm -f "$DD/core"
from=$(( $(log_lines) + 1 ))
# shellcheck disable=SC2086
pid=$(cd "$DD" && ulimit -c unlimited && {
  setsid "$MARIADBD" --no-defaults --user=root --datadir="$DD" --socket="$SOCK" \
    --pid-file="$DD/mysqld.pid" --skip-networking --plugin-dir="$PLUGIN_DIR" \
    --log-error="$LOG" --core-file ${EXTRA_ARGS:-} </dev/null >/dev/null 2>&1 &
  echo $!; })
echo "$pid" > "$PIDFILE"
for _ in $(seq 1 600); do
  if grep -q 'ready for connections' < <(tail -n +"$from" "$LOG" 2>/dev/null); then
    log "mariadbd $pid ready (log $LOG)"; echo "$pid"; exit 0
  fi
  alive "$pid" || break
  sleep 0.1
done
tail -30 "$LOG" >&2 || true
die "mariadbd did not become ready"
