#!/usr/bin/env bash
# The command-line importer against what the API accepts, customers, on one server in one run
# (issue 27). wrk, which costs the machine almost nothing, sends new 100-row batches on 4
# connections for a while: the API's rate. Then the importer, started afresh as a user starts it
# (importer/zangsho-import, with -Xmx256m, 4 workers, batches of 100), imports a CSV of the API's own columns, and then a Shopify
# customers export of as many other customers through --profile shopify-customers: the mapping's
# cost on top. A warm-up of each first; then BENCH_PASSES passes of the three, alternating, on
# MariaDB/MySQL. Rates are rows over wall-clock time, the importer's from its start to its exit
# (reading, hashing and mapping the file included). Client CPU is each client's user+system time.
#
# Usage: bench/importer.sh [customers per import] [seconds of wrk]    (defaults: 100000, 20)
#        BENCH_WRITE=1 bench/importer.sh ...  also puts the table into docs/performance.md
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-100000}
seconds=${2:-20}
passes=${BENCH_PASSES:-4}

# wrk from Debian's packages, installed here so that a fresh machine (CI) gets it too.
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null ||
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null; }
fi
[ -f importer/target/zangsho-import.jar ] && [ -x ear/target/server/bin/standalone.sh ] ||
  mvn -B -q -DskipTests package

source bench/bench-server.sh
bench_server zangsho_import
read -r token _ < <(bench_tenant importer)
files=$data/files
mkdir -p "$files"

# name → files of $customers new customers each: plain-NAME.csv and shopify-NAME.csv.
python3 - "$files" "$customers" warm $(seq 1 "$passes") <<'PY'
import random, sys
files, n, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
random.seed(27)
surnames, given = "王陳林黃張李吳劉蔡楊", "小明美麗志偉雅婷家豪淑芬"
shopify = ("First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,Province,"
           "Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,Total Spent,Total Orders,"
           "Tags,Note,Tax Exempt\n")
for name in names:
    with open(f"{files}/plain-{name}.csv", "w", encoding="utf-8") as plain, \
         open(f"{files}/shopify-{name}.csv", "w", encoding="utf-8") as export:
        plain.write("email,name,phone,metadata.tags\n")
        export.write(shopify)
        for i in range(n):
            first = random.choice(given) + random.choice(given)
            last = random.choice(surnames)
            phone = f"09{i % 100000000:08d}"
            plain.write(f"p{name}-{i}@example.com,{last}{first},{phone},vip\n")
            export.write(f"{first},{last},s{name}-{i}@example.com,yes,,No. {i} Xinyi Road,,Taipei,,,"
                         f"Taiwan,TW,110,{phone},no,0.00,0,vip,,no\n")
PY

# Runs a client under /usr/bin/time; sets $wall (seconds) and $cpu (user+system seconds).
timed() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$data/time" "$@" >"$data/client.out" 2>&1 ||
    { cat "$data/client.out"; exit 1; }
  end=$(date +%s.%N)
  wall=$(python3 -c "print($end - $start)")
  cpu=$(awk '{print $1 + $2}' "$data/time")
}

wrk_rate() {
  TOKEN=$token RUN=$1 timed wrk -t1 -c4 -d"${seconds}s" --timeout 30s -s bench/wrk-customers.lua "$base"
  python3 - "$data/client.out" "$cpu" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
m = re.search(r"WRK requests=(\d+) seconds=([\d.]+) non2xx=(\d+) socket_errors=(\d+)", text)
requests, secs, bad, errors = int(m[1]), float(m[2]), int(m[3]), int(m[4])
if bad or errors:
    sys.exit(f"wrk: {bad} answers not 2xx, {errors} socket errors:\n{text}")
rows = requests * 100
print(f"{rows / secs:.0f} {rows} {float(sys.argv[2]) / rows * 1e6:.1f}")
PY
}

importer_rate() {
  local name=$1; shift
  ZANGSHO_IMPORT_JAVA_OPTS=-Xmx256m timed importer/zangsho-import --url "$base" --token "$token" \
    --concurrency 4 --summary "$data/summary.json" "$@"
  python3 - "$data/summary.json" "$wall" "$cpu" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))
