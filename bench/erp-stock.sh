#!/usr/bin/env bash
# ERP stock import benchmark (issue 18): a Mexal stock.csv of ROWS distinct item/warehouse pairs
# (ITEMS = ROWS / 50 items x 50 warehouses) dropped into the benchmark domain's stock folder, timed
# from the drop to its report in done/, against PostgreSQL COPY of the same rows into stock_level
# in the same run; then a customers.csv of CUSTOMERS rows against COPY into customer.
# Targets: each route within 4x of its COPY.
#   bench/erp-stock.sh [ROWS] [CUSTOMERS]        (defaults 1,000,000 and 100,000)
# Environment: WARMUP_ROWS (50,000) and WARMUP_CUSTOMERS (2,000) are imported first and thrown
# away, so the JIT is warm; BENCH_JFR=1 records the server with Java Flight Recorder during each
# timed import (bench/results/erp-stock/*.jfr); REPORT_TIMEOUT (1800 s) bounds the wait for a report.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
customers="${2:-100000}"
warmup_rows="${WARMUP_ROWS:-50000}"
warmup_customers="${WARMUP_CUSTOMERS:-2000}"
timeout="${REPORT_TIMEOUT:-1800}"
warehouses=50
db="${BENCH_DB:-assisto_bench}"
inbox="$root/.payara/bench-inbox"   # ASSISTO_ERP_INBOX of bench/server.sh; setup-domain.sh adds /<flow>
pid_file="$root/.payara/payara6/glassfish/domains/assisto-bench/config/pid"
out="$root/bench/results/erp-stock"
data="$out/data"
run_id="$(date +%Y%m%d-%H%M%S)"

for n in "$rows" "$customers" "$warmup_rows" "$warmup_customers"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "usage: bench/erp-stock.sh [ROWS] [CUSTOMERS] (whole numbers)" >&2; exit 2; }
done
[ "$rows" -gt 0 ] && [ "$customers" -gt 0 ] || { echo "ROWS and CUSTOMERS must be > 0" >&2; exit 2; }
mkdir -p "$out" "$data"

q() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -qtAc "$1"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
log() { echo "[erp-stock] $*" >&2; }
# Java processes other than the bench domain and the simulator: a build or a test run sharing the
# two cores disturbs the figures, so the summary names them.
others() {
  local mine
  mine=" $(cat "$pid_file" 2>/dev/null) ${simulator_pid:-} "
  ps -eo pid=,comm= | awk -v mine="$mine" '$2 == "java" && index(mine, " " $1 " ") == 0 { n++ } END { print n + 0 }'
}

cleanup() {
  jfr_stop 2>/dev/null || true
  rm -rf "$data"
  "$root/bench/server.sh" stop
}

# --- Java Flight Recorder on the bench domain (BENCH_JFR=1) --------------------------------------
jfr_name=""
jfr_start() { # label (warm-ups are not recorded)
  [ "${BENCH_JFR:-0}" = 1 ] && [[ "$1" != warmup* ]] || return 0
  jfr_name="bench-$1"
  jcmd "$(cat "$pid_file")" JFR.start name="$jfr_name" settings=profile \
    filename="$out/$run_id-$1.jfr" >/dev/null
}
jfr_stop() {
  [ -n "$jfr_name" ] || return 0
  jcmd "$(cat "$pid_file")" JFR.stop name="$jfr_name" >/dev/null
  log "flight recording: $out/$run_id-${jfr_name#bench-}.jfr"
  jfr_name=""
}

