#!/usr/bin/env bash
# Issue 13: the scale-out topology (nginx, three instances, PgBouncer, primary + replica, Redis) started by
# deploy/local/cluster.sh from Debian packages, and the cluster suite against it (journeys, read routing,
# read-your-writes, shared limits, faults). Everything runs on its own ports and run directory, and is torn down.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export DEARME_CLUSTER_DIR=/tmp/dearme-cluster-ci-$$
export DEARME_CLUSTER_PORT=${DEARME_CLUSTER_PORT:-16500}
[ -f target/dearme.jar ] || ./mvnw -B -ntp -q -DskipTests package
cleanup() {
  deploy/local/cluster.sh down || true
  rm -rf "$DEARME_CLUSTER_DIR"
}
trap cleanup EXIT
deploy/local/cluster.sh up
./mvnw -B -ntp -q test -Dskip.frontend -Dskip.e2e -Dtest=ClusterSuite -Dsurefire.failIfNoSpecifiedTests=false
echo "cluster suite: passed"
