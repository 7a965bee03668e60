"""Longest-match lookup of knowledge-base aliases over word tokens.

Text and aliases are compared as sequences of folded word tokens (case and
diacritics removed, Turkish dotless i folded to i), so "Erdogan" finds
"Erdoğan", "Türkiye'nin" finds "Türkiye" (the suffix is a separate token) and
"l'OTAN" finds "OTAN". Case still matters in two ways: short all-capital
acronyms ("US", "IS", "AB") only match text written in capitals, so the pronoun
"us" is not the United States; and a capitalised alias only matches
capitalised text, so Turkish "mali" (financial) is not "Mali".

Aliases live in a token trie. Two extensions serve particular languages:
``forms`` maps a text token to the forms it may stand for (Turkish case
suffixes written without apostrophe: "bakanlığının" → "bakanlığı"), and
``skippable`` lets a multi-token alias run over an inserted token (French
"ministre turc des Affaires étrangères" matches "ministre des Affaires
étrangères", and reports the skipped "turc").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from chancery.nlp.text import WORD, fold, tokens

T = TypeVar("T")
Forms = Callable[[str], Iterable[str]]
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
        # The first real word decides: "al-Qaïda", "bin Salman", "de Mistura" keep their particle lower-case.
        word = next((w for w in WORD.findall(written) if len(w) > 2), written)
        return word[:1].isupper() or word[:1].isdigit()
    return True


def alias_key(surface: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in WORD.findall(surface))


_STRICTNESS = {"any": 0, "capital": 1, "acronym": 2}


@dataclass(slots=True)
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    values: list[tuple[str, T]] = field(default_factory=list)  # (case rule, value)
    # The loosest case rule of any alias below: lets lower-case words skip capitalised-only aliases.
    loosest: int = 2


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    values: tuple[T, ...]  # every entry sharing this surface form
    skipped: tuple[tuple[int, int], ...] = ()  # spans of tokens the match ran over


class Matcher(Generic[T]):
    """Maps token sequences to values; :meth:`find` returns longest non-overlapping matches."""

    def __init__(self, forms: Forms | None = None, skippable: Skippable | None = None) -> None:
        self._root: _Node[T] = _Node()
        self._size = 0
        self._forms = forms
        self._skippable = skippable
        # Inflected forms are a pure function of the token: cache them (news repeats words).
        self._inflected: dict[str, tuple[str, ...]] = {}

    def add(self, surface: str, value: T) -> None:
        key = alias_key(surface)
        if not key:
            return
        rule = case_rule(surface)
        node = self._root
        for token in key:
            node = node.children.setdefault(token, _Node())
            node.loosest = min(node.loosest, _STRICTNESS[rule])
        if not node.values:
            self._size += 1
        node.values.append((rule, value))

    def add_all(self, pairs: Iterable[tuple[str, T]]) -> None:
        for surface, value in pairs:
            self.add(surface, value)

    def __len__(self) -> int:
        return self._size

    def lookup(self, surface: str) -> list[T]:
        """Values stored for exactly this surface form (case rules ignored)."""
        node = self._root
        for token in alias_key(surface):
            child = node.children.get(token)
            if child is None:
                return []
            node = child
        return [v for _, v in node.values]

    def find(self, text: str) -> Iterator[Match[T]]:
        toks = tokens(text)
        starts = self._root.children
        i = 0
        while i < len(toks):
            # Fast path: most tokens begin no alias, or only capitalised ones and are written lower-case.
            token = toks[i][0]
            child = starts.get(token)
            if child is None or (child.loosest and not text[toks[i][1]].isupper()):
                lower = not text[toks[i][1]].isupper()
                if self._forms is None or not any(
                    (c := starts.get(form)) is not None and not (lower and c.loosest)
                    for form in self._forms_of(token)
                ):
                    i += 1
                    continue
            found = self._longest(text, toks, i)
            if found:
                yield found[1]
                i = found[0]
            else:
                i += 1

    def _forms_of(self, token: str) -> tuple[str, ...]:
        """Other forms the token may stand for (not including itself)."""
        if self._forms is None:
            return ()
        forms = self._inflected.get(token)
        if forms is None:
            if len(self._inflected) > 500_000:
                self._inflected.clear()
            forms = self._inflected[token] = tuple(self._forms(token))
        return forms

    def _longest(self, text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[int, Match[T]] | None:
        best: tuple[int, Match[T]] | None = None
        # Depth-first over (node, next token index, skipped token indexes, last step was a skip).
        stack: list[tuple[_Node[T], int, tuple[int, ...], bool]] = [(self._root, i, (), False)]
        while stack:
            node, j, skipped, after_skip = stack.pop()
            if node.values and j > i and not after_skip and (best is None or j > best[0]):
                start, end = toks[i][1], toks[j - 1][2]
                values = tuple(v for rule, v in node.values if case_ok(rule, text[start:end]))
                if values:
                    spans = tuple((toks[k][1], toks[k][2]) for k in skipped)
                    best = (j, Match(start, end, values, spans))
            if j >= len(toks):
                continue
            for form in {toks[j][0], *self._forms_of(toks[j][0])}:
                child = node.children.get(form)
                if child is not None:
                    stack.append((child, j + 1, skipped, False))
            if self._skippable and node is not self._root and not after_skip and self._skippable(toks[j][0]):
                stack.append((node, j + 1, (*skipped, j), True))
        return best
