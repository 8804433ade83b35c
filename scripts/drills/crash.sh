#!/usr/bin/env bash
# Drill (docs/reliability.md, "Crash"): the importer loads 100,000 customers and 100,000 orders
# into tenant "crashed" on MariaDB; part-way through the orders the server is killed with
# SIGKILL and started again on the same database. The importer waits it out (its retries), or the
# same command is run again. Then the same files go into tenant "clean" with no crash, and the two
# tenants are compared by a checksum over every row's business fields; no idempotency key may be
# left in flight.
#
# Usage: scripts/drills/crash.sh [rows]     (default 100000). Prints one line of figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}

[ -f importer/target/zangsho-import.jar ] && [ -x ear/target/server/bin/standalone.sh ] ||
  mvn -B -q -DskipTests package
source bench/bench-server.sh
bench_server zangsho_drill
files=$data/files
mkdir -p "$files"
python3 - "$files" "$rows" <<'PY'
import sys
files, n = sys.argv[1], int(sys.argv[2])
with open(f"{files}/customers.csv", "w", encoding="utf-8") as out:
    out.write("email,name,phone,metadata.n\n")
    for i in range(n):
        out.write(f"d{i}@example.com,客戶{i},09{i:08d},{i}\n")
with open(f"{files}/orders.csv", "w", encoding="utf-8") as out:
    out.write("order_no,customer_email,amount,status,payment_method,paid_at\n")
    for i in range(n):
        out.write(f"D-{i},d{i}@example.com,{100 + i % 900}.50,paid,atm,2025-{1 + i % 12:02d}-15T08:00:00Z\n")
PY

import_into() { # tenant-token, extra importer args...
  local token=$1; shift
  java -Xmx256m -jar importer/target/zangsho-import.jar --url "$base" --token "$token" \
    --customers "$files/customers.csv" --orders "$files/orders.csv" --retries 12 "$@"
}

read -r crashed_token crashed_id < <(bench_tenant crashed)
import_into "$crashed_token" >"$data/crashed.out" 2>&1 &
importer=$!
checkpoint=$files/orders.csv.checkpoint.jsonl
until [ -f "$checkpoint" ] && [ "$(wc -l <"$checkpoint")" -gt $((rows / 100 / 3)) ]; do
  kill -0 "$importer" 2>/dev/null || { echo "the importer ended before the crash"; cat "$data/crashed.out"; exit 1; }
  sleep 0.2
done
killed_at=$(date +%s.%N)
acknowledged=$(( $(wc -l <"$checkpoint") - 1 ))
kill -9 "$server_pid"
wait_for_death() { while kill -0 "$server_pid" 2>/dev/null; do sleep 0.1; done; }
wait_for_death
pkill -9 -f "port-offset=200" || true
bench_server_boot
restarted_in=$(python3 -c "import time; print(f'{time.time() - $killed_at:.1f}')")
if wait "$importer"; then resumed_by="its own retries"; else
  resumed_by="the same command again (first run exited $?)"
  import_into "$crashed_token" >>"$data/crashed.out" 2>&1
fi

read -r clean_token clean_id < <(bench_tenant clean)
import_into "$clean_token" >"$data/clean.out" 2>&1

checksum() { # tenant id
  mysql_cli -N zangsho_drill -e "
    SELECT (SELECT COUNT(*) FROM customers WHERE tenant_id = $1),
           (SELECT BIT_XOR(CRC32(CONCAT_WS('|', email, name, phone, metadata))) FROM customers WHERE tenant_id = $1),
           (SELECT COUNT(*) FROM orders WHERE tenant_id = $1),
           (SELECT BIT_XOR(CRC32(CONCAT_WS('|', o.order_no, c.email, o.amount, o.status, o.payment_method, o.paid_at)))
              FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.tenant_id = $1),
           (SELECT COUNT(*) FROM order_day_totals WHERE tenant_id = $1),
           (SELECT SUM(order_count) FROM order_day_totals WHERE tenant_id = $1)" | tr '\t' ' '
}
crashed=$(checksum "$crashed_id")
clean=$(checksum "$clean_id")
in_flight=$(mysql_cli -N zangsho_drill -e "SELECT COUNT(*) FROM idempotency_keys WHERE state <> 'DONE'")
[ "$crashed" = "$clean" ] && held=held || held="NOT HELD"
echo "crash drill: $rows customers + $rows orders; server killed (SIGKILL) with $acknowledged of $((rows / 100)) order batches acknowledged, serving again ${restarted_in} s later; resumed by ${resumed_by}; crashed tenant [customers checksum orders checksum day-rows day-orders] = [$crashed], clean = [$clean]; idempotency keys not completed: $in_flight; $held"
[ "$held" = held ] && [ "$in_flight" = 0 ]
