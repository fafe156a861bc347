#!/bin/sh
# Writes /etc/pgbouncer/userlist.txt from PGBOUNCER_USER / PGBOUNCER_PASSWORD when both are set (so the
# password has one source, the compose .env), otherwise expects a mounted userlist.txt. Then runs PgBouncer
# in the foreground (logs to stderr).
set -e
if [ -n "${PGBOUNCER_USER:-}" ] && [ -n "${PGBOUNCER_PASSWORD:-}" ]; then
  umask 077
  # userlist.txt quotes values in "..." and doubles a literal "
  escaped=$(printf '%s' "$PGBOUNCER_PASSWORD" | sed 's/"/""/g')
  printf '"%s" "%s"\n' "$PGBOUNCER_USER" "$escaped" > /etc/pgbouncer/userlist.txt
fi
if [ ! -s /etc/pgbouncer/userlist.txt ]; then
  echo "pgbouncer: /etc/pgbouncer/userlist.txt is missing (set PGBOUNCER_USER and PGBOUNCER_PASSWORD or mount it)" >&2
  exit 1
fi
exec pgbouncer /etc/pgbouncer/pgbouncer.ini
