"""Money amounts in the forms news writes them, in English, French and Turkish.

"$22.5 billion", "23 billion euros ($27.41 billion)", "TL 269.88 billion", "30 milliards de
dollars", "1,5 milliard d'euros", "269,88 milyar TL", "5 milyon dolar": a number in the language's
format, an optional scale word, and a currency sign, ISO code or name on either side. Values are
exact decimals times the scale; what the amount is about and its year come from the same sentence.

The words are data (``lang/<lang>/money.toml``, signs and codes in ``lang/xx``). No library parses
amounts with scale words in these three languages (price parsers stop at "22.5" and miss
"milyar"), so this is one regex per language built from that data.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources

from chancery.doc import Amount, Article, Span
from chancery.enrich._mentions import codes_by_frequency
from chancery.enrich._per_language import PerLanguage
from chancery.nlp.text import fold

# Short scale abbreviations ("$5bn", "10m") count only glued to the number: "5 m" is five metres.
_GLUED_ONLY = frozenset({"k", "m", "b", "mn", "bn", "tn", "md", "mds", "mln", "bln", "mrd", "mrds", "mlr"})
_YEAR = r"(?:19[5-9]\d|20\d\d)"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class MoneyData:
    lang: str
    decimal: str
    one: tuple[str, ...]  # "a", "un", "bir": one, before a scale word
    scales: dict[str, Decimal]
    currencies: dict[str, str]  # folded surface -> ISO 4217, or "=family" for names several states use
    families: dict[str, dict[str, str]]  # family -> state code (or "default") -> ISO 4217
    codes: frozenset[str]  # surfaces that are codes: only in capitals in the text ("TL", not "tl")
    about: tuple[str, ...]
    year_before: tuple[str, ...]
    year_after: tuple[str, ...]

    @classmethod
    def load(cls, lang: str) -> MoneyData:
        root = resources.files("chancery.enrich") / "lang"
        common = tomllib.loads((root / "xx" / "money.toml").read_text(encoding="utf-8"))
        data = tomllib.loads((root / lang / "money.toml").read_text(encoding="utf-8"))
        codes = frozenset(k for k in common["currencies"] if k.isalpha())
        return cls(
            lang=lang,
            decimal=data["decimal"],
            one=tuple(data["one"]),
            scales={k: Decimal(str(v)) for k, v in data["scales"].items()},
            currencies={**common["currencies"], **data["currencies"]},
            families=common["families"],
            codes=codes,
            about=tuple(data["about"]["phrases"]),
            year_before=tuple(data["year"]["before"]),
            year_after=tuple(data["year"]["after"]),
        )


@dataclass
class AmountFinder:
    """Finds money amounts in one language's text."""

    data: MoneyData
    _pattern: re.Pattern[str] = field(init=False, repr=False)
    _about: re.Pattern[str] = field(init=False, repr=False)
    _year: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        d = self.data
        thousands = r"[ \u00a0\u202f.]" if d.decimal == "," else ","
        number = rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
        words = [s for s in d.scales if s not in _GLUED_ONLY]
        glued = [s for s in d.scales if s in _GLUED_ONLY]
        # "500 M€", "1,2 Md€": a short scale after a space counts when a currency sign is glued to it.
        scale = (
            rf"(?:[ \u00a0\u202f]?(?P<{{n}}>{_alternation(words)})|(?P<{{g}}>{_alternation(glued)})"
            rf"|[ \u00a0\u202f](?P<{{h}}>{_alternation(glued)})(?=[€$£₺¥]))(?!\w)"
        )
        currency = _alternation(list(d.currencies))
        # Turkish case, possessive and derivational suffixes on the name: "dolarlık", "doları", "lirayı",
        # "dolara", "doların", "dolarla", "lirayla", "dolardan", "lirası", "dolarını", "lirasıyla".
        suffix = (
            r"(?:l[iu]k|n?[iu]n|y?l[ae]|[dt][ae]n?|y?[ae]|y[iu]"
            r"|s?[iu](?:n(?:[iu]n|[iu]|[ae]|[dt][ae]n?)|yl[ae])?)?"
            if d.lang == "tr"
            else ""
        )
        of = r"(?:(?:of|de|d')[ \u00a0]?)?" if d.lang != "tr" else ""
        before = rf"(?P<cur1>{currency})[ \u00a0\u202f]?(?P<num1>{number})(?:{scale.format(n='s1', g='g1', h='h1')})?(?!\w)"
        after = (
            rf"(?:(?P<num2>{number})(?:{scale.format(n='s2', g='g2', h='h2')})?"
            rf"|(?P<one>{_alternation(list(d.one))})[ \u00a0](?P<s3>{_alternation(words)}))[ \u00a0\u202f]?{of}"
            rf"(?P<cur2>{currency}){suffix}(?![^\W\d_])"
        )
        self._pattern = re.compile(rf"(?<![\w.,])(?:{before}|{after})")
        self._about = re.compile(rf"(?<!\w)(?:{_alternation(list(d.about))})(?!\w)")
        cues = []
        if d.year_before:
            cues.append(rf"(?<!\w)(?:{_alternation(list(d.year_before))})\s+(?P<y1>{_YEAR})(?!\d)")
        if d.year_after:
            cues.append(rf"(?<!\d)(?P<y2>{_YEAR})\s*(?:{_alternation(list(d.year_after))})(?!\w)")
        self._year = re.compile("|".join(cues)) if cues else re.compile(r"(?!x)x")

    def find(self, text: str, sentences: list[Span], states: tuple[str, ...] = ()) -> list[Amount]:
        """The amounts in ``text``; ``states`` (most mentioned first) decide what "rupees" or "pesos" are."""
        folded = fold(text)
        amounts = []
        for m in self._pattern.finditer(folded):
            amount = self._amount(text, folded, m, sentences, states)
            if amount is not None:
                amounts.append(amount)
        return amounts

    def _amount(
        self, text: str, folded: str, m: re.Match[str], sentences: list[Span], states: tuple[str, ...]
    ) -> Amount | None:
        which = "1" if m.group("num1") else "2"
        currency_span = m.span(f"cur{which}")
        surface = m.group(f"cur{which}")
        if surface in self.data.codes and not text[currency_span[0] : currency_span[1]].isupper():
            return None  # "tl", "try", "mad" as words
        value = Decimal(1) if m.group("one") else _number(m.group(f"num{which}"), self.data.decimal)
        if value is None:
            return None
        scale = m.group(f"s{which}") or m.group(f"g{which}") or m.group(f"h{which}") or m.group("s3")
        if scale:
            value *= self.data.scales[scale]
        sentence = next((s for s in sentences if s.start <= m.start() < s.end), Span(0, len(text)))
        return Amount(
            value=float(value),
            unit=self._currency(self.data.currencies[surface], states),
            text=text[m.start() : m.end()],
            start=m.start(),
            end=m.end(),
            about=self._nearest_about(text, folded, sentence, m.start(), m.end()),
            year=self._year_of(folded, sentence, m.start(), m.end()),
        )

    def _currency(self, unit: str, states: tuple[str, ...]) -> str:
        if not unit.startswith("="):
            return unit
        family = self.data.families[unit[1:]]
        return next((family[s] for s in states if s in family), family["default"])

    def _nearest_about(self, text: str, folded: str, sentence: Span, start: int, end: int) -> str | None:
        best: tuple[int, int, int] | None = None
        for a in self._about.finditer(folded, sentence.start, sentence.end):
            distance = start - a.end() if a.end() <= start else a.start() - end
            if distance < 0:
                continue
            key = (distance, a.start(), a.end())
            if best is None or key < best:
                best = key
        return text[best[1] : best[2]] if best else None

    def _year_of(self, folded: str, sentence: Span, start: int, end: int) -> int | None:
        """The year phrase nearest the amount ("$21 billion in 2023 and $22.5 billion in 2024": each its
        own), by the gap between them, a year after the amount first on ties."""
        years = [
            (m.start() - end if m.start() >= end else start - m.end(), m.start() < end,
             int(m.groupdict().get("y1") or m.groupdict()["y2"]))
            for m in self._year.finditer(folded, sentence.start, sentence.end)
        ]  # fmt: skip
        return min(years)[2] if years else None


