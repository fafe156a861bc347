#!/usr/bin/env bash
# The scaling guide's Phase 2 topology on loopback, from Debian packages and target/dearme.jar:
#   nginx (least_conn, the repo's deploy/nginx/dearme.conf) -> app1 app2 app3
#   apps -> PgBouncer (transaction mode) -> PostgreSQL primary; read-only transactions -> streaming replica;
#   apps -> Redis (shared rate limits, L2 cache, read-your-writes marks)
#
#   deploy/local/cluster.sh up | down | status | kill NAME | start NAME
#     NAME: primary replica pgbouncer redis app1 app2 app3 nginx
#   DEARME_CLUSTER_DIR   run directory (default /tmp/dearme-cluster): data, configs, logs, pid files
#   DEARME_CLUSTER_PORT  base port (default 16400): nginx = base, primary +1, replica +2, pgbouncer +3,
#                        redis +4, nginx stub_status +5, appN +10+N
#   DEARME_APP_ARGS      extra arguments for every app instance
#
# It never touches the machine's own PostgreSQL, Redis, nginx or PgBouncer: its own ports, data directories and
# pid files, and it stops exactly the pids it started. As root, PostgreSQL and PgBouncer run as the OS user
# postgres (both refuse root), which is why the run directory defaults to /tmp.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUN=$(realpath -m "${DEARME_CLUSTER_DIR:-/tmp/dearme-cluster}")
BASE=${DEARME_CLUSTER_PORT:-16400}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
NAMES=(primary replica pgbouncer redis app1 app2 app3 nginx)

port_of() {
  case $1 in
    nginx) echo "$BASE" ;; primary) echo $((BASE + 1)) ;; replica) echo $((BASE + 2)) ;;
    pgbouncer) echo $((BASE + 3)) ;; redis) echo $((BASE + 4)) ;; app[1-9]) echo $((BASE + 10 + ${1#app})) ;;
    *) echo "cluster: unknown component '$1' (one of: ${NAMES[*]})" >&2; exit 2 ;;
  esac
}
role_of() {
  case $1 in
    primary) echo "postgres-primary" ;; replica) echo "postgres-replica" ;; pgbouncer) echo "pooler" ;;
    redis) echo "cache" ;; nginx) echo "load-balancer" ;; *) echo "app" ;;
  esac
}

AS_PG=()
[ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)
pg() { "${AS_PG[@]}" "$@"; }

