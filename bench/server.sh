#!/usr/bin/env bash
# A benchmark server: the built EAR on its own Payara domain (ports 28048 admin, 28080 HTTP) on a
# fresh PostgreSQL database, set up by the ops scripts like production.
#   bench/server.sh start     build, create database and domain, deploy, wait until ready
#   bench/server.sh stop
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PAYARA_HOME="$root/.payara/payara6"
export ASSISTO_DOMAIN=assisto-bench ASSISTO_PORT_BASE=28000
export ASSISTO_DB=postgresql ASSISTO_DB_NAME="${BENCH_DB:-assisto_bench}" ASSISTO_DB_USER=postgres
export ASSISTO_DB_PASSWORD=not-checked-under-trust-auth ASSISTO_DEMO_DATA=true
export ASSISTO_ERP_INBOX="$root/.payara/bench-inbox" ASSISTO_HEAP="${ASSISTO_HEAP:-2g}"
# ASSISTO_HTTP_THREADS, when set, overrides the production sizing (config/README.md)

case "${1:-}" in
  stop)
    "$PAYARA_HOME/bin/asadmin" stop-domain "$ASSISTO_DOMAIN" >/dev/null 2>&1 || true
    exit 0 ;;
  start) ;;
  *) echo "usage: bench/server.sh start|stop" >&2; exit 2 ;;
esac

cd "$root"
mvn -q -B -DskipTests package -pl ear -am
if [ ! -x "$PAYARA_HOME/bin/asadmin" ]; then
  mkdir -p .payara
  mvn -q -B dependency:copy -Dartifact=fish.payara.distributions:payara:6.2025.9:zip -DoutputDirectory=.payara \
    -Dmdep.stripVersion=true
  unzip -q -o .payara/payara.zip -d .payara && rm -f .payara/payara.zip
fi
mvn -q -B dependency:copy -Dartifact="org.postgresql:postgresql:42.7.8" -DoutputDirectory=.payara -Dmdep.stripVersion=true
export ASSISTO_JDBC_DRIVER="$root/.payara/postgresql.jar"

"$PAYARA_HOME/bin/asadmin" stop-domain "$ASSISTO_DOMAIN" >/dev/null 2>&1 || true
# a new domain every time: a failed deployment can leave a domain that no longer deploys
"$PAYARA_HOME/bin/asadmin" delete-domain "$ASSISTO_DOMAIN" >/dev/null 2>&1 || true
psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $ASSISTO_DB_NAME WITH (FORCE)" -c "CREATE DATABASE $ASSISTO_DB_NAME"
config/setup-domain.sh >/dev/null
config/deploy.sh ear/target/assisto.ear
