#!/usr/bin/env python3
"""Throughput of `chancery code` on one core (issue: ≥ 100 articles/s on ≥ 5,000 articles).

usage: .venv/bin/python benchmarks/code_speed.py [--articles 5000] [--repeat 3] [--seed 7]

Generates the corpus with benchmarks/generate.py (our dev articles and seeds with other states,
dates and paragraph order), then runs the real CLI, `chancery code CORPUS.jsonl`, in a child
process pinned to one CPU, --repeat times. For each run it reads the child's wall time, CPU time
and peak resident memory from the kernel (wait4), and reports articles/s and words/s both per wall
second (start-up and knowledge-base load included) and per CPU second (what one core does, less
sensitive to other work on a shared machine). It also checks that every run wrote identical
output (coding is deterministic).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write

CLI = Path(sys.executable).with_name("chancery")


def run_once(corpus: Path, out: Path) -> tuple[float, float, float]:
    """One `chancery code` run; returns (wall seconds, CPU seconds, peak RSS in MB)."""
    command = [str(CLI), "code", str(corpus), "--format", "jsonl"]
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        command = ["taskset", "-c", str(cpu), *command] if _has_taskset() else command
    with out.open("wb") as sink:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"chancery code failed ({process.returncode}): {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def _has_taskset() -> bool:
    return any((Path(d) / "taskset").exists() for d in os.environ.get("PATH", "").split(os.pathsep))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="chancery-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        articles, words = write(args.articles, corpus, args.seed)
        size = corpus.stat().st_size / 1e6
        print(f"corpus: {articles} articles, {words} words, {size:.1f} MB (seed {args.seed})")
        print(
            f"{'run':>3} {'wall s':>7} {'cpu s':>7} {'art/s wall':>10} {'art/s cpu':>10} {'words/s cpu':>12} {'peak MB':>8}"
        )
        results, digests, events = [], set(), 0
        for i in range(args.repeat):
            out = Path(tmp) / f"out{i}.jsonl"
            wall, cpu, peak = run_once(corpus, out)
            results.append((wall, cpu, peak))
            data = out.read_bytes()
            digests.add(hashlib.sha256(data).hexdigest())
            events = sum(len(json.loads(line)["events"]) for line in data.splitlines() if line.strip())
            print(
                f"{i + 1:>3} {wall:7.1f} {cpu:7.1f} {articles / wall:10.0f} {articles / cpu:10.0f} "
                f"{words / cpu:12.0f} {peak:8.0f}"
            )
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[1] for r in results)
        peak = max(r[2] for r in results)
        print(
            f"median: {articles / wall:.0f} articles/s and {words / wall:.0f} words/s per wall second, "
            f"{articles / cpu:.0f} articles/s and {words / cpu:.0f} words/s per CPU second; "
            f"peak memory {peak:.0f} MB; {events} events; "
            f"output identical across runs: {'yes' if len(digests) == 1 else 'NO'}"
        )


if __name__ == "__main__":
    main()
