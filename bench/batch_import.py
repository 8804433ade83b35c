#!/usr/bin/env python3
"""Batch import and read throughput against a running server (standard library only).

From CLIENTS concurrent clients: BATCHES batches of 100 new customers, then the same batches again
with on_conflict=update; BATCHES batches of 100 orders for those customers (by e-mail, two orders a
customer), and again with update; BATCHES batches of 100 subscriptions (one a customer) and of 100
subscription events; then BATCHES reads of the customer list, 100 a page, whose ltv and order
counts are summed from the orders on every read. Prints items/s and latency percentiles as
Markdown. Bounded in count and time; talks only to the given loopback URL.
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
        data=None if body is None else json.dumps(body).encode(),
        method=method,
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.load(response)


def customers(run, index, strategy):
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


def orders(run, index, strategy):
    return {
        "on_conflict": strategy,
        "orders": [
            {
                "order_no": f"ORD-{run}-{index}-{i}",
                # Two orders per customer: customers of batch index // 2.
                "customer_email": f"bench-{run}-{index // 2}-{i}@example.com",
                "amount": f"{1000 + i}.50",
                "status": "paid" if strategy == "skip" else "refunded",
                "payment_method": "credit_card",
                "billing_cycle": "monthly",
                "paid_at": "2025-12-01T08:00:00Z",
            }
            for i in range(100)
        ],
    }


def subscriptions(run, index, strategy):
    return {
        "on_conflict": strategy,
        "subscriptions": [
            {
                "customer_email": f"bench-{run}-{index}-{i}@example.com",
                "plan_name": "Pro",
                "mrr": "990.00",
                "billing_cycle": "monthly",
                "started_at": "2025-01-01T00:00:00Z",
                "current_period_start": "2025-12-01T00:00:00Z",
            }
            for i in range(100)
        ],
    }


def events(run, index, strategy):
    # Two batches per customer: its created event, then an upgrade a month later.
    upgrade = index % 2 == 1
    return {
        "on_conflict": strategy,
        "events": [
            {
                "customer_email": f"bench-{run}-{index // 2}-{i}@example.com",
                "event_type": "upgrade" if upgrade else "created",
                "old_amount": "490.00" if upgrade else None,
                "new_amount": "990.00" if upgrade else "490.00",
                "occurred_at": "2025-02-01T00:00:00Z" if upgrade else "2025-01-01T00:00:00Z",
            }
            for i in range(100)
        ],
    }


def timed(count, run_one):
    """Runs run_one(i) for i in range(count) from CLIENTS threads; returns latencies and wall time."""
    latencies, lock, next_index = [], threading.Lock(), [0]
    started = time.monotonic()

    def client():
        while time.monotonic() - started < DEADLINE_S:
            with lock:
                index = next_index[0]
                next_index[0] += 1
            if index >= count:
                return
            t0 = time.monotonic()
            run_one(index)
            elapsed = time.monotonic() - t0
            with lock:
                latencies.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    return latencies, time.monotonic() - started


def row(label, latencies, wall, per_call):
    print(
        f"| {label} | {len(latencies)} | {len(latencies) * per_call / wall:.0f}"
        f" | {statistics.median(latencies) * 1000:.0f}"
        f" | {latencies[int(len(latencies) * 0.95) - 1] * 1000:.0f} | {latencies[-1] * 1000:.0f} |"
    )


def import_phase(token, run, kind, strategy, expect):
    path = "/v1/" + kind.__name__.replace("events", "subscriptions/events") + "/batch"

    def send(index):
        status, body = call("POST", path, token, kind(run, index, strategy))
        assert status == 200 and body["data"][expect] == 100, body

    return timed(BATCHES, send)


def main():
    _, created = call("POST", "/admin/tenants", ADMIN, {"name": "bench"})
    token = created["data"]["token"]
    run = uuid.uuid4().hex[:8]
    print("| phase | requests | items/s | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    phases = (
        ("customers create (new e-mails)", customers, "skip", "created"),
        ("customers update (same e-mails)", customers, "update", "updated"),
        ("orders create (existing customers)", orders, "skip", "created"),
        ("orders update (status, amount)", orders, "update", "updated"),
        ("subscriptions create (one per customer)", subscriptions, "skip", "created"),
        ("subscription events create", events, "skip", "created"),
    )
    for label, kind, strategy, expect in phases:
        row(label, *import_phase(token, run, kind, strategy, expect), 100)
    pages = BATCHES // 2

    def read(index):
        status, body = call("GET", f"/v1/customers?per_page=100&page={index % pages + 1}", token, None)
        assert status == 200 and body["data"][0]["order_count"] == 2, body["data"][0]

    row("customers list, 100 a page with figures", *timed(BATCHES, read), 100)


if __name__ == "__main__":
    main()
