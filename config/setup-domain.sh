#!/usr/bin/env bash
# Turns a stock Payara Server 6 into an Assisto domain: JDBC pool and resource, EJB timer store,
# HTTP thread pool, mail session, application settings. Safe to run again on the same domain.
# Settings come from the environment; see config/README.md for each one.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation (the folder holding bin/asadmin)}"
DOMAIN="${ASSISTO_DOMAIN:-assisto}"
PORT_BASE="${ASSISTO_PORT_BASE:-}"
DB_KIND="${ASSISTO_DB:-h2}"
# Request work is CPU-bound (the database is near and quick): threads beyond a few per core only
# make requests share the cores and stretch every response (config/README.md, "Sizing").
HTTP_THREADS="${ASSISTO_HTTP_THREADS:-$((4 * $(nproc)))}"
# Where the settings go: the DAS itself, or, when config/setup-cluster.sh calls this script a
# second time, the config its deployment group's instances share (resources are referenced there).
TARGET="${ASSISTO_TARGET:-server}"
CONFIG="${ASSISTO_TARGET_CONFIG:-server-config}"
if [ "$TARGET" = server ]; then PROPS_TARGET=server; else PROPS_TARGET="$CONFIG"; fi
asadmin="$PAYARA_HOME/bin/asadmin"
domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"

# --- Payara admin: who may reach it and with which password (config/README.md, "Admin access").
# A setup is a production one unless it loads the demo company or says otherwise: a server that
# holds real data must never keep Payara's empty admin password.
if [ "${ASSISTO_DEMO_DATA:-false}" = true ]; then default_profile=demo; else default_profile=production; fi
PROFILE="${ASSISTO_PROFILE:-$default_profile}"
ADMIN_ADDRESS="${ASSISTO_ADMIN_ADDRESS:-127.0.0.1}"
case "$PROFILE" in
  production)
    if [ -z "${ASSISTO_PAYARA_ADMIN_PASSWORD_FILE:-}" ] || [ ! -s "$ASSISTO_PAYARA_ADMIN_PASSWORD_FILE" ]; then
      echo "[setup-domain] a production setup needs ASSISTO_PAYARA_ADMIN_PASSWORD_FILE: a file whose first line is" \
        "the Payara admin password (or set ASSISTO_PROFILE=demo for a throwaway server)" >&2
      exit 1
    fi
    ADMIN_PASSWORD="$(head -n 1 "$ASSISTO_PAYARA_ADMIN_PASSWORD_FILE")";;
  demo) ADMIN_PASSWORD="";;
  *) echo "[setup-domain] ASSISTO_PROFILE is production or demo, not $PROFILE" >&2; exit 1;;
esac
# asadmin reads passwords from a file only; it lives as long as this script.
admin_pwfile="$(mktemp)"
chmod 600 "$admin_pwfile"
printf 'AS_ADMIN_PASSWORD=%s\n' "$ADMIN_PASSWORD" > "$admin_pwfile"
trap 'rm -f "$admin_pwfile"' EXIT
# --- end of the Payara admin block

if [ -n "$PORT_BASE" ]; then
  ADMIN_PORT=$((PORT_BASE + 48)); HTTP_PORT=$((PORT_BASE + 80))
else
  ADMIN_PORT=4848; HTTP_PORT=8080
fi
adm() { "$asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$admin_pwfile" "$@"; }

log() { echo "[setup-domain] $*"; }

