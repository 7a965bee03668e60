#!/usr/bin/env python3
"""Scale-out figures of issue 7: Ray with 1 and 2 workers, and a million-article ingest.

usage:
  .venv/bin/python benchmarks/scale.py ray [--articles 100000] [--batch-size 4096]
  .venv/bin/python benchmarks/scale.py million [--articles 1000000] [--batch-size 1024]

Both generate their corpus with benchmarks/generate.py (seeded, so the same every time) and run the
real CLI in a child process, timing its wall clock and sampling the proportional memory (PSS, shared
pages split between the processes that share them) of its whole process tree: the driver, its
worker processes, and the Ray instance it starts.

- ray: `chancery ingest --engine ray --workers 1`, then `--workers 2` (a local Ray cluster the
  command starts with that many CPUs), then the local engine; the speed-up of 2 workers over 1
  (target ≥ 1.7) and whether the three databases hold the same rows.
- million: `chancery ingest` with the local default engine (every CPU) on the whole corpus; its
  wall time (target < 2 h) and peak memory (target < 8 GB).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write

CLI = Path(sys.executable).with_name("chancery")
TABLES = ("documents", "events", "evidence", "mentions", "places", "doc_clusters", "stories", "event_stories")


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            continue
    return total / 1024


def timed(command: list[str], log: Path) -> tuple[float, float]:
    """Run ``command``; (wall seconds, peak PSS MB of its process tree sampled every second)."""
    peak = 0.0
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(1.0):
                peak = max(peak, _pss_mb(_tree(process.pid)))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = process.wait()
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
    if code not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({code}): {log.read_text()[-3000:]}")
    return wall, peak


def same_rows(a: Path, b: Path) -> dict[str, int]:
    """Rows of each table found in one database and not the other (run ids aside)."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
    out = {}
    for table in TABLES:
        columns = [r[0] for r in con.execute(f"DESCRIBE a.{table}").fetchall() if r[0] != "run_id"]
        cols = ", ".join(columns)
        out[table] = sum(
            con.execute(
                f"SELECT count(*) FROM (SELECT {cols} FROM {x}.{table} EXCEPT ALL SELECT {cols} FROM {y}.{table})"
            ).fetchone()[0]
            for x, y in (("a", "b"), ("b", "a"))
        )
    con.close()
    return out


def counts(db: Path) -> tuple[int, int]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    docs, events = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)"
    ).fetchone()
    con.close()
    return docs, events


def corpus(tmp: Path, articles: int) -> Path:
    """The generated corpus (kept in a --tmp folder: same size, same seed, same bytes)."""
    path = tmp / f"corpus-{articles}.jsonl"
    if path.exists():
        print(f"corpus: {path} (generated earlier)", flush=True)
        return path
    start = time.perf_counter()
    partial = path.with_suffix(".partial")
    n, words = write(articles, partial)
    partial.replace(path)
    print(
        f"corpus: {n} articles, {words} words, {path.stat().st_size / 1e9:.2f} GB, "
        f"generated in {time.perf_counter() - start:.0f} s",
        flush=True,
    )
    return path


def fresh(db: Path) -> Path:
    """A database path with nothing at it: a run into an earlier run's database would store nothing."""
    for path in (db, db.with_name(db.name + ".wal")):
        path.unlink(missing_ok=True)
    shutil.rmtree(db.with_name(db.name + ".parquet"), ignore_errors=True)
    return db


def ray(args: argparse.Namespace, tmp: Path) -> None:
    source = corpus(tmp, args.articles)
    common = [str(CLI), "ingest", str(source), "--batch-size", str(args.batch_size)]
    runs = {
        "ray, 1 worker": ["--engine", "ray", "--workers", "1"],
        "ray, 2 workers": ["--engine", "ray", "--workers", "2"],
        "local, 2 workers": ["--engine", "local", "--workers", "2"],
    }
    results = {}
    for name, extra in runs.items():
        db = fresh(tmp / f"{name.replace(', ', '-').replace(' ', '')}.duckdb")
        wall, peak = timed([*common, "--db", str(db), *extra], tmp / f"{db.stem}.log")
        docs, events = counts(db)
        results[name] = (wall, db)
        print(
            f"{name:<18} {wall:8.1f} s  {args.articles / wall:7.1f} articles/s  peak {peak:7.0f} MB  "
            f"{docs} documents, {events} events",
            flush=True,
        )
    speedup = results["ray, 1 worker"][0] / results["ray, 2 workers"][0]
    print(f"speed-up of 2 Ray workers over 1: {speedup:.2f} (≥ 1.7)")
    base = results["local, 2 workers"][1]
    for name in ("ray, 1 worker", "ray, 2 workers"):
        diff = same_rows(results[name][1], base)
        print(
            f"{name} vs local engine: {'identical' if not any(diff.values()) else 'DIFFERENT ' + str(diff)}"
        )
    print(f"{'PASS' if speedup >= 1.7 else 'FAIL'}  2 workers ≥ 1.7 × 1 worker")


def million(args: argparse.Namespace, tmp: Path) -> None:
    source = corpus(tmp, args.articles)
    db = fresh(tmp / "million.duckdb")
    command = [str(CLI), "ingest", str(source), "--db", str(db), "--batch-size", str(args.batch_size)]
    wall, peak = timed(command, tmp / "million.log")
    docs, events = counts(db)
    print(
        f"ingest: {wall:.0f} s ({wall / 3600:.2f} h), {args.articles / wall:.1f} articles/s, peak {peak:.0f} MB; "
        f"{docs} documents, {events} events, database {db.stat().st_size / 1e9:.2f} GB"
    )
    print((Path(tmp) / "million.log").read_text().strip().splitlines()[-1])
    print(f"{'PASS' if wall < 7200 else 'FAIL'}  under 2 hours")
    print(f"{'PASS' if peak < 8192 else 'FAIL'}  under 8 GB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="job", required=True)
    r = sub.add_parser("ray", help="Ray with 1 and 2 workers, and the local engine")
    r.add_argument("--articles", type=int, default=100_000)
    r.add_argument("--batch-size", type=int, default=4096)  # chancery.jobs.RAY_BATCH
    m = sub.add_parser("million", help="the million-article ingest")
    m.add_argument("--articles", type=int, default=1_000_000)
    m.add_argument("--batch-size", type=int, default=1024)
    parser.add_argument("--tmp", type=Path, help="work folder (default: a new temporary one, removed after)")
    args = parser.parse_args()
    if args.tmp:
        args.tmp.mkdir(parents=True, exist_ok=True)
        {"ray": ray, "million": million}[args.job](args, args.tmp)
    else:
        with tempfile.TemporaryDirectory(prefix="chancery-scale-") as tmp:
            {"ray": ray, "million": million}[args.job](args, Path(tmp))


if __name__ == "__main__":
    main()
