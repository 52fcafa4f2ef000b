#!/usr/bin/env bash
# Runs every test: unit and route tests, then the system tests: Arquillian against a managed
# Payara Server on PostgreSQL, console tests in headless Chromium, the smoke test on the embedded
# H2 default, and the cluster tests (a deployment group of two instances behind HAProxy).
set -euo pipefail
cd "$(dirname "$0")"

need_root_for() {
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    echo "$1" >&2; exit 1
  fi
}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

command -v mvn >/dev/null || { echo "Maven is required: apt-get install maven" >&2; exit 1; }

# PostgreSQL on 127.0.0.1:5432 with trust authentication for local connections.
if ! command -v psql >/dev/null || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "PostgreSQL is required: apt-get install postgresql (server 15, trust auth on 127.0.0.1)" >&2; exit 1
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "== starting the local PostgreSQL cluster"
  need_root_for "PostgreSQL is stopped; start it with: pg_ctlcluster <version> main start"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
psql -h 127.0.0.1 -U postgres -d postgres -tAc 'SELECT 1' >/dev/null || {
  echo "Cannot connect to PostgreSQL as postgres on 127.0.0.1:5432 without a password (trust auth expected)" >&2; exit 1; }

# Headless Chromium and its driver for the console tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "== installing chromium and chromium-driver"
  need_root_for "Console tests need: apt-get install chromium chromium-driver"
  as_root apt-get update -q >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
fi

# HAProxy, the load balancer in front of the cluster tests' two instances (config/setup-cluster.sh).
if ! command -v haproxy >/dev/null; then
  echo "== installing haproxy"
  need_root_for "The cluster tests need: apt-get install haproxy"
  as_root apt-get update -q >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null
fi

mvn -B -ntp clean verify "$@"
