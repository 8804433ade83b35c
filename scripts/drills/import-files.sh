# Sourced by the drills that import the same files twice and compare (crash.sh, cluster-kill.sh):
# $files holds customers.csv and orders.csv of $rows rows each, imported through $base; a tenant's
# rows are summed up by a checksum over every business field, in database $drill_database.

# Writes customers.csv and orders.csv of $rows rows into $files.
make_drill_files() {
  mkdir -p "$files"
  python3 - "$files" "$rows" <<'PY'
import sys
files, n = sys.argv[1], int(sys.argv[2])
with open(f"{files}/customers.csv", "w", encoding="utf-8") as out:
    out.write("email,name,phone,metadata.n\n")
    for i in range(n):
        out.write(f"d{i}@example.com,客戶{i},09{i:08d},{i}\n")
with open(f"{files}/orders.csv", "w", encoding="utf-8") as out:
    out.write("order_no,customer_email,amount,status,payment_method,paid_at\n")
    for i in range(n):
        out.write(f"D-{i},d{i}@example.com,{100 + i % 900}.50,paid,atm,2025-{1 + i % 12:02d}-15T08:00:00Z\n")
PY
}

import_into() { # tenant-token, extra importer args...
  local token=$1; shift
  java -Xmx256m -jar importer/target/zangsho-import.jar --url "$base" --token "$token" \
    --customers "$files/customers.csv" --orders "$files/orders.csv" --retries 12 "$@"
}

# Starts import_into in the background ($importer its pid, $1 its output) and returns once a
# third of the order batches are acknowledged: the moment a drill strikes.
import_until_a_third() { # output-file tenant-token
  local output=$1 token=$2
  import_into "$token" >"$output" 2>&1 &
  importer=$!
  until [ "$(acknowledged_order_batches)" -gt $((rows / 100 / 3)) ]; do
    kill -0 "$importer" 2>/dev/null || { echo "the importer ended too soon"; cat "$output"; exit 1; }
    sleep 0.2
  done
}

# Prints the order batches the importer has acknowledged so far (its checkpoint's lines).
acknowledged_order_batches() {
  local checkpoint=$files/orders.csv.checkpoint.jsonl
  if [ -f "$checkpoint" ]; then echo $(( $(wc -l <"$checkpoint") - 1 )); else echo 0; fi
}

tenant_checksum() { # tenant id
  mysql_cli -N "$drill_database" -e "
    SELECT (SELECT COUNT(*) FROM customers WHERE tenant_id = $1),
           (SELECT BIT_XOR(CRC32(CONCAT_WS('|', email, name, phone, metadata))) FROM customers WHERE tenant_id = $1),
           (SELECT COUNT(*) FROM orders WHERE tenant_id = $1),
           (SELECT BIT_XOR(CRC32(CONCAT_WS('|', o.order_no, c.email, o.amount, o.status, o.payment_method, o.paid_at)))
              FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.tenant_id = $1),
           (SELECT COUNT(*) FROM order_day_totals WHERE tenant_id = $1),
           (SELECT SUM(order_count) FROM order_day_totals WHERE tenant_id = $1)" | tr '\t' ' '
}

keys_in_flight() {
  mysql_cli -N "$drill_database" -e "SELECT COUNT(*) FROM idempotency_keys WHERE state <> 'DONE'"
}

# Imports the same files into a new tenant "clean" with nothing struck, and compares tenant $1
# with it: sets $struck and $clean (their checksums), $in_flight (keys not completed) and $held.
import_clean_and_compare() { # struck tenant's id
  local clean_token clean_id
  rm -f "$files"/*.checkpoint.jsonl
  read -r clean_token clean_id < <(bench_tenant clean)
  import_into "$clean_token" >"$data/clean.out" 2>&1
  struck=$(tenant_checksum "$1")
  clean=$(tenant_checksum "$clean_id")
  in_flight=$(keys_in_flight)
  if [ "$struck" = "$clean" ] && [ "$in_flight" = 0 ]; then held=held; else held="NOT HELD"; fi
}
