#!/usr/bin/env bash
# Issue 5's user journey, every request timed, on the default configuration (local AI engine, embedded PostgreSQL).
# Starts the app from target/dearme.jar on loopback and stops exactly that pid.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
APP_PORT=${APP_PORT:-18439}
DATA=$(mktemp -d /tmp/dearme-journey-XXXX)
"$JAVA" -Xmx1g -jar target/dearme.jar --server.port="$APP_PORT" --dearme.data-dir="$DATA" \
  --dearme.rate-limit.enabled=false > "$DATA/app.log" 2>&1 & APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$APP_PORT/health" >/dev/null && break; sleep 1; done
"$JAVA" bench/JourneyBench.java "http://127.0.0.1:$APP_PORT" "${USERS:-40}" "${CONCURRENT:-8}" "$DATA/result.md"
cp "$DATA/result.md" bench/results/journey-latest.md
echo "logs in $DATA"
