#!/usr/bin/env bash
# cleanup.sh DIR -- stop the server of DIR (if running), thaw and unmount DIR/frz (if the
# semaphore scenario mounted it) and remove DIR with its cores.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
e2e_paths "${1:-}"
"$(dirname "$0")/stop-mariadb.sh" "$DIR"
if mountpoint -q "$DIR/frz" 2>/dev/null; then
  fsfreeze -u "$DIR/frz" 2>/dev/null || true
  umount "$DIR/frz"
fi
rm -rf "$DIR"
