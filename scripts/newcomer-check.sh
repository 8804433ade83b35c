#!/usr/bin/env bash
# What a newcomer does first, on this checkout: with no project artifacts in the local Maven
# repository, the README's run command exactly as the README writes it, then the README's seed
# curl with the token the first start prints. A README command that breaks breaks CI.
#
# The command and the curl are read out of README.md, not copied here, so they cannot drift
# apart. The only difference from a newcomer's machine: the embedded database goes to a fresh
# folder (ZANGSHO_DATA_DIR), so that the first-start token is printed on every run.
set -euo pipefail
cd "$(dirname "$0")/.."

readme_block() { # the lines of the first ```bash block after the heading $1
  awk -v heading="$1" '
    $0 == heading { found = 1; next }
    found && /^```bash/ { inside = 1; next }
    inside && /^```/ { exit }
    inside { print }' README.md
}
run_command=$(readme_block "## Set up" | head -1 | sed 's/ *#.*//')
seed_curl=$(readme_block "## Try it: the seed's customer import")
[ -n "$run_command" ] && [ -n "$seed_curl" ] || { echo "README has no run command or seed curl"; exit 1; }

rm -rf "${HOME}/.m2/repository/com/zangsho"
data_dir=$(mktemp -d)
log=$(mktemp)
server_pid=""
stop_server() {
  if [ -x ear/target/server/bin/jboss-cli.sh ]; then
    ear/target/server/bin/jboss-cli.sh --connect --command=:shutdown >/dev/null 2>&1 || true
  fi
  if [ -n "$server_pid" ]; then
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -- -"$server_pid" 2>/dev/null || true
  fi
  pkill -f "jboss.home.dir=$(pwd)/ear/target/server" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap stop_server EXIT

echo "== Newcomer: $run_command"
started=$(date +%s)
ZANGSHO_DATA_DIR="$data_dir" setsid bash -c "$run_command" >"$log" 2>&1 </dev/null &
server_pid=$!
token=""
for _ in $(seq 1 900); do
  if curl -fs http://localhost:8080/health >/dev/null 2>&1; then
    token=$(grep -o 'shown only now): zs_[A-Za-z0-9_-]*' "$log" | sed 's/.*: //' | head -1)
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  sleep 1
done
if [ -z "$token" ]; then
  echo "The README's run command did not bring up /health with a first-start token:"
  tail -60 "$log"
  exit 1
fi
echo "   /health answered after $(( $(date +%s) - started )) s; first-start token printed"

answer=$(TOKEN="$token" bash -c "$seed_curl -s")
echo "   seed curl answered: $answer"
echo "$answer" | grep -q '"created":2' || { echo "The seed's curl did not create 2 customers"; exit 1; }