rows = sum(f["created"] for f in summary["files"])
failed = sum(f["failed"] for f in summary["files"])
if failed or summary["exit_code"]:
    sys.exit(f"the importer failed {failed} rows (exit {summary['exit_code']})")
wall, cpu = float(sys.argv[2]), float(sys.argv[3])
print(f"{rows / wall:.0f} {rows} {cpu / rows * 1e6:.1f}")
PY
}

echo "warming up: wrk twice ${seconds}s, then each importer once" >&2
wrk_rate warm1 >/dev/null
wrk_rate warm2 >/dev/null
importer_rate warm --customers "$files/plain-warm.csv" >/dev/null
importer_rate warm --profile shopify-customers --file "$files/shopify-warm.csv" >/dev/null

results=$data/results
: >"$results"
# The server's rate drifts as the tenant grows and its JIT settles: odd passes run wrk first,
# even ones last, so that drift does not favour one client.
for pass in $(seq 1 "$passes"); do
  echo "pass $pass" >&2
  [ $((pass % 2)) = 0 ] || echo "$pass wrk $(wrk_rate "p$pass")" >>"$results"
  echo "$pass plain $(importer_rate "$pass" --customers "$files/plain-$pass.csv")" >>"$results"
  echo "$pass profile $(importer_rate "$pass" --profile shopify-customers --file "$files/shopify-$pass.csv")" >>"$results"
  [ $((pass % 2)) = 1 ] || echo "$pass wrk $(wrk_rate "p$pass")" >>"$results"
done
cat "$results" >&2

section=$(python3 - "$results" "$customers" "$seconds" "$passes" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
customers, seconds, passes = int(sys.argv[2]), sys.argv[3], sys.argv[4]
print("<!-- importer:start -->")
print(f"## The importer against what the API accepts (`bench/importer.sh {customers} {seconds}`)\n")
print(f"One server on MariaDB, one tenant growing through the run. wrk sends new 100-row customer batches on")
print(f"4 connections for {seconds} s (the API's rate); the importer (`importer/zangsho-import`), a fresh JVM with `-Xmx256m` and 4 workers,")
print(f"imports {customers:,} new customers from a CSV of the API's columns, then {customers:,} others from a Shopify")
print(f"customers export with `--profile shopify-customers`. Rates are rows over wall-clock time, the importer's")
print(f"from start to exit; CPU is the client's own, per row. A warm-up of each, then {passes} passes, wrk first")
print(f"in odd ones and last in even ones (the server's rate drifts as the tenant grows); \"all\" is every")
print(f"pass's rows over their time.\n")
print("| pass | wrk rows/s | importer rows/s | importer / wrk | with the profile rows/s | profile / plain | client CPU µs/row: wrk · importer · profile |")
print("|---|---|---|---|---|---|---|")
by_pass = {}
for p, kind, rate, n, cpu in rows:
    by_pass.setdefault(p, {})[kind] = (float(rate), float(cpu))
for p, r in by_pass.items():
    w, i, s = r["wrk"], r["plain"], r["profile"]
    print(f"| {p} | {w[0]:,.0f} | {i[0]:,.0f} | {i[0] / w[0]:.2f} | {s[0]:,.0f} | {s[0] / i[0]:.2f} | {w[1]} · {i[1]} · {s[1]} |")
total = {}
for p, kind, rate, n, cpu in rows:
    rows_, secs = total.get(kind, (0, 0.0))
    total[kind] = (rows_ + int(n), secs + int(n) / float(rate))
w, i, s = (total[k][0] / total[k][1] for k in ("wrk", "plain", "profile"))
print(f"| all | {w:,.0f} | {i:,.0f} | **{i / w:.2f}** | {s:,.0f} | **{s / i:.2f}** | |")
print("<!-- importer:end -->")
PY
)
echo "$section"
if [ "${BENCH_WRITE:-0}" = 1 ]; then
  python3 bench/performance-section.py importer "$section"
fi
