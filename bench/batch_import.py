#!/usr/bin/env python3
"""Customers batch import throughput against a running server (standard library only).

Sends BATCHES batches of 100 new customers from CLIENTS concurrent clients, then the same batches
again with on_conflict=update, and prints items/s and per-batch latency percentiles as Markdown.
Bounded in count and time; talks only to the given loopback URL.
"""
import json
import statistics
import sys
import threading
import time
import urllib.request
import uuid

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8280"
ADMIN = sys.argv[2] if len(sys.argv) > 2 else "bench-admin"
BATCHES = int(sys.argv[3]) if len(sys.argv) > 3 else 200
CLIENTS = int(sys.argv[4]) if len(sys.argv) > 4 else 4
DEADLINE_S = 300


def call(method, path, token, body):
    request = urllib.request.Request(
        BASE + path,
        data=json.dumps(body).encode(),
        method=method,
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.load(response)


def batch(run, index, strategy):
    return {
        "on_conflict": strategy,
        "customers": [
            {
                "email": f"bench-{run}-{index}-{i}@example.com",
                "name": f"顧客 {index}-{i}",
                "phone": "0912345678",
                "metadata": {"source": "bench", "batch": index},
            }
            for i in range(100)
        ],
    }


def run_phase(token, run, strategy, expect):
    latencies, lock, next_index = [], threading.Lock(), [0]
    started = time.monotonic()

    def client():
        while time.monotonic() - started < DEADLINE_S:
            with lock:
                index = next_index[0]
                next_index[0] += 1
            if index >= BATCHES:
                return
            t0 = time.monotonic()
            status, body = call("POST", "/v1/customers/batch", token, batch(run, index, strategy))
            elapsed = time.monotonic() - t0
            assert status == 200 and body["data"][expect] == 100, body
            with lock:
                latencies.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    latencies.sort()
    return {
        "batches": len(latencies),
        "items_per_s": len(latencies) * 100 / wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "max_ms": latencies[-1] * 1000,
    }


def main():
    _, created = call("POST", "/admin/tenants", ADMIN, {"name": "bench"})
    token = created["data"]["token"]
    run = uuid.uuid4().hex[:8]
    print(f"| phase | batches | items/s | p50 ms | p95 ms | max ms |")
    print(f"|---|---|---|---|---|---|")
    for strategy, expect in (("skip", "created"), ("update", "updated")):
        r = run_phase(token, run, strategy, expect)
        label = "create (new e-mails)" if strategy == "skip" else "update (same e-mails)"
        print(
            f"| {label} | {r['batches']} | {r['items_per_s']:.0f} | {r['p50_ms']:.0f}"
            f" | {r['p95_ms']:.0f} | {r['max_ms']:.0f} |"
        )


if __name__ == "__main__":
    main()
