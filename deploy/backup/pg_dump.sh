#!/usr/bin/env bash
# Logical backup for small deployments (one database, restore time = dump size / load speed, loses everything
# since the last dump). Phase 2+: WAL archiving with pgBackRest (pgbackrest.conf here) for point-in-time recovery.
#
# Connection: the libpq environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD or ~/.pgpass).
# BACKUP_DIR          where dumps go (required)
# BACKUP_KEEP         how many dumps to keep (default 14)
# BACKUP_METRICS_DIR  optional node-exporter textfile directory: backup_last_success_timestamp_seconds is written
#                     there after a successful dump (alert DearMeBackupTooOld)
# Restore: docs/operations.md "Restore from pg_dump" (pg_restore --clean --if-exists --no-owner -d dearme FILE).
set -euo pipefail
: "${BACKUP_DIR:?set BACKUP_DIR}"
keep=${BACKUP_KEEP:-14}
db=${PGDATABASE:-dearme}
mkdir -p "$BACKUP_DIR"
file="$BACKUP_DIR/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
# custom format: compressed, restorable table by table, parallel pg_restore -j
pg_dump --format=custom --compress=6 --no-owner --file="$file.partial" "$db"
# a dump that does not list its own table of contents is not a backup
pg_restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
ls -1t "$BACKUP_DIR"/"$db"-*.dump | tail -n +"$((keep + 1))" | xargs -r rm -f
if [ -n "${BACKUP_METRICS_DIR:-}" ]; then
  mkdir -p "$BACKUP_METRICS_DIR"
  tmp="$BACKUP_METRICS_DIR/.backup_pg_dump.prom.$$"
  {
    echo "# HELP backup_last_success_timestamp_seconds Unix time of the last successful database backup."
    echo "# TYPE backup_last_success_timestamp_seconds gauge"
    echo "backup_last_success_timestamp_seconds{tool=\"pg_dump\"} $(date +%s)"
    echo "# HELP backup_last_size_bytes Size of the last successful backup."
    echo "# TYPE backup_last_size_bytes gauge"
    echo "backup_last_size_bytes{tool=\"pg_dump\"} $(stat -c %s "$file")"
  } > "$tmp"
  mv "$tmp" "$BACKUP_METRICS_DIR/backup_pg_dump.prom"   # atomic: node-exporter never reads half a file
fi
echo "backup: $file"
