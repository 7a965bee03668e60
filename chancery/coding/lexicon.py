"""A language's event lexicon: trigger patterns (events.tsv), cues (cues.tsv), act nouns and fillers."""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from importlib.abc import Traversable

import ahocorasick

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
    # Text every match contains (one of them), to skip the pattern on sentences without any: most
    # sentences hold few triggers, and a scan per pattern per sentence was the coder's largest cost.
    # None: no such text was found, the pattern is always run.
    literals: tuple[str, ...] | None = None


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
        triggers = []
        for p, t, m, c, flags in read_tsv(folder / "events.tsv", 5):
            marks = flags.split(",")
            triggers.append(
                Trigger(
                    re.compile(rf"(?<!\w)(?:{_spaces(p, gap)})(?!\w)"),
                    t,
                    m or None,
                    c,
                    "noun" in marks,
                    "mutual" in marks,
                    "negative" in marks,
                    "topic" in marks,
                    "self" in marks,
                    required_literals(_spaces(p, _GAP)),  # fillers add no required text
                )
            )
        cues: dict[str, list[re.Pattern[str]]] = {}
        for kind, pattern in read_tsv(folder / "cues.tsv", 2):
            cues.setdefault(kind, []).append(re.compile(pattern))
        act_nouns = {
            fold(noun): frozenset(types.split("|"))
            for nouns, types in read_tsv(folder / "act_nouns.tsv", 2)
            for noun in nouns.split("|")
        }
        return cls(lang, triggers, cues, dates, act_nouns)

    @cached_property
    def _literals(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for i, trigger in enumerate(self.triggers):
            for literal in trigger.literals or ():
                if literal not in automaton:
                    automaton.add_word(literal, [])
                automaton.get(literal).append(i)
        automaton.make_automaton()
        return automaton

    def candidates(self, folded: str) -> list[Trigger]:
        """The triggers that may match ``folded`` (in lexicon order): those whose required text it holds
        (one pass of an Aho-Corasick automaton), and those without required text."""
        found = {i for _, hits in self._literals.iter(folded) for i in hits}
        return [t for i, t in enumerate(self.triggers) if t.literals is None or i in found]

    def cue(self, kind: str, text: str) -> bool:
        return any(p.search(text) for p in self.cues.get(kind, ()))

    def cue_at(self, kind: str, text: str) -> re.Match[str] | None:
        """The first cue of this kind that matches at the start of ``text`` (file order)."""
        return next((m for p in self.cues.get(kind, ()) if (m := p.match(text))), None)

    def cue_is(self, kind: str, text: str) -> bool:
        """Whether a cue of this kind matches the whole of ``text``."""
        return any(p.fullmatch(text) for p in self.cues.get(kind, ()))


_MIN_LITERAL = 2  # a single letter would be in every sentence


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, read from its parse tree (the longest
    such choice it finds); None when it finds none at least two characters long."""
    try:
        tree = _parser.parse(pattern)
    except re.error:
        return None
    found = _required(list(tree))
    return tuple(sorted(found)) if found else None


def _required(items: list[tuple[object, object]]) -> set[str] | None:
    """Of a sequence's mandatory parts, the one whose strings are the longest (shortest one counts)."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(arg))  # type: ignore[call-overload]
            continue
        if run:
            options.append({"".join(run)})
            run = []
        if op is _c.SUBPATTERN:
            found = _required(list(arg[-1]))  # type: ignore[index]
        elif op is _c.BRANCH:
            found = set()
            for alternative in arg[1]:  # type: ignore[index]
                part = _required(list(alternative))
                if part is None:
                    found = None
                    break
                found |= part
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:  # type: ignore[index]
            found = _required(list(arg[2]))  # type: ignore[index]
        else:
            found = None  # optional, zero-width, a class or wildcard: nothing it must contain
        if found:
            options.append(found)
    options = [o for o in options if min(map(len, o)) >= _MIN_LITERAL]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


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
