#!/usr/bin/env bash
# Issue 15: a few seconds of the benchmark entry point, asserting only that it produced a result.
set -euo pipefail
cd "$(dirname "$0")/../.."
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v jq >/dev/null || need+=(jq)
command -v bc >/dev/null || need+=(bc)
ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# under /tmp: as root the benchmark's PostgreSQL runs as user postgres, which must reach its data dir
export BENCH_RUN=/tmp/dearme-bench-ci-$$
trap 'rm -rf "$BENCH_RUN" "$BENCH_RUN-smoke"' EXIT
bench/run.sh smoke
jq -e 'select(.scenario == "smoke" and .rps > 0 and .pgbench_tps > 0)' "$BENCH_RUN-smoke/runs.jsonl" >/dev/null
echo "bench smoke: result written"
