#!/usr/bin/env bash
# Adds contracts at scale to a database that holds the generated customers (generate-data.sh) and
# the demo contract types and items, straight in SQL.
#   bench/generate-contracts.sh DATABASE CONTRACTS
# Contracts are numbered BN00000001…, spread evenly over the generated customers, over types 1, 2
# and 6, over start dates from 2022 to 2026 (end dates one year later), and over statuses (70 %
# active, 10 % quotes, 10 % expired, 5 % renewed, 5 % cancelled); each covers one item.
set -euo pipefail
db="${1:?usage: generate-contracts.sh DATABASE CONTRACTS}"
contracts="${2:?usage: generate-contracts.sh DATABASE CONTRACTS}"

psql -q -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -v n="$contracts" <<'SQL'
\timing on
CREATE TEMP TABLE bench_customer AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM customer WHERE code LIKE 'B%';
CREATE TEMP TABLE bench_type AS
  SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM contract_type WHERE code IN ('1', '2', '6');
CREATE TEMP TABLE bench_item AS
  SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM item WHERE warranty_months > 0;

ALTER TABLE bench_customer ADD PRIMARY KEY (n);
ALTER TABLE bench_item ADD PRIMARY KEY (n);
SELECT count(*) AS customers FROM bench_customer \gset
SELECT count(*) AS items FROM bench_item \gset

CREATE TEMP TABLE bench_contract AS
SELECT g, nextval('entity_seq') AS id, c.id AS customer_id, t.id AS type_id, i.id AS item_id,
       DATE '2022-01-01' + (g::bigint * 7919 % 1826)::int AS start_date,
       CASE WHEN g % 20 < 14 THEN 'ACTIVE' WHEN g % 20 < 16 THEN 'QUOTE' WHEN g % 20 < 18 THEN 'EXPIRED'
            WHEN g % 20 = 18 THEN 'RENEWED' ELSE 'CANCELLED' END AS status,
       (240 + g % 50 * 12)::numeric(14,2) AS value
FROM generate_series(1, :n) g
JOIN bench_customer c ON c.n = g % :customers
JOIN bench_type t ON t.n = g % 3
JOIN bench_item i ON i.n = g % :items;

INSERT INTO contract (id, version, number, contract_type_id, customer_id, typology_code, start_date, duration_months,
    end_date, renewal_months, billing_months, payment_terms, auto_renew, status, issued_on, quote_valid_until,
    contract_value, labour_covered, travel_covered, parts_covered, consumables_covered)
SELECT id, 1, 'BN' || lpad(g::text, 8, '0'), type_id, customer_id, '1', start_date, 12,
       (start_date + INTERVAL '12 months' - INTERVAL '1 day')::date, 12, 12, 'RB30', TRUE, status, start_date,
       start_date + 30, value, TRUE, TRUE, FALSE, FALSE
FROM bench_contract;

INSERT INTO contract_line (id, contract_id, item_id, description, price_source, amount, covered_from)
SELECT nextval('entity_seq'), id, item_id, 'Covered item', 'MANUAL', value, start_date FROM bench_contract;

ANALYZE contract; ANALYZE contract_line;
SELECT status, count(*) FROM contract GROUP BY status ORDER BY status;
SQL