# The first administrator's password must be one of its own: the demo's printed passwords and
# the commonly used ones are refused here, before anything is set up,
# and the application applies the whole password policy again when it reads the file.
if [ -n "${ASSISTO_ADMIN_PASSWORD_FILE:-}" ]; then
  [ -r "$ASSISTO_ADMIN_PASSWORD_FILE" ] || { log "cannot read ASSISTO_ADMIN_PASSWORD_FILE=$ASSISTO_ADMIN_PASSWORD_FILE"; exit 1; }
  admin_password="$(head -n 1 "$ASSISTO_ADMIN_PASSWORD_FILE" | tr -d '\r')"
  common_list="$here/resources/common-passwords.txt"
  [ -r "$common_list" ] || common_list="$here/../ejb-module/src/main/resources/com/assisto/domain/user/common-passwords.txt"
  lower="$(printf '%s' "$admin_password" | tr '[:upper:]' '[:lower:]')"
  case "$lower" in
    admin|office|tech1|customer1|password)
      log "refused: the first administrator's password is a demo password; write one of your own to $ASSISTO_ADMIN_PASSWORD_FILE"
      exit 1 ;;
  esac
  if [ "${#admin_password}" -lt 8 ]; then
    log "refused: the first administrator's password must be at least 12 characters, or 8 and not a commonly used one"
    exit 1
  fi
  if grep -qxF -- "$lower" "$common_list"; then
    log "refused: the first administrator's password is one of the most commonly used passwords"
    exit 1
  fi
  unset admin_password lower
fi

if [ ! -d "$domain_dir" ]; then
  log "creating domain $DOMAIN (admin port $ADMIN_PORT, HTTP port $HTTP_PORT)"
  if [ -n "$PORT_BASE" ]; then
    "$asadmin" --interactive=false create-domain --nopassword=true --portbase "$PORT_BASE" "$DOMAIN"
  else
    "$asadmin" --interactive=false create-domain --nopassword=true --adminport 4848 --instanceport 8080 "$DOMAIN"
  fi
fi

if [ "$DB_KIND" = postgresql ]; then
  : "${ASSISTO_JDBC_DRIVER:?set ASSISTO_JDBC_DRIVER to the PostgreSQL JDBC driver jar}"
  cp "$ASSISTO_JDBC_DRIVER" "$domain_dir/lib/postgresql-jdbc.jar"
fi

if ! adm list-domains 2>/dev/null | grep -q "^$DOMAIN running"; then
  log "starting domain $DOMAIN"
  "$asadmin" --interactive=false start-domain "$DOMAIN" >/dev/null
fi

# --- Payara admin: password, secure admin, listening address (applied by the restart at the end)
if [ "$PROFILE" = production ] && ! adm list-applications >/dev/null 2>&1; then
  # still the empty password of a new domain: set the one from the file
  log "Payara admin password from ASSISTO_PAYARA_ADMIN_PASSWORD_FILE"
  change_pwfile="$(mktemp)"
  chmod 600 "$change_pwfile"
  printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$ADMIN_PASSWORD" > "$change_pwfile"
  if ! "$asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$change_pwfile" \
      change-admin-password >/dev/null; then
    rm -f "$change_pwfile"
    echo "[setup-domain] the domain's admin password is neither empty nor the one in ASSISTO_PAYARA_ADMIN_PASSWORD_FILE" >&2
    exit 1
  fi
  rm -f "$change_pwfile"
fi
if [ "$PROFILE" = production ] && ! adm get secure-admin.enabled | grep -q '=true$'; then
  # admin traffic over TLS; also lets only authenticated remote asadmin in
  log "secure admin"
  adm enable-secure-admin >/dev/null
fi
log "admin listener on $ADMIN_ADDRESS"
adm set "configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=$ADMIN_ADDRESS" >/dev/null
# --- end of the Payara admin block

# No Server or X-Powered-By header: the product and version tell an attacker which exploits to try.
for protocol in $(adm list "configs.config.$CONFIG.network-config.protocols.protocol.*" | sed -n "s/^configs\.config\.$CONFIG\.network-config\.protocols\.protocol\.\(.*\)\.http\$/\1/p"); do
  adm set "configs.config.$CONFIG.network-config.protocols.protocol.$protocol.http.server-header=false" \
    "configs.config.$CONFIG.network-config.protocols.protocol.$protocol.http.xpowered-by=false" >/dev/null
done

# The pool gauges in /metrics (config/resources/metrics.xml) read Payara's JDBC pool monitoring
# through its AMX MBeans: both must be on. Payara reads metrics.xml when it starts.
log "connection pool monitoring and its metrics"
adm set "configs.config.$CONFIG.monitoring-service.module-monitoring-levels.jdbc-connection-pool=HIGH" >/dev/null
adm set-amx-enabled --enabled=true --dynamic=true >/dev/null
cp "$here/resources/metrics.xml" "$domain_dir/config/metrics.xml"

