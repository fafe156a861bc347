#!/bin/bash
# postgres-replica: on the first start clone postgres-primary with pg_basebackup -R (writes primary_conninfo
# and standby.signal) over the slot init-primary.sh created, then run as a hot standby. Runs as `postgres`;
# PGPASSWORD (the replication password) is in the environment for pg_basebackup and the WAL receiver.
set -e
PGDATA="${PGDATA:-/var/lib/postgresql/data/pgdata}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "replica: waiting for postgres-primary"
  until pg_isready -h postgres-primary -p 5432 -q; do sleep 2; done
  echo "replica: cloning postgres-primary into $PGDATA"
  rm -rf "$PGDATA"
  pg_basebackup -h postgres-primary -p 5432 -U replicator -D "$PGDATA" -R -X stream -S replica1 --checkpoint=fast
fi
chmod 0700 "$PGDATA"
exec postgres -D "$PGDATA" "$@"
