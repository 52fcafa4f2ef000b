#!/usr/bin/env bash
# Customer API benchmark (issue 2): with 100,000 customers on PostgreSQL, 32 concurrent clients
# (wrk -t2 -c32), measures in one run
#   (a) GET /api/ping                                   the ceiling: same login, no database
#   (b) GET /api/customers/{id}                         one customer with sites and contacts, random ids
#   (c) GET /api/customers?city=…&limit=50              first page, and a page 95 % deep (seek)
#   (d) the same deep page read by OFFSET in SQL         what seek paging avoids, for reference
# Targets: (b) >= 40 % of (a); (c) p99 <= 30 ms at any depth.
#   bench/customers.sh [CUSTOMERS] [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
customers="${1:-100000}"
seconds="${2:-20}"
db="${BENCH_DB:-assisto_bench}"
base="http://127.0.0.1:28080/assisto/api"
auth="Authorization: Basic $(printf office:office | base64)"
out="$root/bench/results"
mkdir -p "$out"

"$root/bench/require-wrk.sh"

"$root/bench/server.sh" start
trap '"$root/bench/server.sh" stop' EXIT
"$root/bench/generate-data.sh" "$db" "$((customers - 400))" > "$out/generate.log"
echo "customers in the database: $(psql -h 127.0.0.1 -U postgres -d "$db" -tAc 'SELECT count(*) FROM customer')"

psql -h 127.0.0.1 -U postgres -d "$db" -tAc "SELECT id FROM customer ORDER BY random() LIMIT 5000" > "$out/ids.txt"
city_rows=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc "SELECT count(*) FROM customer WHERE city_key = 'milano'")
deep_offset=$((city_rows * 95 / 100))
deep_after=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc \
  "SELECT code FROM customer WHERE city_key = 'milano' ORDER BY code OFFSET $deep_offset LIMIT 1")

cat > "$out/random-id.lua" <<LUA
local ids = {}
for line in io.lines("$out/ids.txt") do ids[#ids + 1] = line end
request = function()
  return wrk.format("GET", "/assisto/api/customers/" .. ids[math.random(#ids)])
end
LUA

run() { # name, extra wrk args...
  local name="$1"; shift
  wrk -t2 -c32 -d"${seconds}s" --latency -H "$auth" "$@" > "$out/$name.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$out/$name.txt")
  local errors
  errors=$(awk '/Non-2xx/ {print $5}' "$out/$name.txt")
  printf '%-34s %10s req/s   p99 %8s%s\n' "$name" "$rps" "$p99" "${errors:+   NON-2xx: $errors}"
  echo "$name $rps $p99" >> "$out/summary.txt"
}

# On 2 cores the JIT needs about two minutes of load before throughput levels off.
echo "warming up (150 s)"
wrk -t2 -c32 -d60s -H "$auth" "$base/ping" >/dev/null
wrk -t2 -c32 -d30s -H "$auth" -s "$out/random-id.lua" "$base/" >/dev/null
wrk -t2 -c32 -d30s -H "$auth" "$base/customers?city=milano&limit=50" >/dev/null
wrk -t2 -c32 -d30s -H "$auth" "$base/customers?city=milano&limit=50&after=$deep_after" >/dev/null

: > "$out/summary.txt"
echo "== $customers customers; Milano has $city_rows, deep page after $deep_after (row $deep_offset); wrk -t2 -c32 ${seconds}s"
run "a-ping" "$base/ping"
run "b-customer-by-id" -s "$out/random-id.lua" "$base/"
run "c-city-first-page" "$base/customers?city=milano&limit=50"
run "c-city-deep-page" "$base/customers?city=milano&limit=50&after=$deep_after"
echo "== the same list pages with 8 clients (less queueing on 2 shared cores)"
run8() { local name="$1"; shift; wrk -t2 -c8 -d"${seconds}s" --latency -H "$auth" "$@" > "$out/$name.txt"
  printf '%-34s %10s req/s   p99 %8s\n' "$name" "$(awk '/Requests\/sec/ {print $2}' "$out/$name.txt")" \
    "$(awk '$1 == "99%" {print $2}' "$out/$name.txt")"; }
run8 "c-city-first-page-8-clients" "$base/customers?city=milano&limit=50"
run8 "c-city-deep-page-8-clients" "$base/customers?city=milano&limit=50&after=$deep_after"

echo "== reference: the deep page by OFFSET in PostgreSQL alone (no HTTP)"
psql -h 127.0.0.1 -U postgres -d "$db" -c "EXPLAIN (ANALYZE, TIMING ON, SUMMARY ON) SELECT * FROM customer WHERE city_key = 'milano' ORDER BY name_key, code OFFSET $deep_offset LIMIT 50" | grep -E "Execution Time"
psql -h 127.0.0.1 -U postgres -d "$db" -c "EXPLAIN (ANALYZE, TIMING ON, SUMMARY ON) SELECT * FROM customer WHERE city_key = 'milano' AND code > '$deep_after' ORDER BY code LIMIT 50" | grep -E "Execution Time"

awk '
  $1 == "a-ping" { a = $2 }
  $1 == "b-customer-by-id" { b = $2 }
  END { printf "(b)/(a) = %.1f %% (target >= 40 %%)\n", 100 * b / a }' "$out/summary.txt"
