#!/usr/bin/env python3
"""Deterministic generator of realistic multilingual articles for benchmarks.

usage: .venv/bin/python benchmarks/generate.py N OUT.jsonl [--seed 7]

Every generated article starts from one of our own articles (the dev set in en/fr/tr and the
bundled seeds): one in five retells it (paragraphs after the lead shuffled half of the time: the
near-duplicates a news stream carries); the others keep its lead and take their body paragraphs
from other articles in the same language, so most articles are new texts. Then its states and
capitals are swapped for others taken from the knowledge base (names as each language writes
them, so "Fransa'nın" becomes "Brezilya'nın") and its publication date moved by up to two years. The output order is a
seeded shuffle of the languages and templates. Same N and seed, same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_DATE_PREFIX = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")


@dataclass(frozen=True)
class Template:
    lang: str
    name: str
    published: dt.date | None
    paragraphs: tuple[str, ...]


def templates() -> list[Template]:
    """Every article we wrote, with its language, date and paragraphs."""
    from chancery.nlp.langid import LanguageIdentifier

    found: list[Template] = []
    identify = LanguageIdentifier()
    paths = sorted((ROOT / "devset" / "articles").glob("*/*.txt"))
    paths += sorted((ROOT / "chancery" / "samples" / "seeds").glob("*.txt"))
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        m = _DATE_PREFIX.match(raw)
        body = raw[m.end() :] if m else raw
        lang = path.parent.name if path.parent.parent.name == "articles" else identify.identify(body)
        published = dt.date.fromisoformat(m.group(1)) if m else None
        paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
        found.append(Template(lang, path.stem, published, paragraphs))
    return found


class NameSwapper:
    """Replaces state names and capitals with those of other states, per language."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        from chancery.kb.loader import load_kb

        kb = load_kb()
        self.names: dict[str, dict[str, dict[str, str]]] = {}  # lang -> kind -> code -> first name
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.lookup: dict[str, dict[str, tuple[str, str]]] = {}  # lang -> surface -> (kind, code)
        for lang in langs:
            by_kind: dict[str, dict[str, str]] = {"state": {}, "capital": {}}
            surfaces: dict[str, tuple[str, str]] = {}
            for alias in kb.langs[lang].aliases:
                if alias.kind not in by_kind or alias.code not in kb.states or len(alias.text) < 4:
                    continue
                by_kind[alias.kind].setdefault(alias.code, alias.text)
                surfaces.setdefault(alias.text, (alias.kind, alias.code))
            self.names[lang] = by_kind
            self.lookup[lang] = surfaces
            alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
            self.patterns[lang] = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")

    def swap(self, text: str, lang: str, rng: random.Random) -> str:
        pattern, lookup, names = self.patterns[lang], self.lookup[lang], self.names[lang]
        present = sorted({lookup[m.group()][1] for m in pattern.finditer(text)})
        # Only states that have both a name and a capital in this language take part, so every
        # swapped name has a replacement of the same kind.
        pool = sorted(set(names["state"]) & set(names["capital"]))
        targets = rng.sample(pool, len(present)) if len(present) <= len(pool) else present
        mapping = dict(zip(present, targets, strict=True))

        def replace(m: re.Match[str]) -> str:
            kind, code = lookup[m.group()]
            return names[kind].get(mapping.get(code, code), m.group())

        return pattern.sub(replace, text)


NEAR_COPIES = 0.2  # share of articles that retell one template (a wire story republished); the rest mix


def generate(n: int, seed: int = 7, langs: tuple[str, ...] = ("en", "fr", "tr")) -> Iterator[dict[str, str]]:
    """``n`` JSON Lines records (``id``, ``lang``, ``published``, ``text``), the same for the same seed."""
    rng = random.Random(seed)
    pool = [t for t in templates() if t.lang in langs]
    # Every paragraph after a lead, per language: what a mixed article draws its body from.
    bodies: dict[str, list[str]] = {}
    for t in pool:
        bodies.setdefault(t.lang, []).extend(t.paragraphs[1:])
    swapper = NameSwapper(langs)
    for i in range(n):
        template = rng.choice(pool)
        paragraphs = list(template.paragraphs)
        if rng.random() >= NEAR_COPIES and len(bodies[template.lang]) >= len(paragraphs):
            # A new article: this template's lead, then paragraphs from other articles in its language.
            paragraphs = [paragraphs[0], *rng.sample(bodies[template.lang], max(2, len(paragraphs) - 1))]
        elif len(paragraphs) > 2 and rng.random() < 0.5:
            rest = paragraphs[1:]
            rng.shuffle(rest)
            paragraphs = [paragraphs[0], *rest]
        text = swapper.swap("\n\n".join(paragraphs), template.lang, rng)
        record = {"id": f"gen-{seed}-{i:07d}-{template.name}", "lang": template.lang, "text": text}
        if template.published:
            shifted = template.published + dt.timedelta(days=rng.randint(-730, 365))
            record["published"] = shifted.isoformat()
        yield record


def write(n: int, out: Path, seed: int = 7) -> tuple[int, int]:
    """Writes the corpus; returns (articles, words)."""
    words = 0
    with out.open("w", encoding="utf-8") as f:
        for record in generate(n, seed):
            words += len(record["text"].split())
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="JSON Lines file to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    articles, words = write(args.n, args.out, args.seed)
    print(f"{articles} articles, {words} words → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
