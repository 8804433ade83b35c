#!/usr/bin/env bash
# The command-line importer against the API's own rate (issue 14), on MariaDB/MySQL, in one run:
# first bench/write-path.sh with the same number of clients (its "API" rows are the benchmark's API
# rate: batches of 100 sent by a bare client), then a fresh server and the importer with a 256 MiB
# heap importing generated files — customers (CSV), 3 orders per customer (CSV), a subscription for
# 3 customers in 10 (JSON Lines) and an event per customer (JSON array) — at that concurrency.
# Prints the importer's rows/s beside the API rate, per kind.
#
# Usage: bench/importer.sh [customers] [concurrency]     (defaults: 100000, 4)
#        BENCH_WRITE=1 bench/importer.sh ...  also puts the table into docs/performance.md
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-100000}
concurrency=${2:-4}

[ -f importer/target/zangsho-import.jar ] && [ -x ear/target/server/bin/standalone.sh ] ||
  mvn -B -q -DskipTests package
api_table=$(bash bench/write-path.sh 20000 "$concurrency")

source bench/bench-server.sh
bench_server zangsho_import
read -r token _ < <(bench_tenant importer)
files=$data/files
mkdir -p "$files"
python3 - "$files" "$customers" <<'PY'
import json, random, sys
files, n = sys.argv[1], int(sys.argv[2])
random.seed(14)
surnames, given = "王陳林黃張李吳劉蔡楊", "小明美麗志偉雅婷家豪淑芬"
with open(f"{files}/customers.csv", "w", encoding="utf-8") as out:
    out.write("email,name,phone,metadata.source\n")
    for i in range(n):
        out.write(f"c{i}@example.com,{random.choice(surnames)}{random.choice(given)}{random.choice(given)},09{i % 100000000:08d},bench\n")
with open(f"{files}/orders.csv", "w", encoding="utf-8") as out:
    out.write("order_no,customer_email,amount,status,payment_method,paid_at\n")
    for i in range(3 * n):
        day = 1 + i % 28
        out.write(f"O-{i},c{i // 3}@example.com,{100 + i % 5000}.00,paid,credit_card,2025-{1 + i % 12:02d}-{day:02d}T08:00:00Z\n")
with open(f"{files}/subs.jsonl", "w", encoding="utf-8") as out:
    for i in range(0, n, 10):
        for k in range(3):
            if i + k < n:
                out.write(json.dumps({"customer_email": f"c{i + k}@example.com", "plan_name": "Pro", "mrr": "990.00",
                                      "billing_cycle": "monthly", "started_at": "2025-01-01T00:00:00Z",
                                      "current_period_start": "2025-12-01T00:00:00Z"}) + "\n")
with open(f"{files}/events.json", "w", encoding="utf-8") as out:
    out.write("[\n")
    for i in range(n):
        out.write(("," if i else "") + json.dumps({"customer_email": f"c{i}@example.com", "event_type": "created",
                                                    "new_amount": "990.00", "occurred_at": "2025-01-01T00:00:00Z"}) + "\n")
    out.write("]\n")
PY

java -Xmx256m -Xlog:gc:file="$data/gc.log" -jar importer/target/zangsho-import.jar --url "$base" \
  --token "$token" --concurrency "$concurrency" --summary "$data/summary.json" \
  --customers "$files/customers.csv" --orders "$files/orders.csv" \
  --subscriptions "$files/subs.jsonl" --events "$files/events.json" >"$data/importer.out" 2>&1 ||
  { cat "$data/importer.out"; exit 1; }

section=$(python3 - "$data/summary.json" "$data/gc.log" "$concurrency" "$customers" <<PY
import json, re, sys
summary = json.load(open(sys.argv[1]))
heap = max((int(m.group(1)) for m in re.finditer(r"->(\d+)M\(", open(sys.argv[2]).read())), default=0)
api = {}
for line in """$api_table""".splitlines():
    m = re.match(r"\| $concurrency \| \d+ \| (.+) · API \| (\d+) \|", line)
    if m:
        api[m.group(1)] = int(m.group(2))
names = {"customers": "customers", "orders": "orders", "subscriptions": "subscriptions", "events": "subscription events"}
print("<!-- importer:start -->")
print(f"## The importer against the API's rate (\`bench/importer.sh {sys.argv[4]} {sys.argv[3]}\`)\n")
print(f"{sys.argv[3]} workers; the importer's heap capped at 256 MiB (\`-Xmx256m\`), at most {heap} MiB in use after a collection;")
print(f"{summary['requests']} requests, {summary['throttled_requests']} answered 429. The API rate is the write-path benchmark's")
print(f"in the same run ({sys.argv[3]} clients, 20,000 rows of each kind).\n")
print("| file | rows | importer rows/s | API rows/s | importer / API |")
print("|---|---|---|---|---|")
for f in summary["files"]:
    rate = api.get(names[f["resource"]], 0)
    ratio = f"{f['rows_per_second'] / rate:.2f}" if rate else "—"
    print(f"| {f['resource']} | {f['rows']:,} | {f['rows_per_second']:,.0f} | {rate:,} | {ratio} |")
total_rows = sum(f["rows"] for f in summary["files"])
total_seconds = sum(f["seconds"] for f in summary["files"])
print(f"\nAll {total_rows:,} rows in {total_seconds:,.0f} s, failed: {sum(f['failed'] for f in summary['files'])}.")
print("<!-- importer:end -->")
PY
)
echo "$section"
if [ "${BENCH_WRITE:-0}" = 1 ]; then
  python3 bench/performance-section.py importer "$section"
fi
