#!/usr/bin/env bash
# Counts the SQL statements one request costs on MariaDB/MySQL: global status counters before and
# after it, on a server otherwise idle (started as bench/run.sh starts it, see docs/performance.md).
# Usage: bench/statements.sh <base-url> <token> <method> <path> [json-file]
set -euo pipefail
base=$1; token=$2; method=$3; path=$4; body=${5:-}
counters() {
  mariadb -uroot -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN
    ('Com_insert','Com_select','Com_update','Com_delete','Questions')" | sort
}
before=$(counters)
curl -sS -o /dev/null -w '%{http_code}\n' -X "$method" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' ${body:+--data-binary @"$body"} "$base$path"
after=$(counters)
# Questions counts the counter query itself once: subtract it.
join <(echo "$before") <(echo "$after") | awk '{d=$3-$2; if ($1=="Questions") d-=1; print $1, d}'
