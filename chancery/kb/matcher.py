"""Longest-match lookup of knowledge-base aliases over word tokens.

Text and aliases are compared as sequences of folded word tokens (case and
diacritics removed, Turkish dotless i folded to i), so "Erdogan" finds
"Erdoğan", "Türkiye'nin" finds "Türkiye" (the suffix is a separate token) and
"l'OTAN" finds "OTAN". Case still matters in two ways: short all-capital
acronyms ("US", "IS", "AB") only match text written in capitals, so the pronoun
"us" is not the United States; and a capitalised alias only matches
capitalised text, so Turkish "mali" (financial) is not "Mali".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from chancery.nlp.text import WORD, fold, tokens

T = TypeVar("T")


def case_rule(surface: str) -> str:
    """How strictly text must follow the alias's case: ``acronym``, ``capital`` or ``any``."""
    letters = [ch for ch in surface if ch.isalpha()]
    if 0 < len(letters) <= 5 and all(ch.isupper() for ch in letters):
        return "acronym"
    return "capital" if letters and letters[0].isupper() else "any"


def case_ok(rule: str, written: str) -> bool:
    if rule == "acronym":
        return written.isupper() or "." in written
    if rule == "capital":
        return written[:1].isupper() or written[:1].isdigit()
    return True


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    values: tuple[T, ...]  # every entry sharing this surface form


class Matcher(Generic[T]):
    """Maps token sequences to values; :meth:`find` returns longest non-overlapping matches."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[tuple[str, T]]] = {}
        self._max_len: dict[str, int] = {}

    def add(self, surface: str, value: T) -> None:
        key = tuple(fold(t) for t in WORD.findall(surface))
        if not key:
            return
        self._entries.setdefault(key, []).append((case_rule(surface), value))
        self._max_len[key[0]] = max(self._max_len.get(key[0], 0), len(key))

    def add_all(self, pairs: Iterable[tuple[str, T]]) -> None:
        for surface, value in pairs:
            self.add(surface, value)

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match[T]]:
        toks = tokens(text[start:end] if end is not None else text[start:])
        i = 0
        while i < len(toks):
            longest = self._max_len.get(toks[i][0], 0)
            found = None
            for n in range(min(longest, len(toks) - i), 0, -1):
                candidates = self._entries.get(tuple(t[0] for t in toks[i : i + n]))
                if not candidates:
                    continue
                s, e = toks[i][1] + start, toks[i + n - 1][2] + start
                written = text[s:e]
                values = tuple(v for rule, v in candidates if case_ok(rule, written))
                if values:
                    found = (n, Match(s, e, values))
                    break
            if found:
                yield found[1]
                i += found[0]
            else:
                i += 1
