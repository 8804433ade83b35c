#!/usr/bin/env bash
# What a second node costs and gives (docs/cluster.md), in one run on one throw-away MariaDB
# database: the write-path benchmark (bench/WritePathBench.java, each figure beside the database's
# own INSERT of the same rows) against
#   1. two nodes behind the balancer (scripts/cluster.sh), server CPU = both nodes + the balancer;
#   2. one node behind the balancer (node 2 stopped), server CPU = the node + the balancer;
#   3. that node alone, without the balancer.
# Then what the shared rate limit costs one request (bench/request-cost.py): the same node with its
# buckets in the database, warm from the imports, then started again with its buckets in memory
# (ZANGSHO_RATE_LIMIT_STORE=memory), each measured after 20,000 requests of warm-up.
#
# Usage: bench/cluster.sh [rows] [clients]     (defaults: 20000 rows, 4 clients; ports as
# scripts/cluster.sh with ZANGSHO_CLUSTER_OFFSET). Prints Markdown for docs/cluster.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}
clients=${2:-4}
offset=${ZANGSHO_CLUSTER_OFFSET:-0}
dir=target/cluster-$offset

source bench/bench-server.sh
bench_databases zangsho_bench zangsho_bench_base
export ZANGSHO_DB_URL="jdbc:mysql://127.0.0.1:3306/zangsho_bench?rewriteBatchedStatements=true"
export ZANGSHO_DB_USER=zangsho_bench ZANGSHO_DB_PASSWORD=zangsho_bench ZANGSHO_ADMIN_TOKEN=bench-admin
export ZANGSHO_RATE_LIMIT_PER_MINUTE=100000000 ZANGSHO_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true
export ZANGSHO_BOOTSTRAP_TOKEN=bench-token
# The single writes' webhook points at a closed port (WritePathBench#singles): their retries an
# hour apart, so that no node spends the timed phases retrying them.
export ZANGSHO_WEBHOOK_RETRY_BASE_SECONDS=3600
trap 'scripts/cluster.sh down >/dev/null' EXIT
scripts/cluster.sh up >/dev/null
for table in customers orders subscriptions subscription_events; do
  mysql_cli -e "CREATE TABLE zangsho_bench_base.$table LIKE zangsho_bench.$table"
done
pid() { cat "$dir/$1.pid"; }
database_pid=$(pgrep -ox mariadbd || pgrep -ox mysqld)
driver=ear/target/jdbc/mysql-connector-j.jar

write_path() { # base-url server-pids
  java -Xmx512m -cp "$driver" bench/WritePathBench.java "$1" bench-admin \
    'jdbc:mysql://127.0.0.1:3306/zangsho_bench_base?user=zangsho_bench&password=zangsho_bench&rewriteBatchedStatements=true' \
    "$2" "$database_pid" "$rows" "$clients"
}

balancer=http://127.0.0.1:$((8080 + offset))
node1=http://127.0.0.1:$((8180 + offset))
# Both nodes and the balancer warm before anything is timed: the first pass compiles their code
# (a JVM a minute old spends several times the CPU per row), and only the second counts.
write_path "$balancer" "$(pid node1),$(pid node2),$(pid balancer)" >/dev/null
two_nodes=$(write_path "$balancer" "$(pid node1),$(pid node2),$(pid balancer)")
scripts/cluster.sh stop 2 >/dev/null
one_node_balanced=$(write_path "$balancer" "$(pid node1),$(pid balancer)")
one_node=$(write_path "$node1" "$(pid node1)")
shared_limit=$(python3 bench/request-cost.py "$node1" bench-token "$(pid node1)" "$database_pid")

scripts/cluster.sh stop 1 >/dev/null
ZANGSHO_RATE_LIMIT_STORE=memory scripts/cluster.sh start 1 >/dev/null
memory_limit=$(python3 bench/request-cost.py "$node1" bench-token "$(pid node1)" "$database_pid")

cat <<MD
### Two nodes against one (\`bench/cluster.sh $rows $clients\`, $(date -u +%F))

Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; the database, the balancer, the nodes and the
benchmark client share them. $rows rows of each kind, 100 a batch, $clients clients.

**Two nodes behind the balancer** (server CPU: both nodes and the balancer)

$two_nodes

**One node behind the balancer** (node 2 stopped; server CPU: the node and the balancer)

$one_node_balanced

**The same node alone**, without the balancer

$one_node

**The shared rate limit, per request** (\`GET /v1/customers?per_page=1\`, one connection, 10,000
requests after 20,000 of warm-up, node 1 alone): buckets in the database (after the imports above):
$shared_limit; started again with \`ZANGSHO_RATE_LIMIT_STORE=memory\`: $memory_limit.
MD