# --- dropping a file and waiting for its report ----------------------------------------------------
# Prints the report's path once the route has written it (done/ or failed/).
wait_report() { # folder name
  local deadline=$((SECONDS + timeout)) report
  while [ $SECONDS -lt $deadline ]; do
    for report in "$1"/done/*-"$2".report.txt "$1"/failed/*-"$2".report.txt; do
      if [ -s "$report" ]; then echo "$report"; return 0; fi
    done
    sleep 0.1
  done
  echo "no report for $2 in $1/done or $1/failed after $timeout s (server log:" \
    "$root/.payara/payara6/glassfish/domains/assisto-bench/logs/server.log)" >&2
  return 1
}
# Drops the file, waits for the report, checks its counts; prints the seconds from drop to report.
# The file is first written beside the folder's files as NAME.part (not matched by the routes'
# include patterns) and then renamed: the route never sees it half-written, and the clock starts
# at the rename.
import_file() { # source-file folder name expected-summary-regex label
  local started report elapsed
  cp "$1" "$2/$3.part"
  sync "$2/$3.part"
  jfr_start "$5"
  started=$(now)
  mv "$2/$3.part" "$2/$3"
  report=$(wait_report "$2" "$3")
  elapsed=$(since "$started")
  jfr_stop
  sleep 0.2 # the report file may still be being written
  cp "$report" "$out/$run_id-$5.report.txt"
  # the dropped data itself (moved to done/ once the exchange completes); the report stays
  for _ in $(seq 1 50); do
    compgen -G "$2/done/*-$3" >/dev/null && break
    sleep 0.2
  done
  rm -f "$2/done/"*"-$3"
  if [[ "$report" == */failed/* ]] || ! grep -Eq "$4" "$report"; then
    echo "the $5 import did not do what was expected ($4); its report:" >&2
    cat "$report" >&2
    return 1
  fi
  echo "$elapsed"
}

trap cleanup EXIT
"$root/bench/server.sh" start
mkdir -p "$inbox/stock" "$inbox/customers"


# ============================== stock ==============================================================
items=$(( (rows + warehouses - 1) / warehouses ))
warmup_items=$(( (warmup_rows + warehouses - 1) / warehouses ))
log "items BSTK000001.. for $rows stock rows ($items items x $warehouses warehouses)"
psql -q -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -v n="$(( items > warmup_items ? items : warmup_items ))" \
  > "$out/generate-items.log" <<'SQL'
INSERT INTO item (id, version, code, description, unit, unit_price)
SELECT nextval('entity_seq'), 1, 'BSTK' || lpad(g::text, 6, '0'), 'Articolo di magazzino ' || g, 'PZ', 10 + g % 90
FROM generate_series(1, :n) g
ON CONFLICT (code) DO NOTHING;
ANALYZE item;
SQL

# The file in Mexal's layout: ISO-less AAAAMMGG dates as Mexal writes them, decimal points, three
# decimals; about one pair in five has goods on order with their arrival date.
stock_csv() { # file rows warehouse-prefix
  q "COPY (SELECT i.code AS cod_articolo, '$3' || lpad(w::text, 2, '0') AS id_magazzino,
        round(((i.n * 37 + w * 11) % 2000 - 100) / 8.0, 3) AS giacenza,
        CASE WHEN (i.n + w) % 5 = 0 THEN (i.n + w) % 40 + 1 ELSE 0 END AS qta_ord_for,
        (i.n * w) % 7 AS qta_ord_imp,
        to_char(DATE '2025-01-01' + ((i.n + w) % 365)::int, 'YYYYMMDD') AS dt_mod_ult_doc,
        CASE WHEN (i.n + w) % 5 = 0 THEN to_char(DATE '2026-02-01' + (w % 60), 'YYYYMMDD') END AS dt_arrivo
      FROM (SELECT row_number() OVER (ORDER BY code) AS n, code FROM item WHERE code LIKE 'BSTK%') i
      CROSS JOIN generate_series(1, $warehouses) w
      ORDER BY i.code, w LIMIT $2)
    TO STDOUT WITH (FORMAT csv, DELIMITER ';', HEADER)" > "$1"
}
stock_csv "$data/warmup-stock.csv" "$warmup_rows" W
stock_csv "$data/stock.csv" "$rows" M
log "stock.csv: $(($(wc -l < "$data/stock.csv") - 1)) rows, $(du -h "$data/stock.csv" | cut -f1); first line: $(sed -n 2p "$data/stock.csv")"

# the route inserts the pairs it does not know: it runs on an empty stock_level, as COPY does
if [ "$warmup_rows" -gt 0 ]; then
  q "TRUNCATE stock_level"
  log "warm-up: $warmup_rows stock rows"
  import_file "$data/warmup-stock.csv" "$inbox/stock" "stock-warmup-$run_id.csv" \
    "^$warmup_rows received, $warmup_rows applied" warmup-stock > /dev/null
fi
q "TRUNCATE stock_level"
q "CHECKPOINT"
others_before=$(others)
log "importing stock.csv through the route"
stock_name="stock-bench-$run_id.csv"
route_seconds=$(import_file "$data/stock.csv" "$inbox/stock" "$stock_name" \
  "^$rows received, $rows applied, 0 unchanged, 0 rejected" stock)
stored=$(q "SELECT count(*) FROM stock_level WHERE warehouse_code LIKE 'M%'")
[ "$stored" = "$rows" ] || { echo "stock_level holds $stored of the $rows rows after the import" >&2; exit 1; }
exchange_seconds=$(q "SELECT round(EXTRACT(EPOCH FROM ended_at - started_at), 2) FROM erp_exchange
  WHERE source = '$stock_name' ORDER BY id DESC LIMIT 1")

# the baseline: the very rows the route stored, COPYed into the emptied table (same columns,
# indexes, foreign key)
q "COPY stock_level TO STDOUT" > "$data/stock_level.copy"
q "TRUNCATE stock_level"
q "CHECKPOINT"
log "COPY of the same $rows rows into stock_level"
started=$(now)
q "COPY stock_level FROM STDIN" < "$data/stock_level.copy"
copy_seconds=$(since "$started")
q "ANALYZE stock_level"

# ============================== customers ==========================================================
# customers.csv (integration-camel/README.md): codes ERP0000001.., valid Italian VAT numbers,
# 40 cities; a warm-up file of codes ERPW000001.. first.
customers_csv() { # file count code-prefix
  awk -v n="$2" -v prefix="$3" 'BEGIN {
    split("Milano,Torino,Bergamo,Brescia,Verona,Padova,Bologna,Firenze,Roma,Napoli,Bari,Monza,Como,Varese," \
      "Treviso,Modena,Parma,Genova,Venezia,Trento,Bolzano,Udine,Trieste,Vicenza,Reggio Emilia,Piacenza," \
      "Cremona,Pavia,Lecco,Novara,Alessandria,Cuneo,Rimini,Ancona,Perugia,Pisa,Livorno,Pescara,Salerno,Lecce",
      city, ",")
    split("MI,TO,BG,BS,VR,PD,BO,FI,RM,NA,BA,MB,CO,VA,TV,MO,PR,GE,VE,TN,BZ,UD,TS,VI,RE,PC,CR,PV,LC,NO,AL,CN,RN," \
      "AN,PG,PI,LI,PE,SA,LE", province, ",")
    print "codice;ragione_sociale;partita_iva;codice_fiscale;indirizzo;cap;localita;provincia;email;pec;codice_sdi;cod_pagamento"
    for (g = 1; g <= n; g++) {
      digits = sprintf("%010.0f", (prefix == "ERP" ? 3000000000 : 3500000000) + g)
      sum = 0
      for (i = 1; i <= 10; i++) {
        d = substr(digits, i, 1) + 0
        if (i % 2 == 0) { d *= 2; if (d > 9) d -= 9 }
        sum += d
      }
      vat = digits ((10 - sum % 10) % 10)
      c = g % 40 + 1
      code = prefix sprintf("%0" (10 - length(prefix)) "d", g)
      printf "%s;Cliente ERP %d S.r.l.;%s;%s;Via Garibaldi %d;%05d;%s;%s;cliente%d@example.it;%s;%s;RB30\n",
        code, g, vat, vat, g % 300 + 1, 20100 + c, city[c], province[c], g,
        (g % 3 == 0 ? "cliente" g "@pec.example.it" : ""), (g % 2 == 0 ? "M5UXCR1" : "0000000")
    }
  }' > "$1"
}
customers_csv "$data/warmup-customers.csv" "$warmup_customers" ERPW
customers_csv "$data/customers.csv" "$customers" ERP
log "customers.csv: $customers rows, $(du -h "$data/customers.csv" | cut -f1); first line: $(sed -n 2p "$data/customers.csv")"
if [ "$warmup_customers" -gt 0 ]; then
  log "warm-up: $warmup_customers customers"
  import_file "$data/warmup-customers.csv" "$inbox/customers" "customers-warmup-$run_id.csv" \
    "^$warmup_customers received, $warmup_customers applied, 0 unchanged, 0 rejected" warmup-customers > /dev/null
fi
q "CHECKPOINT"
log "importing customers.csv through the route"
customer_route_seconds=$(import_file "$data/customers.csv" "$inbox/customers" "customers-bench-$run_id.csv" \
  "^$customers received, $customers applied, 0 unchanged, 0 rejected" customers)

# the baseline: the rows the route stored, deleted and COPYed back into customer (same table,
# indexes and foreign keys; nothing refers to these new customers yet)
q "COPY (SELECT * FROM customer WHERE code ~ '^ERP[0-9]') TO STDOUT" > "$data/customer.copy"
q "DELETE FROM customer WHERE code ~ '^ERP[0-9]'"
q "VACUUM customer"
q "CHECKPOINT"
log "COPY of the same $customers rows into customer"
started=$(now)
q "COPY customer FROM STDIN" < "$data/customer.copy"
customer_copy_seconds=$(since "$started")

# ============================== figures ============================================================
{
  echo "== erp-stock $run_id: $rows stock rows ($items items x $warehouses warehouses), $customers customers"
  awk -v n="$rows" -v r="$route_seconds" -v e="$exchange_seconds" -v c="$copy_seconds" \
      -v cn="$customers" -v cr="$customer_route_seconds" -v cc="$customer_copy_seconds" 'BEGIN {
    printf "stock route, drop to report:     %8.1f s  %9.0f rows/s  (exchange start to end %.1f s)\n", r, n / r, e
    printf "stock COPY into stock_level:     %8.1f s  %9.0f rows/s\n", c, n / c
    printf "stock route / COPY:              %8.1fx  (target <= 4x)%s\n", r / c, (r / c <= 4 ? "" : "  MISSED")
    printf "customers route, drop to report: %8.1f s  %9.0f rows/s\n", cr, cn / cr
    printf "customers COPY into customer:    %8.1f s  %9.0f rows/s\n", cc, cn / cc
    printf "customers route / COPY:          %8.1fx  (target <= 4x)%s\n", cr / cc, (cr / cc <= 4 ? "" : "  MISSED")
  }'
  echo "other Java processes (builds, tests) when the timed part began: ${others_before:-none}; at the end: $(others)"
} | tee -a "$out/summary.txt"
