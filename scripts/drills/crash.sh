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
source scripts/drills/import-files.sh
files=$data/files
drill_database=zangsho_drill
make_drill_files

read -r crashed_token crashed_id < <(bench_tenant crashed)
import_until_a_third "$data/crashed.out" "$crashed_token"
killed_at=$(date +%s.%N)
acknowledged=$(acknowledged_order_batches)
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

import_clean_and_compare "$crashed_id"
echo "crash drill: $rows customers + $rows orders; server killed (SIGKILL) with $acknowledged of $((rows / 100)) order batches acknowledged, serving again ${restarted_in} s later; resumed by ${resumed_by}; crashed tenant [customers checksum orders checksum day-rows day-orders] = [$struck], clean = [$clean]; idempotency keys not completed: $in_flight; $held"
[ "$held" = held ]
