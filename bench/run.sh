#!/usr/bin/env bash
# DearMe's one benchmark entry point (issue 15). Usage: bench/run.sh [scenario ...]
#   list     GET /api/v1/diaries?per_page=20 at 16, 64 and 256 connections
#   home     each call of the home screen (stats, calendar, weekly insight, unread count) at 64 connections
#   mixed    the mixed workload (bench/wrk/mixed.lua) at 64 and 256 connections
#   held     mixed at 64 while 2,000 idle keep-alive connections and 200 notification streams are held
#   cold     start-up (first start with initdb, second start), idle RSS, then `first`
#   first    p99 of the first 1,000 requests after a start (seeded server)
#   chat-streaming, journey   the older benchmarks (bench/run-chat-streaming.sh, bench/run-journey.sh)
#   all      list home mixed held cold (default)     smoke   a few seconds of list, for CI
# Every wrk scenario runs `pgbench -S` on the same PostgreSQL with the same connection count right after it, and
# records the ratio. The app runs from target/dearme.jar against a PostgreSQL 15 server this script starts from
# Debian's binaries (own port and directory under $BENCH_RUN; stopped at exit, pids it started only), seeded with
# 1,000 users × 365 diaries (bench/seed.sql). Figures are appended to bench/results/data/runs.jsonl, then
# bench/report.sh rewrites bench/results/README.md and the plots.
# Settings: DURATION (20s), WARMUP (20s), BENCH_RUN (target/bench), PG_PORT (15700), APP_PORT (15780).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export BENCH_DIR=$ROOT/bench
. "$ROOT/bench/lib.sh"
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
RUN=$(realpath -m "${BENCH_RUN:-$ROOT/target/bench}") # absolute: the server resolves paths from its data dir
PG_PORT=${PG_PORT:-15700}
APP_PORT=${APP_PORT:-15780}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results/data/runs.jsonl}
export BENCH_USERS=$RUN/users.txt
JWT_SECRET=bench-only-secret-0123456789abcdef-0123456789
APP_PID=""
PG_STARTED=""

need() { command -v "$1" >/dev/null || { echo "bench: '$1' is missing (apt-get install $2)" >&2; exit 2; }; }
need wrk wrk; need "$PGBIN/pgbench" postgresql; need jq jq; need curl curl

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$HOLD_PID" ] && kill "$HOLD_PID" 2>/dev/null || true
  [ -n "$PG_STARTED" ] && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$RUN/pg" -m fast stop >/dev/null 2>&1 || true
}
HOLD_PID=""
trap cleanup EXIT

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench pom.xml || echo "+dirty")
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r), load $(cut -d' ' -f1 /proc/loadavg) at start"

# PostgreSQL refuses to run as root: as root, its server runs as the OS user postgres (Debian's package makes it)
AS_PG=()
[ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)

