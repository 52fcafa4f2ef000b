#!/usr/bin/env bash
# ERP outbound benchmark (issue 18): N due instalments in the outbox delivered over REST to the
# ERP simulator (erp-simulator/README.md) by the instalments flow, started by
# POST /api/erp/flows/instalments/run (one run delivers batch after batch of 500) until none is pending; against a plain java.net.http client
# (bench/ErpPost.java) posting, in the same run, the very same JSON bodies with the same headers to
# a reset simulator, five calls at once. Target: the flow within 2x of the plain client.
#   bench/erp-outbound.sh [N]                      (default 100,000)
# Environment: WARMUP (2,000) documents are delivered first by both, so the JIT is warm;
# BENCH_ERP_PORT (28095) and BENCH_ERP_CONTROL_PORT (28096) for the simulator; BENCH_JFR=1 records
# the server with Java Flight Recorder during the timed delivery (bench/results/erp-outbound/*.jfr).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
warmup="${WARMUP:-2000}"
erp_port="${BENCH_ERP_PORT:-28095}"
control_port="${BENCH_ERP_CONTROL_PORT:-28096}"
company=BENCH
erp_user=assisto
db="${BENCH_DB:-assisto_bench}"
base="http://127.0.0.1:28080/assisto/api"
control="http://127.0.0.1:$control_port/control"
jar="$root/erp-simulator/target/erp-simulator.jar"
pid_file="$root/.payara/payara6/glassfish/domains/assisto-bench/config/pid"
out="$root/bench/results/erp-outbound"
run_id="$(date +%Y%m%d-%H%M%S)"
per_batch=500 # documents an exchange of the flow takes (OutboundRoutes.BATCH)

