#!/usr/bin/env python3
"""How much faster two cores code than one on this machine, with no engine, writer or store.

usage: .venv/bin/python benchmarks/parallel_ceiling.py [--articles 10000] [--repeat 3] [--seed 7]

The Ray acceptance point (2 workers ≥ 1.7 × 1 worker) can only hold if the coding itself scales
that well on the machine. This measures it with nothing else running through chancery:

- solo: one `chancery code` over the whole corpus, pinned to one CPU;
- pair: two `chancery code` at once, each over half of the corpus, pinned to different CPUs.

It reports each process's CPU seconds per article: when the pair's is higher than the solo's the
two cores slow each other down (shared caches and memory bandwidth, or a host that schedules both
virtual CPUs on one physical core), and the pair's wall-clock speed-up is the ceiling any
two-worker engine can reach here, before any of its own work (reading, linking, writing).
"""

from __future__ import annotations

import argparse
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


def start(corpus: Path, cpu: int, out: Path) -> subprocess.Popen[bytes]:
    command = [str(CLI), "code", str(corpus), "--format", "jsonl"]
    if hasattr(os, "sched_setaffinity"):
        command = ["taskset", "-c", str(cpu), *command]
    return subprocess.Popen(command, stdout=out.open("wb"), stderr=subprocess.PIPE)


def finish(process: subprocess.Popen[bytes]) -> float:
    """Wait for the process; its CPU seconds (user + system)."""
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        err = process.stderr.read().decode(errors="replace") if process.stderr else ""
        sys.exit(f"chancery code failed: {err[-2000:]}")
    return usage.ru_utime + usage.ru_stime


def run(corpora: list[Path], cpus: list[int], tmp: Path) -> tuple[float, list[float]]:
    """Code each corpus in its own process on its own CPU, all at once: (wall s, CPU s each)."""
    began = time.perf_counter()
    processes = [
        start(c, cpu, tmp / f"out-{i}.jsonl") for i, (c, cpu) in enumerate(zip(corpora, cpus, strict=True))
    ]
    cpu_seconds = [finish(p) for p in processes]
    return time.perf_counter() - began, cpu_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [0, 1]
    if len(cpus) < 2:
        sys.exit("needs two CPUs")

    with tempfile.TemporaryDirectory(prefix="chancery-ceiling-") as folder:
        tmp = Path(folder)
        corpus = tmp / "corpus.jsonl"
        articles, words = write(args.articles, corpus, args.seed)
        lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
        halves = [tmp / "half-0.jsonl", tmp / "half-1.jsonl"]
        for i, half in enumerate(halves):  # alternate lines: both halves hold the same mix
            half.write_text("".join(lines[i::2]), encoding="utf-8")
        print(f"corpus: {articles} articles, {words} words; CPUs {cpus[0]} and {cpus[1]}")
        print(f"{'run':<6} {'#':>2} {'wall s':>7} {'cpu ms/article':>15}")
        solo, pair = [], []
        for i in range(args.repeat):
            wall, cpu = run([corpus], [cpus[0]], tmp)
            solo.append((wall, sum(cpu) / articles * 1000))
            print(f"{'solo':<6} {i + 1:>2} {wall:7.1f} {solo[-1][1]:15.2f}")
            wall, cpu = run(halves, cpus[:2], tmp)
            pair.append((wall, sum(cpu) / articles * 1000))
            print(f"{'pair':<6} {i + 1:>2} {wall:7.1f} {pair[-1][1]:15.2f}")
        solo_wall, pair_wall = (statistics.median(r[0] for r in runs) for runs in (solo, pair))
        solo_cpu, pair_cpu = (statistics.median(r[1] for r in runs) for runs in (solo, pair))
        print()
        print(
            f"CPU per article: solo {solo_cpu:.2f} ms, pair {pair_cpu:.2f} ms ({pair_cpu / solo_cpu:.2f} ×)"
        )
        print(f"two cores vs one, coding only (medians): {solo_wall / pair_wall:.2f} × faster")


if __name__ == "__main__":
    main()
