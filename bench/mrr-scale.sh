#!/usr/bin/env bash
# Revenue metrics at a merchant's real size (issue 17), on MariaDB/MySQL: boots the packaged server
# against a throw-away database, loads one tenant by SQL with 250,000 customers and 1,000,000
# subscription events over three years (each customer: created, upgrade, downgrade, then a cancel
# or another upgrade), restarts the server so that it works out every event's MRR movement
# (MrrRebuild, timed), then times the reads: the 3-year monthly series, a daily year, the summary,
# the movements lists, each the median of 5 requests in ms, and the console's revenue page drawn in
# headless Chromium. Beside them, the database's own sum of
# the same events per month (no classification, no chaining: the least any on-the-fly answer
# costs), and the cost of keeping movements current: a 100-event batch into customers with history.
#
# Usage: bench/mrr-scale.sh [events]     (default 1000000; 4 events per customer)
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
customers=$((events / 4))

source bench/bench-server.sh
bench_server zangsho_mrr
read -r token tenant_id < <(bench_tenant mrr)

mysql_cli zangsho_mrr <<SQL
$(numbers_table_sql)
INSERT INTO customers (id, tenant_id, email, email_key, email_key_reversed, name, name_key,
                       external_id, created_at, updated_at)
  SELECT 1000000000000 + n, $tenant_id, CONCAT('m', n, '@example.com'), CONCAT('m', n, '@example.com'),
         REVERSE(CONCAT('m', n, '@example.com')), NULL, NULL, NULL, NOW(6), NOW(6)
  FROM numbers WHERE n < $customers;
-- Amount a = 100 + n % 900; created a, upgrade to a + 100, downgrade to a + 50, then one in three
-- cancels and the rest upgrade to a + 150; start days spread over 1,000 days from 2023-01-01.
INSERT INTO subscription_events (id, tenant_id, customer_id, subscription_id, event_type, source,
                                 old_amount, new_amount, amount_change, occurred_at, created_at, updated_at)
  SELECT 1000000000000 + 4 * c.n + k.d, $tenant_id, 1000000000000 + c.n, NULL,
         CASE WHEN k.d = 0 THEN 'created' WHEN k.d = 1 THEN 'upgrade' WHEN k.d = 2 THEN 'downgrade'
              WHEN c.n % 3 = 0 THEN 'cancel' ELSE 'upgrade' END,
         'import',
         CASE k.d WHEN 0 THEN NULL WHEN 1 THEN a WHEN 2 THEN a + 100 ELSE a + 50 END,
         CASE WHEN k.d = 0 THEN a WHEN k.d = 1 THEN a + 100 WHEN k.d = 2 THEN a + 50
              WHEN c.n % 3 = 0 THEN NULL ELSE a + 150 END,
         CASE WHEN k.d = 0 THEN a WHEN k.d = 1 THEN 100 WHEN k.d = 2 THEN -50
              WHEN c.n % 3 = 0 THEN -(a + 50) ELSE 100 END,
         TIMESTAMP('2023-01-01') + INTERVAL (c.n % 1000 + 20 * k.d) DAY + INTERVAL (c.n % 86400) SECOND,
         NOW(6), NOW(6)
  FROM (SELECT n, 100 + n % 900 AS a FROM numbers WHERE n < $customers) c JOIN digits k ON k.d < 4;
DROP TABLE numbers;
DROP TABLE digits;
ANALYZE TABLE customers, subscription_events;
SQL

# The restart finds the tenant's events without movements and works them out before it serves.
pkill -f "port-offset=200"; sleep 3
started=$(date +%s.%N)
: >"$log"
"$data/server/bin/standalone.sh" -Djboss.socket.binding.port-offset=200 >>"$log" 2>&1 &
for _ in $(seq 1 1200); do grep -q "WFLYSRV0025\|WFLYSRV0026" "$log" && break; sleep 0.5; done
grep -q "WFLYSRV0025" "$log" || { echo "server did not start"; tail -40 "$log"; exit 1; }
server_pid=$(pgrep -f "port-offset=200" | while read -r p; do ps -o pid=,comm= -p "$p"; done | awk '$2=="java"{print $1}' | head -1)
rebuild=$(grep -o "MRR movements worked out: tenant=$tenant_id.*" "$log" | head -1)
movements=$(mysql_cli -N -e "SELECT COUNT(*) FROM zangsho_mrr.mrr_movements WHERE tenant_id = $tenant_id")

