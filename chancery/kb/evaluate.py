"""Score actor resolution against annotated mentions (``devset/mentions/*.jsonl``).

A system mention matches a gold one when their spans overlap and code and kind are
equal (group codes compared as sets); matching is one-to-one, except that a second
system piece of a gold mention already matched ("NATO" beside "Secretary-General
Mark Rutte" for "NATO Secretary-General Mark Rutte") is neither right nor wrong.
Precision is over system mentions, recall over gold mentions, both per language.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chancery.coding.evaluate import Counts
from chancery.doc import Mention, PartialDate
from chancery.errors import Errors, FormatError
from chancery.kb.resolve import Resolver


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    text: str
    code: str
    kind: str


@dataclass
class Example:
    id: str
    lang: str
    date: PartialDate | None
    text: str
    gold: list[GoldMention]


@dataclass
class Tally(Counts):
    """Counts for one language, with every error spelled out."""

    errors: list[str] = field(default_factory=list)


def _code(code: str) -> str:
    return "+".join(sorted(code.split("+")))


def load_examples(paths: Iterable[str | Path]) -> list[Example]:
    examples = []
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                text = raw["text"]
                gold = []
                for m in raw["mentions"]:
                    start = -1
                    for _ in range(int(m.get("occurrence", 1))):
                        start = text.index(m["text"], start + 1)
                    gold.append(
                        GoldMention(start, start + len(m["text"]), m["text"], _code(m["code"]), m["kind"])
                    )
                date = PartialDate.parse(raw["date"]) if raw.get("date") else None
            except (ValueError, KeyError, TypeError) as exc:
                raise FormatError(Errors.E106, path=path, line=number, reason=exc) from exc
            examples.append(Example(raw["id"], raw["lang"], date, text, gold))
    return examples


def score(resolver: Resolver, examples: Iterable[Example]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for ex in examples:
        tally = tallies[ex.lang]
        # The set annotates states, capitals, organizations and people, not regions (README): territory
        # mentions ("Gaza", "Crimea") are outside what it measures.
        system: list[Mention] = [
            m for m in resolver.resolve(ex.text, ex.lang, ex.date) if not m.reason.startswith("territory")
        ]
        unmatched = list(ex.gold)
        matched: list[GoldMention] = []
        for m in system:
            same = [
                g
                for g in ex.gold
                if g.start < m.end and m.start < g.end and g.code == _code(m.code) and g.kind == m.kind
            ]
            hit = next((g for g in same if g in unmatched), None)
            if hit is not None:
                unmatched.remove(hit)
                matched.append(hit)
                tally.tp += 1
            elif any(g in matched for g in same):
                continue  # another piece of a mention already found ("NATO" + "Secretary-General X")
            else:
                tally.fp += 1
                tally.errors.append(f"FP {ex.id}: {m.text!r} → {m.code} {m.kind} ({m.reason})")
        for g in unmatched:
            tally.fn += 1
            tally.errors.append(f"FN {ex.id}: {g.text!r} → {g.code} {g.kind}")
    return dict(sorted(tallies.items()))
