#!/usr/bin/env bash
# Renewal-run benchmark (issue 4): N contracts due for renewal on PostgreSQL, each with three
# lines priced by hand, the customer's tariff with price history and an ISTAT FOI clause (75 %),
# renewed by one run through the API; measured against plain JDBC batches inserting, in the same
# run, the same rows the renewal writes per contract (next contract, 3 lines, 4 instalments,
# outcome, revaluation record: bench/RawInsert.java). Targets: >= 2,000 contracts/s, within 5x of raw.
#   bench/renewals.sh [CONTRACTS] [CHUNK]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
contracts="${1:-100000}"
chunk="${2:-500}"
customers=20000
db="${BENCH_DB:-assisto_bench}"
base="http://127.0.0.1:28080/assisto/api"
out="$root/bench/results/renewals"
mkdir -p "$out"

"$root/bench/server.sh" start
trap '"$root/bench/server.sh" stop' EXIT
"$root/bench/generate-data.sh" "$db" "$customers" > "$out/generate-customers.log"
q() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -tAc "$1"; }

# N contracts of type 1 running through 2023 (renewal on 2024-01-01), quarterly billing,
# FOI at 75 % with the reference month three months back (Oct 2022 -> Oct 2023, both shipped).
psql -q -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -v n="$contracts" > "$out/generate-contracts.log" <<'SQL'
CREATE TEMP TABLE bc AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM customer WHERE code LIKE 'B%'
  AND tariff_id IS NOT NULL;
CREATE TEMP TABLE bi AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM item WHERE warranty_months > 0;
SELECT count(*) AS customers FROM bc \gset
SELECT count(*) AS items FROM bi \gset
CREATE TEMP TABLE due AS SELECT g, nextval('entity_seq') AS id, c.id AS customer_id FROM generate_series(1, :n) g
  JOIN bc c ON c.n = g % :customers;
INSERT INTO contract (id, version, number, contract_type_id, customer_id, typology_code, start_date, duration_months,
    end_date, renewal_months, billing_months, payment_terms, auto_renew, status, issued_on, contract_value,
    labour_covered, travel_covered, parts_covered, consumables_covered, reval_index_code, reval_share_percent,
    reval_decreases, reval_lag_months)
SELECT id, 1, 'RB' || lpad(g::text, 8, '0'), (SELECT id FROM contract_type WHERE code = '1'), customer_id, '1',
    DATE '2023-01-01', 12, DATE '2023-12-31', 12, 3, 'RB30', TRUE, 'ACTIVE', DATE '2022-12-01', 1080.00,
    TRUE, TRUE, FALSE, FALSE, 'FOI', 75, FALSE, 3
FROM due;
INSERT INTO contract_line (id, contract_id, item_id, description, price_source, amount, covered_from)
SELECT nextval('entity_seq'), d.id, i.id, 'Covered item ' || k, 'MANUAL', 360.00, DATE '2023-01-01'
FROM due d CROSS JOIN generate_series(0, 2) k JOIN bi i ON i.n = (d.g * 3 + k) % :items;
ANALYZE contract; ANALYZE contract_line;
SQL
echo "contracts due for renewal on 2024-01-01: $(q "SELECT count(*) FROM contract WHERE status = 'ACTIVE' AND end_date < DATE '2024-01-01'")"

read -r _ raw_rows raw_seconds < <(java -cp "$root/.payara/postgresql.jar" "$root/bench/RawInsert.java" \
  "jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" "$contracts")

run=$(curl -s -u admin:admin -X POST "$base/renewals/runs?date=2024-01-01&chunkSize=$chunk")
id=$(echo "$run" | sed -E 's/.*"id":([0-9]+).*/\1/')
while [ "$(curl -s -u admin:admin "$base/renewals/runs/$id" | sed -E 's/.*"status":"([A-Z]+)".*/\1/')" = RUNNING ]; do
  sleep 2
done
curl -s -u admin:admin "$base/renewals/runs/$id" > "$out/run.json"
read -r renewed seconds < <(q "SELECT renewed, EXTRACT(EPOCH FROM finished_at - started_at) FROM renewal_run
  WHERE id = $id" | tr '|' ' ')
rows=$(q "SELECT (SELECT count(*) FROM contract WHERE renewal_of IS NOT NULL AND start_date = DATE '2024-01-01')
  + (SELECT count(*) FROM contract_line l JOIN contract c ON c.id = l.contract_id WHERE c.start_date = DATE '2024-01-01')
  + (SELECT count(*) FROM instalment i JOIN contract c ON c.id = i.contract_id WHERE c.start_date = DATE '2024-01-01')
  + (SELECT count(*) FROM renewal_outcome WHERE run_id = $id) + (SELECT count(*) FROM revaluation WHERE run_id = $id)")

awk -v n="$contracts" -v rr="$raw_rows" -v rs="$raw_seconds" -v renewed="$renewed" -v s="$seconds" -v rows="$rows" 'BEGIN {
  printf "raw JDBC batch insert:  %d rows for %d contracts in %.1f s = %.0f rows/s\n", rr, n, rs, rr / rs
  printf "renewal run:            %d contracts renewed in %.1f s = %.0f contracts/s (%d rows written, %.0f rows/s)\n",
    renewed, s, renewed / s, rows, rows / s
  printf "renewal time / raw insert time of the same rows: %.1fx (target <= 5x); contracts/s target >= 2,000\n",
    (s / rows) / (rs / rr)
}' | tee "$out/summary.txt"
