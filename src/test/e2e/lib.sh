# lib.sh -- helpers shared by the end-to-end scripts (sourced, not run).
# Layout of a crash directory DIR (everything the scripts make lives under it):
#   DIR/datadir/            the throwaway datadir (error log: DIR/datadir/error.log)
#   DIR/plugin/             the server's --plugin-dir (crash_udf.so is built into it)
#   DIR/mariadbd.pid        pid of the running server (removed when it is gone)
#   DIR/crashes/NAME/       one crash: core, error.log (that lifetime's log), info.env
# Nothing is written outside DIR; the system plugin dir and /etc/mysql are not touched.

MARIADBD=${MARIADBD:-/usr/sbin/mariadbd}
E2E_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "${0##*/}: $*" >&2; exit 1; }
log() { echo "[${0##*/}] $*" >&2; }

e2e_paths() {   # e2e_paths DIR: sets the path variables for DIR
  [ -n "${1:-}" ] || die "usage: ${0##*/} DIR ..."
  mkdir -p "$1"
  DIR=$(cd "$1" && pwd)
  DD=$DIR/datadir
  LOG=$DD/error.log
  SOCK=$DIR/mysqld.sock
  PIDFILE=$DIR/mariadbd.pid
  PLUGIN_DIR=$DIR/plugin
}

sql() { mariadb --no-defaults -uroot -S "$SOCK" "$@"; }

server_pid() {  # prints the pid of our running server, or nothing
  local pid
  [ -f "$PIDFILE" ] || return 0
  pid=$(cat "$PIDFILE")
  if alive "$pid"; then echo "$pid"; fi
}

alive() {       # alive PID: true if PID exists and is not a zombie (kill -0 is true for zombies)
  [ -e "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

wait_gone() {   # wait_gone PID [SECONDS]: until PID is gone or a zombie
  local pid=$1 deadline=$(( $(date +%s) + ${2:-120} ))
  while alive "$pid"; do
    [ "$(date +%s)" -lt "$deadline" ] || die "pid $pid still alive after ${2:-120}s"
    sleep 0.05
  done
}

log_lines() { if [ -f "$LOG" ]; then wc -l < "$LOG"; else echo 0; fi; }

wait_core_complete() {  # wait_core_complete FILE: the size must stop changing (it is written by
  local f=$1 last=-1 now      # the kernel before the process turns zombie; this is a safety net)
  for _ in $(seq 1 100); do
    if [ -f "$f" ]; then
      now=$(stat -c %s "$f")
      [ "$now" = "$last" ] && return 0
      last=$now
    fi
    sleep 0.1
  done
  [ -f "$f" ] || die "no core file $f (is ulimit -c / core_pattern preventing it? core_pattern=$(cat /proc/sys/kernel/core_pattern))"
}

build_udf() {   # compiles src/test/c/crash_udf.c into the server's plugin dir
  mkdir -p "$PLUGIN_DIR"
  gcc -O0 -g -fPIC -shared -Wall -o "$PLUGIN_DIR/crash_udf.so.tmp" "$(cd "$E2E_SRC/../c" && pwd)/crash_udf.c"
  mv -f "$PLUGIN_DIR/crash_udf.so.tmp" "$PLUGIN_DIR/crash_udf.so"
}

# save_crash NAME PID FROM_LINE SIGNAL: waits for the server to die and files the core away
save_crash() {
  local name=$1 pid=$2 from=$3 signal=$4 out=$DIR/crashes/$1
  wait_gone "$pid" 300
  rm -f "$PIDFILE"
  wait_core_complete "$DD/core"
  rm -rf "$out"; mkdir -p "$out"
  mv "$DD/core" "$out/core"
  tail -n +"$from" "$LOG" > "$out/error.log"
  {
    echo "SCENARIO=$name"
    echo "SIGNAL=$signal"
    echo "PID=$pid"
    echo "MARIADBD=$MARIADBD"
    echo "PLUGIN_DIR=$PLUGIN_DIR"
    echo "CORE=$out/core"
  } > "$out/info.env"
  log "$name: core $(stat -c %s "$out/core") bytes apparent -> $out"
}
