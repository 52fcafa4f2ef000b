#!/usr/bin/env bash
# Contract API benchmark (issue 3): with 1,000,000 contracts on PostgreSQL, in one run
#   (a) GET /api/ping                                              the ceiling: same login, no database
#   (b) GET /api/contracts?customerId=…                            one customer's contracts, random customers
#   (c) GET /api/contracts?status=ACTIVE&endingFrom=…&endingTo=…   contracts ending in 2026, first page
#   (d) the same list, a page 95 % deep (seek)
#   (e) GET /api/contracts?customerId=…&status=ACTIVE              customer and status together
#   (f) POST /api/contracts                                        a quote with 20 lines priced from the tariff
# with 32 concurrent clients (wrk -t2 -c32) and again with 8; the creation with 1 client too. Targets: lists p99 <= 30 ms at any
# depth with 32 clients; creating a 20-line contract p99 <= 50 ms.
#   bench/contracts.sh [CONTRACTS] [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
contracts="${1:-1000000}"
seconds="${2:-20}"
customers=100000
db="${BENCH_DB:-assisto_bench}"
base="http://127.0.0.1:28080/assisto/api"
auth="Authorization: Basic $(printf office:office | base64)"
out="$root/bench/results/contracts"
mkdir -p "$out"

"$root/bench/require-wrk.sh"

"$root/bench/server.sh" start
trap '"$root/bench/server.sh" stop' EXIT
"$root/bench/generate-data.sh" "$db" "$customers" > "$out/generate-customers.log"
"$root/bench/generate-contracts.sh" "$db" "$contracts" > "$out/generate-contracts.log"
echo "contracts in the database: $(psql -h 127.0.0.1 -U postgres -d "$db" -tAc 'SELECT count(*) FROM contract')"

q() { psql -h 127.0.0.1 -U postgres -d "$db" -tAc "$1"; }
q "SELECT id FROM customer WHERE code LIKE 'B%' ORDER BY random() LIMIT 5000" > "$out/customers.txt"
ending="status=ACTIVE&endingFrom=2026-01-01&endingTo=2026-12-31"
rows=$(q "SELECT count(*) FROM contract WHERE status = 'ACTIVE' AND end_date BETWEEN '2026-01-01' AND '2026-12-31'")
deep_after=$(q "SELECT end_date || '~' || id FROM contract WHERE status = 'ACTIVE'
  AND end_date BETWEEN '2026-01-01' AND '2026-12-31' ORDER BY end_date, id OFFSET $((rows * 95 / 100)) LIMIT 1")
items=$(q "SELECT string_agg('{\"itemCode\":\"' || code || '\"}', ',') FROM (SELECT i.code FROM item i
  JOIN tariff_price p ON p.item_id = i.id JOIN tariff t ON t.id = p.tariff_id AND t.code = 'GOLD'
  GROUP BY i.code ORDER BY i.code LIMIT 20) x")

cat > "$out/by-customer.lua" <<LUA
local ids = {}
for line in io.lines("$out/customers.txt") do ids[#ids + 1] = line end
request = function()
  return wrk.format("GET", "/assisto/api/contracts?customerId=" .. ids[math.random(#ids)])
end
LUA
cat > "$out/customer-status.lua" <<LUA
local ids = {}
for line in io.lines("$out/customers.txt") do ids[#ids + 1] = line end
request = function()
  return wrk.format("GET", "/assisto/api/contracts?status=ACTIVE&customerId=" .. ids[math.random(#ids)])
end
LUA
cat > "$out/create.lua" <<LUA
local ids = {}
for line in io.lines("$out/customers.txt") do ids[#ids + 1] = line end
request = function()
  -- headers given to wrk.format replace the command line's, so the login is copied in
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  local body = '{"type":"2","customerId":' .. ids[math.random(#ids)] .. ',"startDate":"2026-01-01",'
    .. '"customFields":{"responseHours":8},"lines":[$items]}'
  return wrk.format("POST", "/assisto/api/contracts", headers, body)
end
LUA

run() { # clients, name, extra wrk args...
  local clients="$1" name="$2"; shift 2
  wrk -t"$(( clients < 2 ? 1 : 2 ))" -c"$clients" -d"${seconds}s" --latency -H "$auth" "$@" > "$out/$name-$clients.txt"
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/$name-$clients.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$out/$name-$clients.txt")
  errors=$(awk '/Non-2xx/ {print $5}' "$out/$name-$clients.txt")
  printf '%-28s %3s clients %10s req/s   p99 %8s%s\n' "$name" "$clients" "$rps" "$p99" \
    "${errors:+   NON-2xx: $errors}"
}

echo "warming up (150 s)"
wrk -t2 -c32 -d60s -H "$auth" "$base/ping" >/dev/null
wrk -t2 -c32 -d30s -H "$auth" -s "$out/by-customer.lua" "$base/" >/dev/null
wrk -t2 -c32 -d30s -H "$auth" "$base/contracts?$ending" >/dev/null
wrk -t2 -c8 -d30s -H "$auth" -s "$out/create.lua" "$base/" >/dev/null

echo "== $contracts contracts; $rows active ending in 2026, deep page after $deep_after; ${seconds}s per run"
for clients in 32 8; do
  run "$clients" a-ping "$base/ping"
  run "$clients" b-by-customer -s "$out/by-customer.lua" "$base/"
  run "$clients" c-ending-first-page "$base/contracts?$ending"
  run "$clients" d-ending-deep-page "$base/contracts?$ending&after=$deep_after"
  run "$clients" e-customer-and-status -s "$out/customer-status.lua" "$base/"
  run "$clients" f-create-20-lines -s "$out/create.lua" "$base/"
done
echo "== one user at a time: what a single creation costs without queueing"
run 1 f-create-20-lines -s "$out/create.lua" "$base/"
