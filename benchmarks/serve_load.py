#!/usr/bin/env python3
"""Load test of `chancery serve`: the events API under concurrent clients, and the dashboard's first page.

usage: .venv/bin/python benchmarks/serve_load.py --db EVENTS.duckdb [--clients 20] [--duration 30] [--port 0]
       [--json FILE]

Make the database with benchmarks/generate_events.py (one million events: --events 1000000). Then:

1. Reads the database's dyads and their event counts, and draws a seeded mix of requests like
   ``GET /api/events?dyad=USA,CHN&since=2023-01-01&until=2024-06-30&limit=50``: dyads in proportion to
   their events (the busy dyads are the ones people look at, and the slow ones), date ranges of one
   month to five years, log-uniformly, anywhere in the data's span.
2. Starts the real server, ``python -m chancery serve --db DB --port P``, in its own process group
   (``--server-cmd`` runs another command; ``--url`` uses a server already running), and waits for
   ``GET /api/health`` to answer 200.
3. Dashboard: opens ``/events?dyad=A,B`` for the busiest dyads in headless Chromium through
   Playwright, each time in a fresh browser context (empty cache), and measures from navigation start
   to the first row of ``table#events`` being in the page with a size (an in-page observer notes the
   moment) and to the ``load`` event; the page is usable when both happened. Skipped with a message when
   Playwright or Chromium is missing.
4. Load: ``--clients`` closed-loop clients, each on its own keep-alive HTTP/1.1 connection, send the
   requests back to back for ``--warmup`` + ``--duration`` seconds; the warm-up is not counted. The
   client is asyncio streams in this one process, cheap enough to leave the server most of the two
   cores; its own CPU use and the server's are reported. A request succeeds only with a 2xx status and
   a JSON body (every response must start like JSON; every 20th is parsed, and its events checked against
   the request's dyad, dates and limit); anything else (other statuses, timeouts, resets, malformed or
   wrong answers) is an error, and a run with errors fails.
5. Reports requests, throughput, errors, latency p50/p90/p99/max (nearest rank, over the successful
   requests), and PASS/FAIL against the budgets: p99 ≤ 100 ms, page usable ≤ 1 s (the slowest run).
   ``--json FILE`` writes the figures. The exit status is 0 when everything passed, 1 otherwise.

The server is stopped at the end, also on Ctrl-C or SIGTERM: SIGINT to its process group, then SIGTERM,
then SIGKILL.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import math
import os
import platform
import random
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from array import array
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TABLE_ROW = "table#events tbody tr"
# Notes the first moment a row of the events table is in the document with a size, in ms since
# navigation start (performance.now()), whatever renders it: the server's HTML or a script.
ROW_OBSERVER = """
(() => {
  const check = () => {
    if (window.__firstRowAt !== undefined) return true;
    const row = document.querySelector(SELECTOR);
    if (!row) return false;
    const box = row.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && getComputedStyle(row).visibility !== "hidden") {
      window.__firstRowAt = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, {childList: true, subtree: true, attributes: true});
  document.addEventListener("DOMContentLoaded", check);
  window.addEventListener("load", check);
})();
""".replace("SELECTOR", json.dumps(TABLE_ROW))


class SetupError(Exception):
    """The test could not run (no database, the server did not start)."""


# -- the request mix -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Mix:
    dyads: list[tuple[str, str, int]]  # (a, b, events), busiest first
    first: dt.date
    last: dt.date


def read_mix(db: Path) -> Mix:
    """The dyads and date span of the database (opened read-only, closed before the server starts)."""
    import duckdb

    if not db.exists():
        raise SetupError(f"no such database: {db} (make one with benchmarks/generate_events.py)")
    con = duckdb.connect(str(db), read_only=True)
    try:
        dyads = con.execute(
            "SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS n "
            "FROM events GROUP BY ALL ORDER BY n DESC, a, b"
        ).fetchall()
        span = con.execute("SELECT min(date_start), max(date_start) FROM events").fetchone()
    finally:
        con.close()
    if not dyads or not span or span[0] is None:
        raise SetupError(f"{db} has no dated events")
    return Mix([(a, b, int(n)) for a, b, n in dyads], span[0], span[1])


def requests_for(mix: Mix, n: int, limit: int, seed: int) -> list[str]:
    """``n`` request paths: dyads weighted by their events, ranges of 30 days to 5 years (log-uniform)."""
    rng = random.Random(seed)
    population = [(a, b) for a, b, _ in mix.dyads]
    weights = [count for _, _, count in mix.dyads]
    span = (mix.last - mix.first).days
    paths = []
    for a, b in rng.choices(population, weights=weights, k=n):
        if rng.random() < 0.5:
            a, b = b, a
        days = min(int(math.exp(rng.uniform(math.log(30), math.log(5 * 365.25)))), span)
        since = mix.first + dt.timedelta(days=rng.randint(0, span - days))
        until = since + dt.timedelta(days=days)
        paths.append(f"/api/events?dyad={a},{b}&since={since}&until={until}&limit={limit}")
    return paths


# -- the server ----------------------------------------------------------------------------------


def free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class Server:
    """The server as a child process in its own process group, its output in a log file."""

    def __init__(self, command: list[str], log: Path) -> None:
        self.command = command
        self.log_path = log
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            command, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_ready(self, url: str, timeout: float) -> float:
        """Seconds until ``url`` answers 200; raises SetupError if the server exits or never answers."""
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            if self.proc.poll() is not None:
                raise SetupError(f"the server exited with status {self.proc.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return time.perf_counter() - started
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise SetupError(f"no 200 from {url} within {timeout:.0f} s:\n{self.tail()}")

    def tail(self, lines: int = 30) -> str:
        self.log.flush()
        text = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n".join(text[-lines:]) or "(no output)"

    def cpu_seconds(self) -> float | None:
        """User + system CPU seconds of every process in the server's process group (Linux /proc)."""
        total, tick = 0.0, os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        try:
            entries = os.listdir("/proc")
        except OSError:
            return None
        for entry in entries:
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[2]) == self.proc.pid:  # process group id
                total += (int(fields[11]) + int(fields[12])) / tick
        return total

    def stop(self) -> str:
        """Stops the server's process group; says how (or that it had already exited)."""
        how = f"had exited with status {self.proc.returncode}" if self.proc.poll() is not None else ""
        if not how:
            for sig, wait in ((signal.SIGINT, 10), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, sig)
                try:
                    self.proc.wait(wait)
                    how = f"stopped by {sig.name}"
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.log.close()
        return how or "did not stop"


