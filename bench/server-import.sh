#!/usr/bin/env bash
# A whole file handed to the server (POST /v1/imports, issue 28) against the command-line importer
# sending the same files through the batch API, on one server in one run (MariaDB/MySQL). The files:
# $customers customers and three orders each, in the API's own columns. Each side imports both into
# a tenant of its own, customers then orders: the importer (importer/zangsho-import, -Xmx256m, 4
# workers) from its start to its exit; the server from the first upload's first byte to the last
# import's end: it takes the orders as files of a million rows (its limit is 1,048,576 a file), all
# uploaded at once, each queued behind the one before. After a warm-up of each, then BENCH_PASSES
# passes, the importer first in odd passes and last in even ones. Per side: rows/s, the server's
# CPU per row (its process' user+system time) and its heap: the old generation after each
# collection, sampled every 2 s (jstat), first and last quarter of the run.
#
# Usage: bench/server-import.sh [customers] (default 1000000)
#        BENCH_WRITE=1 bench/server-import.sh ...  also puts the table into docs/performance.md
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-1000000}
passes=${BENCH_PASSES:-2}

[ -f importer/target/zangsho-import.jar ] && [ -x ear/target/server/bin/standalone.sh ] ||
  mvn -B -q -DskipTests package
source bench/bench-server.sh
bench_server zangsho_server_import
files=$data/files
mkdir -p "$files"

python3 - "$files" "$customers" <<'PY'
import sys
files, n = sys.argv[1], int(sys.argv[2])
with open(f"{files}/customers.csv", "w", encoding="utf-8") as out:
    out.write("email,name,phone,metadata.tier\n")
    for i in range(n):
        out.write(f"c{i}@example.com,客戶{i},09{i % 100000000:08d},{'gold' if i % 3 else 'silver'}\n")
with open(f"{files}/orders.csv", "w", encoding="utf-8") as out:
    out.write("order_no,customer_email,amount,status,payment_method,paid_at\n")
    for i in range(3 * n):
        c = i // 3
        out.write(f"O-{i},c{c}@example.com,{100 + i % 900}.50,paid,credit_card,"
                  f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00Z\n")
PY
# The server takes at most 1,048,576 rows a file: the orders go to it in files of a million.
tail -n +2 "$files/orders.csv" | split -l 1000000 -d - "$files/orders-part-"
for part in "$files"/orders-part-*; do
  { head -n 1 "$files/orders.csv"; cat "$part"; } >"$part.csv" && rm "$part"
done
# The warm-up's: the first 2,000 customers and their 6,000 orders.
head -n 2001 "$files/customers.csv" >"$files/warm-customers.csv"
head -n 6001 "$files/orders.csv" >"$files/warm-orders.csv"
rows=$((customers * 4))

server_cpu() { # the server's user+system seconds so far
  awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$server_pid/stat"
}

# Samples the old generation's occupancy (KiB) every 2 s into $1 until stopped.
watch_heap() {
  jstat -gc "$server_pid" 2000 | awk 'NR > 1 {print $8; fflush()}' >"$1" &
  heap_watcher=$!
}

# Prints "first-quarter-max last-quarter-max" of the old generation (MiB) in file $1.
heap_quarters() {
  python3 - "$1" <<'PY'
import sys
v = [float(x) / 1024 for x in open(sys.argv[1]) if x.strip()]
q = max(1, len(v) // 4)
print(f"{max(v[:q]):.0f} {max(v[-q:]):.0f}")
PY
}

via_importer() { # tenant-token customers-file orders-file → seconds
  local start
  start=$(date +%s.%N)
  ZANGSHO_IMPORT_JAVA_OPTS=-Xmx256m importer/zangsho-import --url "$base" --token "$1" \
    --concurrency 4 --customers "$2" --orders "$3" >"$data/importer.out" 2>&1 ||
    { cat "$data/importer.out"; exit 1; }
  python3 -c "print($(date +%s.%N) - $start)"
}

upload() { # token file resource → import id
  curl -sf -X POST "$base/v1/imports" -H "Authorization: Bearer $1" -F "resource=$3" -F "file=@$2" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])'
}

