#!/usr/bin/env bash
# Deploys (or redeploys) the Assisto EAR and waits until the application reports ready.
# Usage: deploy.sh path/to/assisto.ear
# ASSISTO_DEPLOY_TARGET names a deployment group (config/setup-cluster.sh) to deploy to instead of
# the DAS; every instance of the group must then report ready.
set -euo pipefail
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation}"
ear="${1:?usage: deploy.sh path/to/assisto.ear}"
# shellcheck source=config/asadmin.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/asadmin.sh"
if [ -n "$PORT_BASE" ]; then HTTP_PORT=$((PORT_BASE + 80)); else HTTP_PORT=8080; fi
TARGET="${ASSISTO_DEPLOY_TARGET:-server}"

# Always under the same name: a second application with the same context root would collide.
# After a rolling redeploy the name carries a version (assisto:v…); this deploy replaces that one.
name="$(adm list-applications "$TARGET" | awk '$1 == "assisto" || index($1, "assisto:") == 1 {print $1; exit}')"
name="${name:-assisto}"
echo "[deploy] deploying $(basename "$ear") to $TARGET as $name"
# A group gets the application only through the group: never per instance, nor on the DAS as
# well (the DAS would then run the timers too).
adm deploy --force=true --target "$TARGET" --name "$name" "$ear" >/dev/null

if [ "$TARGET" = server ]; then
  urls="http://127.0.0.1:$HTTP_PORT/health/ready"
else
  urls=""
  for instance in $(adm list-instances "$TARGET" | awk '$1 != "Command" {print $1}'); do
    urls+="$(instance_url "$instance")/health/ready "
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
