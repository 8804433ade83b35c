#!/usr/bin/env bash
# Reads at a merchant's real size (issue 13), on MariaDB/MySQL: boots the packaged server (building
# it when ear/target/server is missing) on ports offset by 200 against a throw-away database, gives
# tenant "big" 10,000 customers with 3 orders each, 3,000 subscriptions and 10,000 subscription
# events through the batch API and tenant "small" the same, measures every read, then grows "big"
# by SQL to 1,000,000 customers, 3,000,000 orders, 300,000 subscriptions and 1,000,000 events (ids
# above 10^12, so the id generator never meets them) and measures again. Each figure is the
# median of 5 requests, in ms. With the general log on, it then prints the plan (EXPLAIN) of every
# SELECT the server sent for the reads at 1 M.
#
# Usage: bench/read-scale.sh [customers]     (default 1000000; orders are 3 per customer)
#        BENCH_WRITE=1 bench/read-scale.sh  also puts the result into docs/performance.md
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-1000000}
small=10000

source bench/bench-server.sh
bench_server_cleanup() { mysql_cli -e "SET GLOBAL general_log = OFF"; }
bench_server zangsho_scale
tenant() { bench_tenant "$@"; }
read -r big_token big_id < <(tenant big)
read -r small_token small_id < <(tenant small)