def _number(raw: str, decimal: str) -> Decimal | None:
    """The value of a number as the language writes it: "1,5" and "1.500" in French and Turkish,
    "1,500" and "1.5" in English; a separator followed by other than three digits is a decimal mark."""
    raw = re.sub(r"[ \u00a0\u202f]", "", raw)
    thousands = "." if decimal == "," else ","
    if thousands in raw:
        groups = raw.split(decimal)[0].split(thousands)
        if all(len(g) == 3 for g in groups[1:]):
            raw = raw.replace(thousands, "")
        elif decimal not in raw:
            raw = raw.replace(thousands, decimal)  # "7.1 milyar": a decimal point in a comma language
        else:
            return None
    try:
        return Decimal(raw.replace(decimal, "."))
    except InvalidOperation:
        return None


@dataclass
class AmountStage:
    """Sets ``article.amounts``: money amounts with their currency, subject and year."""

    name: str = "amounts"
    version: str = "chancery.amounts.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "sentences", "mentions"})
    assigns: frozenset[str] = frozenset({"amounts"})
    finders: PerLanguage[AmountFinder] = field(
        default_factory=lambda: PerLanguage(lambda lang: AmountFinder(MoneyData.load(lang))), repr=False
    )

    def __call__(self, article: Article) -> Article:
        finder = self.finders.get(article.lang)
        article.amounts = (
            finder.find(article.text, article.sentences, codes_by_frequency(article)) if finder else []
        )
        return article