# -- the dashboard -------------------------------------------------------------------------------


@dataclass
class PageRun:
    url: str
    status: int | None = None
    table_ms: float | None = None
    load_ms: float | None = None
    usable_ms: float | None = None
    wall_ms: float | None = None
    error: str | None = None


def measure_pages(
    base: str, dyads: list[tuple[str, str, int]], runs: int, chromium: str, timeout: float
) -> Any:
    """Each run in a fresh context; returns the runs, or a string saying why the test was skipped."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "Playwright is not installed (pip install playwright): dashboard test skipped"
    if not (Path(chromium).exists() or shutil.which(chromium)):
        return f"no Chromium at {chromium} (apt-get install chromium, or --chromium PATH): dashboard test skipped"
    results = []
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        except PlaywrightError as exc:
            return f"Chromium did not start ({str(exc).splitlines()[0]}): dashboard test skipped"
        try:
            for i in range(runs):
                a, b, _ = dyads[i % min(len(dyads), 5)]
                run = PageRun(f"{base}/events?dyad={a},{b}")
                context = browser.new_context()
                context.add_init_script(ROW_OBSERVER)
                page = context.new_page()
                started = time.perf_counter()
                try:
                    response = page.goto(run.url, wait_until="commit", timeout=timeout * 1000)
                    run.status = response.status if response else None
                    if run.status is None or not 200 <= run.status < 300:
                        raise RuntimeError(f"status {run.status}")
                    page.wait_for_selector(TABLE_ROW, state="visible", timeout=timeout * 1000)
                    page.wait_for_load_state("load", timeout=timeout * 1000)
                    run.wall_ms = (time.perf_counter() - started) * 1000
                    seen = page.evaluate("window.__firstRowAt ?? performance.now()")
                    load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
                    run.table_ms, run.load_ms = float(seen), float(load)
                    run.usable_ms = max(run.table_ms, run.load_ms)
                except (PlaywrightError, RuntimeError) as exc:
                    run.error = str(exc).splitlines()[0][:200]
                finally:
                    context.close()
                results.append(run)
        finally:
            browser.close()
    return results


# -- the load ------------------------------------------------------------------------------------


class BadResponse(Exception):
    pass


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """One HTTP/1.1 response: (status, body, whether the server closes the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head[:-4].split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
        raise BadResponse(f"bad status line {lines[0][:80]!r}")
    status = int(parts[1])
    length, chunked, close = None, False, parts[0] == b"HTTP/1.0"
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value
        elif name == b"connection":
            close = value == b"close"
    if chunked:
        body = bytearray()
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
                    pass
                break
            body += (await reader.readexactly(size + 2))[:-2]
        return status, bytes(body), close
    if length is not None:
        return status, await reader.readexactly(length), close
    return status, await reader.read(), True  # delimited by the end of the connection


@dataclass
class LoadStats:
    latencies: array = field(default_factory=lambda: array("d"))  # seconds, successful measured requests
    errors: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    sent: int = 0
    warmup_requests: int = 0
    first_error: str | None = None

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] += 1
        if self.first_error is None:
            self.first_error = f"{kind}: {detail}"[:300]


