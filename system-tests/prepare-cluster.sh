#!/usr/bin/env bash
# Stands up the cluster the cluster tests run against with the runbook's own scripts: a fresh
# database, config/setup-cluster.sh (DAS, deployment group of two instances, timer store, grid,
# HAProxy configuration), config/deploy.sh to the group, and HAProxy started on that configuration.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?}" "${ASSISTO_DOMAIN:?}" "${ASSISTO_DB_NAME:?}" "${CLUSTER_EAR:?}" "${CLUSTER_WORK:?}"

"$here/stop-cluster.sh"
rm -rf "$PAYARA_HOME/glassfish/domains/$ASSISTO_DOMAIN" "$PAYARA_HOME/glassfish/nodes/localhost-$ASSISTO_DOMAIN" \
  "$ASSISTO_ERP_INBOX"
echo "[cluster-tests] fresh database $ASSISTO_DB_NAME"
psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $ASSISTO_DB_NAME WITH (FORCE)" -c "CREATE DATABASE $ASSISTO_DB_NAME"

"$here/../config/setup-cluster.sh"
ASSISTO_DEPLOY_TARGET="${ASSISTO_GROUP:-assisto-group}" "$here/../config/deploy.sh" "$CLUSTER_EAR"

mkdir -p "$CLUSTER_WORK"
haproxy -D -p "$CLUSTER_WORK/haproxy.pid" -f "$PAYARA_HOME/glassfish/domains/$ASSISTO_DOMAIN/lb/haproxy.cfg"
for _ in $(seq 1 30); do
  if curl -fsS "http://127.0.0.1:$ASSISTO_LB_PORT/health/ready" >/dev/null 2>&1; then
    echo "[cluster-tests] load balancer on port $ASSISTO_LB_PORT"
    exit 0
  fi
  sleep 1
done
echo "[cluster-tests] the load balancer does not answer on port $ASSISTO_LB_PORT" >&2
exit 1
