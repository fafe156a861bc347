#!/usr/bin/env bash
# Issue 16: backups are only real once restored. A throwaway PostgreSQL 15 (Debian binaries, own ports and
# directory under /tmp, run as user postgres) gets the app's schema (src/main/resources/db/migration) and data;
# then
#   1. deploy/backup/pg_dump.sh dumps it, the dump is restored into a fresh cluster: row counts and a diary match;
#   2. pgBackRest (WAL archiving + full backup) restores into a fresh cluster to the latest WAL;
#   3. PITR: pgBackRest restores to a moment before a later DELETE, and the deleted diaries are back.
# Never touches the machine's own PostgreSQL; stops exactly the clusters it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo_root=$(pwd)
need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15)
command -v pgbackrest >/dev/null || need+=(pgbackrest)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
BIN=/usr/lib/postgresql/15/bin
# no TCP at all (listen_addresses empty): the port only names the Unix socket in the private directory
BASE_PORT=${DEARME_RESTORE_PORT:-17600}
SRC_PORT=$BASE_PORT; DUMP_PORT=$((BASE_PORT + 1)); PITR_PORT=$((BASE_PORT + 2)); LATEST_PORT=$((BASE_PORT + 3))
DIR=$(mktemp -d /tmp/dearme-restore-XXXXXX)
chown postgres:postgres "$DIR"; chmod 700 "$DIR"
as_pg() { (cd "$DIR" && runuser -u postgres -- "$@"); }
started=()
cleanup() {
  for d in "${started[@]}"; do as_pg "$BIN/pg_ctl" -D "$d" -m immediate stop >/dev/null 2>&1 || true; done
  rm -rf "$DIR"
}
trap cleanup EXIT
fail() { echo "restore suite: FAILED: $*" >&2; exit 1; }

# psql PORT SQL -> one unaligned value per line
q() { as_pg "$BIN/psql" -X -v ON_ERROR_STOP=1 -h "$DIR" -p "$1" -d dearme -qAt -c "$2"; }

start_cluster() { # dir port [extra -c settings...]
  local d=$1 p=$2; shift 2
  local opts="-p $p -k $DIR -c listen_addresses=''"
  for o in "$@"; do opts+=" -c $o"; done
  as_pg "$BIN/pg_ctl" -D "$d" -l "$d.log" -o "$opts" -w -t 60 start >/dev/null || { cat "$d.log" >&2; fail "start $d"; }
  started+=("$d")
}
# hot standby answers reads during recovery: wait for the end of WAL replay (promotion) before comparing
wait_recovered() {
  for _ in $(seq 1 60); do [ "$(q "$1" "select pg_is_in_recovery()")" = "f" ] && return 0; sleep 1; done
  fail "cluster on port $1 did not finish recovery"
}
new_cluster() { as_pg "$BIN/initdb" -D "$1" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null; }

cat > "$DIR/pgbackrest.conf" <<CONF
[global]
repo1-path=$DIR/repo
repo1-retention-full=2
log-path=$DIR/log
lock-path=$DIR/lock
spool-path=$DIR/spool
log-level-console=warn
start-fast=y
compress-type=gz
[ci]
pg1-path=$DIR/src
pg1-port=$SRC_PORT
pg1-socket-path=$DIR
pg1-user=postgres
CONF
mkdir -p "$DIR/log" "$DIR/lock" "$DIR/spool"
chown -R postgres:postgres "$DIR"
BR=(pgbackrest --config="$DIR/pgbackrest.conf" --stanza=ci)

echo "-- source cluster with WAL archiving (port $SRC_PORT)"
new_cluster "$DIR/src"
start_cluster "$DIR/src" "$SRC_PORT" wal_level=replica archive_mode=on \
  "archive_command='pgbackrest --config=$DIR/pgbackrest.conf --stanza=ci archive-push %p'" max_wal_senders=3
as_pg "$BIN/createdb" -h "$DIR" -p "$SRC_PORT" dearme
# the app's schema, in Flyway's version order (V1, V4_1, ... compared as numbers)
for f in $(ls src/main/resources/db/migration/V*.sql | sort -t_ -k1,1V); do
  as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$SRC_PORT" -d dearme < "$f" >/dev/null
done
q "$SRC_PORT" "
insert into users (email, username, password_hash, email_verified)
  select 'u' || i || '@example.com', 'user' || i, 'x', true from generate_series(1, 3) i;