via_server() { # tenant-token customers-file orders-file → seconds
  local start ids=() part state
  start=$(date +%s.%N)
  ids+=("$(upload "$1" "$2" customers)")
  if [ "$3" = "$files/orders.csv" ]; then
    for part in "$files"/orders-part-*.csv; do ids+=("$(upload "$1" "$part" orders)"); done
  else
    ids+=("$(upload "$1" "$3" orders)")
  fi
  for id in "${ids[@]}"; do
    while true; do
      state=$(curl -sf "$base/v1/imports/$id" -H "Authorization: Bearer $1" |
        python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["state"], d["failed"])')
      case "$state" in
        "completed 0") break ;;
        running* | queued*) sleep 0.5 ;;
        *) echo "import $id: $state" >&2; exit 1 ;;
      esac
    done
  done
  python3 -c "print($(date +%s.%N) - $start)"
}

run_side() { # side pass → "side pass rows/s cpu-us/row heap-first heap-last"
  local side=$1 pass=$2 token cpu0 cpu1 seconds
  read -r token _ < <(bench_tenant "$side-$pass")
  watch_heap "$data/heap-$side-$pass"
  cpu0=$(server_cpu)
  seconds=$("via_$side" "$token" "$files/customers.csv" "$files/orders.csv")
  cpu1=$(server_cpu)
  kill "$heap_watcher" 2>/dev/null || true
  echo "$side $pass $(python3 -c "print(f'{$rows / $seconds:.0f} {($cpu1 - $cpu0) / $rows * 1e6:.1f}')") $(heap_quarters "$data/heap-$side-$pass")"
}

echo "warming up: each side once on 2,000 customers and 6,000 orders" >&2
for side in importer server; do
  read -r token _ < <(bench_tenant "warm-$side")
  "via_$side" "$token" "$files/warm-customers.csv" "$files/warm-orders.csv" >/dev/null
done

results=$data/results
: >"$results"
for pass in $(seq 1 "$passes"); do
  echo "pass $pass" >&2
  if [ $((pass % 2)) = 1 ]; then order="importer server"; else order="server importer"; fi
  for side in $order; do
    run_side "$side" "$pass" | tee -a "$results" >&2
  done
done

section=$(python3 - "$results" "$customers" "$passes" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
customers, passes = int(sys.argv[2]), sys.argv[3]
print("<!-- server-import:start -->")
print(f"## A file handed to the server against the importer (`bench/server-import.sh {customers}`)\n")
print(f"One server on MariaDB, the same two files on each side, each into a tenant of its own: "
      f"{customers:,} customers, then {3 * customers:,} orders (their customers' e-mails), in the API's columns. "
      "The importer (`importer/zangsho-import`, `-Xmx256m`, 4 workers) sends them as 100-row batches; the server "
      "is handed the customers and the orders in files of a million rows (`POST /v1/imports`, each queued behind the one before) and runs them itself. "
      "Rates are all rows over wall-clock time, from the importer's start or the first upload's first byte to "
      "the last row. Server CPU is the server process' own per row; heap is the old generation after "
      "collections (jstat, every 2 s), the largest in the first and in the last quarter of the run. A warm-up of "
      f"each side, then {passes} pass{'es' if passes != '1' else ''}, the importer first in odd ones.\n")
print("| pass | importer rows/s | server rows/s | server / importer | server CPU µs/row: importer · server | old gen MiB, first → last quarter: importer · server |")
print("|---|---|---|---|---|---|")
by = {}
for side, p, rate, cpu, h1, h2 in rows:
    by.setdefault(p, {})[side] = (float(rate), cpu, h1, h2)
for p, r in by.items():
    i, s = r["importer"], r["server"]
    print(f"| {p} | {i[0]:,.0f} | {s[0]:,.0f} | **{s[0] / i[0]:.2f}** | {i[1]} · {s[1]} | {i[2]} → {i[3]} · {s[2]} → {s[3]} |")
print("<!-- server-import:end -->")
PY
)
echo "$section"
if [ "${BENCH_WRITE:-0}" = 1 ]; then
  python3 bench/performance-section.py server-import "$section"
fi
