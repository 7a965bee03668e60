"""A language's event lexicon: trigger patterns (events.tsv), cues (cues.tsv), act nouns and fillers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable

from chancery.coding.dates import DateFinder
from chancery.kb.loader import read_lines, read_tsv
from chancery.nlp.text import fold

# A space in a trigger pattern stands for any run of spaces and quotation marks: is “ready” to respond;
# and for up to three fillers between them (fillers.txt): "spoke on Monday by phone", "sont en outre convenus".
_GAP = r"[\s\"“”«»‘’']+"
MAX_FILLERS = 3


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: re.Pattern[str]
    type: str
    mode: str | None
    cameo: str
    noun: bool
    mutual: bool = False  # "clashes between X and Y": X→Y and Y→X
    negative: bool = False  # the trigger says "no" itself ("did not accept", "kabul etmedi"): not negated
    topic: bool = False  # "discussed the war in Ukraine": what follows is a topic; a partner needs "with"
    domestic: bool = False  # "resigned", "declared martial law": done to one's own country


@dataclass
class Lexicon:
    lang: str
    triggers: list[Trigger]
    cues: dict[str, list[re.Pattern[str]]]
    dates: DateFinder
    act_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # noun -> event types it refers to

    @classmethod
    def load(cls, lang: str) -> Lexicon:
        folder = resources.files("chancery.coding") / "lexicons" / lang
        dates = DateFinder(lang)
        gap = _filler_gap(folder / "fillers.txt", dates)
        triggers = [
            Trigger(
                re.compile(rf"(?<!\w)(?:{_spaces(p, gap)})(?!\w)"),
                t,
                m or None,
                c,
                "noun" in flags.split(","),
                "mutual" in flags.split(","),
                "negative" in flags.split(","),
                "topic" in flags.split(","),
                "self" in flags.split(","),
            )
            for p, t, m, c, flags in read_tsv(folder / "events.tsv", 5)
        ]
        cues: dict[str, list[re.Pattern[str]]] = {}
        for kind, pattern in read_tsv(folder / "cues.tsv", 2):
            cues.setdefault(kind, []).append(re.compile(pattern))
        act_nouns = {
            fold(noun): frozenset(types.split("|"))
            for nouns, types in read_tsv(folder / "act_nouns.tsv", 2)
            for noun in nouns.split("|")
        }
        return cls(lang, triggers, cues, dates, act_nouns)

    def cue(self, kind: str, text: str) -> bool:
        return any(p.search(text) for p in self.cues.get(kind, ()))


def _spaces(pattern: str, gap: str) -> str:
    """A trigger pattern with its spaces turned into gaps: fillers are allowed between the top-level words
    ("s'est entretenu lundi par téléphone"), a plain gap inside groups and classes, which keeps the compiled
    patterns small (each filler gap is a large alternation)."""
    out, depth, in_class, escaped = [], 0, False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            out.append(ch)
            in_class = ch != "]"
        elif ch == "[":
            out.append(ch)
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
            out.append(ch)
        elif ch == " ":
            out.append(gap if depth == 0 else _GAP)
        else:
            out.append(ch)
    return "".join(out)


def _filler_gap(path: Traversable, dates: DateFinder) -> str:
    """The regex a space in a trigger pattern becomes: a gap, with the language's fillers allowed in it."""
    words = {
        "{weekday}": dates.alternation("weekday"),
        "{month}": dates.alternation("month"),
        "{relative}": dates.alternation("relative_day", "relative_week", "relative_month", "relative_year"),
    }
    fillers = []
    for line in read_lines(path):
        for placeholder, alternation in words.items():
            line = line.replace(placeholder, f"(?:{alternation})")
        fillers.append(f"(?:{line})")
    if not fillers:
        return _GAP
    return rf"(?:{_GAP}(?:(?:{'|'.join(fillers)}),?{_GAP}){{0,{MAX_FILLERS}}})"