log "HTTP thread pool: $HTTP_THREADS threads"
adm set "configs.config.$CONFIG.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$HTTP_THREADS" >/dev/null
adm set "configs.config.$CONFIG.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=$(( HTTP_THREADS < 8 ? HTTP_THREADS : 8 ))" >/dev/null

log "JVM: heap and time zone"
adm delete-jvm-options --target "$CONFIG" "-Xmx512m" >/dev/null 2>&1 || true
adm create-jvm-options --target "$CONFIG" "-Xmx${ASSISTO_HEAP:-1g}" >/dev/null 2>&1 || true
adm create-jvm-options --target "$CONFIG" "-Duser.timezone=${ASSISTO_TIMEZONE:-Europe/Rome}" >/dev/null 2>&1 || true

# Resources belong to the domain: the DAS pass makes them, a group pass only refers to them.
ref_resource() {
  adm list-resource-refs "$TARGET" 2>/dev/null | grep -qxF "$1" || adm create-resource-ref --target "$TARGET" "$1" >/dev/null
}
# Pools are replaced, never altered live: a pool changed while in use stays broken until restart.
if [ "$TARGET" = server ] && adm list-jdbc-resources 2>/dev/null | grep -q '^jdbc/assisto$'; then
  adm delete-jdbc-resource jdbc/assisto >/dev/null
fi
if [ "$TARGET" = server ] && adm list-jdbc-connection-pools 2>/dev/null | grep -q '^assisto-pool$'; then
  adm delete-jdbc-connection-pool assisto-pool >/dev/null
fi

