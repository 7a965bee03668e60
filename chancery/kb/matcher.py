"""Longest-match lookup of knowledge-base aliases over word tokens.

Text and aliases are compared as sequences of folded word tokens (case and
diacritics removed, Turkish dotless i folded to i), so "Erdogan" finds
"Erdoğan", "Türkiye'nin" finds "Türkiye" (the suffix is a separate token) and
"l'OTAN" finds "OTAN". Case still matters in two ways: short all-capital
acronyms ("US", "IS", "AB") only match text written in capitals, so the pronoun
"us" is not the United States; and a capitalised alias only matches
capitalised text, so Turkish "mali" (financial) is not "Mali".

The scan is an Aho–Corasick automaton (pyahocorasick, in C) over the folded
text with every non-word character turned into a space, and over aliases
written the same way between spaces (" hakan fidan "), so every hit sits on
word boundaries; leftmost-longest hits win. Two extensions serve particular
languages: ``inflections`` adds each alias's forms with an ending written
without apostrophe (Turkish "bakanlığının" → "bakanlığı"), and ``skippable``
lets a hit run on over an inserted token through a token trie (French
"ministre turc des Affaires étrangères" matches "ministre des Affaires
étrangères", and reports the skipped "turc").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import ahocorasick

from chancery.nlp.text import WORD, fold, tokens

T = TypeVar("T")
Skippable = Callable[[str], bool]


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
        if written[:1].isupper() or written[:1].isdigit():
            return True
        if written.isalpha():  # one lower-case word: "mali" is not Mali
            return False
        # Several words: the first real one decides: "al-Qaïda", "bin Salman", "de Mistura" keep their particle lower-case.
        word = next((w for w in WORD.findall(written) if len(w) > 2), written)
        return word[:1].isupper() or word[:1].isdigit()
    return True


def alias_key(surface: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(surface)))


def _scan_char(ch: str) -> str:
    """A character as the scan sees it: folded, or a space for anything that is not part of a word."""
    folded = fold(ch)
    return folded if (folded.isalnum() or folded == "_") and not unicodedata.combining(folded) else " "


class _ScanTable:
    """Translates text for the scan. A plain dict filled ahead with the characters of each text:
    ``str.translate`` is a third faster on an exact dict than on one with ``__missing__``."""

    def __init__(self) -> None:
        self._table: dict[int, str] = {}
        self._known: set[str] = set()

    def __call__(self, text: str) -> str:
        new = set(text) - self._known
        if new:
            self._table.update((ord(ch), _scan_char(ch)) for ch in new)
            self._known |= new
        return text.translate(self._table)


@dataclass(slots=True)
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    values: list[tuple[str, T]] = field(default_factory=list)  # (case rule, value)


@dataclass(slots=True)  # not frozen: built once per hit, and a frozen __init__ costs three times more
class Match(Generic[T]):
    start: int
    end: int
    values: tuple[T, ...]  # every entry sharing this surface form, in rank order
    skipped: tuple[tuple[int, int], ...] = ()  # spans of tokens the match ran over


@dataclass(slots=True)  # not frozen: one per alias form (tens of thousands), and a frozen __init__ is slow
class _Slot(Generic[T]):
    """What the automaton holds for one key: everything a hit needs, computed once at compile time."""

    length: int  # of the padded key (" hakan fidan ")
    rules: tuple[str, ...]  # case rule of each value
    values: tuple[T, ...]
    free: bool  # every rule is "any": no case test on hits
    extends: bool  # a longer alias may run on over a skippable token after this key

    @classmethod
    def of(cls, key: str, entries: list[tuple[str, T]], extends: bool) -> _Slot[T]:
        if len(entries) == 1:  # most keys: skip the generic unzip
            rule, value = entries[0]
            return cls(len(key), (rule,), (value,), rule == "any", extends)
        rules = tuple(rule for rule, _ in entries)
        return cls(len(key), rules, tuple(v for _, v in entries), all(r == "any" for r in rules), extends)


_PERMISSIVENESS = {"any": 0, "capital": 1, "acronym": 2}  # each rule accepts all the next one accepts


def _most_permissive(entries: list[tuple[str, T]], identity: Callable[[T], Hashable]) -> list[tuple[str, T]]:
    kept: dict[Hashable, tuple[str, T]] = {}
    for rule, value in entries:
        key = identity(value)
        if key not in kept or _PERMISSIVENESS[rule] < _PERMISSIVENESS[kept[key][0]]:
            kept[key] = (rule, value)
    return list(kept.values())


def _sort_trie(node: _Node[T], rank: Callable[[T], int]) -> None:
    stack = [node]
    while stack:
        node = stack.pop()
        node.values.sort(key=lambda pair: rank(pair[1]))
        stack.extend(node.children.values())


def _automaton(slots: Iterable[tuple[str, _Slot[T]]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, slot in slots:
        automaton.add_word(key, slot)
    if len(automaton):
        automaton.make_automaton()
    return automaton


class Matcher(Generic[T]):
    """Maps token sequences to values; :meth:`find` returns leftmost-longest non-overlapping matches."""

    def __init__(
        self,
        inflections: Iterable[str] = (),
        skippable: Skippable | None = None,
        rank: Callable[[T], int] | None = None,
        identity: Callable[[T], Hashable] | None = None,
    ) -> None:
        self._entries: dict[str, list[tuple[str, T]]] = {}  # " tok1 tok2 " -> (case rule, value)
        self._inflections = tuple(inflections)
        self._skippable = skippable
        self._rank = rank  # orders the values of one surface form, best first, once at compile time
        # Values with the same identity under one surface form are one reading ("afghan" and "Afghan"): only
        # the one with the most permissive case rule is kept, so most hits need no case test at all.
        self._identity = identity
        self._trie: _Node[T] = _Node()  # only for runs over skippable tokens
        self._prefixes: set[str] = set()
        self._resumes: set[str] = set()  # tokens a run may resume with after a skipped token
        self._automaton: ahocorasick.Automaton | None = None
        self._scan = _ScanTable()

    def add(self, surface: str, value: T, inflect: bool = False) -> None:
        key = alias_key(surface)
        if not key:
            return
        rule = case_rule(surface)
        forms = [key]
        if inflect:
            forms += [(*key[:-1], key[-1] + ending) for ending in self._inflections]
        for form in forms:
            self._entries.setdefault(" " + " ".join(form) + " ", []).append((rule, value))
        if self._skippable and len(key) > 1:
            # Hits on these first words may run on over a skippable token into the full alias.
            self._prefixes.update(" " + " ".join(key[:k]) + " " for k in range(1, len(key)))
            self._resumes.update(key[1:])
            node = self._trie
            for token in key:
                node = node.children.setdefault(token, _Node())
            node.values.append((rule, value))
        self._automaton = None

    def add_all(self, pairs: Iterable[tuple[str, T]], inflect: bool = False) -> None:
        for surface, value in pairs:
            self.add(surface, value, inflect)

    def __len__(self) -> int:
        return len(self._entries)

    def compile(self) -> None:
        if self._identity is not None:
            identity = self._identity
            for key, entries in self._entries.items():
                if len(entries) > 1:
                    self._entries[key] = _most_permissive(entries, identity)
        if self._rank is not None:
            rank = self._rank
            for entries in self._entries.values():
                if len(entries) > 1:
                    entries.sort(key=lambda pair: rank(pair[1]))
            _sort_trie(self._trie, rank)
        prefixes = self._prefixes
        self._automaton = _automaton(
            (key, _Slot.of(key, entries, key in prefixes)) for key, entries in self._entries.items()
        )

    def find(self, text: str) -> list[Match[T]]:
        if self._automaton is None:
            self.compile()
        assert self._automaton is not None
        # padded[i] is text[i - 1]; a key ending at i spans text[i - len(key) + 1 : i - 1].
        # Sorted by start, then longest first (negated end), so the first hit kept at a start is the longest.
        padded = " " + self._scan(text) + " "
        # Two hits never share both start and end (one key each), so the slots themselves are never compared.
        hits = [(end - slot.length + 1, 1 - end, slot) for end, slot in self._automaton.iter(padded)]
        hits.sort()
        last_end = -1
        found: list[Match[T]] = []
        for start, negated_end, slot in hits:
            end = -negated_end
            if start < last_end:
                continue
            values = slot.values
            if slot.free:
                pass
            elif len(values) == 1:  # the common case, without building a generator
                if not case_ok(slot.rules[0], text[start:end]):
                    continue
            else:
                written = text[start:end]
                values = tuple(
                    v for rule, v in zip(slot.rules, values, strict=True) if case_ok(rule, written)
                )
                if not values:
                    continue
            match = Match(start, end, values)
            if slot.extends:
                match = self._extend(text, match)
            last_end = match.end
            found.append(match)
        return found

    def _extend(self, text: str, match: Match[T]) -> Match[T]:
        """A longer alias that runs over a skippable token right after ``match`` ("ministre turc des…")."""
        after = WORD.search(text, match.end, match.end + 40)
        if after is None or self._skippable is None or not self._skippable(after.group().lower()):
            return match
        resume = WORD.search(fold(text[after.end() : after.end() + 40]))
        if resume is None or resume.group() not in self._resumes:  # a cheap test before the walk
            return match
        toks = tokens(text[match.start : match.start + 100])
        best: Match[T] | None = None
        stack: list[tuple[_Node[T], int, tuple[int, ...], bool]] = [(self._trie, 0, (), False)]
        while stack:
            node, j, skipped, after_skip = stack.pop()
            if node.values and skipped and not after_skip:
                end = match.start + toks[j - 1][2]
                if end > match.end and (best is None or end > best.end):
                    written = text[match.start : end]
                    values = tuple(v for rule, v in node.values if case_ok(rule, written))
                    if values:
                        spans = tuple((match.start + toks[k][1], match.start + toks[k][2]) for k in skipped)
                        best = Match(match.start, end, values, spans)
            if j >= len(toks):
                continue
            child = node.children.get(toks[j][0])
            if child is not None:
                stack.append((child, j + 1, skipped, False))
            if node is not self._trie and not after_skip and self._skippable(toks[j][0]):
                stack.append((node, j + 1, (*skipped, j), True))
        return best or match
