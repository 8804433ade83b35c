#!/usr/bin/env bash
# After an integration-test run: fails when the server's log holds any token or webhook secret the
# server handed out during it (it/target/issued-secrets.txt, written by the tests' client), or one
# of the operator tokens the tests configure. The tests' server logs com.zangsho at every level.
#
# Usage: scripts/grep-secrets.sh [server log] [secrets file]
set -euo pipefail
cd "$(dirname "$0")/.."
log=${1:-it/target/server/standalone/log/server.log}
secrets=${2:-it/target/issued-secrets.txt}
[ -s "$log" ] || { echo "no server log at $log" >&2; exit 1; }
[ -s "$secrets" ] || { echo "no issued secrets recorded in $secrets" >&2; exit 1; }
{ sort -u "$secrets"; printf '%s\n' it-admin-token it-bootstrap-token it-metrics-token; } >"$secrets.all"
count=$(wc -l <"$secrets.all")
if grep -F -f "$secrets.all" "$log" >"$secrets.found"; then
  echo "FAIL: $(wc -l <"$secrets.found") log lines hold a secret:" >&2
  head -5 "$secrets.found" | cut -c1-200 >&2
  exit 1
fi
echo "none of $count tokens and secrets is in $log ($(wc -l <"$log") lines)"