# Names as people have them: 20 family names and 30 given names, the SQL load below makes the same.
SURNAMES="王 陳 林 張 李 黃 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周"
GIVEN="小明 美玲 志豪 雅婷 建宏 淑芬 家豪 怡君 承恩 佩珊 冠宇 詩涵 俊傑 宜蓁 彥廷 欣怡 宗翰 佳穎 柏翰 筱涵 家瑋 雅筑 承翰 心怡 哲瑋 思妤 冠廷 郁婷 宇軒 品妍"
# 10,000 customers with 3 orders each, 3,000 subscriptions and 10,000 events, through the API.
load() {
  SURNAMES=$SURNAMES GIVEN=$GIVEN python3 - "$base" "$1" "$small" <<'PY'
import json, os, sys, urllib.request
base, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
surnames, given = os.environ["SURNAMES"].split(), os.environ["GIVEN"].split()
def name(i):
    return surnames[i % 20] + given[(i // 20) % 30]
def post(path, body):
    request = urllib.request.Request(base + path, json.dumps(body).encode(), method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
for start in range(0, count, 100):
    post("/v1/customers/batch", {"customers": [
        {"email": f"user{i}@example.com", "name": name(i), "external_id": f"ext-{i}"}
        for i in range(start, start + 100)]})
for start in range(0, count * 3, 100):
    post("/v1/orders/batch", {"orders": [
        {"order_no": f"ord-{i}", "customer_email": f"user{i // 3}@example.com",
         "amount": str(100 + i % 5000), "status": "paid",
         "paid_at": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00Z"}
        for i in range(start, start + 100)]})
for start in range(0, 3000, 100):
    post("/v1/subscriptions/batch", {"subscriptions": [
        {"customer_email": f"user{i}@example.com", "mrr": str(100 + i % 900),
         "billing_cycle": "monthly", "started_at": "2024-01-01T00:00:00Z",
         "current_period_start": "2025-01-01T00:00:00Z"}
        for i in range(start, start + 100)]})
types = ["created", "upgrade", "downgrade", "cancel"]
for start in range(0, 10000, 100):
    post("/v1/subscriptions/events/batch", {"events": [
        {"customer_email": f"user{i // 4}@example.com", "event_type": types[i % 4],
         "occurred_at": f"2024-{1 + i % 12:02d}-{1 + (i // 4) % 28:02d}T00:00:00Z",
         "old_amount": "100.00", "new_amount": str(100 + i % 500)}
        for i in range(start, start + 100)]})
PY
}
load "$big_token"
load "$small_token"
some_id=$(curl -sf "$base/v1/customers?per_page=1" -H "Authorization: Bearer $big_token" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')
# The cursor of the row half-way down a list: what a client walking it by next_cursor sends there.
# (Cursors are opaque to clients; the bench makes one the way the server does, "k1.<id>".)
halfway_cursor() {
  local id
  id=$(mysql_cli -N zangsho_scale -e "SET SESSION sql_log_off = 1;
    SELECT id FROM $1 WHERE tenant_id = $big_id ORDER BY id LIMIT 1 OFFSET $(($2 / 2))")
  printf 'k1.%s' "$id" | base64 | tr '+/' '-_' | tr -d '=\n'
}

# Median of 5 timed requests (after one untimed), in ms.
median() {
  local token=$1 path=$2
  curl -s -o /dev/null "$base$path" -H "Authorization: Bearer $token"
  for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{time_total}\n' "$base$path" -H "Authorization: Bearer $token"
  done | sort -n | sed -n 3p | awk '{printf "%.0f", $1 * 1000}'
}
batch_ms() {
  local token=$1 from=$2
  python3 - "$base" "$token" "$from" <<'PY'
import json, statistics, sys, time, urllib.request
base, token, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
for attempt in range(6):
    body = {"customers": [{"email": f"batch{start}-{attempt}-{i}@example.com"} for i in range(100)]}
    request = urllib.request.Request(base + "/v1/customers/batch", json.dumps(body).encode(),
        method="POST", headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    t0 = time.perf_counter(); urllib.request.urlopen(request).read(); times.append(time.perf_counter() - t0)
print(round(statistics.median(times[1:]) * 1000))
PY
}
READS=(
  "a 100-row customers batch|batch"
  "GET /v1/customers?per_page=100 (first page, figures)|/v1/customers?per_page=100"
  "a page half-way (page = customers / 200)|/v1/customers?per_page=100&page=PAGE"
  "the page half-way by cursor|/v1/customers?per_page=100&cursor=CUSTOMERS_CURSOR"
  "GET /v1/customers?search=user123 (an e-mail's start)|/v1/customers?search=user123&per_page=100"
  "GET /v1/customers?search=小明 (a given name, 1 in 30)|/v1/customers?search=%E5%B0%8F%E6%98%8E&per_page=100"
  "GET /v1/customers?search=王小明 (a full name, 1 in 600)|/v1/customers?search=%E7%8E%8B%E5%B0%8F%E6%98%8E&per_page=100"
  "GET /v1/customers?search=example.com (a domain: at 1 M a third)|/v1/customers?search=example.com&per_page=100"
  "GET /v1/customers?search=nobody (no match)|/v1/customers?search=nobody&per_page=100"
  "GET /v1/customers?search=lk98765 (the middle of an e-mail, 11 at 1 M)|/v1/customers?search=lk98765&per_page=100"
  "GET /v1/customers?search=lk123457@ (the middle of an e-mail, 1 of 1 M)|/v1/customers?search=lk123457%40&per_page=100"
  "GET /v1/customers?search=美 (the middle of a CJK name, 1 in 30)|/v1/customers?search=%E7%BE%8E&per_page=100"
  "GET /v1/customers?search=xample.or (a third: one domain of three)|/v1/customers?search=xample.or&per_page=100"
  "GET /v1/customers/{id}|/v1/customers/ID"
  "GET /v1/orders?per_page=100|/v1/orders?per_page=100"
  "the orders page half-way by cursor|/v1/orders?per_page=100&cursor=ORDERS_CURSOR"
  "GET /v1/orders?status=refunded (a fifth at 3 M)|/v1/orders?status=refunded&per_page=100"
  "GET /v1/orders/stats, one month|/v1/orders/stats?start_date=2025-03-01&end_date=2025-03-31"
  "GET /v1/orders, one month|/v1/orders?start_date=2025-03-01&end_date=2025-03-31&per_page=100"
  "GET /v1/orders, one month, status=paid|/v1/orders?start_date=2025-03-01&end_date=2025-03-31&status=paid&per_page=100"
  "GET /v1/orders, one month, one customer|/v1/orders?start_date=2025-03-01&end_date=2025-03-31&customer_id=ID&per_page=100"
  "GET /v1/subscriptions?status=cancelled|/v1/subscriptions?status=cancelled&per_page=100"
  "GET /v1/subscriptions/events?customer_id= (one customer's history)|/v1/subscriptions/events?customer_id=ID"
  "GET /v1/subscriptions/events?per_page=100|/v1/subscriptions/events?per_page=100"
  "the small tenant's first customers page|small:/v1/customers?per_page=100"
  "the small tenant's search|small:/v1/customers?search=user123&per_page=100"
)
measure() {
  local customers=$1 from=$2
  for read in "${READS[@]}"; do
    local path=${read#*|} token=$big_token
    path=${path//PAGE/$((customers / 200))}
    if [[ $path == *CUSTOMERS_CURSOR* ]]; then
      path=${path//CUSTOMERS_CURSOR/$(halfway_cursor customers "$customers")}
    fi
    if [[ $path == *ORDERS_CURSOR* ]]; then
      path=${path//ORDERS_CURSOR/$(halfway_cursor orders $((customers * 3)))}
    fi
    path=${path//=ID/=$some_id}
    path=${path//\/ID/\/$some_id}
    if [[ $path == small:* ]]; then token=$small_token; path=${path#small:}; fi
    if [ "$path" = batch ]; then
      echo "$(batch_ms "$token" "$from")"
    else
      echo "$(median "$token" "$path")"
    fi
  done
}
at_small=$(measure "$small" 0)

# A bash word list as SQL string literals: 'a','b',...
sql_list() { printf "'%s'," $1 | sed 's/,$//'; }

# The bulk of the big tenant, by SQL: customers, then 3 orders each, from a 10^6-row number table.
mysql_cli zangsho_scale <<SQL
$(numbers_table_sql)
INSERT INTO customers (id, tenant_id, email, email_key, email_key_reversed, name, name_key,
                       external_id, created_at, updated_at)
  SELECT 1000000000000 + n, $big_id, email, email, REVERSE(email), name, name, CONCAT('bulk-', n),
         NOW(6), NOW(6)
  FROM (SELECT n, CONCAT('bulk', n, '@', ELT(1 + n % 3, 'example.com', 'example.org', 'example.net')) AS email,
               CONCAT(ELT(1 + n % 20, $(sql_list "$SURNAMES")),
                      ELT(1 + (n DIV 20) % 30, $(sql_list "$GIVEN"))) AS name
        FROM numbers WHERE n < $big - $small) named;
-- Their search pieces (SearchGrams): every three characters of 'bulk<n>' (their code points side
-- by side, 21 bits each) and each character of the name alone; and the three domains, once.
INSERT IGNORE INTO customer_search_grams (tenant_id, gram, customer_id)
  SELECT $big_id, (ORD(SUBSTRING(local, k.d + 1, 1)) << 42) | (ORD(SUBSTRING(local, k.d + 2, 1)) << 21)
                  | ORD(SUBSTRING(local, k.d + 3, 1)), 1000000000000 + c.n
  FROM (SELECT n, CONCAT('bulk', n) AS local FROM numbers WHERE n < $big - $small) c
  JOIN digits k ON k.d + 3 <= CHAR_LENGTH(c.local);
INSERT IGNORE INTO customer_search_grams (tenant_id, gram, customer_id)
  SELECT $big_id, CONV(HEX(CONVERT(SUBSTRING(c.name_key, k.d + 1, 1) USING utf32)), 16, 10), c.id
  FROM customers c JOIN digits k ON k.d < CHAR_LENGTH(c.name_key)
  WHERE c.tenant_id = $big_id AND c.id >= 1000000000000;
INSERT IGNORE INTO customer_email_domains (tenant_id, domain)
  VALUES ($big_id, 'example.com'), ($big_id, 'example.org'), ($big_id, 'example.net');
-- Two years of history as an importer loads a chronological export: ids rise with the date (so the
-- orders of a month are a run of ids, not spread over all of them), 70 % paid, 20 % refunded and
-- 10 % pending (no paid_at: their business date is their created_at).
INSERT INTO orders (id, tenant_id, order_no, customer_id, amount, currency, status, source, paid_at,
                    business_at, business_day, created_at, updated_at)
  SELECT 1000000000000 + m, $big_id, CONCAT('bulk-', m), 1000000000000 + m DIV 3, 100 + m % 5000, 'TWD',
         status, 'import', IF(status = 'pending', NULL, day), day,
         TIMESTAMPDIFF(DAY, TIMESTAMP '1970-01-01 00:00:00', day), day, NOW(6)
  FROM (SELECT 3 * c.n + k.d AS m,
               TIMESTAMP('2024-01-01') + INTERVAL ((3 * c.n + k.d) DIV CEIL(3 * ($big - $small) / 730)) DAY AS day,
               ELT(1 + (3 * c.n + k.d) % 10, 'paid', 'paid', 'paid', 'paid', 'paid', 'paid', 'paid',
                   'refunded', 'refunded', 'pending') AS status
        FROM numbers c JOIN digits k ON k.d < 3 WHERE c.n < $big - $small) history;
-- What the server's order writes keep in step (OrderDayTotals), rebuilt for the rows put in here.
DELETE FROM order_day_totals WHERE tenant_id = $big_id;
INSERT INTO order_day_totals (tenant_id, business_day, status, payment_method, currency, order_count, amount)
  SELECT tenant_id, CAST(business_at AS DATE), status, COALESCE(payment_method, ''), currency, COUNT(*), SUM(amount)
  FROM orders WHERE tenant_id = $big_id
  GROUP BY tenant_id, CAST(business_at AS DATE), status, COALESCE(payment_method, ''), currency;
INSERT INTO subscriptions (id, tenant_id, customer_id, status, plan_name, mrr, billing_cycle, source,
                           started_at, current_period_start, cancelled_at, created_at, updated_at)
  SELECT 1000000000000 + n, $big_id, 1000000000000 + n,
         ELT(1 + n % 10, 'active','active','active','active','active','active','active',
             'cancelled','cancelled','paused'),
         'Pro', 100 + n % 900, 'monthly', 'import', TIMESTAMP('2024-01-01'), TIMESTAMP('2025-01-01'),
         IF(n % 10 IN (7, 8), TIMESTAMP('2025-06-01'), NULL), NOW(6), NOW(6)
  FROM numbers WHERE n < $((big * 3 / 10 - 3000));
INSERT INTO subscription_events (id, tenant_id, customer_id, subscription_id, event_type, source,
                                 old_amount, new_amount, amount_change, occurred_at, created_at, updated_at)
  SELECT 1000000000000 + 4 * c.n + k.d, $big_id, 1000000000000 + c.n, 1000000000000 + c.n,
         ELT(1 + k.d, 'created', 'upgrade', 'downgrade', 'cancel'), 'import', 100, 200, 100,
         TIMESTAMP('2023-01-01') + INTERVAL (c.n % 700 + 30 * k.d) DAY, NOW(6), NOW(6)
  FROM numbers c JOIN digits k ON k.d < 4 WHERE c.n < $(((big - small) / 4));
DROP TABLE numbers;
DROP TABLE digits;
ANALYZE TABLE customers, orders, order_day_totals, subscriptions, subscription_events;
SQL

mysql_cli -e "TRUNCATE mysql.general_log; SET GLOBAL log_output = 'TABLE'; SET GLOBAL general_log = ON"
at_big=$(measure "$big" 1)
mysql_cli -e "SET GLOBAL general_log = OFF"

table="| read | at $small | at $big (other tenant: $small) |
|---|---|---|"
i=0
mapfile -t small_ms <<<"$at_small"
mapfile -t big_ms <<<"$at_big"
for read in "${READS[@]}"; do
  label=${read%%|*}
  table+="
| $label | ${small_ms[$i]} ms | ${big_ms[$i]} ms |"
  i=$((i + 1))
done
echo "$table" >&2

# Every SELECT the server sent during the reads at the big size, one per shape (literals as ?),
# with its plan. Token look-ups, id blocks and the webhook dispatcher's polling are left out.
mysql_cli -N zangsho_scale -e "
  SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log
  WHERE command_type IN ('Query', 'Execute') AND argument LIKE 'select%'" >"$data/queries.txt"
plans=$(python3 - "$data/queries.txt" <<'PY'
import re, subprocess, sys
seen = set()
for query in open(sys.argv[1], encoding="utf-8").read().splitlines():
    if re.search(r"id_sequences|api_tokens|webhook_deliveries|information_schema|@@", query):
        continue
    shape = re.sub(r"'(?:[^'\\]|\\.)*'|\b\d+\b", "?", query)
    shape = re.sub(r"\(\?(?:, ?\?)+\)", "(?, …)", shape)
    if shape in seen:
        continue
    seen.add(shape)
    plan = subprocess.run(
        ["mariadb", "--protocol=socket", "-uroot", "-N", "zangsho_scale", "-e", "EXPLAIN " + query],
        capture_output=True, text=True).stdout
    print("\n```sql\n" + shape[:600] + "\n```\n\n| table | type | key | rows | Extra |\n|---|---|---|---|---|")
    for row in plan.splitlines():
        f = row.split("\t")
        if len(f) >= 10:
            print(f"| {f[2]} | {f[3]} | {f[5]} | {f[8]} | {f[9]} |")
PY
)

section=$(cat <<MD
<!-- read-scale:start -->
## Reads at a merchant's size (\`bench/read-scale.sh $big\`, $(date -u +%F))

Machine: $(nproc) cores; database: $(mysql_cli -N -e 'SELECT VERSION()') (its default 128 MiB buffer pool);
the packaged server, default JVM options. Tenant "big": $small customers with 3 orders each, 3000
subscriptions and 10000 events through the batch API, then grown by SQL to $big customers,
$((big * 3)) orders, $((big * 3 / 10)) subscriptions and about $big events; tenant "small": what "big" had
through the API. Names are 20 family names × 30 given names. Medians of 5 requests (after one
untimed), 100 a page.

$table

### The plans of the SELECTs the reads at $big sent (MariaDB \`EXPLAIN\`)
$plans
<!-- read-scale:end -->
MD
)
echo "$section"
if [ "${BENCH_WRITE:-0}" = 1 ]; then
  python3 bench/performance-section.py read-scale "$section"
fi
