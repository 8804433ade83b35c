"""What one small authenticated request costs: N sequential GETs on one keep-alive connection,
after a warm-up of W of the same, with latency percentiles and the CPU the server's and the
database's processes spent per request (from /proc). bench/cluster.sh runs it to price the shared
rate limit.

Usage: python3 bench/request-cost.py <base-url> <token> <server-pid> <database-pid> [N [W]]
"""
import http.client
import os
import sys
import time
import urllib.parse


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    base, token, server_pid, database_pid = sys.argv[1:5]
    requests = int(sys.argv[5]) if len(sys.argv) > 5 else 10000
    warm_up = int(sys.argv[6]) if len(sys.argv) > 6 else 20000
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {"Authorization": f"Bearer {token}"}

    def get():
        connection.request("GET", "/v1/customers?per_page=1", headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"answered {response.status}")

    for _ in range(warm_up):
        get()
    server_before, database_before = cpu_seconds(server_pid), cpu_seconds(database_pid)
    latencies = []
    for _ in range(requests):
        started = time.perf_counter()
        get()
        latencies.append(time.perf_counter() - started)
    server_cpu = cpu_seconds(server_pid) - server_before
    database_cpu = cpu_seconds(database_pid) - database_before
    latencies.sort()
    print(
        f"p50 {latencies[len(latencies) // 2] * 1000:.2f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.2f} ms, "
        f"server {server_cpu / requests * 1e6:.0f} µs/request, "
        f"database {database_cpu / requests * 1e6:.0f} µs/request"
    )


if __name__ == "__main__":
    main()
