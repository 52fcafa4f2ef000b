#!/usr/bin/env bash
# Gives the system tests a fresh database and a test domain built by the runbook's own
# config/setup-domain.sh, left stopped for Arquillian to start. On PostgreSQL the database is
# dropped and created; the embedded H2 database lives inside the domain, so the domain goes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

"$PAYARA_HOME/bin/asadmin" stop-domain "$ASSISTO_DOMAIN" >/dev/null 2>&1 || true

if [ "${ASSISTO_DB:-h2}" = postgresql ]; then
  db="${ASSISTO_DB_NAME:?}"
  echo "[system-tests] fresh database $db"
  psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
else
  echo "[system-tests] fresh domain $ASSISTO_DOMAIN with an empty embedded database"
  rm -rf "$PAYARA_HOME/glassfish/domains/$ASSISTO_DOMAIN"
fi

rm -rf "$ASSISTO_ERP_INBOX" "${ASSISTO_ERP_OUTBOX:-}"
if [ -n "${ASSISTO_ERP_WEBAPI_PASSWORD_FILE:-}" ]; then
  # a fresh password for the ERP simulator the tests start, never one kept in the repository
  mkdir -p "$(dirname "$ASSISTO_ERP_WEBAPI_PASSWORD_FILE")"
  head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$ASSISTO_ERP_WEBAPI_PASSWORD_FILE"
fi
"$here/../config/setup-domain.sh"
