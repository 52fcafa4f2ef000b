#!/usr/bin/env bash
# Gives the system tests a fresh PostgreSQL database and a test domain built by the runbook's
# own config/setup-domain.sh, left stopped for Arquillian to start.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
db="${ASSISTO_DB_NAME:?}"

"$PAYARA_HOME/bin/asadmin" stop-domain "$ASSISTO_DOMAIN" >/dev/null 2>&1 || true

echo "[system-tests] fresh database $db"
psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"

rm -rf "$ASSISTO_ERP_INBOX"
"$here/../config/setup-domain.sh"
