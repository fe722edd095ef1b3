"""Load test of `newsgraph serve` on loopback: N concurrent clients for T seconds, requests capped.

    python bench/bench_server.py --db newsgraph.duckdb            # starts its own server on a copy
    python bench/bench_server.py --url http://127.0.0.1:8000     # or loads a running one

Each client sends a mix of API reads and page views, drawn from the database's own articles and
actors, one request after the other on a keep-alive connection. Prints requests, errors,
throughput and latency percentiles. It only ever talks to 127.0.0.1 (or the --url given, which
must be on loopback), stops after --seconds or --max-requests, whichever comes first.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlparse

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, token: str | None = None) -> subprocess.Popen:
    """`newsgraph serve` over DB on loopback, its log in DB.log; returns once it answers."""
    import httpx

    command = [str(Path(sys.executable).parent / "newsgraph"), "serve", "--db", db, "--port", str(port)]
    env = dict(os.environ, NEWSGRAPH_TOKEN=token) if token else dict(os.environ)
    log = open(db + ".log", "wb")  # a file, not a pipe: a full pipe would stall the server
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    log.close()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server stopped: {Path(db + '.log').read_text(errors='replace')}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not answer within 60 s")


def request_mix(base: str) -> list[str]:
    """Paths that a reader would visit, from the server's own data."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as client:
        actors = [a["id"] for a in client.get("/api/actors", params={"limit": 20}).json()["items"]]
        articles = [a["id"] for a in client.get("/api/articles", params={"limit": 20}).json()["items"]]
        speakers = [f["label"] for f in client.get("/api/quotes", params={"facets": "true", "limit": 1}).json()
                    ["facets"]["speaker"]]
    paths = ["/api/stats", "/api/quotes?limit=20", "/api/sources", "/api/events?limit=20", "/api/graph",
             "/api/blocs?window=1Y", "/api/actors?kind=person", "/", "/relations", "/actors"]
    paths += [f"/api/quotes?q={quote(s)}&facets=true" for s in speakers[:5]]
    paths += [f"/?q={quote(s)}" for s in speakers[:5]]
    paths += [f"/api/actors/{quote(a, safe=':')}" for a in actors[:10]]
    paths += [f"/actors/{quote(a, safe=':')}" for a in actors[:10]]
    paths += [f"/api/articles/{quote(a, safe=':')}" for a in articles[:10]]
    paths += [f"/articles/{quote(a, safe=':')}" for a in articles[:10]]
    return paths


async def _client(base: str, paths: list[str], stop_at: float, budget: list[int], seed: int,
                  latencies: list[tuple[float, str]], errors: list[str]) -> None:
    import httpx

    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            path = rng.choice(paths)
            started = time.perf_counter()
            try:
                answer = await client.get(path)
                if answer.status_code != 200:
                    errors.append(f"{answer.status_code} {path}")
            except httpx.HTTPError as error:
                errors.append(f"{type(error).__name__} {path}")
            latencies.append((time.perf_counter() - started, path))


def run_load(base: str, *, clients: int = 20, seconds: float = 30, max_requests: int = 20_000) -> dict:
    """Load the server at BASE (loopback only) and return the figures."""
    host = urlparse(base).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to load {base}: this benchmark only targets loopback")
    paths = request_mix(base)
    latencies: list[tuple[float, str]] = []
    errors: list[str] = []
    budget = [max_requests]

    async def main():
        stop_at = time.monotonic() + seconds
        await asyncio.gather(*(_client(base, paths, stop_at, budget, seed, latencies, errors)
                               for seed in range(clients)))

    started = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - started
    ordered = sorted(seconds for seconds, _ in latencies)
    by_path: dict[str, list[float]] = {}
    for seconds_taken, path in latencies:
        by_path.setdefault(path.split("?")[0] if path.startswith("/api/") else path, []).append(seconds_taken)
    slowest = sorted(((round(1000 * sum(v) / len(v), 1), k) for k, v in by_path.items()), reverse=True)[:5]

    def pct(p: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1) if ordered else 0.0

    return {"clients": clients, "seconds": round(elapsed, 1), "requests": len(latencies), "errors": len(errors),
            "error_examples": errors[:5], "throughput_rps": round(len(latencies) / elapsed, 1),
            "p50_ms": pct(50), "p90_ms": pct(90), "p99_ms": pct(99), "max_ms": pct(100), "paths": len(paths),
            "slowest_mean_ms": slowest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="newsgraph.duckdb", help="database to serve (a copy is used)")
    parser.add_argument("--url", help="load this running server instead (loopback only)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=20_000)
    args = parser.parse_args()
    server = None
    with tempfile.TemporaryDirectory() as folder:
        base = args.url
        if base is None:
            if not os.path.exists(args.db):
                raise SystemExit(f"no database at {args.db}: run `make run` first")
            copy = os.path.join(folder, "bench.duckdb")
            shutil.copy(args.db, copy)
            port = free_port()
            server = start_server(copy, port)
            base = f"http://127.0.0.1:{port}"
        try:
            figures = run_load(base, clients=args.clients, seconds=args.seconds, max_requests=args.max_requests)
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
    print(json.dumps(figures, indent=1))
    print(f"{figures['requests']} requests from {figures['clients']} clients in {figures['seconds']} s: "
          f"{figures['throughput_rps']} req/s, p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms, "
          f"{figures['errors']} errors")


if __name__ == "__main__":
    main()
