#!/usr/bin/env bash
# Stands Assisto up on a Payara deployment group: the DAS (set up by setup-domain.sh), a config
# the group's instances share, N instances, the same PostgreSQL database and EJB timer store for
# all of them, the Hazelcast data grid that tells them apart, and an HAProxy configuration for the
# load balancer in front. Safe to run again: what exists is kept, what is missing is made.
# Settings: those of setup-domain.sh (ASSISTO_DB must be postgresql) and those in config/README.md,
# section "Cluster". Then deploy with ASSISTO_DEPLOY_TARGET=<group> config/deploy.sh assisto.ear.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation (the folder holding bin/asadmin)}"
DOMAIN="${ASSISTO_DOMAIN:-assisto}"
GROUP="${ASSISTO_GROUP:-assisto-group}"
GROUP_CONFIG="${ASSISTO_GROUP_CONFIG:-$GROUP-config}"
read -r -a INSTANCES <<< "${ASSISTO_INSTANCES:-assisto-1 assisto-2}"
# instance i (from 1) gets the port base INSTANCE_PORT_BASE + 100 * i: HTTP on base + 80
INSTANCE_PORT_BASE="${ASSISTO_INSTANCE_PORT_BASE:-28000}"
LB_PORT="${ASSISTO_LB_PORT:-8000}"
domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"
log() { echo "[setup-cluster] $*"; }

if [ "${ASSISTO_DB:-h2}" != postgresql ]; then
  log "a cluster shares one database and one timer store: set ASSISTO_DB=postgresql"
  exit 1
fi

# 1. The DAS: domain, admin access, pools, timer store, settings (it creates the @Schedule timers
#    at deployment, so its timer store must be the group's).
ASSISTO_STOP_AFTER_SETUP=false "$here/setup-domain.sh"

# shellcheck source=config/asadmin.sh
. "$here/asadmin.sh"

# 2. One config for every instance of the group, from Payara's template for instances (ports
#    come from each instance's own port base), and the group itself.
if ! adm list-configs | grep -qxF "$GROUP_CONFIG"; then
  log "config $GROUP_CONFIG"
  adm copy-config default-config "$GROUP_CONFIG" >/dev/null
fi
if ! adm list-deployment-groups | grep -q "^$GROUP\b"; then
  log "deployment group $GROUP"
  adm create-deployment-group "$GROUP" >/dev/null
fi

# 3. The instances, on this host's node unless ASSISTO_NODE names another (an SSH node made with
#    create-node-ssh, for instances on other hosts).
NODE="${ASSISTO_NODE:-$(adm list-nodes | awk '$2 == "CONFIG" && $3 == "localhost" {print $1; exit}')}"
: "${NODE:?no local node found; set ASSISTO_NODE}"
i=0
for instance in "${INSTANCES[@]}"; do
  i=$((i + 1))
  if ! adm list-instances "$GROUP" 2>/dev/null | grep -q "^$instance\b"; then
    base=$((INSTANCE_PORT_BASE + 100 * i))
    log "instance $instance on node $NODE, HTTP port $((base + 80))"
    adm create-instance --node "$NODE" --config "$GROUP_CONFIG" --deploymentgroup "$GROUP" \
      --portbase "$base" --checkports=true "$instance" >/dev/null
  fi
done

# 4. The group's settings: the same as the DAS's, in the shared config (setup-domain.sh, group pass).
# The instances trust the load balancer's X-Forwarded-For (login throttling counts the client).
ASSISTO_TARGET="$GROUP" ASSISTO_TARGET_CONFIG="$GROUP_CONFIG" ASSISTO_TRUSTED_PROXIES="${ASSISTO_TRUSTED_PROXIES:-127.0.0.1}" \
  "$here/setup-domain.sh"

# 5. The data grid: every member of the domain finds the others through the DAS ("domain" mode,
#    the default, which needs no multicast). It carries the timer store's failover (a dead
#    member's timers move to a live one) and EclipseLink's cache coordination.
log "Hazelcast data grid on (domain discovery)"
adm set-hazelcast-configuration --enabled=true --dynamic=true --clustermode=domain >/dev/null
adm set-hazelcast-configuration --enabled=true --dynamic=true --target "$GROUP_CONFIG" >/dev/null

# 6. Check the timer store: Payara silently falls back to timers that live in memory only (they
#    would fire on every instance, and die with it) when the store setting names nothing it knows.
for config in server-config "$GROUP_CONFIG"; do
  store="$(adm get "configs.config.$config.ejb-container.ejb-timer-service.ejb-timer-service" 2>/dev/null | sed -n 's/.*=//p')"
  source="$(adm get "configs.config.$config.ejb-container.ejb-timer-service.timer-datasource" 2>/dev/null | sed -n 's/.*=//p')"
  if [ "${store:-Database}" != Database ] || [ "$source" != jdbc/assisto ]; then
    log "timer store of $config is '${store:-Database}' on '${source:-jdbc/__TimerPool}', not Database on jdbc/assisto"
    exit 1
  fi
done
for target in server "$GROUP"; do
  if ! adm list-resource-refs "$target" | grep -qxF jdbc/assisto; then
    log "$target does not reach jdbc/assisto, the timer store"
    exit 1
  fi
done
log "timer store: Database on jdbc/assisto for the DAS and $GROUP"

# 7. The load balancer's configuration: HAProxy (Debian package haproxy) in front of the
#    instances, sticky on JSESSIONID, each instance checked on /health/ready.
servers=""
i=0
for instance in "${INSTANCES[@]}"; do
  i=$((i + 1))
  servers+="    server $instance ${ASSISTO_INSTANCE_HOST:-127.0.0.1}:$((INSTANCE_PORT_BASE + 100 * i + 80)) cookie $instance check"$'\n'
done
mkdir -p "$domain_dir/lb"
awk -v port="$LB_PORT" -v admin="${ASSISTO_LB_ADMIN_PORT:-$((LB_PORT + 1))}" -v address="${ASSISTO_LB_ADDRESS:-127.0.0.1}" \
  -v servers="$servers" '{ gsub(/@LB_PORT@/, port); gsub(/@LB_ADMIN_PORT@/, admin); gsub(/@LB_ADDRESS@/, address) } /@SERVERS@/ { printf "%s", servers; next } { print }' \
  "$here/resources/haproxy.cfg" > "$domain_dir/lb/haproxy.cfg"
if command -v haproxy >/dev/null; then haproxy -c -q -f "$domain_dir/lb/haproxy.cfg"; fi
log "load balancer configuration: $domain_dir/lb/haproxy.cfg (port $LB_PORT)"

# 8. Start the group; a stopped instance fetches the config and the applications from the DAS.
if [ "${ASSISTO_STOP_AFTER_SETUP:-false}" = true ]; then
  log "group $GROUP set up, left stopped"
else
  log "starting group $GROUP"
  adm start-deployment-group "$GROUP" >/dev/null
  log "group $GROUP running: ${INSTANCES[*]}"
fi
