#!/usr/bin/env python3
"""Throughput of `chancery code` and `chancery ingest` against a bare spaCy tokenization floor.

usage: .venv/bin/python benchmarks/throughput.py [--articles 5000] [--repeat 3] [--seed 7]

One corpus (benchmarks/generate.py: our dev articles and seeds with other states, dates and
paragraph order, in en/fr/tr) is processed, each step in a child process pinned to one CPU,
--repeat times:

- floor: the same texts through `spacy.blank(lang)` (a tokenizer and nothing else), per language,
  with `nlp.pipe`; the cheapest pass over the text a spaCy-based coder could make;
- code: the real CLI, `chancery code CORPUS.jsonl` (the whole default pipeline);
- ingest: the real CLI, `chancery ingest CORPUS.jsonl --db NEW.duckdb` (the same pipeline plus
  deduplication, the explorer's rows and the DuckDB writes).

For each it reports articles/s and words/s per CPU second (what one core does) and peak resident
memory, then the ratios the issue sets: code ≤ 3 × floor, ingest ≤ 1.3 × code (in CPU time).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_speed import _has_taskset
from generate import write

CLI = Path(sys.executable).with_name("chancery")

FLOOR = """
import json, sys, spacy
texts = {}
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    texts.setdefault(record.get("lang") or "en", []).append(record["text"])
tokens = 0
for lang, batch in sorted(texts.items()):
    nlp = spacy.blank(lang)
    for doc in nlp.pipe(batch, batch_size=256):
        tokens += len(doc)
print(tokens)
"""


def run(command: list[str]) -> tuple[float, float, float, bytes]:
    """One child process on one CPU: (wall s, CPU s, peak MB, stdout)."""
    if hasattr(os, "sched_getaffinity") and _has_taskset():
        command = ["taskset", "-c", str(min(os.sched_getaffinity(0))), *command]
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        err = process.stderr.read().decode(errors="replace") if process.stderr else ""
        if code not in (0, 1):  # ingest exits 1 when an input was rejected; the run still counts
            sys.exit(f"{' '.join(command)} failed ({code}): {err[-2000:]}")
        out.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="chancery-throughput-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        articles, words = write(args.articles, corpus, args.seed)
        langs: dict[str, int] = {}
        for line in corpus.open(encoding="utf-8"):
            lang = json.loads(line).get("lang") or "?"
            langs[lang] = langs.get(lang, 0) + 1
        print(f"corpus: {articles} articles, {words} words, {corpus.stat().st_size / 1e6:.1f} MB, {langs}")
        steps = {
            "floor (spacy.blank)": lambda i: [sys.executable, "-c", FLOOR, str(corpus)],
            "code": lambda i: [str(CLI), "code", str(corpus), "--format", "jsonl"],
            "ingest": lambda i: [str(CLI), "ingest", str(corpus), "--db", str(Path(tmp) / f"run{i}.duckdb")],
        }
        figures: dict[str, dict[str, float]] = {}
        print(
            f"{'step':<20} {'run':>3} {'wall s':>7} {'cpu s':>7} {'art/s cpu':>10} {'words/s cpu':>12} {'peak MB':>8}"
        )
        for name, command in steps.items():
            runs = []
            for i in range(args.repeat):
                wall, cpu, peak, _ = run(command(i))
                runs.append((wall, cpu, peak))
                print(
                    f"{name:<20} {i + 1:>3} {wall:7.1f} {cpu:7.1f} {articles / cpu:10.0f} {words / cpu:12.0f} "
                    f"{peak:8.0f}"
                )
            cpu = statistics.median(r[1] for r in runs)
            figures[name] = {
                "cpu_seconds": cpu,
                "wall_seconds": statistics.median(r[0] for r in runs),
                "articles_per_cpu_second": articles / cpu,
                "words_per_cpu_second": words / cpu,
                "peak_mb": max(r[2] for r in runs),
            }
        floor, code, ingest = (figures[k]["cpu_seconds"] for k in steps)
        print()
        for name, f in figures.items():
            print(
                f"{name:<20} {f['articles_per_cpu_second']:8.0f} articles/s  {f['words_per_cpu_second']:9.0f} words/s "
                f"per CPU second, peak {f['peak_mb']:.0f} MB"
            )
        verdict = {
            "code ≥ 100 articles/s": figures["code"]["articles_per_cpu_second"] >= 100,
            "code ≤ 3 × floor": code <= 3 * floor,
            "ingest ≤ 1.3 × code": ingest <= 1.3 * code,
        }
        print(f"code / floor = {code / floor:.2f} (≤ 3), ingest / code = {ingest / code:.2f} (≤ 1.3)")
        for claim, ok in verdict.items():
            print(f"{'PASS' if ok else 'FAIL'}  {claim}")
        if args.json:
            args.json.write_text(
                json.dumps({"articles": articles, "words": words, "steps": figures}, indent=2)
            )


if __name__ == "__main__":
    main()