resources="$(mktemp --suffix=.xml)"
trap 'rm -f "$resources" "$admin_pwfile"' EXIT
if [ "$DB_KIND" = postgresql ]; then
  DB_HOST="${ASSISTO_DB_HOST:-127.0.0.1}"; DB_PORT="${ASSISTO_DB_PORT:-5432}"
  DB_NAME="${ASSISTO_DB_NAME:-assisto}"; DB_USER="${ASSISTO_DB_USER:-assisto}"
  : "${ASSISTO_DB_PASSWORD:?set ASSISTO_DB_PASSWORD (it is stored as the password alias assisto-db-password)}"
  log "password alias assisto-db-password"
  # asadmin takes one password file: the admin login and the alias' password go in the same one
  pwfile="$(mktemp)"
  chmod 600 "$pwfile"
  { cat "$admin_pwfile"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$ASSISTO_DB_PASSWORD"; } > "$pwfile"
  alias_adm() { "$asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$pwfile" "$@"; }
  if adm list-password-aliases 2>/dev/null | grep -q '^assisto-db-password$'; then
    alias_adm update-password-alias assisto-db-password >/dev/null
  else
    alias_adm create-password-alias assisto-db-password >/dev/null
  fi
  rm -f "$pwfile"
  sed -e "s/@DB_HOST@/$DB_HOST/" -e "s/@DB_PORT@/$DB_PORT/" -e "s/@DB_NAME@/$DB_NAME/" \
      -e "s/@DB_USER@/$DB_USER/" -e "s/@DB_POOL_MAX@/${ASSISTO_DB_POOL_MAX:-48}/" \
      -e "s/@DB_RANDOM_PAGE_COST@/${ASSISTO_DB_RANDOM_PAGE_COST:-1.1}/" \
      -e "s/@DB_PLAN_CACHE_MODE@/${ASSISTO_DB_PLAN_CACHE_MODE:-force_generic_plan}/" \
      "$here/resources/jdbc-postgresql.xml" > "$resources"
  log "JDBC pool on PostgreSQL $DB_HOST:$DB_PORT/$DB_NAME as $DB_USER"
else
  cp "$here/resources/jdbc-h2.xml" "$resources"
  log "JDBC pool on the embedded H2 database"
fi
if [ "$TARGET" = server ]; then adm add-resources "$resources" >/dev/null; else ref_resource jdbc/assisto; fi

if [ "$DB_KIND" = postgresql ]; then
  # Persistent EJB timers live in the application database, so every instance of a cluster
  # sees the same timers and each fires once. Payara does not create this table by itself.
  if ! PGPASSWORD="$ASSISTO_DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -tAc \
      "SELECT 1 FROM information_schema.tables WHERE lower(table_name) = 'ejb__timer__tbl'" | grep -q 1; then
    log "creating the EJB timer table"
    PGPASSWORD="$ASSISTO_DB_PASSWORD" psql -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" \
      -f "$PAYARA_HOME/glassfish/lib/install/databases/ejbtimer_postgresql.sql"
  fi
  adm set "configs.config.$CONFIG.ejb-container.ejb-timer-service.timer-datasource=jdbc/assisto" >/dev/null
fi

log "mail session mail/assisto via ${ASSISTO_MAIL_HOST:-localhost}:${ASSISTO_MAIL_PORT:-25}"
if [ "$TARGET" = server ]; then
  if adm list-javamail-resources 2>/dev/null | grep -q '^mail/assisto$'; then
    adm delete-javamail-resource mail/assisto >/dev/null
  fi
  adm create-javamail-resource --mailhost "${ASSISTO_MAIL_HOST:-localhost}" --mailuser "${ASSISTO_MAIL_USER:-assisto}" \
    --fromaddress "${ASSISTO_MAIL_FROM:-assisto@localhost}" \
    --property "mail.smtp.port=${ASSISTO_MAIL_PORT:-25}" mail/assisto >/dev/null
else
  ref_resource mail/assisto
fi

log "application settings"
adm create-system-properties --target "$PROPS_TARGET" "assisto.demo-data=${ASSISTO_DEMO_DATA:-false}" >/dev/null
adm create-system-properties --target "$PROPS_TARGET" "assisto.login.lock-seconds=${ASSISTO_LOGIN_LOCK_SECONDS:-900}" >/dev/null
if [ -n "${ASSISTO_ADMIN_PASSWORD_FILE:-}" ]; then
  admin_password_file="$(cd "$(dirname "$ASSISTO_ADMIN_PASSWORD_FILE")" && pwd)/$(basename "$ASSISTO_ADMIN_PASSWORD_FILE")"
  log "first administrator's password from $admin_password_file"
  adm create-system-properties --target "$PROPS_TARGET" "assisto.admin.password-file=${admin_password_file//:/\\:}" >/dev/null
else
  adm delete-system-property --target "$PROPS_TARGET" assisto.admin.password-file >/dev/null 2>&1 || true
fi
if [ -n "${ASSISTO_TRUSTED_PROXIES:-}" ]; then
  # behind a load balancer: its X-Forwarded-For names the client that login throttling counts
  adm create-system-properties --target "$PROPS_TARGET" "assisto.trusted-proxies=${ASSISTO_TRUSTED_PROXIES//:/\\:}" >/dev/null
fi
adm create-system-properties --target "$PROPS_TARGET" "assisto.renewal.watch-seconds=${ASSISTO_RENEWAL_WATCH_SECONDS:-30}" >/dev/null
adm create-system-properties --target "$PROPS_TARGET" "erp.lock-max-age=${ASSISTO_ERP_LOCK_MAX_AGE:-PT60S}" >/dev/null
adm create-system-properties --target "$PROPS_TARGET" "assisto.attachments.max-bytes=${ASSISTO_ATTACHMENT_MAX_BYTES:-10485760}" >/dev/null
inbox="${ASSISTO_ERP_INBOX:-$domain_dir/erp/inbox}"
# one drop folder per inbound flow, named as the flow's settings are
for flow in customers items tariffs invoices stock open-items supplier-costs invoicing-results; do
  mkdir -p "$inbox/$flow"
  adm create-system-properties --target "$PROPS_TARGET" "erp.$flow.inbox=${inbox//:/\\:}/$flow" >/dev/null
done
# ERP exchange (integration-camel/README.md): where outbound files go, each flow's transport, the
# WebAPI's address and user; its password only from a file, as a Payara password alias.
outbox="${ASSISTO_ERP_OUTBOX:-$(dirname "$inbox")/outbox}"
mkdir -p "$outbox"
adm create-system-properties --target "$PROPS_TARGET" "erp.outbox=${outbox//:/\\:}" >/dev/null
adm create-system-properties --target "$PROPS_TARGET" "erp.outbound.interval=${ASSISTO_ERP_OUTBOUND_INTERVAL:-PT1M}" >/dev/null
adm create-system-properties --target "$PROPS_TARGET" "erp.outbound.retry-delay=${ASSISTO_ERP_RETRY_DELAY:-PT30S}" >/dev/null
adm create-system-properties --target "$PROPS_TARGET" "erp.outbound.backlog-limit=${ASSISTO_ERP_BACKLOG_LIMIT:-PT2H}" >/dev/null
for flow in customers items tariffs stock open-items invoices supplier-costs invoicing-results instalments delivery-notes; do
  variable="ASSISTO_ERP_$(echo "$flow" | tr 'a-z-' 'A-Z_')_TRANSPORT"
  adm create-system-properties --target "$PROPS_TARGET" "erp.$flow.transport=${!variable:-FILE}" >/dev/null
done
if [ -n "${ASSISTO_ERP_WEBAPI_URL:-}" ]; then
  adm create-system-properties --target "$PROPS_TARGET" "erp.webapi.url=${ASSISTO_ERP_WEBAPI_URL//:/\\:}" >/dev/null
  adm create-system-properties --target "$PROPS_TARGET" "erp.webapi.user=${ASSISTO_ERP_WEBAPI_USER:?ASSISTO_ERP_WEBAPI_USER is required with ASSISTO_ERP_WEBAPI_URL}" >/dev/null
  adm create-system-properties --target "$PROPS_TARGET" "erp.webapi.company=${ASSISTO_ERP_WEBAPI_COMPANY:?ASSISTO_ERP_WEBAPI_COMPANY is required with ASSISTO_ERP_WEBAPI_URL}" >/dev/null
  adm create-system-properties --target "$PROPS_TARGET" "erp.webapi.warehouse=${ASSISTO_ERP_WEBAPI_WAREHOUSE:-1}" >/dev/null
  adm create-system-properties --target "$PROPS_TARGET" "erp.webapi.redeliveries=${ASSISTO_ERP_WEBAPI_REDELIVERIES:-3}" >/dev/null
  adm create-system-properties --target "$PROPS_TARGET" "erp.webapi.redelivery-delay-millis=${ASSISTO_ERP_WEBAPI_REDELIVERY_DELAY_MILLIS:-1000}" >/dev/null
  erp_password_file="${ASSISTO_ERP_WEBAPI_PASSWORD_FILE:?ASSISTO_ERP_WEBAPI_PASSWORD_FILE is required with ASSISTO_ERP_WEBAPI_URL}"
  log "password alias erp-webapi-password from $erp_password_file"
  erp_pwfile="$(mktemp)"
  chmod 600 "$erp_pwfile"
  { cat "$admin_pwfile"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(cat "$erp_password_file")"; } > "$erp_pwfile"
  if adm list-password-aliases 2>/dev/null | grep -q '^erp-webapi-password$'; then
    "$asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$erp_pwfile" \
      update-password-alias erp-webapi-password >/dev/null
  else
    "$asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$erp_pwfile" \
      create-password-alias erp-webapi-password >/dev/null
  fi
  rm -f "$erp_pwfile"
  adm create-system-properties --target "$PROPS_TARGET" 'erp.webapi.password=${ALIAS\=erp-webapi-password}' >/dev/null
fi

if [ "$TARGET" != server ]; then
  log "settings of $TARGET in $CONFIG done; config/setup-cluster.sh starts the group"
  exit 0
fi
if [ "${ASSISTO_STOP_AFTER_SETUP:-false}" = true ]; then
  log "stopping domain $DOMAIN"
  adm stop-domain "$DOMAIN" >/dev/null
else
  log "restarting domain $DOMAIN"
  adm restart-domain "$DOMAIN" >/dev/null
fi
log "domain $DOMAIN set up: admin port $ADMIN_PORT, HTTP port $HTTP_PORT"
