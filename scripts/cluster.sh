#!/usr/bin/env bash
# A zangsho cluster on this machine (docs/cluster.md): two WildFly nodes on the standalone-ha
# configuration of a plain WildFly 39.0.1 (from Maven Central), zangsho put in by its install kit,
# behind WildFly's own mod_cluster balancer, all on one MySQL database.
#
#   scripts/cluster.sh up | down | status | kill N | start N | stop N
#
# kill N is a kill -9 of node N; stop N stops it as an operator would (it leaves the cluster);
# start N brings it back and returns once it serves.
#
# Ports, with O = ZANGSHO_CLUSTER_OFFSET (default 0): balancer 8080+O (its MCMP port 8090+O),
# node N 8080+N*100+O; management ports 9990 plus the same offsets; JGroups 7600 plus them.
# The database is ZANGSHO_DB_URL / ZANGSHO_DB_USER / ZANGSHO_DB_PASSWORD; unset, a throw-away
# database zangsho_cluster_O on the local MySQL (made empty by `up`). Every ZANGSHO_* variable of
# the environment reaches both nodes. Files, logs and pids: target/cluster-O/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

offset=${ZANGSHO_CLUSTER_OFFSET:-0}
nodes=(1 2)
dir=$root/target/cluster-$offset
wildfly_version=39.0.1.Final
wildfly=$dir/wildfly-$wildfly_version
kit_zip=$root/ear/target/zangsho-install.zip

balancer_port=$((8080 + offset))
node_port() { echo $((8080 + $1 * 100 + offset)); }
members=$(for n in "${nodes[@]}"; do printf '127.0.0.1[%d],' $((7600 + n * 100 + offset)); done)
members=${members%,}

log() { echo "cluster: $*"; }

# Servers share state through their database, so a cluster's is MySQL (the kit's default is H2).
export ZANGSHO_DB_DRIVER=${ZANGSHO_DB_DRIVER:-mysql}
if [ -z "${ZANGSHO_DB_URL:-}" ]; then
  export ZANGSHO_DB_URL="jdbc:mysql://127.0.0.1:3306/zangsho_cluster_$offset"
  export ZANGSHO_DB_USER="zangsho_cluster_$offset" ZANGSHO_DB_PASSWORD="zangsho_cluster_$offset"
  throwaway_database=yes
fi

