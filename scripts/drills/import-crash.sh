#!/usr/bin/env bash
# Drill (docs/reliability.md, "A server-side import killed three times"): a customers CSV of
# $rows rows (one in 10,000 with a bad e-mail) is uploaded to POST /v1/imports on MariaDB, and
# while the server's job imports it the server is killed with SIGKILL three times, each at a random
# moment, and started again on the same database; the import resumes by itself. Then the same file
# goes into tenant "clean" with nothing struck, and the two are compared: the customers by a
# checksum over every business field, the counts, and the failed rows (none listed twice).
#
# Usage: scripts/drills/import-crash.sh [rows]     (default 1000000). Prints one line of figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
kills=${DRILL_KILLS:-3}

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests package
source bench/bench-server.sh
bench_server zangsho_import_drill
drill_database=zangsho_import_drill
file=$data/customers.csv
python3 - "$file" "$rows" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as out:
    out.write("email,name,phone,metadata.n\n")
    for i in range(n):
        email = f"bad-{i}" if i % 10000 == 9999 else f"k{i}@example.com"
        out.write(f"{email},客戶{i},09{i:08d},{i}\n")
PY
bad=$((rows / 10000))

upload() { # token → the import's id
  curl -sf -X POST "$base/v1/imports" -H "Authorization: Bearer $1" \
    -F resource=customers -F "file=@$file" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])'
}

field() { # token id field → its value now (empty while the server is down)
  curl -sf "$base/v1/imports/$2" -H "Authorization: Bearer $1" 2>/dev/null |
    python3 -c "import json,sys; print(json.load(sys.stdin)['data']['$3'])" 2>/dev/null || true
}

wait_for_end() { # token id
  while true; do
    state=$(field "$1" "$2" state)
    case "$state" in completed | failed | cancelled) return ;; esac
    sleep 1
  done
}

read -r crashed_token crashed_id < <(bench_tenant crashed)
crashed=$(upload "$crashed_token")
resumes=""
for kill in $(seq 1 "$kills"); do
  # A random moment while it runs: 3 to 15 s of its work after it (re)started reading.
  until [ "$(field "$crashed_token" "$crashed" state)" = running ]; do sleep 0.2; done
  sleep "$(python3 -c "import random; print(random.uniform(3, 15))")"
  before=$(field "$crashed_token" "$crashed" rows_read)
  [ "$(field "$crashed_token" "$crashed" state)" = running ] || break
  kill -9 "$server_pid"
  while kill -0 "$server_pid" 2>/dev/null; do sleep 0.1; done
  killed_at=$(date +%s.%N)
  pkill -9 -f "port-offset=200" || true
  bench_server_boot
  # Resumed: reading again past what the dead server had reported.
  until [ "$(field "$crashed_token" "$crashed" rows_read)" -gt "${before:-0}" ] 2>/dev/null; do
    sleep 0.2
  done
  resumes="$resumes kill $kill at row ${before:-0}: reading again $(python3 -c "import time; print(f'{time.time() - $killed_at:.1f}')") s later;"
done
wait_for_end "$crashed_token" "$crashed"

read -r clean_token clean_id < <(bench_tenant clean)
clean=$(upload "$clean_token")
wait_for_end "$clean_token" "$clean"

summary() { # tenant id, import id → customers, their checksum, and the import's figures
  mysql_cli -N "$drill_database" -e "
    SELECT (SELECT COUNT(*) FROM customers WHERE tenant_id = $1),
           (SELECT BIT_XOR(CRC32(CONCAT_WS('|', email, name, phone, metadata))) FROM customers WHERE tenant_id = $1),
           i.state, i.rows_read, i.created_count, i.failed_count,
           (SELECT COUNT(*) FROM file_import_failed_rows WHERE import_id = $2),
           (SELECT COUNT(DISTINCT line) FROM file_import_failed_rows WHERE import_id = $2)
      FROM file_imports i WHERE i.id = $2" | tr '\t' ' '
}
struck=$(summary "$crashed_id" "$crashed")
unstruck=$(summary "$clean_id" "$clean")
expected="$((rows - bad)) completed $rows $((rows - bad)) $bad $bad $bad"
read -r s_count s_sum s_state s_read s_created s_failed s_rows s_lines <<<"$struck"
if [ "$struck" = "$unstruck" ] && [ "$s_count $s_state $s_read $s_created $s_failed $s_rows $s_lines" = "$expected" ]; then
  held=held
else
  held="NOT HELD"
fi
echo "import crash drill: $rows customers uploaded once, server killed (SIGKILL) $kills times:$resumes struck [customers checksum state rows_read created failed failed-rows distinct-lines] = [$struck], clean = [$unstruck]; $held"
[ "$held" = held ]
