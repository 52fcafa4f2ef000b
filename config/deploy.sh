#!/usr/bin/env bash
# Deploys (or redeploys) the Assisto EAR and waits until the application reports ready.
# Usage: deploy.sh path/to/assisto.ear
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

echo "[deploy] deploying $(basename "$ear")"
# Always under the same name: a second application with the same context root would collide.
"$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$admin_pwfile" \
  deploy --force=true --name assisto "$ear" >/dev/null

# start-domain and deploy return before every start-up bean has run: wait for readiness.
for _ in $(seq 1 ${ASSISTO_READY_TIMEOUT:-180}); do
  if curl -fsS "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; then
    echo "[deploy] Assisto is ready on port $HTTP_PORT"
    exit 0
  fi
  sleep 1
done
echo "[deploy] Assisto did not become ready; /health/ready says:" >&2
curl -sS "http://127.0.0.1:$HTTP_PORT/health/ready" >&2 || true
exit 1
