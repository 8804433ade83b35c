#!/usr/bin/env bash
# Boots the provisioned server (ear/target/server; run `mvn -DskipTests package` first) on ports
# offset by 200 with a throw-away database, measures boot time and memory, runs the batch import
# benchmark against it, and stops it. Usage: bench/run.sh [h2|mysql] [batches] [clients]
# For mysql, run scripts/mysql-test-database.sh first (it makes the zangsho_it database).
set -euo pipefail
cd "$(dirname "$0")/.."
driver=${1:-h2}; batches=${2:-200}; clients=${3:-4}
data=$(mktemp -d)
# The bench measures throughput, not the per-token limit (60 a minute by default).
export ZANGSHO_DATA_DIR=$data ZANGSHO_ADMIN_TOKEN=bench-admin ZANGSHO_RATE_LIMIT_PER_MINUTE=1000000
if [ "$driver" = mysql ]; then
  export ZANGSHO_DB_DRIVER=mysql ZANGSHO_DB_URL='jdbc:mysql://127.0.0.1:3306/zangsho_it?rewriteBatchedStatements=true'
  export ZANGSHO_DB_USER=zangsho_it ZANGSHO_DB_PASSWORD=zangsho_it
fi
log=$data/server.log
t0=$(date +%s.%N)
ear/target/server/bin/standalone.sh -Djboss.socket.binding.port-offset=200 >"$log" 2>&1 &
trap 'pkill -f "jboss.server.base.dir=.*ear/target/server/standalone.*port-offset=200" || true; pkill -f "port-offset=200" || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  grep -q "WFLYSRV0025" "$log" 2>/dev/null && break
  grep -q "WFLYSRV0026" "$log" 2>/dev/null && { echo "server started with errors"; exit 1; }
  sleep 0.5
done
t1=$(date +%s.%N)
pid=$(pgrep -f "port-offset=200" | while read -r p; do ps -o pid=,comm= -p "$p"; done | awk '$2=="java"{print $1}' | head -1)
echo "database: $driver"
echo "boot: $(grep -o 'started in [0-9]*ms' "$log") (wall from exec: $(python3 -c "print(round($t1 - $t0, 1))") s)"
echo "RSS after boot: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
python3 bench/batch_import.py http://127.0.0.1:8280 bench-admin "$batches" "$clients"
echo "RSS after load: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
