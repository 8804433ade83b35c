# Sourced by the benchmarks: MariaDB/MySQL up, a throw-away database, and the packaged server
# (built when ear/target/server is missing) booted against it on ports offset by 200, from a copy
# so that a build while a benchmark runs cannot pull it away. Defines mysql_cli, $data (a scratch
# directory removed on exit), $log, $server_pid, $database_pid and $base.
#
# Usage: source bench/bench-server.sh; bench_server <database> [extra database to grant]

# BENCH_DB_SOCKET and BENCH_DB_PORT: a database instance of the caller's own (scripts/drills).
mysql_cli() {
  mariadb --protocol=socket ${BENCH_DB_SOCKET:+--socket=$BENCH_DB_SOCKET} -uroot "$@" 2>/dev/null ||
    mysql ${BENCH_DB_SOCKET:+--socket=$BENCH_DB_SOCKET} -uroot "$@"
}

# MariaDB/MySQL up, and the given databases made empty, for user zangsho_bench.
bench_databases() {
  if [ -z "${BENCH_DB_SOCKET:-}" ] && ! mysql_cli -e 'SELECT 1' >/dev/null 2>&1; then
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
    for _ in $(seq 1 60); do mysql_cli -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
  fi
  local db
  for db in "$@"; do
    mysql_cli <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'zangsho_bench'@'127.0.0.1' IDENTIFIED BY 'zangsho_bench';
GRANT ALL PRIVILEGES ON $db.* TO 'zangsho_bench'@'127.0.0.1';
SQL
  done
}

bench_server() {
  local database=$1 extra=${2:-}
  bench_databases "$database" $extra

  [ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests package
  data=$(mktemp -d)
  log=$data/server.log
  export ZANGSHO_DATA_DIR=$data ZANGSHO_ADMIN_TOKEN=bench-admin
  export ZANGSHO_RATE_LIMIT_PER_MINUTE=${ZANGSHO_RATE_LIMIT_PER_MINUTE:-100000000}
  # BENCH_DB=h2: the embedded default (an H2 file under ZANGSHO_DATA_DIR) instead of MariaDB/MySQL.
  if [ "${BENCH_DB:-mysql}" != h2 ]; then
    export ZANGSHO_DB_DRIVER=mysql ZANGSHO_DB_USER=zangsho_bench ZANGSHO_DB_PASSWORD=zangsho_bench
    # BENCH_DB_PARAMS: the server's JDBC URL parameters, to compare driver settings.
    export ZANGSHO_DB_URL="jdbc:mysql://127.0.0.1:${BENCH_DB_PORT:-3306}/$database?${BENCH_DB_PARAMS:-rewriteBatchedStatements=true}"
  fi
  cp -a ear/target/server "$data/server"
  trap bench_server_stop EXIT
  bench_server_boot
  database_pid=$(pgrep -ox mariadbd || pgrep -ox mysqld)
  # Embedded, the database's work is the server's.
  [ "${BENCH_DB:-mysql}" != h2 ] || database_pid=$server_pid
  base=http://127.0.0.1:8280
}

# Starts the copied server (again, after a kill: same data, same database) and waits for it.
bench_server_boot() {
  : >"$log"
  "$data/server/bin/standalone.sh" -Djboss.socket.binding.port-offset=200 >>"$log" 2>&1 &
  for _ in $(seq 1 180); do
    grep -q "WFLYSRV0025" "$log" 2>/dev/null && break
    grep -q "WFLYSRV0026" "$log" 2>/dev/null && { echo "server started with errors"; tail -40 "$log"; exit 1; }
    sleep 0.5
  done
  grep -q "WFLYSRV0025" "$log" || { echo "server did not start"; tail -40 "$log"; exit 1; }
  server_pid=$(pgrep -f "port-offset=200" | while read -r p; do ps -o pid=,comm= -p "$p"; done | awk '$2=="java"{print $1}' | head -1)
}

# What a script adds to the stop, e.g. bench_server_cleanup() { mysql_cli -e "..."; }
bench_server_cleanup() { :; }

bench_server_stop() {
  bench_server_cleanup || true
  pkill -f "port-offset=200" 2>/dev/null || true
  rm -rf "$data"
}

# A new tenant: prints its first token and its id.
bench_tenant() {
  curl -sf -X POST "$base/admin/tenants" -H "Authorization: Bearer bench-admin" \
    -H "Content-Type: application/json" -d "{\"name\": \"$1\"}" |
    python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["token"], d["id"])'
}

# SQL making a table numbers(n) of 0 .. 999,999 (with its helper digits), for loads by SQL; drop
# both afterwards.
numbers_table_sql() {
  cat <<'SQL'
CREATE TABLE digits (d INT PRIMARY KEY);
INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
CREATE TABLE numbers (n INT PRIMARY KEY);
INSERT INTO numbers
  SELECT a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d + 100000*g.d
  FROM digits a, digits b, digits c, digits e, digits f, digits g;
SQL
}
