#!/usr/bin/env bash
# Whether a 100-row batch costs more in a large tenant than in an empty one, on MariaDB/MySQL and on
# the embedded H2: for each database, boots the packaged server (as bench/write-path.sh does),
# fills a tenant with [rows] customers, orders, subscriptions and subscription events through the
# batch API, then times new batches of each kind into it and into an empty tenant, alternating
# (bench/WritePathBench.java with BENCH_FLAT).
#
# Usage: bench/flat-tenant.sh [rows] [databases...]   (defaults: 300000 rows; mysql h2)
#        BENCH_WRITE=1 bench/flat-tenant.sh ...  also puts the tables into docs/performance.md
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-300000}; shift || true
databases=("$@"); [ ${#databases[@]} -gt 0 ] || databases=(mysql h2)

tables=""
for database in "${databases[@]}"; do
  table=$(
    export BENCH_DB=$database BENCH_FLAT=1
    source bench/bench-server.sh
    bench_server zangsho_bench zangsho_bench_base
    java -Xmx1g -cp ear/target/jdbc/mysql-connector-j.jar bench/WritePathBench.java "$base" bench-admin \
      'jdbc:mysql://127.0.0.1:3306/zangsho_bench_base?user=zangsho_bench&password=zangsho_bench' \
      "$server_pid" "$database_pid" "$rows"
  )
  if [ "$database" = h2 ]; then
    label="H2, the embedded default"
  else
    label=$(mariadb -N -uroot -e 'SELECT VERSION()' 2>/dev/null || mysql -N -uroot -e 'SELECT VERSION()')
  fi
  tables+="
**$label**

$table
"
done

section=$(cat <<MD
<!-- flat-tenant:start -->
## A batch into a large tenant against one into an empty tenant (\`bench/flat-tenant.sh $rows ${databases[*]}\`, $(date -u +%F))

Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; server: WildFly 39.0.1 as \`mvn -DskipTests package\`
builds it, default JVM options. One tenant filled with $rows customers, $rows orders, $rows subscriptions and
$rows subscription events through the batch API (4 connections); then, one request at a time, alternating
between it and an empty tenant, 50 new batches of 100 of each kind (the same rows into both tenants; orders,
subscriptions and events name the new customers by e-mail). Times are the client's, per request.
$tables
<!-- flat-tenant:end -->
MD
)
echo "$section"
if [ "${BENCH_WRITE:-0}" = 1 ]; then
  python3 bench/performance-section.py flat-tenant "$section"
fi
