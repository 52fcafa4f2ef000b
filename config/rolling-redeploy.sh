#!/usr/bin/env bash
# Replaces the Assisto EAR on a deployment group (config/setup-cluster.sh) one instance at a time
# behind HAProxy, so the balancer keeps answering throughout (config/README.md, "Cluster").
# Usage: rolling-redeploy.sh path/to/assisto.ear [version]     (version: default v<timestamp>)
#
# The new EAR is registered as a new version of the application (assisto:<version>), disabled, on
# the group. Then, for each instance in turn: HAProxy drains it and puts it in maintenance, the
# instance is stopped, its application reference is switched to the new version while it is down,
# and it is started again: a fresh JVM that loads the new version only. Once /health/ready and the
# login page answer on the instance itself, HAProxy takes it back. Last, the group's own reference
# moves to the new version and the old version is undeployed.
#
# Why this way, on Payara 6.2025.9: switching versions inside a running JVM fails from the second
# switch on (injection across the two versions' class loaders), and restart-instance can leave an
# instance down with its keystores gone (payara/Payara#6325); stop-instance and start-instance
# do not. An interrupted roll is resumed by running the script again with the same version.
#
# Settings: PAYARA_HOME, ASSISTO_PORT_BASE and ASSISTO_PAYARA_ADMIN_PASSWORD_FILE as for deploy.sh;
# ASSISTO_DEPLOY_TARGET (the group, default assisto-group); ASSISTO_LB_ADMIN_PORT (HAProxy's runtime
# API on this host, default ASSISTO_LB_PORT + 1, ASSISTO_LB_PORT default 8000); ASSISTO_DRAIN_SECONDS
# (default 15); ASSISTO_READY_TIMEOUT (seconds per start, default 300); ASSISTO_KEEP_OLD=true keeps
# the old version, disabled, for a rollback.
set -euo pipefail
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation}"
ear="${1:?usage: rolling-redeploy.sh path/to/assisto.ear [version]}"
version="${2:-v$(date +%Y%m%d%H%M%S)}"
new="assisto:$version"
# shellcheck source=config/asadmin.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/asadmin.sh"
GROUP="${ASSISTO_DEPLOY_TARGET:-assisto-group}"
LB_ADMIN_PORT="${ASSISTO_LB_ADMIN_PORT:-$(( ${ASSISTO_LB_PORT:-8000} + 1 ))}"
BACKEND=instances
DRAIN_SECONDS="${ASSISTO_DRAIN_SECONDS:-15}"
READY_TIMEOUT="${ASSISTO_READY_TIMEOUT:-300}"
log() { echo "[rolling-redeploy] $(date +%H:%M:%S) $*"; }

# One command to HAProxy's runtime API, which answers and closes the connection.
lb() {
  exec 3<>"/dev/tcp/127.0.0.1/$LB_ADMIN_PORT"
  printf '%s\n' "$*" >&3
  cat <&3
  exec 3<&-
}
# An instance's operational state in HAProxy (2: up) and administrative state (0: neither drain nor maint)
lb_state() { lb "show servers state $BACKEND" | awk -v s="$1" '$4 == s {print $6, $7}'; }
lb_connections() { lb "show stat" | awk -F, -v b="$BACKEND" -v s="$1" '$1 == b && $2 == s {print $5}'; }
ready_at() {
  curl -fsS -o /dev/null -m 5 "$1/health/ready" 2>/dev/null && curl -fsS -o /dev/null -m 10 "$1/assisto/login.xhtml" 2>/dev/null
}
# The versions other than the new one that an instance refers to, or (list-application-refs takes no
# deployment group) that the group holds.
only_old() { awk -v n="$new" '($1 == "assisto" || index($1, "assisto:") == 1) && $1 != n {print $1}'; }
versions_of() { adm list-application-refs "$1" | only_old; }
group_versions() { adm list-applications "$GROUP" | only_old; }

instances="$(adm list-instances "$GROUP" | awk '$1 != "Command" && NF {print $1}')"
[ -n "$instances" ] || { log "no instance in $GROUP"; exit 1; }
old_versions="$(group_versions)"
log "instances: $(echo $instances); now: $(echo $old_versions); new: $new"

