#!/usr/bin/env bash
# crash-semaphore.sh DIR [THRESHOLD] -- a genuine InnoDB long-semaphore-wait abort
# ("innodb_fatal_semaphore_wait_threshold was exceeded for dict_sys.latch"), filed as
# DIR/crashes/semaphore/. About 15-35 s. Needs root (loop mount, fsfreeze).
#
# How: a 64 MB ext4 image is loop-mounted at DIR/frz and frozen with fsfreeze. One client runs
# CREATE TABLE ... DATA DIRECTORY='DIR/frz': it takes dict_sys.latch and blocks in mkdir/open on
# the frozen file system. A second CREATE TABLE waits for the latch. The InnoDB monitor aborts
# the server once the wait passes --innodb-fatal-semaphore-wait-threshold (default here 10 s;
# the abort comes on the monitor's next tick, ~15 s). The fs is thawed as soon as the abort is
# logged (a thread in D state would keep the core from being written) and on every exit.
# DIR/frz stays mounted: a restart of this datadir needs the tablespace in it. cleanup.sh DIR
# unmounts it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
e2e_paths "${1:-}"
threshold=${2:-10}
FRZ=$DIR/frz
thaw() { if mountpoint -q "$FRZ" 2>/dev/null; then fsfreeze -u "$FRZ" 2>/dev/null || true; fi; }
trap thaw EXIT

if ! mountpoint -q "$FRZ"; then
  mkdir -p "$FRZ"
  truncate -s 64M "$DIR/frz.img"
  mkfs.ext4 -q -F "$DIR/frz.img"
  mount -o loop "$DIR/frz.img" "$FRZ" || die "cannot loop-mount $DIR/frz.img (needs root and loop devices)"
fi
"$(dirname "$0")/stop-mariadb.sh" "$DIR"
from=$(( $(log_lines) + 1 ))
pid=$(EXTRA_ARGS="--innodb-fatal-semaphore-wait-threshold=$threshold" "$(dirname "$0")/start-mariadb.sh" "$DIR")
sql -e "CREATE DATABASE IF NOT EXISTS crashtest"
tag=$(date +%s)
mkdir -p "$DIR/crashes"
fsfreeze -f "$FRZ"
timeout 300 mariadb --no-defaults -uroot -S "$SOCK" crashtest -e \
  "CREATE TABLE frozen_$tag (id INT PRIMARY KEY) ENGINE=InnoDB DATA DIRECTORY='$FRZ'" \
  > "$DIR/crashes/semaphore.holder.txt" 2>&1 &
sleep 1
timeout 300 mariadb --no-defaults -uroot -S "$SOCK" crashtest -e \
  "CREATE TABLE waiter_$tag (id INT PRIMARY KEY) ENGINE=InnoDB" \
  > "$DIR/crashes/semaphore.waiter.txt" 2>&1 &
seen=0
for _ in $(seq 1 $(( threshold + 90 ))); do
  if grep -q 'innodb_fatal_semaphore_wait_threshold was exceeded' < <(tail -n +"$from" "$LOG"); then seen=1; break; fi
  sleep 1
done
thaw
[ $seen = 1 ] || die "the semaphore abort was not logged within $(( threshold + 90 )) s"
save_crash semaphore "$pid" "$from" 6
wait || true
mv "$DIR/crashes/semaphore.holder.txt" "$DIR/crashes/semaphore/holder.txt"
mv "$DIR/crashes/semaphore.waiter.txt" "$DIR/crashes/semaphore/waiter.txt"
echo "$DIR/crashes/semaphore"
