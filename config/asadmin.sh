#!/usr/bin/env bash
# Sourced by deploy.sh, setup-cluster.sh and rolling-redeploy.sh: `adm` runs asadmin against the
# domain's admin port with the admin password (if the domain has one, config/README.md) in a file
# of asadmin's own format, removed when the script ends. Needs PAYARA_HOME; reads
# ASSISTO_PORT_BASE and ASSISTO_PAYARA_ADMIN_PASSWORD_FILE.
PORT_BASE="${ASSISTO_PORT_BASE:-}"
if [ -n "$PORT_BASE" ]; then ADMIN_PORT=$((PORT_BASE + 48)); else ADMIN_PORT=4848; fi
admin_pwfile="$(mktemp)"
chmod 600 "$admin_pwfile"
trap 'rm -f "$admin_pwfile"' EXIT
printf 'AS_ADMIN_PASSWORD=%s\n' \
  "$(if [ -n "${ASSISTO_PAYARA_ADMIN_PASSWORD_FILE:-}" ]; then head -n 1 "$ASSISTO_PAYARA_ADMIN_PASSWORD_FILE"; fi)" \
  > "$admin_pwfile"
adm() { "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$admin_pwfile" "$@"; }

# The http://host:port of an instance of the domain, from its node and its HTTP listener port.
instance_url() {
  local port node host
  port="$(adm get "servers.server.$1.system-property.HTTP_LISTENER_PORT.value" | sed -n 's/.*=//p')"
  node="$(adm get "servers.server.$1.node-ref" | sed -n 's/.*=//p')"
  host="$(adm get "nodes.node.$node.node-host" | sed -n 's/.*=//p')"
  echo "http://${host:-127.0.0.1}:$port"
}
