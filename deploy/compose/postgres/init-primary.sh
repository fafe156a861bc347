#!/bin/bash
# First start of postgres-primary only (docker-entrypoint-initdb.d): the application role and database,
# the replication role, the physical slot the replica streams from, and pg_hba for replication.
# Passwords come from the environment (deploy/compose/.env) and reach SQL as psql variables, never inlined.
set -e

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v app_password="$DEARME_DB_PASSWORD" -v repl_password="$POSTGRES_REPLICATION_PASSWORD" <<'EOSQL'
CREATE ROLE dearme LOGIN PASSWORD :'app_password';
CREATE DATABASE dearme OWNER dearme ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'repl_password';
SELECT pg_create_physical_replication_slot('replica1');
EOSQL

# the image's pg_hba has "host all all all scram-sha-256", which does not cover replication connections
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