alive() { [ -f "$dir/$1.pid" ] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

health() { curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1/health" || true; }

# Waits until $2 answers /health with 200, failing early when process $1 is gone.
wait_serving() {
  local name=$1 port=$2 deadline=$((SECONDS + ${3:-300}))
  until [ "$(health "$port")" = 200 ]; do
    if ! alive "$name"; then
      log "$name died while starting; the end of $dir/$name.log:"
      tail -n 40 "$dir/$name.log" >&2
      return 1
    fi
    # WildFly up, the application not: a failed deployment (e.g. settings that disagree) is final.
    if grep -q WFLYSRV0026 "$dir/$name.log"; then
      log "$name started with errors:"
      grep -E "SEVERE|WFLYCTL0013|WFLYSRV0026" "$dir/$name.log" | cut -c1-600 >&2
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      log "$name does not serve on port $port; the end of $dir/$name.log:"
      tail -n 40 "$dir/$name.log" >&2
      return 1
    fi
    sleep 1
  done
}

# A plain WildFly from Maven Central, configured once: the kit and the cluster settings into
# standalone-ha.xml (embedded, no server running), the balancer's into standalone-load-balancer.xml.
# Done again whenever the kit is newer, with fresh server folders.
prepare() {
  if [ ! -f "$kit_zip" ]; then
    log "building the install kit (mvn -DskipTests package)"
    mvn -B -q -ntp -DskipTests package
  fi
  if [ -f "$dir/prepared" ] && [ "$dir/prepared" -nt "$kit_zip" ]; then
    return
  fi
  log "preparing WildFly $wildfly_version with the install kit in $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  mvn -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.wildfly:wildfly-dist:$wildfly_version:tar.gz" -DoutputDirectory="$dir"
  tar -xzf "$dir/wildfly-dist-$wildfly_version.tar.gz" -C "$dir"
  rm "$dir/wildfly-dist-$wildfly_version.tar.gz"
  unzip -q "$kit_zip" -d "$dir"
  {
    echo "embed-server --server-config=standalone-ha.xml --std-out=discard"
    cat "$dir/zangsho-install/install.cli" "$root/wildfly/cluster-node.cli"
    echo "stop-embedded-server"
    echo "embed-server --server-config=standalone-load-balancer.xml --std-out=discard"
    cat "$root/wildfly/cluster-balancer.cli"
    echo "stop-embedded-server"
  } >"$dir/configure.cli"
  (cd "$dir/zangsho-install" && "$wildfly/bin/jboss-cli.sh" --file="$dir/configure.cli") \
    >"$dir/configure.log" 2>&1 || {
    log "configuring failed:"
    cat "$dir/configure.log" >&2
    return 1
  }
  for name in balancer "${nodes[@]/#/node}"; do
    cp -r "$wildfly/standalone" "$dir/$name"
  done
  touch "$dir/prepared"
}

launch() {
  local name=$1 config=$2 port_offset=$3
  shift 3
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$dir/$name.pid" nohup "$wildfly/bin/standalone.sh" \
    -c "$config" -Djboss.server.base.dir="$dir/$name" -Djboss.socket.binding.port-offset="$port_offset" \
    "$@" >"$dir/$name.log" 2>&1 &
  # The pid file is the server's own java process, written as it starts.
  for _ in $(seq 1 50); do [ -s "$dir/$name.pid" ] && return; sleep 0.1; done
}

start_balancer() {
  alive balancer && return
  rm -f "$dir/balancer.pid"
  launch balancer standalone-load-balancer.xml "$offset" -Djboss.node.name=balancer
}

start_node() {
  local n=$1
  alive "node$n" && return
  rm -f "$dir/node$n.pid"
  launch "node$n" standalone-ha.xml $((n * 100 + offset)) -Djboss.node.name="node$n" \
    -Dzangsho.balancer.port=$((8090 + offset)) -Dzangsho.cluster.members="$members"
}

stop_server() {
  local name=$1
  alive "$name" || return 0
  local pid
  pid=$(cat "$dir/$name.pid")
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

check_node() {
  case "${1:-}" in
    1 | 2) ;;
    *) echo "usage: $0 kill|start|stop N (N: 1 or 2)" >&2; exit 2 ;;
  esac
}

case "${1:-}" in
  up)
    prepare
    if [ -n "${throwaway_database:-}" ] && ! alive node1 && ! alive node2; then
      bash scripts/mysql-test-database.sh "zangsho_cluster_$offset" >/dev/null
    fi
    start_balancer
    for n in "${nodes[@]}"; do start_node "$n"; done
    for n in "${nodes[@]}"; do wait_serving "node$n" "$(node_port "$n")"; done
    wait_serving balancer "$balancer_port" 60
    log "up: balancer http://127.0.0.1:$balancer_port, nodes $(for n in "${nodes[@]}"; do printf 'http://127.0.0.1:%s ' "$(node_port "$n")"; done)(logs: $dir/*.log)"
    grep -h "First start: API token" "$dir"/node*.log 2>/dev/null | sed 's/.*First start/First start/' || true
    ;;
  down)
    for n in "${nodes[@]}"; do stop_server "node$n" & done
    wait
    stop_server balancer
    log "down"
    ;;
  status)
    for name in balancer "${nodes[@]/#/node}"; do
      case $name in balancer) port=$balancer_port ;; *) port=$(node_port "${name#node}") ;; esac
      if alive "$name"; then state="running (pid $(cat "$dir/$name.pid"))"; else state="stopped"; fi
      printf '%-9s %-24s port %s  /health %s\n' "$name" "$state" "$port" "$(health "$port")"
    done
    ;;
  kill)
    check_node "${2:-}"
    if alive "node$2"; then
      pid=$(cat "$dir/node$2.pid")
      kill -9 "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    log "node$2 killed"
    ;;
  stop)
    check_node "${2:-}"
    stop_server "node$2"
    log "node$2 stopped"
    ;;
  start)
    check_node "${2:-}"
    start_node "$2"
    wait_serving "node$2" "$(node_port "$2")"
    log "node$2 serves on http://127.0.0.1:$(node_port "$2")"
    ;;
  *)
    echo "usage: $0 up | down | status | kill N | start N | stop N" >&2
    exit 2
    ;;
esac
