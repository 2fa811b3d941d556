#!/usr/bin/env bash
# crash-udf.sh DIR [FUNCTION] -- crash mariadbd *inside a query*: builds src/test/c/crash_udf.c
# into DIR/plugin, starts the server if needed, CREATE FUNCTION, then runs
#   SELECT id, v, FUNCTION() FROM crashtest.t1 WHERE id = 1
# in a connection thread, waits for the server to die and the core to be complete, and files
# everything under DIR/crashes/udf_<what>/ (core, error.log, info.env, client.txt).
# FUNCTION: crash_segv (default), crash_abort, crash_assert, crash_fpe.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
e2e_paths "${1:-}"
fn=${2:-crash_segv}
case $fn in
  crash_segv) sig=11 ;; crash_abort|crash_assert) sig=6 ;; crash_fpe) sig=8 ;;
  *) die "unknown function $fn" ;;
esac
build_udf
from=$(( $(log_lines) + 1 ))
pid=$("$(dirname "$0")/start-mariadb.sh" "$DIR")
sql -e "CREATE FUNCTION IF NOT EXISTS $fn RETURNS INTEGER SONAME 'crash_udf.so';
  CREATE DATABASE IF NOT EXISTS crashtest;
  CREATE TABLE IF NOT EXISTS crashtest.t1 (id INT PRIMARY KEY, v VARCHAR(20)) ENGINE=InnoDB;
  INSERT IGNORE INTO crashtest.t1 VALUES (1,'a'),(2,'b')"
name=udf_${fn#crash_}
mkdir -p "$DIR/crashes"
sql crashtest -e "SELECT id, v, $fn() FROM t1 WHERE id = 1" > "$DIR/crashes/$name.client.txt" 2>&1 || true
save_crash "$name" "$pid" "$from" "$sig"
mv "$DIR/crashes/$name.client.txt" "$DIR/crashes/$name/client.txt"
echo "$DIR/crashes/$name"
