#!/usr/bin/env bash
# The write path against its limit, on MariaDB/MySQL: boots the packaged server (building it when
# ear/target/server is missing) on ports offset by 200 against a throw-away database, makes
# baseline tables of the same shape and unique keys beside it, and runs bench/WritePathBench.java:
# for each client count, customers, orders, subscriptions and events, the database's own multi-row
# INSERT of the rows first, then the same rows through the batch API.
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

mysql_cli() { mariadb --protocol=socket -uroot "$@" 2>/dev/null || mysql -uroot "$@"; }
if ! mysql_cli -e 'SELECT 1' >/dev/null 2>&1; then
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mysql_cli -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
fi
mysql_cli <<SQL
DROP DATABASE IF EXISTS zangsho_bench;
DROP DATABASE IF EXISTS zangsho_bench_base;
CREATE DATABASE zangsho_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE zangsho_bench_base CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'zangsho_bench'@'127.0.0.1' IDENTIFIED BY 'zangsho_bench';
GRANT ALL PRIVILEGES ON zangsho_bench.* TO 'zangsho_bench'@'127.0.0.1';
GRANT ALL PRIVILEGES ON zangsho_bench_base.* TO 'zangsho_bench'@'127.0.0.1';
SQL

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests package
driver=ear/target/jdbc/mysql-connector-j.jar
data=$(mktemp -d)
log=$data/server.log
export ZANGSHO_DATA_DIR=$data ZANGSHO_ADMIN_TOKEN=bench-admin ZANGSHO_RATE_LIMIT_PER_MINUTE=100000000
# The single writes' webhook points at a closed port on loopback (see WritePathBench#singles).
export ZANGSHO_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true
export ZANGSHO_DB_DRIVER=mysql ZANGSHO_DB_USER=zangsho_bench ZANGSHO_DB_PASSWORD=zangsho_bench
# BENCH_DB_PARAMS: the server's JDBC URL parameters, to compare driver settings.
export ZANGSHO_DB_URL="jdbc:mysql://127.0.0.1:3306/zangsho_bench?${BENCH_DB_PARAMS:-rewriteBatchedStatements=true}"
# A copy of the server, so that a build while the benchmark runs cannot pull it away.
cp -a ear/target/server "$data/server"
if [ -n "${BENCH_JFR:-}" ]; then
  # The default sizing, with stacks deep enough for a request through WildFly (64 frames cut most).
  export JBOSS_JAVA_SIZING="-Xms64m -Xmx512m -XX:FlightRecorderOptions:stackdepth=320"
fi
"$data/server/bin/standalone.sh" -Djboss.socket.binding.port-offset=200 >"$log" 2>&1 &
stop() { pkill -f "port-offset=200" 2>/dev/null || true; rm -rf "$data"; }
trap stop EXIT
for _ in $(seq 1 180); do
  grep -q "WFLYSRV0025" "$log" 2>/dev/null && break
  grep -q "WFLYSRV0026" "$log" 2>/dev/null && { echo "server started with errors"; tail -40 "$log"; exit 1; }
  sleep 0.5
done
grep -q "WFLYSRV0025" "$log" || { echo "server did not start"; tail -40 "$log"; exit 1; }
server_pid=$(pgrep -f "port-offset=200" | while read -r p; do ps -o pid=,comm= -p "$p"; done | awk '$2=="java"{print $1}' | head -1)
database_pid=$(pgrep -x mariadbd || pgrep -x mysqld)
if [ -n "${BENCH_JFR:-}" ]; then
  jcmd "$server_pid" JFR.start name=bench settings=profile filename="$BENCH_JFR" >/dev/null
fi

# The baseline's tables: the application's own, as Flyway made them (CREATE TABLE ... LIKE keeps
# columns, keys and indexes; foreign keys are not copied, so the baseline is if anything faster).
for table in customers orders subscriptions subscription_events; do
  mysql_cli -e "CREATE TABLE zangsho_bench_base.$table LIKE zangsho_bench.$table"
done

table=$(java -Xmx512m -cp "$driver" bench/WritePathBench.java http://127.0.0.1:8280 bench-admin \
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
default JVM options (\`-Xms64m -Xmx512m\`), a token without a practical rate limit. Rows: $rows of each kind
(Chinese names, e-mails, TWD amounts, dates 2023–2025; fixed seed), 100 a batch, \`on_conflict: skip\`, every
item created; orders, subscriptions and events name their customer by e-mail. "database alone" is one
multi-row INSERT and one commit per 100 rows into tables of the same shape and unique keys
(\`CREATE TABLE … LIKE\`), from as many JDBC connections as there are clients. CPU per row is the
process's user+system time over the phase (from /proc) divided by its rows; both processes share the
machine's $(nproc) cores with the benchmark client. Commits and fsyncs per request are the database's
\`Com_commit\` and \`Innodb_data_fsyncs\` over the phase divided by its requests (baseline: its INSERTs, which
autocommit); a batch request's commits are its token look-up's (read-only: nothing to write) and its own.

$table
<!-- write-path:end -->
MD
)
echo "$section"
if [ "${BENCH_WRITE:-0}" = 1 ]; then
  python3 bench/performance-section.py write-path "$section"
fi
