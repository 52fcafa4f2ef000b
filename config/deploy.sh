#!/usr/bin/env bash
# Deploys (or redeploys) the Assisto EAR and waits until the application reports ready.
# Usage: deploy.sh path/to/assisto.ear
# ASSISTO_DEPLOY_TARGET names a deployment group (config/setup-cluster.sh) to deploy to instead of
# the DAS; every instance of the group must then report ready.
set -euo pipefail
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation}"
ear="${1:?usage: deploy.sh path/to/assisto.ear}"
PORT_BASE="${ASSISTO_PORT_BASE:-}"
if [ -n "$PORT_BASE" ]; then ADMIN_PORT=$((PORT_BASE + 48)); HTTP_PORT=$((PORT_BASE + 80)); else ADMIN_PORT=4848; HTTP_PORT=8080; fi

# A production domain has an admin password (config/setup-domain.sh); asadmin reads it from a file of its own format.
admin_pwfile="$(mktemp)"
chmod 600 "$admin_pwfile"
trap 'rm -f "$admin_pwfile"' EXIT
printf 'AS_ADMIN_PASSWORD=%s\n' "$(if [ -n "${ASSISTO_PAYARA_ADMIN_PASSWORD_FILE:-}" ]; then head -n 1 "$ASSISTO_PAYARA_ADMIN_PASSWORD_FILE"; fi)" > "$admin_pwfile"

adm() { "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$admin_pwfile" "$@"; }
TARGET="${ASSISTO_DEPLOY_TARGET:-server}"

echo "[deploy] deploying $(basename "$ear") to $TARGET"
# Always under the same name: a second application with the same context root would collide.
# A group gets the application only through the group: never per instance, nor on the DAS as
# well (the DAS would then run the timers too).
adm deploy --force=true --target "$TARGET" --name assisto "$ear" >/dev/null

if [ "$TARGET" = server ]; then
  urls="http://127.0.0.1:$HTTP_PORT/health/ready"
else
  urls=""
  for instance in $(adm list-instances "$TARGET" | awk '$1 != "Command" {print $1}'); do
    port="$(adm get "servers.server.$instance.system-property.HTTP_LISTENER_PORT.value" | sed -n 's/.*=//p')"
    host="$(adm get "nodes.node.$(adm get "servers.server.$instance.node-ref" | sed -n 's/.*=//p').node-host" | sed -n 's/.*=//p')"
    urls+="http://${host:-127.0.0.1}:$port/health/ready "
  done
fi

# start-domain and deploy return before every start-up bean has run: wait for readiness.
for url in $urls; do
  ready=false
  for _ in $(seq 1 ${ASSISTO_READY_TIMEOUT:-180}); do
    if curl -fsS "$url" >/dev/null 2>&1; then ready=true; break; fi
    sleep 1
  done
  if [ "$ready" != true ]; then
    echo "[deploy] Assisto did not become ready; $url says:" >&2
    curl -sS "$url" >&2 || true
    exit 1
  fi
  echo "[deploy] Assisto is ready at ${url%/health/ready}"
done
