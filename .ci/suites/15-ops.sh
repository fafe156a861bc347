#!/usr/bin/env bash
# Issue 16: the monitoring configuration checks out with the real tools (Debian packages prometheus and
# prometheus-alertmanager): Alertmanager config and routes, Prometheus config, rule syntax, and the rule unit tests
# (deploy/prometheus/tests: one firing and one quiet case per alert). Starts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
need=()
command -v promtool >/dev/null || need+=(prometheus)
command -v amtool >/dev/null || need+=(prometheus-alertmanager)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
amtool check-config deploy/alertmanager/alertmanager.yml
# routing: critical pages (and is copied to chat), warning goes to chat only
routes() { amtool config routes test --config.file=deploy/alertmanager/alertmanager.yml "$@" 2>/dev/null; }
[ "$(routes severity=critical)" = "pager,chat" ] || { echo "critical must route to pager,chat"; exit 1; }
[ "$(routes severity=warning)" = "chat" ] || { echo "warning must route to chat"; exit 1; }
promtool check config deploy/prometheus/prometheus.yml
promtool check rules deploy/prometheus/alerts.yml
promtool test rules deploy/prometheus/tests/*.yml
# every alert has a unit test (one firing, one quiet case)
for a in $(grep -oP '^\s+- alert: \K\S+' deploy/prometheus/alerts.yml); do
  n=$(grep -c "alertname: $a\$" deploy/prometheus/tests/*.yml | awk -F: '{s+=$NF} END {print s}')
  [ "$n" -ge 2 ] || { echo "alert $a has $n test cases (want a firing and a quiet one)"; exit 1; }
done
echo "ops suite: passed"