insert into diaries (user_id, title, content, diary_date)
  select u.id, '일기 ' || d, '오늘은 ' || d || '번째 날. 바다를 봤다 🌊 — user ' || u.id, date '2026-11-01' + d
  from users u, generate_series(1, 4) d;" >/dev/null

echo "-- pgBackRest stanza and full backup"
as_pg "${BR[@]}" stanza-create
as_pg "${BR[@]}" check
as_pg "${BR[@]}" --type=full backup

# written after the full backup: only WAL replay can bring this row back
q "$SRC_PORT" "insert into diaries (user_id, title, content, diary_date)
  select id, '백업 뒤의 일기', '전체 백업 이후에 쓴 글 ✍️', date '2026-12-01' from users where username = 'user1'" >/dev/null

counts() { q "$1" "select (select count(*) from users) || '/' || (select count(*) from diaries)"; }
diary() { q "$1" "select title || '|' || content || '|' || diary_date from diaries where title = '백업 뒤의 일기'"; }
before_counts=$(counts "$SRC_PORT"); before_diary=$(diary "$SRC_PORT")
[ "$before_counts" = "3/13" ] || fail "unexpected source data $before_counts"

echo "-- pg_dump.sh"
as_pg env PGHOST="$DIR" PGPORT="$SRC_PORT" PGUSER=postgres PGDATABASE=dearme BACKUP_DIR="$DIR/dumps" \
  BACKUP_METRICS_DIR="$DIR/metrics" bash -s < deploy/backup/pg_dump.sh >/dev/null
dump=$(ls "$DIR"/dumps/dearme-*.dump)
grep -q '^backup_last_success_timestamp_seconds{tool="pg_dump"} [0-9]\+$' "$DIR/metrics/backup_pg_dump.prom" \
  || fail "pg_dump.sh wrote no success metric"

# the accident: user1's diaries are deleted after a known-good moment
sleep 1
target=$(q "$SRC_PORT" "select now()")
sleep 1
q "$SRC_PORT" "delete from diaries where user_id = (select id from users where username = 'user1')" >/dev/null
after_counts=$(counts "$SRC_PORT")
[ "$after_counts" = "3/8" ] || fail "delete did not happen ($after_counts)"
# close the current WAL segment and wait until it is archived (check switches WAL and waits)
as_pg "${BR[@]}" check

echo "-- restore the dump into a fresh cluster (port $DUMP_PORT)"
new_cluster "$DIR/dump"
start_cluster "$DIR/dump" "$DUMP_PORT"
as_pg "$BIN/createdb" -h "$DIR" -p "$DUMP_PORT" dearme
as_pg "$BIN/pg_restore" -h "$DIR" -p "$DUMP_PORT" -d dearme --no-owner --exit-on-error "$dump"
[ "$(counts "$DUMP_PORT")" = "$before_counts" ] || fail "pg_dump restore counts $(counts "$DUMP_PORT") != $before_counts"
[ "$(diary "$DUMP_PORT")" = "$before_diary" ] || fail "pg_dump restore diary differs"
echo "   pg_dump restore: users/diaries $before_counts, diary content equal"

echo "-- pgBackRest restore to the latest WAL (port $LATEST_PORT)"
as_pg "${BR[@]}" --pg1-path="$DIR/latest" restore
start_cluster "$DIR/latest" "$LATEST_PORT" archive_mode=off
wait_recovered "$LATEST_PORT"
[ "$(counts "$LATEST_PORT")" = "$after_counts" ] || fail "latest restore counts $(counts "$LATEST_PORT") != $after_counts"
echo "   latest restore: users/diaries $after_counts (the delete is replayed, as it should be)"

echo "-- pgBackRest point-in-time restore to $target (port $PITR_PORT)"
as_pg "${BR[@]}" --pg1-path="$DIR/pitr" --type=time "--target=$target" --target-action=promote restore
start_cluster "$DIR/pitr" "$PITR_PORT" archive_mode=off
wait_recovered "$PITR_PORT"
[ "$(counts "$PITR_PORT")" = "$before_counts" ] || fail "PITR counts $(counts "$PITR_PORT") != $before_counts"
[ "$(diary "$PITR_PORT")" = "$before_diary" ] || fail "PITR diary differs"
echo "   PITR restore: users/diaries $before_counts, the deleted diaries and the post-backup diary are back"
echo "restore suite: passed"
