#!/usr/bin/env python3
"""Actor-resolution speed with the full knowledge base loaded (issue: ≥ 5 MB/s per core, load < 1 s).

usage: .venv/bin/python benchmarks/resolve_speed.py [--mb 4] [--repeat 5]

The corpus is every article we have per language (the bundled seeds and devset/articles/<lang>),
resolved one article at a time, as the pipeline does, and cycled until about --mb megabytes have
been read. One process, one core; rates are MB per CPU second of this process (time.process_time), so
other work on a shared machine does not count against them. Load time is measured in a fresh subprocess: reading every data
file, then building the three language matchers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOAD = """
import time
t0 = time.perf_counter()
from chancery.kb.loader import load_kb
from chancery.kb.resolve import Resolver
t1 = time.perf_counter()
kb = load_kb()
t2 = time.perf_counter()
resolver = Resolver(kb)
for lang in ("en", "fr", "tr"):
    resolver.matcher(lang)
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def corpus(lang: str) -> list[str]:
    from chancery.nlp.langid import LanguageIdentifier

    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "devset" / "articles" / lang).glob("*.txt"))
    ]
    identify = LanguageIdentifier()
    seeds = sorted((ROOT / "chancery" / "samples" / "seeds").glob("*.txt"))
    texts += [t for p in seeds if identify.identify(t := p.read_text(encoding="utf-8")) == lang]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="megabytes of text per language")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    # Cold: parse every data file. Warm: the per-user cache of the parsed data (kb/cache.py), as every
    # run after the first on a machine sees it (the first warm run fills the cache if it is empty).
    for label, env in (("cold (no cache)", {"CHANCERY_NO_CACHE": "1"}), ("warm", {}), ("warm", {})):
        out = subprocess.check_output([sys.executable, "-c", LOAD], text=True, env={**os.environ, **env})
        times = [float(x) for x in out.split()]
        print(
            f"knowledge base, {label}: import {times[0]:.2f} s, load data {times[1]:.2f} s, "
            f"build 3 matchers {times[2]:.2f} s → load + build {times[1] + times[2]:.2f} s"
        )

    from chancery.kb.resolve import Resolver
    from chancery.registry import settle_after_load

    resolver = Resolver()
    for lang in ("en", "fr", "tr"):
        resolver.matcher(lang)
    settle_after_load()  # as the CLI does after loading
    print(
        f"{'lang':5} {'MB':>6} {'mentions':>9} {'median MB/s':>12} {'min':>6} {'max':>6}  (one article at a time)"
    )
    for lang in ("en", "fr", "tr"):
        articles = corpus(lang)
        size = sum(len(t.encode("utf-8")) for t in articles) / 1e6
        cycles = max(1, int(args.mb / size))
        rates, n = [], 0
        for _ in range(args.repeat):
            start = time.process_time()  # CPU seconds of this process: MB per core-second
            n = sum(len(resolver.resolve(t, lang, None)) for _ in range(cycles) for t in articles)
            rates.append(size * cycles / (time.process_time() - start))
        print(
            f"{lang:5} {size * cycles:6.1f} {n:9d} {statistics.median(rates):12.2f} {min(rates):6.2f} {max(rates):6.2f}"
        )


if __name__ == "__main__":
    main()