ensure_packages() {
  local need=()
  [ -n "$PGBIN" ] && [ -x "$PGBIN/pg_ctl" ] || need+=(postgresql)
  command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || need+=(pgbouncer)
  command -v redis-server >/dev/null || need+=(redis-server)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  command -v curl >/dev/null || need+=(curl)
  if [ ${#need[@]} -gt 0 ]; then
    echo "cluster: installing ${need[*]}" >&2
    [ "$(id -u)" = 0 ] || { echo "cluster: run as root or install: apt-get install ${need[*]}" >&2; exit 2; }
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # policy-rc.d 101: the packages' own services must not start (they would take the machine's default ports)
    local policy=/usr/sbin/policy-rc.d created=""
    [ -e $policy ] || { printf '#!/bin/sh\nexit 101\n' > $policy; chmod +x $policy; created=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    [ -n "$created" ] && rm -f $policy
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
}

pidfile() { echo "$RUN/$1.pid"; }
pid_of() {
  local f
  f=$(pidfile "$1")
  case $1 in primary) f=$RUN/primary/postmaster.pid ;; replica) f=$RUN/replica/postmaster.pid ;; esac
  [ -f "$f" ] && head -1 "$f" | tr -dc '0-9' || true
}
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
up_now() { alive "$1" && listening "$(port_of "$1")"; }

wait_for() { # name seconds [check command...]
  local name=$1 secs=$2; shift 2
  local deadline=$((SECONDS + secs))
  while [ $SECONDS -lt $deadline ]; do
    if [ $# -gt 0 ]; then "$@" >/dev/null 2>&1 && return 0; else up_now "$name" && return 0; fi
    alive "$name" || { echo "cluster: $name exited; see $RUN/$name.log" >&2; tail -20 "$RUN/$name.log" >&2 || true; return 1; }
    sleep 0.3
  done
  echo "cluster: $name not up after ${secs}s; see $RUN/$name.log" >&2
  return 1
}

secret() { # shared by the instances, kept out of git and out of the logs
  [ -f "$RUN/jwt.secret" ] || { head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$RUN/jwt.secret"; chmod 600 "$RUN/jwt.secret"; }
  cat "$RUN/jwt.secret"
}

start_primary() {
  if [ ! -f "$RUN/primary/PG_VERSION" ]; then
    mkdir -p "$RUN/primary"; chown -R postgres "$RUN/primary" 2>/dev/null || true; chmod 700 "$RUN/primary"
    pg "$PGBIN/initdb" -D "$RUN/primary" -U postgres -A trust --no-sync >/dev/null
    pg tee -a "$RUN/primary/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $(port_of primary)
unix_socket_directories = '$RUN'
max_connections = 300
shared_buffers = 256MB
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
# a stopped replica must not fill the primary's disk
max_slot_wal_keep_size = 2GB
shared_preload_libraries = 'pg_stat_statements'
EOF
    echo "host replication postgres 127.0.0.1/32 trust" | pg tee -a "$RUN/primary/pg_hba.conf" >/dev/null
    pg "$PGBIN/pg_ctl" -D "$RUN/primary" -l "$RUN/primary.log" -w start >/dev/null
    psql_p -c "create role dearme login" -c "create database dearme owner dearme" >/dev/null
    psql_p -d dearme -c "create extension if not exists pg_stat_statements" \
      -c "select pg_create_physical_replication_slot('replica1')" >/dev/null
    return
  fi
  pg_start primary
}
psql_p() { "$PGBIN/psql" -h 127.0.0.1 -p "$(port_of primary)" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

start_replica() {
  if [ ! -f "$RUN/replica/PG_VERSION" ]; then
    mkdir -p "$RUN/replica"; chown postgres "$RUN/replica" 2>/dev/null || true; chmod 700 "$RUN/replica"
    pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$(port_of primary)" -U postgres -D "$RUN/replica" -R -X stream \
      -S replica1 --checkpoint=fast
    printf "port = %s\nhot_standby_feedback = on\n" "$(port_of replica)" | pg tee -a "$RUN/replica/postgresql.conf" >/dev/null
  fi
  pg_start replica
}

# after a kill -9 the old server's backends notice and exit within moments; until then a start is refused
pg_start() {
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    pg "$PGBIN/pg_ctl" -D "$RUN/$1" -l "$RUN/$1.log" -w start >/dev/null && return 0
    sleep 1
  done
  return 1
}

start_pgbouncer() {
  mkdir -p "$RUN/pgbouncer"
  cat > "$RUN/pgbouncer/pgbouncer.ini" <<EOF
;; generated by deploy/local/cluster.sh from the settings of deploy/pgbouncer/pgbouncer.ini
[databases]
dearme = host=127.0.0.1 port=$(port_of primary) dbname=dearme

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $(port_of pgbouncer)
unix_socket_dir =
;; loopback only; the deployed pooler uses scram-sha-256 with deploy/pgbouncer/userlist.txt
auth_type = trust
auth_file = $RUN/pgbouncer/userlist.txt
admin_users = postgres
$(sed -n '/^pool_mode/,/^stats_period/p' "$ROOT/deploy/pgbouncer/pgbouncer.ini" | grep -v '^;;')
pidfile = $RUN/pgbouncer/pgbouncer.pid
logfile = $RUN/pgbouncer.log
EOF
  printf '"dearme" ""\n"postgres" ""\n' > "$RUN/pgbouncer/userlist.txt"
  chown -R postgres "$RUN/pgbouncer" 2>/dev/null || true
  touch "$RUN/pgbouncer.log"; chown postgres "$RUN/pgbouncer.log" 2>/dev/null || true
  pg /usr/sbin/pgbouncer -d "$RUN/pgbouncer/pgbouncer.ini" >>"$RUN/pgbouncer.log" 2>&1
  for _ in $(seq 50); do [ -s "$RUN/pgbouncer/pgbouncer.pid" ] && break; sleep 0.1; done
  cp "$RUN/pgbouncer/pgbouncer.pid" "$(pidfile pgbouncer)"
}

start_redis() {
  mkdir -p "$RUN/redis"
  redis-server --bind 127.0.0.1 --port "$(port_of redis)" --dir "$RUN/redis" --save "" --appendonly no \
    --daemonize no --protected-mode yes --logfile "$RUN/redis.log" >/dev/null 2>&1 &
  echo $! > "$(pidfile redis)"
}

start_app() { # app1..app3
  local name=$1 port
  port=$(port_of "$name")
  mkdir -p "$RUN/$name"
  [ -f "$ROOT/target/dearme.jar" ] || { echo "cluster: build first: ./mvnw -DskipTests package" >&2; exit 2; }
  # shellcheck disable=SC2086
  DEARME_JWT_SECRET=$(secret) \
  DEARME_DB_URL="jdbc:postgresql://127.0.0.1:$(port_of pgbouncer)/dearme" DEARME_DB_USERNAME=dearme DEARME_DB_PGBOUNCER=true \
  DEARME_DB_DIRECT_URL="jdbc:postgresql://127.0.0.1:$(port_of primary)/dearme" \
  DEARME_DB_REPLICA_URL="jdbc:postgresql://127.0.0.1:$(port_of replica)/dearme" \
  SPRING_FLYWAY_URL="jdbc:postgresql://127.0.0.1:$(port_of primary)/dearme" SPRING_FLYWAY_USER=dearme \
  DEARME_REDIS_URL="redis://127.0.0.1:$(port_of redis)" \
  DEARME_TRUSTED_PROXIES=127.0.0.1 DEARME_PUBLIC_URL="http://127.0.0.1:$BASE" \
  DEARME_DATA_DIR="$RUN/$name" \
  setsid "$JAVA" -Xms256m -Xmx512m ${DEARME_JAVA_OPTS:-} -jar "$ROOT/target/dearme.jar" --server.port="$port" \
    ${DEARME_APP_ARGS:-} >"$RUN/$name.log" 2>&1 < /dev/null &
  echo $! > "$(pidfile "$name")"
}

start_nginx() {
  mkdir -p "$RUN/nginx/tmp"
  local servers="" i
  for i in 1 2 3; do servers+="    server 127.0.0.1:$(port_of "app$i") max_fails=3 fail_timeout=10s;\n"; done
  # the repo's server config with this topology's upstream servers and listen port
  sed -E -e '/^\s*server app[0-9]+:[0-9]+.*;/d' -e "s|^(\s*)least_conn;|\1least_conn;\n$servers|" \
      -e "s|^(\s*)listen 80;|\1listen 127.0.0.1:$BASE;|" \
      -e "s|^(\s*)listen 8090;|\1listen 127.0.0.1:$((BASE + 5));|" "$ROOT/deploy/nginx/dearme.conf" > "$RUN/nginx/dearme.conf"
  if grep -E '^\s*listen ' "$RUN/nginx/dearme.conf" | grep -vq "127.0.0.1:"; then
    echo "cluster: deploy/nginx/dearme.conf has a listen line this script does not rewrite to loopback" >&2; exit 1
  fi
  cat > "$RUN/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $RUN/nginx/tmp/body;
  proxy_temp_path $RUN/nginx/tmp/proxy;
  fastcgi_temp_path $RUN/nginx/tmp/fastcgi;
  uwsgi_temp_path $RUN/nginx/tmp/uwsgi;
  scgi_temp_path $RUN/nginx/tmp/scgi;
  include $RUN/nginx/dearme.conf;
}
EOF
  if [ "$(id -u)" = 0 ]; then
    sed -i "1i user nobody nogroup;" "$RUN/nginx/nginx.conf"
    chown -R nobody "$RUN/nginx/tmp"
  fi
  /usr/sbin/nginx -t -q -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" 2>>"$RUN/nginx.log"
  /usr/sbin/nginx -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" 2>>"$RUN/nginx.log"
  for _ in $(seq 50); do [ -s "$RUN/nginx/nginx.pid" ] && break; sleep 0.1; done
  cp "$RUN/nginx/nginx.pid" "$(pidfile nginx)"
}

start_one() {
  local name=$1
  port_of "$name" >/dev/null
  if up_now "$name"; then return 0; fi
  if alive "$name"; then wait_for "$name" 120 && return 0; fi
  if listening "$(port_of "$name")"; then
    echo "cluster: port $(port_of "$name") for $name is taken by another process; set DEARME_CLUSTER_PORT" >&2; exit 1
  fi
  case $name in
    primary) start_primary ;; replica) start_replica ;; pgbouncer) start_pgbouncer ;; redis) start_redis ;;
    nginx) start_nginx ;; app*) start_app "$name" ;;
  esac
  case $name in
    app*) wait_for "$name" 180 curl -fsS "http://127.0.0.1:$(port_of "$name")/health/readiness" ;;
    *) wait_for "$name" 30 ;;
  esac
}

