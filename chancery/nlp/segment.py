"""Sentence segmentation by rule, with per-language abbreviation lists.

Fast (one regex pass) and offset-preserving, which is what evidence needs. A
sentence ends at a line break, or at ``. ! ? …`` (with any closing quotes or
brackets) followed by space and something that can start a sentence, unless
the period belongs to an abbreviation, an initial or a number. A run of text
longer than any real sentence (a table, a list, text without punctuation) is
cut into pieces of at most ``MAX_SENTENCE`` characters, at a semicolon, comma
or space, so that per-sentence analysis stays bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

from chancery.doc import Span

# French closes quotes with a (non-breaking) space before the guillemet: "prêts. »".
_CANDIDATE = re.compile(r"[.!?…]+(?:[\"”»’')\]]|[ \u00a0\u202f]»)*(?=\s)|\n")
_STARTER = re.compile(r"\s+(?:[\"“«‘'(\[][ \u00a0\u202f]?)?[\w\d]")
_TOKEN_BEFORE = re.compile(r"([\w.'-]+)$")
MAX_SENTENCE = 2000  # characters; news sentences stay far below (the longest in our corpora is ~400)
_CUTS = (re.compile(r";\s"), re.compile(r",\s"), re.compile(r"\s"))


def load_abbreviations(lang: str) -> frozenset[str]:
    folder = resources.files("chancery.nlp") / "lang" / lang
    path = folder / "abbreviations.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@dataclass
class Segmenter:
    _cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def abbreviations(self, lang: str | None) -> frozenset[str]:
        key = lang or "xx"
        if key not in self._cache:
            self._cache[key] = load_abbreviations(key) if lang else frozenset()
        return self._cache[key]

    def split(self, text: str, lang: str | None = None) -> list[Span]:
        abbreviations = self.abbreviations(lang)
        spans: list[Span] = []
        start = 0
        for m in _CANDIDATE.finditer(text):
            end = m.end()
            if m.group() != "\n":
                if not _STARTER.match(text, end):
                    continue
                if (
                    m.group()[0] == "."
                    and len(m.group()) == 1
                    and self._no_break(text, m.start(), abbreviations)
                ):
                    continue
            self._add(text, start, end, spans)
            start = end
        self._add(text, start, len(text), spans)
        return spans

    @staticmethod
    def _no_break(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
        m = _TOKEN_BEFORE.search(text, max(0, dot - 40), dot)
        if not m:
            return False
        token = m.group(1).lstrip("'-")
        if token in abbreviations:
            return True
        return len(token) == 1 and token.isupper()  # an initial: "John F. Kennedy"

    @staticmethod
    def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
        while True:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end - start <= MAX_SENTENCE:
                break
            cut = _cut(text, start, start + MAX_SENTENCE)
            Segmenter._add(text, start, cut, spans)
            start = cut
        if end > start:
            spans.append(Span(start, end))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end an over-long piece that starts at ``start``: after its last semicolon, else
    comma, else space before ``limit`` (in the second half of the piece), else at ``limit``."""
    for pattern in _CUTS:
        last = None
        for m in pattern.finditer(text, start + (limit - start) // 2, limit):
            last = m
        if last is not None:
            return last.end()
    return limit