for instance in $instances; do
  read -r operational administrative <<< "$(lb_state "$instance")"
  if [ "${operational:-}" != 2 ] || [ "${administrative:-1}" != 0 ]; then
    log "$instance is not up in HAProxy: nothing changed (a roll needs every other instance serving)"
    exit 1
  fi
done

if adm list-applications "$GROUP" | awk -v n="$new" '$1 == n {found = 1} END {exit !found}'; then
  log "$new is registered already: resuming"
else
  log "registering $new on $GROUP, disabled"
  adm deploy --enabled=false --target "$GROUP" --name "$new" "$ear" >/dev/null
fi

started_all=$(date +%s)
for instance in $instances; do
  started=$(date +%s)
  url="$(instance_url "$instance")"
  if [ -z "$(versions_of "$instance")" ] && ready_at "$url"; then
    log "$instance runs $new already"
    continue
  fi
  log "$instance: draining"
  lb "set server $BACKEND/$instance state drain" >/dev/null
  for _ in $(seq 1 "$DRAIN_SECONDS"); do
    [ "$(lb_connections "$instance")" = 0 ] && break
    sleep 1
  done
  lb "set server $BACKEND/$instance state maint" >/dev/null
  # requests already on their way finish before the instance stops
  for _ in $(seq 1 "$DRAIN_SECONDS"); do
    [ "$(lb_connections "$instance")" = 0 ] && break
    sleep 1
  done
  log "$instance: out of the balancer, stopping"
  adm stop-instance "$instance" >/dev/null
  # Down, the instance's references change in the DAS's configuration only ("not replicated" is
  # expected). The old one goes rather than stays disabled: a disabled version is still loaded
  # at every start, and once its bits are gone it can fail the start.
  for old in $(versions_of "$instance"); do
    adm delete-application-ref --target "$instance" "$old" >/dev/null 2>&1
  done
  adm enable --target "$instance" "$new" >/dev/null 2>&1
  log "$instance: switched to $new, starting"
  ready=false
  # Now and then an instance's start fails to bring up the EJB timer service ("EJB Timer Service
  # is not available"); a second start with its files synchronised again has always mended it.
  for attempt in 1 2; do
    if [ "$attempt" = 1 ]; then adm start-instance "$instance" >/dev/null; else adm start-instance --sync=full "$instance" >/dev/null; fi
    for _ in $(seq 1 "$READY_TIMEOUT"); do
      if ready_at "$url"; then ready=true; break; fi
      sleep 1
    done
    [ "$ready" = true ] && break
    log "$instance: not ready after $READY_TIMEOUT s, starting it again"
    adm stop-instance --kill=true "$instance" >/dev/null 2>&1 || true
  done
  if [ "$ready" != true ]; then
    log "$instance did not become ready at $url: it stays out of the balancer; the others serve the old version."
    log "roll back: stop-instance $instance; delete-application-ref --target $instance $new;" \
      "create-application-ref --target $instance <old version>; start-instance $instance"
    exit 1
  fi
  lb "set server $BACKEND/$instance state ready" >/dev/null
  for _ in $(seq 1 30); do
    read -r operational _ <<< "$(lb_state "$instance")"
    [ "$operational" = 2 ] && break
    sleep 1
  done
  log "$instance: $new serving again after $(( $(date +%s) - started )) s"
done

# The group's own reference (what a new instance of the group gets) follows, then the old bits go.
adm enable --target "$GROUP" "$new" >/dev/null
for old in $old_versions; do
  if [ "${ASSISTO_KEEP_OLD:-false}" = true ]; then
    adm disable --target "$GROUP" "$old" >/dev/null 2>&1 || true
    log "kept $old, disabled, for a rollback"
  else
    # --target domain: with no instance referring to it any more, "undeploy --target <group>"
    # reports success and keeps it. Undeploying deletes the application's EJB timers: Assisto
    # makes its nightly and ERP timers again within five minutes.
    log "undeploying $old"
    adm undeploy --target domain "$old" >/dev/null 2>&1 || true
  fi
done
log "done: $GROUP runs $new; the instances took $(( $(date +%s) - started_all )) s"