def acceptable(body: bytes, path: str | None) -> str | None:
    """Why this 2xx body is not a right answer, or None. With ``path``, the body is parsed and, when it is
    ``{"events": [...]}`` with each event's ``source``, ``target`` and ``day``, checked against the request's
    dyad, date range and limit (a server must not be fast by ignoring filters)."""
    start = body.lstrip()[:1]
    if start not in (b"{", b"["):
        return f"not JSON: {body[:60]!r}"
    if path is None:
        return None
    try:
        value = json.loads(body)
    except ValueError as exc:
        return f"invalid JSON: {exc}"
    if not isinstance(value, (list, dict)):
        return "JSON neither list nor object"
    events = value.get("events") if isinstance(value, dict) else value
    if not isinstance(events, list):
        return None  # a shape this check does not know
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query))
    if len(events) > int(query.get("limit", len(events))):
        return f"{len(events)} events for limit {query['limit']}"
    dyad = set(query["dyad"].split(",")) if "dyad" in query else None
    for event in events:
        if not isinstance(event, dict):
            return "an event that is not an object"
        if dyad and {event.get("source"), event.get("target")} != dyad and "source" in event:
            return f"event {event.get('source')}-{event.get('target')} for dyad {query['dyad']}"
        day = event.get("day")
        if isinstance(day, str) and not query.get("since", "") <= day <= query.get("until", "9999"):
            return f"event of {day} for {query.get('since')}..{query.get('until')}"
    return None


async def client(
    number: int,
    clients: int,
    host: str,
    port: int,
    paths: list[str],
    warm_until: float,
    deadline: float,
    timeout: float,
    stats: LoadStats,
) -> None:
    mine = paths[number::clients]
    requests = [
        f"GET {p} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\nUser-Agent: serve_load\r\n\r\n".encode()
        for p in mine
    ]
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    i = 0
    clock = time.perf_counter
    while clock() < deadline:
        request, path = requests[i % len(requests)], mine[i % len(requests)]
        i += 1
        started = clock()
        measured = started >= warm_until
        try:
            async with asyncio.timeout(timeout):
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                assert reader is not None
                writer.write(request)
                status, body, close = await read_response(reader)
        except (
            TimeoutError,
            OSError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            BadResponse,
            ValueError,
        ) as exc:
            if measured:
                stats.sent += 1
                kind = "timeout" if isinstance(exc, TimeoutError) else type(exc).__name__
                stats.error(kind, str(exc) or kind)
            if writer is not None:
                writer.close()
            reader = writer = None
            continue
        elapsed = clock() - started
        if close:
            writer.close()
            reader = writer = None
        if not measured:
            stats.warmup_requests += 1
            continue
        stats.sent += 1
        stats.statuses[status] += 1
        if not 200 <= status < 300:
            stats.error(f"HTTP {status}", body[:200].decode("utf-8", "replace"))
            continue
        problem = acceptable(body, path if stats.sent % 20 == 0 else None)
        if problem:
            stats.error("bad body", problem)
            continue
        stats.latencies.append(elapsed)
    if writer is not None:
        writer.close()


