#!/usr/bin/env bash
# Issue 13: the scale-out topology (nginx, three instances, PgBouncer, primary + replica, Redis) started by
# deploy/local/cluster.sh from Debian packages, and the cluster suite against it (journeys, read routing,
# read-your-writes, shared limits, faults). Everything runs on its own ports and run directory, and is torn down.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export DEARME_CLUSTER_DIR=/tmp/dearme-cluster-ci-$$
export DEARME_CLUSTER_PORT=${DEARME_CLUSTER_PORT:-16500}
# The fault tests' steady write load is chat messages of one premium user, far above the per-user AI rate limit
# (60/min); the request rate limits the suite tests (login, register) stay at their defaults.
export DEARME_APP_ARGS="--dearme.rate-limit.ai-per-user=100000 ${DEARME_APP_ARGS:-}"
[ -f target/dearme.jar ] || ./mvnw -B -ntp -q -DskipTests package
cleanup() {
  deploy/local/cluster.sh down || true
  rm -rf "$DEARME_CLUSTER_DIR"
}
trap cleanup EXIT
deploy/local/cluster.sh up
./mvnw -B -ntp -q test -Dskip.frontend -Dskip.e2e -Dtest=ClusterSuite -Dsurefire.failIfNoSpecifiedTests=false
echo "cluster suite: passed"
