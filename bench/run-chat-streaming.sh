#!/usr/bin/env bash
# 1,000 concurrent streaming chats against a fake OpenAI upstream (3 s per reply) while diaries are read.
# The fake upstream and the stream clients stand for machines of their own (OpenAI, 1,000 browsers): they run at
# nice STREAM_NICE (default 10; 0 = same priority as the app); the diary readers and the app at normal priority.
# The app's heap is fixed (-Xms = -Xmx), as the image pins it: a heap that G1 has shrunk in a quiet minute thrashes
# in the burst of 1,000 stream starts (bench/results/chat-streaming.md).
# Starts the fake upstream and the app (from target/dearme.jar) on loopback, stops exactly those pids.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
APP_PORT=${APP_PORT:-18437}; UP_PORT=${UP_PORT:-18438}; STREAMS=${STREAMS:-1000}
DATA=$(mktemp -d /tmp/dearme-bench-XXXX)
nice -n "${STREAM_NICE:-10}" "$JAVA" bench/FakeOpenAi.java "$UP_PORT" 30 100 > "$DATA/upstream.log" 2>&1 & UP=$!
"$JAVA" -Xms1g -Xmx1g ${APP_JAVA_OPTS:-} -jar target/dearme.jar --server.port="$APP_PORT" --dearme.data-dir="$DATA" \
  --dearme.rate-limit.enabled=false --dearme.ai.provider=openai --dearme.ai.base-url="http://127.0.0.1:$UP_PORT" \
  --dearme.ai.api-key=bench > "$DATA/app.log" 2>&1 & APP=$!
trap 'kill $APP $UP 2>/dev/null || true; wait $APP $UP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$APP_PORT/health" >/dev/null && break; sleep 1; done
UP_PID=$UP DATA_DIR=$DATA "$JAVA" bench/ChatStreamingBench.java "http://127.0.0.1:$APP_PORT" "$APP" "$STREAMS" "${USERS:-50}" "${READERS:-16}" "$DATA/result.md"
cp "$DATA/result.md" bench/results/chat-streaming.raw.md
echo "logs in $DATA"
