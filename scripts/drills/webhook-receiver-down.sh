#!/usr/bin/env bash
# Drill (docs/reliability.md, "Webhook receiver down"): a webhook whose receiver is down (nothing
# listening) for a while; meanwhile single writes announce events: customers created and then
# renamed twice, each customer one subject. Then the receiver comes up: it dedupes by event id,
# counts every request, and records the order each subject's events arrived in. Afterwards a
# receiver that accepts and never answers, while batch imports are timed beside the same imports
# with a healthy receiver. The server keeps its default retry schedule (10 s doubling, ±20 %).
#
# Usage: scripts/drills/webhook-receiver-down.sh [seconds down]   (default 300). Prints its figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
down=${1:-300}
[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests package
export ZANGSHO_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true
source bench/bench-server.sh
bench_server zangsho_webhooks
read -r token _ < <(bench_tenant webhooks)
python3 - "$base" "$token" "$down" <<'PY'
import http.client, http.server, json, socket, sys, threading, time, urllib.parse
base, token, down = sys.argv[1], sys.argv[2], int(sys.argv[3])
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
receiver_port = 8399
headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

def call(method, path, body=None):
    c = http.client.HTTPConnection(host, port, timeout=60)
    c.request(method, path, None if body is None else json.dumps(body), headers)
    r = c.getresponse(); data = r.read()
    return r.status, (json.loads(data) if data else None)

class Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True
    def __init__(self, hang):
        self.hang, self.requests, self.seen, self.arrival = hang, 0, set(), {}
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", receiver_port), Handler)

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        receiver = self.server
        if receiver.hang:
            time.sleep(3600); return
        with receiver.lock:
            receiver.requests += 1
            if body["id"] not in receiver.seen:
                receiver.seen.add(body["id"])
                data = body["data"]
                receiver.arrival.setdefault(data["id"], []).append(data["name"] or "created")
        self.send_response(204); self.end_headers()

status, hook = call("POST", "/v1/webhooks", {"url": f"http://127.0.0.1:{receiver_port}/hook",
                                           "events": ["customer.created", "customer.updated"]})
assert status == 201, hook
went_down = time.time()
customers, events = 100, 0
for i in range(customers):
    status, created = call("POST", "/v1/customers", {"email": f"w{i}@example.com"}); assert status == 201
    events += 1
    for name in ("1", "2"):
        status, _ = call("PUT", f"/v1/customers/{created['data']['id']}", {"name": name}); assert status == 200
        events += 1
written = time.time() - went_down
time.sleep(max(0, down - (time.time() - went_down)))
receiver = Receiver(hang=False)
threading.Thread(target=receiver.serve_forever, daemon=True).start()
came_up = time.time()
while len(receiver.seen) < events and time.time() - came_up < 1800:
    time.sleep(1)
drained = time.time() - came_up
ordered = sum(1 for names in receiver.arrival.values() if names == ["created", "1", "2"])
time.sleep(30)  # anything sent twice after the drain shows up in the count
print(f"receiver down: {events} events from {customers} customers written in {written:.0f} s, receiver down {down} s;"
      f" after it came up all {len(receiver.seen)} of {events} event ids arrived within {drained:.0f} s,"
      f" {receiver.requests} requests for them ({receiver.requests - len(receiver.seen)} repeats the receiver's dedupe absorbed),"
      f" subjects in order: {ordered} of {len(receiver.arrival)}")
receiver.shutdown(); receiver.server_close()

def import_time(label):
    started = time.time()
    for b in range(30):
        status, _ = call("POST", "/v1/customers/batch",
                         {"customers": [{"email": f"{label}-{b}-{i}@example.com"} for i in range(100)]})
        assert status == 200, status
    return time.time() - started

def writer(stop):
    n = 0
    while not stop.is_set():
        call("POST", "/v1/customers", {"email": f"hang-{n}-{time.time()}@example.com"}); n += 1; time.sleep(0.05)

healthy = Receiver(hang=False); threading.Thread(target=healthy.serve_forever, daemon=True).start()
stop = threading.Event(); t = threading.Thread(target=writer, args=(stop,)); t.start()
with_healthy = import_time("healthy")
stop.set(); t.join(); healthy.shutdown(); healthy.server_close()
hanging = Receiver(hang=True); threading.Thread(target=hanging.serve_forever, daemon=True).start()
stop = threading.Event(); t = threading.Thread(target=writer, args=(stop,)); t.start()
with_hanging = import_time("hanging")
stop.set(); t.join()
print(f"hanging receiver: 30 batches of 100 customers beside single writes took {with_hanging:.1f} s"
      f" against {with_healthy:.1f} s with a healthy receiver (ratio {with_hanging / with_healthy:.2f})")
held = len(receiver.seen) == events and ordered == customers and with_hanging / with_healthy < 1.5
print("webhook receiver down:", "held" if held else "NOT HELD")
sys.exit(0 if held else 1)
PY
