#!/usr/bin/env bash
# The scaling guide's claims, measured on the Phase 2 topology of deploy/local/cluster.sh (issue 13):
#   caches    DB statements and session lookups per request, caches off vs on (pg_stat_statements on primary
#             and replica), mixed workload through nginx
#   pool      HikariCP pool 5 vs 20 per instance at 200 connections (diary list through nginx)
#   instances one vs three instances behind nginx (mixed workload); on two cores they share the CPUs
# Writes bench/results/data/scale.jsonl (one line per run: machine, date, commit, command) and prints a summary.
#   bench/scale.sh [caches|pool|instances|all]      DURATION=20s WARMUP=20s
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. "$ROOT/bench/lib.sh"
export DEARME_CLUSTER_DIR=${DEARME_CLUSTER_DIR:-/tmp/dearme-cluster-bench}
export DEARME_CLUSTER_PORT=${DEARME_CLUSTER_PORT:-16600}
BASE=$DEARME_CLUSTER_PORT
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
RESULTS=${SCALE_RESULTS:-$ROOT/bench/results/data/scale.jsonl}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
export BENCH_DIR=$ROOT/bench BENCH_USERS=$DEARME_CLUSTER_DIR/users.txt
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench pom.xml || echo "+dirty")
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
COMMON_ARGS="--dearme.rate-limit.enabled=false --dearme.jwt.access-ttl=6h"
CLUSTER=deploy/local/cluster.sh

psql_() { "$PGBIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d dearme -qtAX -v ON_ERROR_STOP=1 "${@:2}"; }
primary() { psql_ $((BASE + 1)) "$@"; }
replica() { psql_ $((BASE + 2)) "$@"; }

apps() { # restart the three instances with extra arguments
  for n in app1 app2 app3; do $CLUSTER kill $n; done
  DEARME_APP_ARGS="$COMMON_ARGS $*" $CLUSTER start app1
  for n in app2 app3; do DEARME_APP_ARGS="$COMMON_ARGS $*" $CLUSTER start $n & done; wait
}

seed() {
  [ -f "$DEARME_CLUSTER_DIR/seeded" ] && return 0
  local u=http://127.0.0.1:$BASE
  curl -sf -XPOST "$u/api/v1/auth/register" -H 'content-type: application/json' -H 'X-Forwarded-For: 10.1.1.1' \
    -d '{"email":"bench0@bench.local","username":"bench0","password":"bench-pass-1"}' >/dev/null
  echo "scale: seeding $((1 + ${SEED_USERS:-199})) users × $((1 + ${SEED_DAYS:-89})) diaries"
  primary -v users="${SEED_USERS:-199}" -v days="${SEED_DAYS:-89}" -f bench/seed.sql >/dev/null
  touch "$DEARME_CLUSTER_DIR/seeded"
}

tokens() { BENCH_LOGINS=${BENCH_LOGINS:-64} bench_tokens "http://127.0.0.1:$BASE"; } # 64 of its 200 users (bench/lib.sh)

wrk_json() { # script conns duration [path]
  local out; out=$(mktemp)
  BENCH_OUT=$out BENCH_PATH=${4:-} wrk -t2 -c"$2" -d"$3" --timeout 10s -s "bench/wrk/$1" "http://127.0.0.1:$BASE" \
    > "$DEARME_CLUSTER_DIR/wrk-last.txt" 2>&1
  cat "$out"; rm -f "$out"
}

reset_stats() {
  primary -c "select pg_stat_statements_reset()" >/dev/null; replica -c "select pg_stat_statements_reset()" >/dev/null || true
  redis-cli -p $((BASE + 4)) config resetstat >/dev/null
}
redis_calls() { redis-cli -p $((BASE + 4)) info commandstats | awk -F'[=,]' '/^cmdstat_/ && !/cmdstat_(info|config)/ {s += $2} END {print s + 0}'; }
calls() { # db where-clause → sum of calls
  "$1" -c "select coalesce(sum(calls),0) from pg_stat_statements where dbid = (select oid from pg_database where datname='dearme') and $2"
}

record() { # scenario name json-line extra-json
  mkdir -p "$(dirname "$RESULTS")"
  echo "$3" | jq -c --arg s "$1" --arg n "$2" --argjson x "${4:-{\}}" --arg commit "$COMMIT" --arg machine "$MACHINE" \
    --arg date "$(date -u +%FT%TZ)" --arg cmd "bench/scale.sh $1 (DURATION=$DURATION WARMUP=$WARMUP)" \
    '. + $x + {scenario:$s, name:$n, commit:$commit, machine:$machine, date:$date, command:$cmd}' | tee -a "$RESULTS"
}

mixed_with_counts() { # scenario name conns
  wrk_json mixed.lua 64 "$WARMUP" >/dev/null
  reset_stats
  local line p r s req
  line=$(wrk_json mixed.lua "$3" "$DURATION")
  req=$(echo "$line" | jq '.requests')
  p=$(calls primary "query not ilike '%pg_stat_statements%'")
  r=$(calls replica "query not ilike '%pg_stat_statements%'" 2>/dev/null || echo 0)
  s=$(( $(calls primary "query ilike '%from auth_sessions%'") + $(calls replica "query ilike '%from auth_sessions%'" 2>/dev/null || echo 0) ))
  local k; k=$(redis_calls)
  record "$1" "$2" "$line" "$(jq -nc --argjson p "$p" --argjson r "$r" --argjson s "$s" --argjson q "$req" --argjson k "$k" \
    '{statements_primary:$p, statements_replica:$r, statements_per_request:(($p+$r)/$q*1000|round/1000),
      session_lookups:$s, session_lookups_per_request:($s/$q*10000|round/10000),
      redis_commands:$k, redis_commands_per_request:($k/$q*1000|round/1000)}')"
}

scenario_caches() {
  apps --dearme.cache.enabled=false; tokens
  mixed_with_counts caches "caches off" 64
  apps; tokens
  mixed_with_counts caches "caches on (local + Redis)" 64
  apps --dearme.cache.level1=false; tokens
  mixed_with_counts caches "Redis cache only (level 1 off)" 64
}

scenario_pool() {
  for size in 5 20; do
    apps --dearme.db.pool-size=$size --dearme.db.replica-pool-size=$size; tokens
    wrk_json get.lua 64 "$WARMUP" /api/v1/diaries?per_page=20 >/dev/null
    record pool "pool $size" "$(wrk_json get.lua 200 "$DURATION" /api/v1/diaries?per_page=20)" "{\"pool_size\":$size,\"conns\":200}"
  done
}

scenario_instances() {
  apps; tokens
  mixed_with_counts instances "three instances" 64
  $CLUSTER kill app2; $CLUSTER kill app3
  mixed_with_counts instances "one instance" 64
  $CLUSTER start app2; $CLUSTER start app3
}

command -v wrk >/dev/null && command -v jq >/dev/null || { echo "scale: needs wrk and jq (apt-get install wrk jq)" >&2; exit 2; }
[ "${KEEP_CLUSTER:-}" = 1 ] || trap '$CLUSTER down' EXIT
$CLUSTER up >/dev/null
DEARME_APP_ARGS="$COMMON_ARGS" apps
seed
scenarios=("${@:-all}")
[ "${scenarios[0]}" = all ] && scenarios=(caches pool instances)
for s in "${scenarios[@]}"; do "scenario_$s"; done