stop_one() { # exactly the pid this script started (and wrote down)
  local name=$1 p
  case $name in
    primary|replica)
      [ -f "$RUN/$name/postmaster.pid" ] && alive "$name" && pg "$PGBIN/pg_ctl" -D "$RUN/$name" -m fast -w stop >/dev/null 2>&1
      return 0 ;;
  esac
  p=$(pid_of "$name")
  [ -n "$p" ] || return 0
  if kill -0 "$p" 2>/dev/null; then
    kill -TERM "$p" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null || true
  fi
  rm -f "$(pidfile "$name")"
}

status_json() {
  local name p up
  for name in "${NAMES[@]}"; do
    p=$(pid_of "$name"); up=false
    up_now "$name" && up=true
    printf '{"name":"%s","role":"%s","pid":%s,"port":%s,"up":%s}\n' "$name" "$(role_of "$name")" \
      "${p:-null}" "$(port_of "$name")" "$up"
  done
}

cmd=${1:-}
case $cmd in
  up)
    ensure_packages
    mkdir -p "$RUN"; chmod 755 "$RUN"
    [ "$(id -u)" = 0 ] && chown postgres "$RUN"
    for n in primary replica pgbouncer redis; do start_one "$n"; done
    # the first instance migrates the schema alone; the others then start side by side
    start_one app1
    for n in app2 app3; do port_of "$n" >/dev/null; up_now "$n" || start_app "$n"; done
    for n in app2 app3; do wait_for "$n" 180 curl -fsS "http://127.0.0.1:$(port_of "$n")/health/readiness"; done
    start_one nginx
    echo "DEARME_URL=http://127.0.0.1:$BASE"
    ;;
  down)
    for ((i = ${#NAMES[@]} - 1; i >= 0; i--)); do stop_one "${NAMES[$i]}"; done
    ;;
  status) status_json ;;
  kill)
    [ $# -eq 2 ] || { echo "usage: $0 kill NAME" >&2; exit 2; }
    port_of "$2" >/dev/null
    p=$(pid_of "$2"); [ -n "$p" ] && kill -KILL "$p" 2>/dev/null || true
    if [ "$2" = nginx ] && [ -n "$p" ]; then pkill -KILL -P "$p" 2>/dev/null || true; fi
    for _ in $(seq 50); do [ -n "$p" ] && kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    ;;
  start)
    [ $# -eq 2 ] || { echo "usage: $0 start NAME" >&2; exit 2; }
    mkdir -p "$RUN"
    start_one "$2"
    ;;
  *) echo "usage: $0 up|down|status|kill NAME|start NAME" >&2; exit 2 ;;
esac
