"""Bounded load test of the web app and API, on 127.0.0.1 only.

Usage: python benchmarks/load_test.py [--clients 200] [--seconds 60] [--db PATH]

Starts `readout serve` on a free loopback port (the demo database unless --db is
given), then runs N concurrent clients for a fixed time against a mix of API and
page URLs, and stops by itself. Prints throughput, p50/p99 latency and errors.
The target is always 127.0.0.1: this script never sends traffic elsewhere.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time

import httpx

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(port: int, db: str | None) -> subprocess.Popen:
    args = [sys.executable, "-m", "readout", "serve", "--host", HOST, "--port", str(port)]
    args += ["--db", db] if db else ["--demo"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(300):
        try:
            httpx.get(f"http://{HOST}:{port}/api/stats", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start: " + proc.stderr.read().decode()[-500:])


def target_urls(base: str) -> list[str]:
    """A mix of pages and API calls built from what the server holds."""
    meetings = httpx.get(f"{base}/api/meetings", params={"limit": 20}).json()
    items = meetings.get("meetings", meetings) if isinstance(meetings, dict) else meetings
    urls = ["/", "/api/stats", "/api/meetings", "/search?q=minister", "/api/search?q=minister"]
    for m in items[:10]:
        urls += [f"/meetings/{m['id']}", f"/api/meetings/{m['id']}"]
        countries = m.get("countries") or []
        if len(countries) >= 2:
            urls += [f"/dyads/{countries[0]}-{countries[1]}", f"/api/dyads/{countries[0]}-{countries[1]}"]
    return urls


async def client(base: str, urls: list[str], deadline: float, latencies: list, errors: list) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.perf_counter() < deadline:
            url = random.choice(urls)
            started = time.perf_counter()
            try:
                resp = await http.get(url)
                if resp.status_code >= 400:
                    errors.append(f"{resp.status_code} {url}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {url}")
            latencies.append(time.perf_counter() - started)


async def run_load(base: str, clients: int, seconds: float) -> dict:
    urls = target_urls(base)
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    await asyncio.gather(*(client(base, urls, deadline, latencies, errors) for _ in range(clients)))
    took = time.perf_counter() - started
    qs = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {"requests": len(latencies), "seconds": round(took, 1), "throughput_rps": round(len(latencies) / took, 1),
            "p50_ms": round(qs[49] * 1000, 1), "p99_ms": round(qs[98] * 1000, 1), "errors": len(errors),
            "error_sample": errors[:5], "clients": clients, "urls": len(urls)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--db", default=os.environ.get("READOUT_LOAD_DB"))
    args = parser.parse_args()
    port = free_port()
    server = start_server(port, args.db)
    try:
        result = asyncio.run(run_load(f"http://{HOST}:{port}", args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    sys.exit(1 if result["errors"] else 0)


if __name__ == "__main__":
    main()