[[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || { echo "usage: bench/erp-outbound.sh [N] (N > 0)" >&2; exit 2; }
[[ "$warmup" =~ ^[0-9]+$ ]] || { echo "WARMUP must be a whole number" >&2; exit 2; }
mkdir -p "$out"

q() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -qtAc "$1"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
log() { echo "[erp-outbound] $*" >&2; }
# Java processes other than the bench domain and the simulator: a build or a test run sharing the
# two cores disturbs the figures, so the summary names them.
others() {
  local mine
  mine=" $(cat "$pid_file" 2>/dev/null) ${simulator_pid:-} "
  ps -eo pid=,comm= | awk -v mine="$mine" '$2 == "java" && index(mine, " " $1 " ") == 0 { n++ } END { print n + 0 }'
}
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for port in "$erp_port" "$control_port"; do
  if port_taken "$port"; then
    echo "port $port is taken (another simulator?): set BENCH_ERP_PORT / BENCH_ERP_CONTROL_PORT" >&2
    exit 1
  fi
done
if [ ! -f "$jar" ]; then
  log "building the ERP simulator"
  (cd "$root" && mvn -B -ntp -q -pl erp-simulator package -DskipTests)
fi

# The ERP user's password: random, in a file only this user reads, gone at the end. The simulator
# and the baseline get it from the environment, the domain as a password alias (setup-domain.sh).
work="$(mktemp -d)"
chmod 700 "$work"
pwfile="$work/erp-password"
(umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$pwfile")

simulator_pid=""
cleanup() {
  if [ -n "${jfr_name:-}" ]; then jcmd "$(cat "$pid_file")" JFR.stop name="$jfr_name" >/dev/null 2>&1 || true; fi
  if [ -n "$simulator_pid" ]; then kill "$simulator_pid" 2>/dev/null || true; wait "$simulator_pid" 2>/dev/null || true; fi
  rm -rf "$work"
  "$root/bench/server.sh" stop
}
trap cleanup EXIT

# sun.net.httpserver.nodelay: the JDK's HttpServer, which the simulator serves with, leaves Nagle's
# algorithm on by default; its answer (headers, then body) then waits for the client's delayed ACK,
# about 40 ms a call whoever the client is, and both sides measured the simulator's idle waits
# (about 110 calls/s at 5 at once, CPU idle). A real Mexal WebAPI does not wait so.
log "starting the ERP simulator on ports $erp_port (WebAPI) and $control_port (control)"
ERP_SIMULATOR_PASSWORD="$(cat "$pwfile")" java -Xmx1g -Dsun.net.httpserver.nodelay=true -jar "$jar" --port "$erp_port" --control-port "$control_port" \
  --user "$erp_user" --company "$company" > "$out/simulator.log" 2>&1 &
simulator_pid=$!
for _ in $(seq 1 60); do
  grep -q 'ERP simulator ready' "$out/simulator.log" && break
  kill -0 "$simulator_pid" 2>/dev/null || { echo "the simulator stopped:" >&2; cat "$out/simulator.log" >&2; exit 1; }
  sleep 0.5
done
grep -q 'ERP simulator ready' "$out/simulator.log" || { echo "the simulator did not start" >&2; exit 1; }

# bench/server.sh hands its environment to config/setup-domain.sh: instalments over REST to the
# simulator; the persistent timer far off so that only the runs below deliver.
export ASSISTO_ERP_INSTALMENTS_TRANSPORT=REST
export ASSISTO_ERP_WEBAPI_URL="http://127.0.0.1:$erp_port"
export ASSISTO_ERP_WEBAPI_USER="$erp_user" ASSISTO_ERP_WEBAPI_COMPANY="$company"
export ASSISTO_ERP_WEBAPI_PASSWORD_FILE="$pwfile"
export ASSISTO_ERP_OUTBOUND_INTERVAL=PT12H
"$root/bench/server.sh" start

# Due instalments in the outbox, shaped as the application queues them (system-tests ErpOutboundIT):
# a reference contract#instalment, the neutral JSON payload, PENDING, ids from the entities' sequence.
queue() { # count reference-prefix
  psql -q -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -v n="$1" -v prefix="$2" <<'SQL'
INSERT INTO outbox_message (id, message_type, reference, payload, status, created_at)
SELECT nextval('entity_seq'), 'INSTALMENT', :'prefix' || lpad((g / 4 + 1)::text, 7, '0') || '#' || (g % 4 + 1),
       json_build_object('contract', :'prefix' || lpad((g / 4 + 1)::text, 7, '0'),
                         'customer', '501.' || lpad((g % 5000 + 1)::text, 5, '0'),
                         'sequence', g % 4 + 1,
                         'dueDate', to_char(DATE '2026-01-01' + (g % 4) * 91, 'YYYY-MM-DD'),
                         'periodFrom', to_char(DATE '2026-01-01' + (g % 4) * 91, 'YYYY-MM-DD'),
                         'periodTo', to_char(DATE '2026-01-01' + (g % 4) * 91 + 90, 'YYYY-MM-DD'),
                         'amount', 120 + (g % 900) + 0.5,
                         'paymentTerms', 'RB30')::text,
       'PENDING', now()
FROM generate_series(0, :n - 1) g;
ANALYZE outbox_message;
SQL
}
pending() { # reference-prefix
  q "SELECT count(*) FROM outbox_message WHERE message_type = 'INSTALMENT' AND status = 'PENDING' AND reference LIKE '$1%'"
}
# Runs the flow until none of the documents is pending (a run delivers batch after batch while the
# ERP takes them all, so one run normally does); fails when runs stop making progress.
deliver_all() { # expected-documents reference-prefix
  local runs=0 left stuck=0 previous=-1 status
  while :; do
    status=$(curl -s -o "$work/run.out" -w '%{http_code}' -u admin:admin -X POST "$base/erp/flows/instalments/run")
    if [ "$status" != 204 ]; then
      echo "POST erp/flows/instalments/run answered $status: $(cat "$work/run.out")" >&2
      return 1
    fi
    runs=$((runs + 1))
    left=$(pending "$2")
    [ "$left" = 0 ] && break
    log "  after run $runs: $left pending"
    if [ "$left" = "$previous" ]; then stuck=$((stuck + 1)); else stuck=0; fi
    previous=$left
    if [ $stuck -ge 3 ]; then
      echo "$left documents stay pending after $runs runs; the last errors:" >&2
      q "SELECT reference, attempts, last_error FROM outbox_message WHERE message_type = 'INSTALMENT'
         AND status = 'PENDING' AND reference LIKE '$2%' ORDER BY id LIMIT 5" >&2
      return 1
    fi
  done
  echo "$runs"
}
bodies() { # reference-prefix file: KEY<TAB>JSON of the documents the simulator booked
  curl -sf "$control/received" | jq -r --arg prefix "$1" \
    '.[] | select(.key | startswith($prefix)) | .key + "\t" + .json' > "$2"
}

log "the outbox before: $(q "SELECT count(*) FROM outbox_message WHERE message_type = 'INSTALMENT' AND status = 'PENDING'") pending instalments"
: > "$work/warmup.tsv"
if [ "$warmup" -gt 0 ]; then
  log "warm-up: $warmup documents"
  queue "$warmup" BW
  deliver_all "$warmup" BW > /dev/null
  bodies BW "$work/warmup.tsv"
fi
curl -sf -X POST "$control/reset"

queue "$n" BO
log "delivering $n due instalments through the flow (batches of $per_batch, an exchange each)"
first_exchange=$(q "SELECT COALESCE(max(id), 0) FROM erp_exchange")
jfr_name=""
if [ "${BENCH_JFR:-0}" = 1 ]; then
  jfr_name=bench-outbound
  jcmd "$(cat "$pid_file")" JFR.start name="$jfr_name" settings=profile filename="$out/$run_id-outbound.jfr" >/dev/null
fi
others_before=$(others)
started=$(now)
runs=$(deliver_all "$n" BO)
route_seconds=$(since "$started")
if [ -n "$jfr_name" ]; then
  jcmd "$(cat "$pid_file")" JFR.stop name="$jfr_name" >/dev/null
  log "flight recording: $out/$run_id-outbound.jfr"
  jfr_name=""
fi

sent=$(q "SELECT count(*) FROM outbox_message WHERE message_type = 'INSTALMENT' AND reference LIKE 'BO%' AND status = 'SENT'")
curl -sf "$control/stats" > "$out/$run_id-route-stats.json"
route_stats=$(jq -c '{posts, received, maxConcurrent}' "$out/$run_id-route-stats.json")
read -r exchanges exchange_seconds < <(q "SELECT count(*), round(sum(EXTRACT(EPOCH FROM ended_at - started_at)), 2)
  FROM erp_exchange WHERE id > $first_exchange AND flow = 'INSTALMENTS'" | tr '|' ' ')
[ "$sent" = "$n" ] || { echo "only $sent of the $n documents are SENT" >&2; exit 1; }
bodies BO "$work/documents.tsv"
[ "$(wc -l < "$work/documents.tsv")" = "$n" ] || { echo "the simulator booked $(wc -l < "$work/documents.tsv") of $n" >&2; exit 1; }
head -n 1 "$work/documents.tsv" | cut -f2 > "$out/$run_id-sample-body.json"

log "posting the same $n bodies with java.net.http, 5 at once"
curl -sf -X POST "$control/reset"
ERP_PASSWORD="$(cat "$pwfile")" java "$root/bench/ErpPost.java" \
  "http://127.0.0.1:$erp_port" "http://127.0.0.1:$control_port" "$erp_user" "$company" 5 \
  "$work/warmup.tsv" "$work/documents.tsv" > "$work/raw.out" \
  || { echo "the plain client did not have every document booked (201)" >&2; exit 1; }
read -r raw_documents raw_seconds < "$work/raw.out"
raw_stats=$(curl -sf "$control/stats" | jq -c '{posts, received, maxConcurrent}')

{
  echo "== erp-outbound $run_id: $n instalments over REST to the ERP simulator (warm-up $warmup)"
  awk -v n="$n" -v r="$route_seconds" -v runs="$runs" -v ex="$exchanges" -v es="$exchange_seconds" \
      -v rn="$raw_documents" -v rs="$raw_seconds" 'BEGIN {
    printf "flow, first run to none pending: %8.1f s  %8.0f documents/s  (%d runs; %d exchanges, %.1f s inside them)\n",
      r, n / r, runs, ex, es
    printf "java.net.http, 5 at once:        %8.1f s  %8.0f documents/s\n", rs, rn / rs
    printf "flow / plain client:             %8.1fx  (target <= 2x)%s\n", r / rs, (r / rs <= 2 ? "" : "  MISSED")
  }'
  echo "simulator after the flow: $route_stats; after the plain client: $raw_stats"
  echo "other Java processes (builds, tests) when the timed part began: ${others_before:-none}; at the end: $(others)"
} | tee -a "$out/summary.txt"
