#!/usr/bin/env bash
# The write path against its limit, on MariaDB/MySQL: boots the packaged server (building it when
# ear/target/server is missing) on ports offset by 200 against a throw-away database and runs
# bench/WritePathBench.java: after a warm-up that lasts until the server's CPU per row has settled,
# for each client count, customers, orders, subscriptions and events through the batch API, then
# the database's own multi-row INSERT of exactly the rows the API wrote (every table) into empty
# copies of those tables beside it; every measured pass twice.
#
# Usage: bench/write-path.sh [rows] [clients...]     (defaults: 20000 rows; 1 4 8 clients)
#        BENCH_WRITE=1 bench/write-path.sh ...  also puts the table into docs/performance.md
#        BENCH_JFR=/tmp/w.jfr bench/write-path.sh ...  records the server with Flight Recorder
#        (then: jfr print --events jdk.ExecutionSample /tmp/w.jfr, or jfr summary)
# Not part of the test suite; .ci/run runs a tiny smoke of it so that it keeps working.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}; shift || true
clients=("$@"); [ ${#clients[@]} -gt 0 ] || clients=(1 4 8)

source bench/bench-server.sh
if [ -n "${BENCH_JFR:-}" ]; then
  # The default sizing, with stacks deep enough for a request through WildFly (64 frames cut most).
  export JBOSS_JAVA_SIZING="-Xms64m -Xmx512m -XX:FlightRecorderOptions:stackdepth=320"
fi
# The single writes' webhook points at a closed port on loopback (see WritePathBench#singles).
export ZANGSHO_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true
bench_server zangsho_bench zangsho_bench_base
driver=ear/target/jdbc/mysql-connector-j.jar
if [ -n "${BENCH_JFR:-}" ]; then
  jcmd "$server_pid" JFR.start name=bench settings=profile filename="$BENCH_JFR" >/dev/null
fi

# The baseline's tables are the application's own, as Flyway made them, copied by the benchmark
# (CREATE TABLE ... LIKE keeps columns, keys and indexes; foreign keys are not copied, so the
# baseline is if anything faster).
table=$(java -Xmx1g -cp "$driver" bench/WritePathBench.java http://127.0.0.1:8280 bench-admin \
  'jdbc:mysql://127.0.0.1:3306/zangsho_bench_base?user=zangsho_bench&password=zangsho_bench&rewriteBatchedStatements=true' \
  "$server_pid" "$database_pid" "$rows" "${clients[@]}")
if [ -n "${BENCH_JFR:-}" ]; then
  jcmd "$server_pid" JFR.stop name=bench >/dev/null
fi

section=$(cat <<MD
<!-- write-path:start -->
## The write path against the database's own INSERT (\`bench/write-path.sh $rows ${clients[*]}\`, $(date -u +%F))

Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);
database: $(mysql_cli -N -e 'SELECT VERSION()'); server: WildFly 39.0.1 as \`mvn -DskipTests package\` builds it,
default JVM options (\`-Xms64m -Xmx512m\`), a token without a practical rate limit, warmed up until its CPU per
row settled. Rows: $rows of each kind (Chinese names, e-mails, TWD amounts, dates 2023–2025; fixed seed), 100 a
batch, \`on_conflict: skip\`, every item created; orders, subscriptions and events name their customer by e-mail.
"database alone, the same rows" is every row the API phase wrote, in every table (the search index, day
totals, MRR ledger and activity log too), read back and inserted into empty copies of those tables
(\`CREATE TABLE … LIKE\`) from as many JDBC connections as there are clients, one transaction per API batch
with one multi-row INSERT per table. CPU per row is the process's user+system time over the phase (from
/proc) divided by the phase's rows (the API's items); server, database and this Java client share the
machine's $(nproc) cores. Rate ratio: API rows/s ÷ the same rows' INSERT rows/s. CPU ratio: the INSERT's
database CPU per row ÷ the API's server and database CPU per row (clients left out of both). Commits and
fsyncs per request are the database's \`Com_commit\` and \`Innodb_data_fsyncs\` over the phase divided by its
requests; a batch request's commits are its token look-up's (read-only), its rate-limit bucket's (kept in the
database, so that every server of a cluster counts the same) and its own.

$table
<!-- write-path:end -->
MD
)
echo "$section"
if [ "${BENCH_WRITE:-0}" = 1 ]; then
  python3 bench/performance-section.py write-path "$section"
fi
