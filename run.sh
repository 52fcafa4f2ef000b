#!/usr/bin/env bash
# Builds Assisto and runs it with demo data on the embedded H2 database.
#   ./run.sh         build, set up the domain on first run, (re)deploy, print the URL and logins
#   ./run.sh stop    stop the server
#   ./run.sh setup   apply config/setup-domain.sh to the existing domain again
# With an ERP flow on REST (say ASSISTO_ERP_INSTALMENTS_TRANSPORT=REST ./run.sh) and no
# ASSISTO_ERP_WEBAPI_URL, the ERP simulator is started in the ERP's place.
set -euo pipefail
cd "$(dirname "$0")"

PAYARA_VERSION=6.2025.9
export PAYARA_HOME="$PWD/.payara/payara6"
export ASSISTO_DOMAIN=assisto
export ASSISTO_DB=h2
export ASSISTO_DEMO_DATA=true
# a demo server: Payara's admin keeps no password but listens on this machine only
export ASSISTO_PROFILE=demo
export ASSISTO_ERP_INBOX="${ASSISTO_ERP_INBOX:-$PWD/.payara/erp-inbox}"
asadmin="$PAYARA_HOME/bin/asadmin"

simulator_dir="$PWD/.payara/erp-simulator"

stop_simulator() {
  if [ -s "$simulator_dir/pid" ] && kill -0 "$(cat "$simulator_dir/pid")" 2>/dev/null; then
    kill "$(cat "$simulator_dir/pid")"
  fi
  rm -f "$simulator_dir/pid"
}

if [ "${1:-}" = stop ]; then
  if [ -x "$asadmin" ]; then "$asadmin" stop-domain "$ASSISTO_DOMAIN"; fi
  stop_simulator
  exit 0
fi

command -v mvn >/dev/null || { echo "Maven is required: apt-get install maven" >&2; exit 1; }
command -v java >/dev/null || { echo "A Java 17 JDK is required: apt-get install openjdk-17-jdk" >&2; exit 1; }

echo "== building"
mvn -q -B -DskipTests package -pl ear -am

if [ ! -x "$asadmin" ]; then
  echo "== fetching Payara Server $PAYARA_VERSION"
  mkdir -p .payara
  mvn -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
    -DoutputDirectory=.payara -Dmdep.stripVersion=true
  unzip -q -o .payara/payara.zip -d .payara
  rm -f .payara/payara.zip
fi

# An ERP flow on REST or SOAP (ASSISTO_ERP_<FLOW>_TRANSPORT) and no ERP of your own
# (ASSISTO_ERP_WEBAPI_URL): the ERP simulator stands in for it, seeded with config/erp-samples/webapi.
erp_setup=false
if env | grep -qE '^ASSISTO_ERP_[A-Z_]+_TRANSPORT=(REST|SOAP)' && [ -z "${ASSISTO_ERP_WEBAPI_URL:-}" ]; then
  mkdir -p "$simulator_dir"
  if [ ! -s "$simulator_dir/password" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 > "$simulator_dir/password")
  fi
  if ! { [ -s "$simulator_dir/pid" ] && kill -0 "$(cat "$simulator_dir/pid")" 2>/dev/null; }; then
    echo "== starting the ERP simulator"
    mvn -q -B -DskipTests package -pl erp-simulator
    ERP_SIMULATOR_PASSWORD="$(cat "$simulator_dir/password")" nohup java -jar erp-simulator/target/erp-simulator.jar \
      --port 8095 --control-port 8096 --user assisto --company DEMO --seed-dir config/erp-samples/webapi \
      > "$simulator_dir/log" 2>&1 &
    echo $! > "$simulator_dir/pid"
    for _ in $(seq 1 60); do grep -q "ready" "$simulator_dir/log" && break; sleep 0.5; done
    grep -q "ready" "$simulator_dir/log" || { cat "$simulator_dir/log" >&2; echo "the ERP simulator did not start" >&2; exit 1; }
  fi
  export ASSISTO_ERP_WEBAPI_URL=http://127.0.0.1:8095 ASSISTO_ERP_WEBAPI_USER=assisto ASSISTO_ERP_WEBAPI_COMPANY=DEMO
  export ASSISTO_ERP_WEBAPI_PASSWORD_FILE="$simulator_dir/password"
  erp_setup=true
fi

if [ ! -d "$PAYARA_HOME/glassfish/domains/$ASSISTO_DOMAIN" ] || [ "${1:-}" = setup ] || [ "$erp_setup" = true ]; then
  echo "== setting up domain $ASSISTO_DOMAIN"
  config/setup-domain.sh
elif ! "$asadmin" list-domains | grep -q "^$ASSISTO_DOMAIN running"; then
  echo "== starting domain $ASSISTO_DOMAIN"
  "$asadmin" start-domain "$ASSISTO_DOMAIN" >/dev/null
fi

simulator_line=""
if [ "$erp_setup" = true ]; then
  simulator_line="  ERP simulator (REST and SOAP):     $ASSISTO_ERP_WEBAPI_URL, control http://127.0.0.1:8096"
fi

echo "== deploying"
config/deploy.sh ear/target/assisto.ear

cat <<INFO

Assisto is running.
  Console   http://localhost:8080/assisto/
  REST API  http://localhost:8080/assisto/api/   (HTTP Basic)
  OpenAPI   http://localhost:8080/openapi
  Health    http://localhost:8080/health   readiness http://localhost:8080/health/ready
  Metrics   http://localhost:8080/metrics
  Payara admin console  http://localhost:4848/   (this machine only)
  ERP drop folder for customers.csv: $ASSISTO_ERP_INBOX/customers
  ERP drop folder for invoice*.csv:  $ASSISTO_ERP_INBOX/invoices
  ERP drop folder for stock*.csv:    $ASSISTO_ERP_INBOX/stock
  ERP drop folder for open_items*.csv: $ASSISTO_ERP_INBOX/open-items
  ERP drop folder for invoicing_results*.csv: $ASSISTO_ERP_INBOX/invoicing-results
  ERP drop folders for items, tariffs, supplier costs: $ASSISTO_ERP_INBOX/{items,tariffs,supplier-costs}
  Documents for the ERP to invoice:  $(dirname "$ASSISTO_ERP_INBOX")/outbox
  Sample ERP files to drop:          config/erp-samples/
  ERP exchange in the console:       Administration > ERP exchange
${simulator_line}

Demo logins:
  admin / admin            administrator
  office / office          back office
  tech1 / tech1            technician
  customer1 / customer1    customer (bound to the first demo customer)

Stop with ./run.sh stop
INFO
