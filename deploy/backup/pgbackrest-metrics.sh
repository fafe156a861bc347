#!/usr/bin/env bash
# After a pgBackRest backup: the stop time of the newest backup as backup_last_success_timestamp_seconds
# {tool="pgbackrest"} in node-exporter's textfile directory (alert DearMeBackupTooOld).
# Usage: BACKUP_METRICS_DIR=/var/lib/node_exporter/textfile pgbackrest-metrics.sh [stanza]
set -euo pipefail
stanza=${1:-dearme}
: "${BACKUP_METRICS_DIR:?set BACKUP_METRICS_DIR}"
stop=$(pgbackrest --stanza="$stanza" --output=json info \
  | python3 -c 'import json,sys; b=json.load(sys.stdin)[0]["backup"]; print(b[-1]["timestamp"]["stop"] if b else "")')
[ -n "$stop" ] || { echo "no pgBackRest backup in stanza $stanza" >&2; exit 1; }
tmp="$BACKUP_METRICS_DIR/.backup_pgbackrest.prom.$$"
printf '# TYPE backup_last_success_timestamp_seconds gauge\nbackup_last_success_timestamp_seconds{tool="pgbackrest"} %s\n' "$stop" > "$tmp"
mv "$tmp" "$BACKUP_METRICS_DIR/backup_pgbackrest.prom"
