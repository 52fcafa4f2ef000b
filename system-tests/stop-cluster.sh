#!/usr/bin/env bash
# Stops what prepare-cluster.sh started: HAProxy, the group's instances and the DAS. An instance
# a test killed and did not start again makes stop-deployment-group wait for it: it gets a time
# limit, and whatever still runs of the domain is killed.
set -uo pipefail
: "${PAYARA_HOME:?}" "${ASSISTO_DOMAIN:?}" "${CLUSTER_WORK:?}"
if [ -f "$CLUSTER_WORK/haproxy.pid" ]; then
  kill "$(cat "$CLUSTER_WORK/haproxy.pid")" 2>/dev/null
  rm -f "$CLUSTER_WORK/haproxy.pid"
fi
if [ -d "$PAYARA_HOME/glassfish/domains/$ASSISTO_DOMAIN" ]; then
  asadmin="$PAYARA_HOME/bin/asadmin"
  timeout 120 "$asadmin" --interactive=false --port "$((ASSISTO_PORT_BASE + 48))" \
    stop-deployment-group "${ASSISTO_GROUP:-assisto-group}" >/dev/null 2>&1
  timeout 120 "$asadmin" --interactive=false stop-domain "$ASSISTO_DOMAIN" >/dev/null 2>&1
  pkill -9 -f "glassfish/nodes/localhost-$ASSISTO_DOMAIN/" 2>/dev/null
  pkill -9 -f "glassfish/domains/$ASSISTO_DOMAIN/" 2>/dev/null
fi
exit 0
