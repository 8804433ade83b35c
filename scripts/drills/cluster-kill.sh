#!/usr/bin/env bash
# Drill (docs/reliability.md, "A node dies"): the importer loads $rows customers and $rows orders
# through the balancer of a two-node cluster (scripts/cluster.sh) into tenant "killed"; part-way
# through the orders node 1 is killed with SIGKILL and stays down while the importer finishes
# through node 2. Then node 1 is started again, the same files go into tenant "clean", and the two
# tenants are compared by a checksum over every row's business fields (import-files.sh); no
# idempotency key may be left in flight.
#
# Usage: scripts/drills/cluster-kill.sh [rows]   (default 100000; ZANGSHO_CLUSTER_OFFSET as for
# scripts/cluster.sh). Prints one line of figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}

[ -f importer/target/zangsho-import.jar ] && [ -f ear/target/zangsho-install.zip ] ||
  mvn -B -q -ntp -DskipTests package
source bench/bench-server.sh
source scripts/drills/import-files.sh
drill_database=zangsho_cluster_drill
bash scripts/mysql-test-database.sh "$drill_database" >/dev/null
export ZANGSHO_DB_URL="jdbc:mysql://127.0.0.1:3306/$drill_database?rewriteBatchedStatements=true"
export ZANGSHO_DB_USER=$drill_database ZANGSHO_DB_PASSWORD=$drill_database
export ZANGSHO_ADMIN_TOKEN=bench-admin ZANGSHO_RATE_LIMIT_PER_MINUTE=100000000
base=http://127.0.0.1:$((8080 + ${ZANGSHO_CLUSTER_OFFSET:-0}))
data=$(mktemp -d)
files=$data/files
trap 'scripts/cluster.sh down >/dev/null; rm -rf "$data"' EXIT

scripts/cluster.sh up >/dev/null
make_drill_files

read -r killed_token killed_id < <(bench_tenant killed)
import_until_a_third "$data/killed.out" "$killed_token"
acknowledged=$(acknowledged_order_batches)
scripts/cluster.sh kill 1 >/dev/null
killed_at=$(date +%s.%N)
if wait "$importer"; then finished_by="its own retries, through node 2"; else
  finished_by="the same command again (first run exited $?)"
  import_into "$killed_token" >>"$data/killed.out" 2>&1
fi
finished_in=$(python3 -c "import time; print(f'{time.time() - $killed_at:.1f}')")
scripts/cluster.sh start 1 >/dev/null
back_in=$(python3 -c "import time; print(f'{time.time() - $killed_at:.1f}')")

import_clean_and_compare "$killed_id"
echo "cluster kill drill: $rows customers + $rows orders through the balancer; node 1 killed (SIGKILL) with $acknowledged of $((rows / 100)) order batches acknowledged; the import finished by ${finished_by} ${finished_in} s later; node 1 serving again ${back_in} s after the kill; killed tenant [customers checksum orders checksum day-rows day-orders] = [$struck], clean = [$clean]; idempotency keys not completed: $in_flight; $held"
[ "$held" = held ]
