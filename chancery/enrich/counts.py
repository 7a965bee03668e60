"""Casualty and arrest counts, as GDELT counts them: people killed, injured, displaced or arrested.

"at least 12 people were killed", "dozens injured", "killing three", "trois morts", "une dizaine de
blessés", "12 kişi hayatını kaybetti", "5 kişi yaralandı", "2.000 kişi gözaltına alındı": a number
(digits in the language's format, number words, or a vague quantity such as "dozens", "des
centaines", "onlarca", which is flagged approximate), then up to four words, then a cue of its kind;
or a cue first and the number after it ("killing 12", "tuant au moins trois"). The words are data,
``lang/<lang>/casualties.toml``. English and French are matched on folded text; Turkish on text
lowered with its own i's, since folding makes "öldü" (died) the verb "oldu" (became).

These counts are not money: they stay out of ``article.amounts`` and the JSON contract.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from chancery.doc import Article, Count
from chancery.enrich._per_language import PerLanguage
from chancery.nlp.text import fold

KINDS = ("killed", "injured", "displaced", "arrested")
_MAX_GAP_WORDS = 4
_YEAR = re.compile(r"(?:19|20)\d\d")
_TR_LOWER = str.maketrans({"İ": "i", "I": "ı"})


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class CasualtyData:
    lang: str
    fold: bool
    thousands: str
    numbers: dict[str, int]
    vague: dict[str, int]
    exact: tuple[str, ...]
    approximate: tuple[str, ...]
    after: dict[str, tuple[str, ...]]  # kind -> cues after the number
    before: dict[str, tuple[str, ...]]  # kind -> cues before it

    @classmethod
    def load(cls, lang: str) -> CasualtyData:
        path = resources.files("chancery.enrich") / "lang" / lang / "casualties.toml"
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        fold_text = bool(data["fold"])
        norm = fold if fold_text else (lambda s: s.translate(_TR_LOWER).lower())
        return cls(
            lang=lang,
            fold=fold_text,
            thousands=data["thousands"],
            numbers={norm(k).replace("-", " "): int(v) for k, v in data["numbers"].items()},
            vague={norm(k): int(v) for k, v in data["vague"].items()},
            exact=tuple(norm(w) for w in data["qualifiers"]["exact"]),
            approximate=tuple(norm(w) for w in data["qualifiers"]["approximate"]),
            after={k: tuple(norm(w) for w in data[k]["after"]) for k in KINDS},
            before={k: tuple(norm(w) for w in data[k]["before"]) for k in KINDS},
        )

    def normalize(self, text: str) -> str:
        """Text as the patterns see it, same length as ``text``."""
        if self.fold:
            return fold(text)
        lowered = text.translate(_TR_LOWER).lower()
        return lowered if len(lowered) == len(text) else fold(text)


@dataclass
class CountFinder:
    """Finds counts of people in one language's text."""

    data: CasualtyData
    _after: re.Pattern[str] = field(init=False, repr=False)
    _before: re.Pattern[str] = field(init=False, repr=False)
    _cue_kind: dict[str, str] = field(init=False, repr=False)
    _before_kind: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        d = self.data
        sep = re.escape(d.thousands) if d.thousands != " " else r"[ \u00a0\u202f]"
        digits = rf"\d{{1,3}}(?:{sep}\d{{3}})+|\d+"
        word = _alternation(list(d.numbers))
        words = rf"(?:{word})(?:[-\s]+(?:{word}))*"
        quantity = rf"(?P<vague>{_alternation(list(d.vague))})|(?P<digits>{digits})|(?P<words>{words})"
        qualifier = rf"(?:(?P<qual>{_alternation([*d.exact, *d.approximate])})\s+)?"
        number = rf"{qualifier}(?:{quantity})"
        self._cue_kind = {re.sub(r"\s+", " ", c): k for k in KINDS for c in d.after[k]}
        self._before_kind = {re.sub(r"\s+", " ", c): k for k in KINDS for c in d.before[k]}
        after = _alternation(list(self._cue_kind))
        gap = rf"(?:\s+(?!(?:{after})(?!\w))[^\W\d]+){{0,{_MAX_GAP_WORDS}}}?"
        self._after = re.compile(rf"(?<![\w.,]){number}(?![\w.,]\d){gap}\s+(?P<cue>{after})(?!\w)")
        befores = list(self._before_kind)
        self._before = (
            re.compile(rf"(?<!\w)(?P<cue>{_alternation(befores)})\s+{number}(?![\w-])") if befores else None
        )

    def find(self, text: str) -> list[Count]:
        norm = self.data.normalize(text)
        counts: list[Count] = []
        taken: list[tuple[int, int]] = []
        for m in self._after.finditer(norm):
            count = self._count(text, m, m.start(), m.end(), self._cue_kind)
            if count is not None:
                counts.append(count)
                taken.append((m.start(), m.end()))
        if self._before is not None:
            for m in self._before.finditer(norm):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                count = self._count(text, m, m.start(), m.end(), self._before_kind)
                if count is not None:
                    counts.append(count)
        counts.sort(key=lambda c: c.start)
        return counts

    def _count(
        self, text: str, m: re.Match[str], start: int, end: int, kinds: dict[str, str]
    ) -> Count | None:
        d = self.data
        approximate = bool(m.group("qual")) and re.sub(r"\s+", " ", m.group("qual")) in d.approximate
        if m.group("vague"):
            value = d.vague[re.sub(r"\s+", " ", m.group("vague"))]
            approximate = True
        elif m.group("digits"):
            raw = m.group("digits")
            if _YEAR.fullmatch(raw):
                return None  # "in 2024 killed": a year, not a count
            value = int(re.sub(r"\D", "", raw))
        else:
            value = _words_value(m.group("words"), d.numbers)
            if value is None:
                return None
        if value <= 0:
            return None
        kind = kinds[re.sub(r"\s+", " ", m.group("cue"))]
        return Count(
            value=value, kind=kind, text=text[start:end], start=start, end=end, approximate=approximate
        )


def _words_value(phrase: str, numbers: dict[str, int]) -> int | None:
    """ "twenty five" → 25, "three hundred" → 300, "on iki" → 12, "quatre-vingt-dix" → 90."""
    tokens = re.split(r"[-\s]+", phrase)
    total, current, i = 0, 0, 0
    while i < len(tokens):
        pair = " ".join(tokens[i : i + 2])
        if i + 1 < len(tokens) and pair in numbers:
            value, i = numbers[pair], i + 2
        elif tokens[i] in numbers:
            value, i = numbers[tokens[i]], i + 1
        else:
            return None
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return total + current


@dataclass
class CountStage:
    """Sets ``article.counts``: people killed, injured, displaced or arrested."""

    name: str = "counts"
    version: str = "chancery.counts.v1"
    requires: frozenset[str] = frozenset({"text", "lang"})
    assigns: frozenset[str] = frozenset({"counts"})
    finders: PerLanguage[CountFinder] = field(
        default_factory=lambda: PerLanguage(lambda lang: CountFinder(CasualtyData.load(lang))), repr=False
    )

    def __call__(self, article: Article) -> Article:
        finder = self.finders.get(article.lang)
        article.counts = finder.find(article.text) if finder else []
        return article