median() {
  local path=$1
  curl -s -o /dev/null "$base$path" -H "Authorization: Bearer $token"
  for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{time_total}\n' "$base$path" -H "Authorization: Bearer $token"
  done | sort -n | sed -n 3p | awk '{printf "%.0f", $1 * 1000}'
}
sql_median() {
  for _ in 1 2 3 4 5 6; do
    local t0 t1; t0=$(date +%s%N)
    mysql_cli zangsho_mrr -N -e "$1" >/dev/null
    t1=$(date +%s%N); echo $(((t1 - t0) / 1000000))
  done | tail -5 | sort -n | sed -n 3p
}

echo "events $events, customers $customers, movements $movements; rebuild at start: ${rebuild:-none logged}"
for read in \
  "the 3-year monthly series|/v1/metrics/mrr?start_date=2023-01-01&end_date=2025-12-31&interval=month" \
  "a year by day (365 entries)|/v1/metrics/mrr?start_date=2024-01-01&end_date=2024-12-31&interval=day" \
  "the summary|/v1/metrics/summary?date=2024-06-30" \
  "the movements, first page of 100|/v1/metrics/mrr/movements?per_page=100" \
  "one month's churn movements|/v1/metrics/mrr/movements?start_date=2024-03-01&end_date=2024-03-31&type=churn&per_page=100"; do
  echo "${read%%|*}: $(median "${read#*|}") ms"
done
echo "the database's own monthly sum of the events' amount_change over 3 years (SQL, no server): $(sql_median \
  "SELECT DATE_FORMAT(occurred_at, '%Y-%m'), SUM(amount_change) FROM subscription_events WHERE tenant_id = $tenant_id GROUP BY 1") ms"

# The console's revenue page over the same 3 years, in headless Chromium (Debian's chromium and
# chromium-driver, as the browser tests drive it): ConsoleSpeed, from the it module's test classes.
if [ -x /usr/bin/chromedriver ]; then
  mvn -B -q -pl it test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$data/it.classpath" >/dev/null
  java -cp "it/target/test-classes:$(cat "$data/it.classpath")" com.zangsho.it.ConsoleSpeed \
    "$base" "$token" 2023-01-01 2025-12-31 2>/dev/null
else
  echo "the console's revenue page: not measured (no /usr/bin/chromedriver; apt-get install chromium-driver)"
fi

# Keeping movements current: batches of 100 events for customers with 4 events each already,
# timed beside the same batches into customers with none (one tenant, same server, same run).
python3 - "$base" "$token" <<'PY'
import json, statistics, sys, time, urllib.request
base, token = sys.argv[1], sys.argv[2]
def post(path, body):
    request = urllib.request.Request(base + path, json.dumps(body).encode(), method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    t0 = time.perf_counter(); urllib.request.urlopen(request).read(); return time.perf_counter() - t0
for start in range(0, 2000, 100):
    post("/v1/customers/batch", {"customers": [{"email": f"fresh{i}@example.com"} for i in range(start, start + 100)]})
def batches(email):
    times = []
    for b in range(20):
        times.append(post("/v1/subscriptions/events/batch", {"events": [
            {"customer_email": email(100 * b + i), "event_type": "upgrade", "old_amount": "100.00",
             "new_amount": "300.00", "occurred_at": "2026-01-15T00:00:00Z"} for i in range(100)]}))
    return statistics.median(times[2:]) * 1000
with_history = batches(lambda i: f"m{i * 7}@example.com")
without = batches(lambda i: f"fresh{i}@example.com")
print(f"a 100-event batch: {with_history:.0f} ms into customers with 4 events each, {without:.0f} ms into customers with none")
PY