pg_up() {
  [ -n "$PG_STARTED" ] && return 0 # one server for every scenario of the run
  mkdir -p "$RUN/pg"
  [ ${#AS_PG[@]} -gt 0 ] && chown postgres "$RUN" "$RUN/pg"
  if [ ${#AS_PG[@]} -gt 0 ] && ! "${AS_PG[@]}" test -w "$RUN/pg"; then
    echo "bench: user postgres cannot reach $RUN (a parent directory is closed); set BENCH_RUN to a path under /tmp" >&2; exit 2
  fi
  if [ ! -f "$RUN/pg/PG_VERSION" ]; then
    "${AS_PG[@]}" "$PGBIN/initdb" -D "$RUN/pg" -U postgres -A trust --no-sync >/dev/null
    "${AS_PG[@]}" tee -a "$RUN/pg/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$RUN'
max_connections = 400
shared_buffers = 512MB
shared_preload_libraries = 'pg_stat_statements'
EOF
  fi
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$RUN/pg" -l "$RUN/pg/server.log" -w start >/dev/null
  PG_STARTED=1
  if ! psql_ -d postgres -tAc "select 1 from pg_database where datname='dearme'" | grep -q 1; then
    psql_ -d postgres -c "create role dearme login" -c "create database dearme owner dearme" -c "create database pgbench" >/dev/null
    "$PGBIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -q -s 10 pgbench >/dev/null 2>&1
  fi
}
psql_() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

app_start() { # $1 = log name; extra app arguments follow
  local log=$1; shift
  "$JAVA" -Xms1g -Xmx1g ${APP_JAVA_OPTS:-} -jar target/dearme.jar --server.port="$APP_PORT" \
    --dearme.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/dearme" --dearme.db.username=dearme \
    --dearme.jwt.secret="$JWT_SECRET" --dearme.jwt.access-ttl=6h --dearme.rate-limit.enabled=false \
    --dearme.data-dir="$RUN/data" "$@" > "$RUN/$log.log" 2>&1 &
  APP_PID=$!
}
wait_health() { # prints seconds from now until /health answers 200 on $1
  local url=$1 start; start=$(date +%s.%N)
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$url/health" && { echo "$(date +%s.%N) - $start" | bc; return 0; }
    sleep 0.05
  done
  echo "bench: no /health at $url" >&2; return 1
}
app_stop() { [ -n "$APP_PID" ] && kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

seed() {
  [ -f "$RUN/seeded" ] && return 0
  local base=http://127.0.0.1:$APP_PORT
  curl -sf -XPOST "$base/api/v1/auth/register" -H 'content-type: application/json' \
    -d '{"email":"bench0@bench.local","username":"bench0","password":"bench-pass-1"}' >/dev/null
  echo "bench: seeding $((1 + ${SEED_USERS:-999})) users × $((1 + ${SEED_DAYS:-364})) diaries …"
  psql_ -d dearme -v users="${SEED_USERS:-999}" -v days="${SEED_DAYS:-364}" -f bench/seed.sql >/dev/null
  # as after any bulk load: planner statistics and the visibility map (index-only counts), as autovacuum would
  # leave them on a database that lives longer than a benchmark
  psql_ -d dearme -c "vacuum (analyze)" >/dev/null
  touch "$RUN/seeded"
}

tokens() { bench_tokens "http://127.0.0.1:$APP_PORT"; } # BENCH_LOGINS (256) logged-in users (bench/lib.sh)

record() { # scenario name conns json-line [pgbench-tps]
  local scenario=$1 name=$2 conns=$3 line=$4 tps=${5:-null}
  mkdir -p "$(dirname "$RESULTS")"
  echo "$line" | jq -c --arg s "$scenario" --arg n "$name" --argjson c "$conns" --argjson tps "$tps" \
    --arg commit "$COMMIT" --arg machine "$MACHINE" --arg date "$(date -u +%FT%TZ)" \
    --arg cmd "bench/run.sh $scenario (DURATION=$DURATION WARMUP=$WARMUP)" \
    '. + {scenario:$s, name:$n, conns:$c, pgbench_tps:$tps, ratio:(if $tps == null then null else (.rps / $tps * 1000 | round / 1000) end),
          commit:$commit, machine:$machine, date:$date, command:$cmd}' >> "$RESULTS"
  echo "$line" | jq -r --arg n "$name" --argjson c "$conns" --argjson tps "$tps" \
    'if .rps == null then "  \($n): \(tostring)" else
    "  \($n) c=\($c): \(.rps|floor) req/s p50 \(.p50_ms) p95 \(.p95_ms) p99 \(.p99_ms) ms, errors \(.errors)" + (if $tps == null then "" else ", pgbench -S \($tps|floor) TPS → ratio \((.rps / $tps * 100)|floor) %" end) end'
}

wrk_run() { # script conns duration [path] → json line
  local script=$1 conns=$2 dur=$3 out; out=$(mktemp)
  BENCH_OUT=$out BENCH_PATH=${4:-} wrk -t2 -c"$conns" -d"$dur" --timeout 10s -s "bench/wrk/$script" \
    "http://127.0.0.1:$APP_PORT" > "$RUN/wrk-last.txt" 2>&1
  cat "$out"; rm -f "$out"
}

pgbench_tps() { # conns duration → TPS (excluding connection set-up)
  "$PGBIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -S -n -c "$1" -j 2 -T "${2%s}" pgbench 2>/dev/null \
    | awk '/^tps = / {print $3; exit}'
}

warm() { echo "bench: warming up ($WARMUP)"; wrk_run mixed.lua 64 "$WARMUP" >/dev/null; }

measure() { # scenario name script conns [path]
  local line tps
  line=$(wrk_run "$3" "$4" "$DURATION" "${5:-}")
  tps=$(pgbench_tps "$4" "$DURATION")
  record "$1" "$2" "$4" "$line" "$tps"
}

ready() {
  pg_up
  if [ -z "$APP_PID" ]; then
    app_start app
    wait_health "http://127.0.0.1:$APP_PORT" >/dev/null
    seed
    tokens
    warm
  fi
}

scenario_list() { ready; for c in ${LIST_CONNS:-16 64 256}; do measure list list get.lua "$c" "/api/v1/diaries?per_page=20"; done; }

scenario_home() {
  ready
  local m y; y=$(date -u +%Y); m=$(date -u +%-m)
  measure home stats get.lua 64 /api/v1/diaries/stats
  measure home calendar get.lua 64 "/api/v1/diaries/calendar?year=$y&month=$m"
  measure home weekly-insight get.lua 64 /api/v1/diaries/weekly-insight
  measure home unread-count get.lua 64 /api/v1/notifications/unread-count
}

scenario_mixed() { ready; for c in 64 256; do measure mixed mixed mixed.lua "$c"; done; }

scenario_held() {
  ready
  "$JAVA" bench/HoldConnections.java 127.0.0.1 "$APP_PORT" "${HELD_IDLE:-2000}" "${HELD_STREAMS:-200}" "$BENCH_USERS" \
    > "$RUN/hold.log" 2>&1 & HOLD_PID=$!
  for _ in $(seq 1 600); do grep -q '^ready' "$RUN/hold.log" 2>/dev/null && break; sleep 0.2; done
  echo "bench: $(grep '^ready' "$RUN/hold.log" || echo 'holder not ready')"
  measure held "mixed+held" mixed.lua 64
  kill "$HOLD_PID" 2>/dev/null || true; wait "$HOLD_PID" 2>/dev/null || true; HOLD_PID=""
}

scenario_cold() {
  pg_up
  app_stop
  local emb=$RUN/cold-embedded secs rss line
  rm -rf "$emb"
  # first and second start of the default run: embedded PostgreSQL, initdb on the first
  "$JAVA" ${APP_JAVA_OPTS:-} -jar target/dearme.jar --server.port="$APP_PORT" --dearme.data-dir="$emb" > "$RUN/cold1.log" 2>&1 & APP_PID=$!
  secs=$(wait_health "http://127.0.0.1:$APP_PORT"); app_stop
  record cold "first start (initdb) to /health" 1 "{\"seconds_to_health\":$secs}"
  "$JAVA" ${APP_JAVA_OPTS:-} -jar target/dearme.jar --server.port="$APP_PORT" --dearme.data-dir="$emb" > "$RUN/cold2.log" 2>&1 & APP_PID=$!
  secs=$(wait_health "http://127.0.0.1:$APP_PORT")
  sleep "${IDLE_WAIT:-30}"
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
  app_stop
  record cold "second start to /health" 1 "{\"seconds_to_health\":$secs}"
  record cold "idle RSS (java process, MiB)" 1 "{\"rss_mib\":$((rss / 1024))}"
  # the same second start from the extracted jar with the JDK's AOT cache, as the image runs it (deploy/docker)
  local aot=$RUN/aot
  rm -rf "$aot"
  "$JAVA" -Djarmode=tools -jar target/dearme.jar extract --destination "$aot" >/dev/null
  # a training run that exits at refresh leaves its embedded PostgreSQL running (Spring's shutdown handlers do not run
  # on that path): stop that one server, found by its own data directory, and start every training from scratch
  rm -rf "$RUN/aot-training"
  "$JAVA" ${APP_JAVA_OPTS:-} -XX:AOTCacheOutput="$aot/dearme.aot" -Dspring.context.exit=onRefresh -jar "$aot/dearme.jar" \
    --dearme.data-dir="$RUN/aot-training" > "$RUN/aot-training.log" 2>&1
  pkill -f -- "-D $RUN/aot-training/pg " || true
  # with the image's JVM flags (deploy/docker/Dockerfile's ENTRYPOINT)
  "$JAVA" ${APP_JAVA_OPTS:-} -XX:AOTCache="$aot/dearme.aot" -XX:G1PeriodicGCInterval=15000 -jar "$aot/dearme.jar" --server.port="$APP_PORT" \
    --dearme.data-dir="$emb" > "$RUN/cold-aot.log" 2>&1 & APP_PID=$!
  secs=$(wait_health "http://127.0.0.1:$APP_PORT")
  sleep "${IDLE_WAIT:-30}"
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
  app_stop
  record cold "second start to /health, AOT cache" 1 "{\"seconds_to_health\":$secs}"
  record cold "idle RSS with AOT cache (MiB)" 1 "{\"rss_mib\":$((rss / 1024))}"
  scenario_first
}

scenario_first() { # the first 1,000 requests after a start, on the seeded server
  pg_up
  app_stop
  app_start cold3
  secs=$(wait_health "http://127.0.0.1:$APP_PORT")
  [ -s "$BENCH_USERS" ] || { seed; tokens; }
  local out; out=$(mktemp)
  BENCH_OUT=$out BENCH_COUNT=1000 BENCH_THREADS=2 wrk -t2 -c8 -d60s --timeout 10s -s bench/wrk/first.lua \
    "http://127.0.0.1:$APP_PORT" > "$RUN/wrk-first.txt" 2>&1
  record cold "first 1,000 requests after start (list, 8 conns)" 8 "$(cat "$out")"
  rm -f "$out"
}

scenario_smoke() { # its own small data set and directory, so a smoke run never passes for the full seed
  DURATION=3s WARMUP=2s SEED_USERS=63 SEED_DAYS=30 BENCH_LOGINS=64 RUN=$RUN-smoke PG_PORT=$((PG_PORT + 1))
  RESULTS=$RUN/runs.jsonl BENCH_USERS=$RUN/users.txt
  ready
  measure smoke list get.lua 16 "/api/v1/diaries?per_page=20"
}

[ -f target/dearme.jar ] || ./mvnw -B -ntp -q -DskipTests package
scenarios=("${@:-all}")
[ "${scenarios[0]}" = all ] && scenarios=(list home mixed held cold)
for s in "${scenarios[@]}"; do
  echo "== $s"
  case $s in
    list|home|mixed|held|cold|first|smoke) "scenario_$s" ;;
    chat-streaming) bench/run-chat-streaming.sh ;;
    journey) bench/run-journey.sh ;;
    *) echo "unknown scenario: $s" >&2; exit 2 ;;
  esac
done
app_stop
[ "${scenarios[0]}" = smoke ] || [ -n "${BENCH_RESULTS:-}" ] || bench/report.sh