async def run_load(
    host: str, port: int, paths: list[str], clients: int, warmup: float, duration: float, timeout: float
) -> LoadStats:
    stats = LoadStats()
    now = time.perf_counter()
    warm_until, deadline = now + warmup, now + warmup + duration
    await asyncio.gather(
        *(client(n, clients, host, port, paths, warm_until, deadline, timeout, stats) for n in range(clients))
    )
    return stats


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile of sorted ``values``."""
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)]


# -- report --------------------------------------------------------------------------------------


def render(rows: list[tuple[str, str, str]], title: str) -> None:
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        print(f"\n{title}")
        width = max(len(r[0]) for r in rows)
        for name, value, verdict in rows:
            print(f"  {name:<{width}}  {value:>14}  {verdict}")
        return
    table = Table(title=title, title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("budget")
    for name, value, verdict in rows:
        style = "green" if verdict.startswith("PASS") else "red" if verdict.startswith("FAIL") else ""
        table.add_row(name, value, f"[{style}]{verdict}[/{style}]" if style else verdict)
    Console(width=None if sys.stdout.isatty() else 120).print(table)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", type=Path, required=True, help="the database to serve and to draw the request mix from"
    )
    parser.add_argument("--clients", type=int, default=20, help="concurrent closed-loop clients (default 20)")
    parser.add_argument("--duration", type=float, default=30.0, help="measured seconds (default 30)")
    parser.add_argument(
        "--warmup", type=float, default=3.0, help="seconds of load before measuring (default 3)"
    )
    parser.add_argument("--port", type=int, default=0, help="server port; 0 picks a free one (default)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--limit", type=int, default=50, help="events per request (default 50)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the request mix")
    parser.add_argument(
        "--mix-size", type=int, default=20_000, help="distinct requests drawn (default 20000)"
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a request is an error")
    parser.add_argument("--p99-ms", type=float, default=100.0, help="latency budget at p99 (default 100)")
    parser.add_argument("--page-ms", type=float, default=1000.0, help="dashboard budget (default 1000)")
    parser.add_argument("--page-runs", type=int, default=5, help="dashboard loads, each cold (default 5)")
    parser.add_argument("--no-page", action="store_true", help="skip the dashboard test")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--startup-timeout", type=float, default=120.0)
    parser.add_argument(
        "--server-cmd",
        help="command starting the server instead of `python -m chancery serve`; {python} {db} {host} {port} "
        "are replaced",
    )
    parser.add_argument(
        "--url",
        help="test a server already running at this base URL (not started or stopped; it must let this "
        "script open --db read-only first)",
    )
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()

    def on_term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C, even when started with it ignored
    server: Server | None = None
    report: dict[str, Any] = {
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
    }
    try:
        mix = read_mix(args.db)
        paths = requests_for(mix, args.mix_size, args.limit, args.seed)
        print(
            f"{args.db}: {sum(n for *_, n in mix.dyads):,} events in {len(mix.dyads):,} dyads, "
            f"{mix.first}..{mix.last}; busiest {', '.join(f'{a}-{b} ({n:,})' for a, b, n in mix.dyads[:3])}"
        )
        if args.url:
            base = args.url.rstrip("/")
            host, _, port_text = base.split("://", 1)[1].partition(":")
            port = int(port_text or 80)
        else:
            host = args.host
            port = args.port or free_port(host)
            base = f"http://{host}:{port}"
            template = args.server_cmd or "{python} -m chancery serve --db {db} --port {port}"
            command = [
                part.format(python=sys.executable, db=args.db, host=host, port=port)
                for part in shlex.split(template)
            ]
            fd, name = tempfile.mkstemp(prefix="serve_load-", suffix=".log")
            os.close(fd)
            log = Path(name)
            print(f"starting: {shlex.join(command)}  (log: {log})")
            server = Server(command, log)
            ready = server.wait_ready(f"{base}/api/health", args.startup_timeout)
            print(f"server ready in {ready:.1f} s")
            report["startup_s"] = round(ready, 2)
        rows: list[tuple[str, str, str]] = []
        passed = True
        # the dashboard first, on an idle server with cold caches
        if args.no_page:
            report["page"] = "skipped (--no-page)"
        else:
            pages = measure_pages(base, mix.dyads, args.page_runs, args.chromium, args.timeout)
            if isinstance(pages, str):
                print(pages)
                report["page"] = pages
                rows.append(("dashboard first page", "skipped", pages.split(":")[0]))
            else:
                report["page"] = [asdict(p) for p in pages]
                failed = [p for p in pages if p.error]
                for p in failed:
                    print(f"dashboard run failed: {p.url}: {p.error}")
                usable = sorted(p.usable_ms for p in pages if p.usable_ms is not None)
                if usable:
                    table = sorted(p.table_ms for p in pages if p.table_ms is not None)
                    load = sorted(p.load_ms for p in pages if p.load_ms is not None)
                    rows.append(("page: table row visible, median", f"{table[len(table) // 2]:.0f} ms", ""))
                    rows.append(("page: load event, median", f"{load[len(load) // 2]:.0f} ms", ""))
                    rows.append(("page: usable, median", f"{usable[len(usable) // 2]:.0f} ms", ""))
                ok = not failed and usable and usable[-1] <= args.page_ms
                passed &= bool(ok)
                worst = f"{usable[-1]:.0f} ms" if usable else "-"
                verdict = f"{'PASS' if ok else 'FAIL'} (≤ {args.page_ms:.0f} ms, {len(pages)} cold loads"
                verdict += f", {len(failed)} failed)" if failed else ")"
                rows.append(("page: usable, slowest", worst, verdict))
        # the API under load
        print(
            f"load: {args.clients} clients, {args.warmup:.0f} s warm-up + {args.duration:.0f} s measured ..."
        )
        cpu_client, cpu_server = time.process_time(), server.cpu_seconds() if server else None
        started = time.perf_counter()
        stats = asyncio.run(
            run_load(host, port, paths, args.clients, args.warmup, args.duration, args.timeout)
        )
        wall = time.perf_counter() - started
        client_cpu = (time.process_time() - cpu_client) / wall
        server_after = server.cpu_seconds() if server else None
        server_cpu = (
            (server_after - cpu_server) / wall
            if server_after is not None and cpu_server is not None
            else None
        )
        latencies = sorted(stats.latencies)
        n_errors = sum(stats.errors.values())
        load: dict[str, Any] = {
            "requests": stats.sent,
            "ok": len(latencies),
            "errors": n_errors,
            "errors_by_kind": dict(stats.errors),
            "first_error": stats.first_error,
            "statuses": {str(k): v for k, v in sorted(stats.statuses.items())},
            "warmup_requests": stats.warmup_requests,
            "throughput_rps": round(len(latencies) / args.duration, 1),
            "client_cpu_cores": round(client_cpu, 3),
            "server_cpu_cores": round(server_cpu, 3) if server_cpu is not None else None,
        }
        rows += [
            ("API requests (measured)", f"{stats.sent:,}", ""),
            ("API throughput", f"{load['throughput_rps']:,.1f} req/s", ""),
            ("API errors", f"{n_errors:,}", "PASS (none)" if not n_errors else f"FAIL ({stats.first_error})"),
        ]
        passed &= n_errors == 0
        if latencies:
            for p in (50, 90, 99):
                load[f"p{p}_ms"] = round(percentile(latencies, p) * 1000, 2)
            load["max_ms"] = round(latencies[-1] * 1000, 2)
            rows += [(f"API latency p{p}", f"{load[f'p{p}_ms']:.1f} ms", "") for p in (50, 90)]
            ok = load["p99_ms"] <= args.p99_ms
            rows.append(
                (
                    "API latency p99",
                    f"{load['p99_ms']:.1f} ms",
                    f"{'PASS' if ok else 'FAIL'} (≤ {args.p99_ms:.0f} ms)",
                )
            )
            rows.append(("API latency max", f"{load['max_ms']:.1f} ms", ""))
            passed &= ok
        else:
            rows.append(("API latency p99", "-", "FAIL (no successful request)"))
            passed = False
        rows.append(("client CPU (cores)", f"{client_cpu:.2f}", ""))
        if server_cpu is not None:
            rows.append(("server CPU (cores)", f"{server_cpu:.2f}", ""))
        report["load"] = load
        if server is not None and server.proc.poll() is not None:  # it died during the test
            rows.append(("server", f"exited ({server.proc.returncode})", f"FAIL (log: {server.log_path})"))
            passed = False
        report["passed"] = passed
        render(rows, f"chancery serve: {args.clients} clients, {args.duration:.0f} s, limit {args.limit}")
        print("PASS" if passed else "FAIL")
        if args.json:
            args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
            print(f"figures written to {args.json}")
        return 0 if passed else 1
    except SetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    finally:
        if server is not None:
            how = server.stop()
            if how != "stopped by SIGINT":
                print(f"server {how}; log: {server.log_path}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
