#!/usr/bin/env bash
# Drill (docs/reliability.md, "Database outage"): a MariaDB instance of the drill's own (port 3307,
# its own data directory) behind the packaged server; for each outage length, the importer loads
# customers while a probe sends a small batch and asks /health/ready every half second; part-way
# the database is killed (SIGKILL) and started again after that many seconds. Reports what the
# probe saw while it was down (statuses, Retry-After, the slowest answer), whether readiness came
# back without a server restart, and whether every row arrived exactly once.
#
# Usage: scripts/drills/outage.sh [seconds...]     (default: 10 60). Prints a line per outage.
set -euo pipefail
cd "$(dirname "$0")/../.."
outages=("$@"); [ ${#outages[@]} -gt 0 ] || outages=(10 60)
rows=30000

[ -f importer/target/zangsho-import.jar ] && [ -x ear/target/server/bin/standalone.sh ] ||
  mvn -B -q -DskipTests package
db=$(mktemp -d)
export BENCH_DB_PORT=3307 BENCH_DB_SOCKET=$db/mysqld.sock
mariadb-install-db --no-defaults --user=root --datadir="$db/data" --auth-root-authentication-method=normal >/dev/null
start_database() {
  mariadbd --no-defaults --user=root --datadir="$db/data" --port=3307 --socket="$BENCH_DB_SOCKET" \
    --pid-file="$db/mysqld.pid" --innodb-buffer-pool-size=256M >>"$db/mysqld.log" 2>&1 &
  for _ in $(seq 1 60); do mysql_cli -e 'SELECT 1' >/dev/null 2>&1 && return; sleep 0.5; done
  echo "the drill's database did not start"; tail -20 "$db/mysqld.log"; exit 1
}
source bench/bench-server.sh
start_database
bench_server_cleanup() { pkill -9 -f "datadir=$db/data" || true; rm -rf "$db"; }
bench_server zangsho_outage
first_server=$server_pid

for seconds in "${outages[@]}"; do
  read -r token tenant_id < <(bench_tenant "outage-$seconds")
  files=$data/files-$seconds
  mkdir -p "$files"
  python3 -c "
import sys
with open('$files/customers.csv', 'w') as out:
    out.write('email,name\n')
    for i in range($rows): out.write(f'o{i}@example.com,客戶{i}\n')"
  java -Xmx256m -jar importer/target/zangsho-import.jar --url "$base" --token "$token" \
    --customers "$files/customers.csv" --concurrency 2 --retries 14 >"$files/importer.out" 2>&1 &
  importer=$!
  # The probe: a one-row batch and readiness, every half second, each with its time.
  probe_log=$files/probe.log
  ( i=0; while true; do
      i=$((i + 1))
      printf '%s batch %s\n' "$(date +%s.%N)" "$(curl -s -o /dev/null -w '%{http_code} %{time_total} ' -D "$files/h" \
        -X POST "$base/v1/customers/batch" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"customers\": [{\"email\": \"probe$i@example.com\"}]}")$(grep -i '^retry-after' "$files/h" | tr -d '\r' | tr '\n' ' ')"
      printf '%s ready %s\n' "$(date +%s.%N)" "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$base/health/ready")"
      sleep 0.5
    done ) >"$probe_log" 2>&1 &
  probe=$!
  checkpoint=$files/customers.csv.checkpoint.jsonl
  until [ -f "$checkpoint" ] && [ "$(wc -l <"$checkpoint")" -gt 60 ]; do sleep 0.2; done
  down_at=$(date +%s.%N)
  kill -9 "$(cat "$db/mysqld.pid")"
  sleep "$seconds"
  up_at=$(date +%s.%N)
  start_database
  importer_exit=0; wait "$importer" || importer_exit=$?
  sleep 2
  kill "$probe"
  arrived=$(mysql_cli -N zangsho_outage -e "SELECT COUNT(*) FROM customers WHERE tenant_id = $tenant_id AND email LIKE 'o%'")
  python3 - "$probe_log" "$down_at" "$up_at" "$seconds" "$rows" "$arrived" "$importer_exit" "$first_server" "$server_pid" <<'PY'
import sys
log, down, up, seconds, rows, arrived, importer_exit, first, now = sys.argv[1:]
down, up = float(down), float(up)
during, after = [], []
for line in open(log):
    parts = line.split()
    if len(parts) < 4:
        continue
    at, kind, status, took = float(parts[0]), parts[1], parts[2], float(parts[3])
    retry = "retry-after" in line.lower()
    (during if down <= at <= up else after if at > up else []).append((kind, status, took, retry))
batches = [d for d in during if d[0] == "batch"]
ready = [d for d in during if d[0] == "ready"]
statuses = sorted({d[1] for d in batches})
with_retry = sum(1 for d in batches if d[1] == "503" and d[3])
slowest = max((d[2] for d in during), default=0)
ready_down = all(d[1] == "503" for d in ready) and ready
ready_back = next((f"{a[2]:.2f}" for a in after if a[0] == "ready" and a[1] == "200"), None)
held = (set(statuses) <= {"503"} and with_retry == len(batches) and ready_down and ready_back
        and int(arrived) == int(rows) and importer_exit == "0" and first == now and slowest < 6)
print(f"outage {seconds} s: {len(batches)} probe batches while down answered {'/'.join(statuses) or '-'}"
      f" ({with_retry} with Retry-After), /health/ready {len(ready)}× "
      f"{'503' if ready_down else 'not always 503'}, slowest answer {slowest:.2f} s; ready again after the database"
      f" {'yes' if ready_back else 'no'}, same server process {'yes' if first == now else 'NO'};"
      f" importer exit {importer_exit}, {arrived} of {rows} rows; {'held' if held else 'NOT HELD'}")
PY
done
