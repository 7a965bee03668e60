"""PLOVER contexts for each event and for the document, from multilingual lexicons.

PLOVER 2.0 tags an event with the policy areas it touches (``military``, ``diplomatic``,
``economic``, ``terrorism``, ``migration``… 37 in all, listed in ``data/plover_contexts.tsv``). An
event's contexts are the union of three signals:

- cue words in its evidence sentences (``lang/<l>/contexts.tsv``: "troops", "forces armées",
  "asker*"), matched on the folded text at word starts, ``*`` for any ending (Turkish and French
  inflect);
- its CAMEO code's contexts in the PLOVER 2021 crosswalk (0312 "cooperate militarily" → military),
  read from the coder's codebook and kept when PLOVER 2.0 still has them;
- its actors' sectors (``data/sector_contexts.tsv``: an army is ``military``, a court ``legal``).

The document's contexts are its events' contexts plus every context with at least
``DOCUMENT_MIN_HITS`` cue words anywhere in the text. Both lists are sorted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

import ahocorasick

from chancery.doc import Article, Event
from chancery.enrich._per_language import PerLanguage
from chancery.enrich.gazetteer import name_key
from chancery.errors import DataError, Errors
from chancery.kb.loader import read_tsv
from chancery.nlp.text import fold

DOCUMENT_MIN_HITS = 2
_NON_WORD = re.compile(r"[^\w]")


def plover_contexts() -> frozenset[str]:
    path = resources.files("chancery.enrich") / "data" / "plover_contexts.tsv"
    return frozenset(name for name, _ in read_tsv(path, 2))


@dataclass
class ContextLexicon:
    """One language's cue words, compiled into an automaton over space-padded normalized text."""

    lang: str
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # padded key -> contexts
    _automaton: ahocorasick.Automaton = field(init=False, repr=False)

    @classmethod
    def load(cls, lang: str, known: frozenset[str]) -> ContextLexicon:
        path = resources.files("chancery.enrich") / "lang" / lang / "contexts.tsv"
        table: dict[str, set[str]] = {}
        for context, cues in read_tsv(path, 2):
            if context not in known:
                raise DataError(Errors.E401, path=path, reason=f"{context!r} is not a PLOVER context")
            for cue in filter(None, (c.strip() for c in cues.split("|"))):
                prefix = cue.endswith("*")
                key = name_key(cue.rstrip("*"))
                if key:
                    table.setdefault(f" {key}" if prefix else f" {key} ", set()).add(context)
        lexicon = cls(lang, {k: tuple(sorted(v)) for k, v in table.items()})
        automaton = ahocorasick.Automaton()
        for key, contexts in lexicon.cues.items():
            automaton.add_word(key, (len(key), contexts))
        automaton.make_automaton()
        lexicon._automaton = automaton
        return lexicon

    def hits(self, text: str) -> list[tuple[int, tuple[str, ...]]]:
        """``(offset, contexts)`` for every cue in ``text`` (offset of the cue's first character)."""
        padded = " " + _NON_WORD.sub(" ", fold(text)) + " "
        # A key starts with the space before the cue: its padded offset is the cue's offset in ``text``.
        return [(end - length + 1, contexts) for end, (length, contexts) in self._automaton.iter(padded)]


@dataclass
class ContextStage:
    """Sets ``event.contexts`` for every event and ``article.contexts`` for the document."""

    name: str = "contexts"
    version: str = "chancery.contexts.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "sentences", "events"})
    assigns: frozenset[str] = frozenset({"contexts"})
    langs: tuple[str, ...] = ("en", "fr", "tr")
    _known: frozenset[str] = field(default_factory=plover_contexts, repr=False)
    lexicons: PerLanguage[ContextLexicon] = field(init=False, repr=False)
    _cameo: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)
    _sectors: dict[str, str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.lexicons = PerLanguage(lambda lang: ContextLexicon.load(lang, self._known), self.langs)

    def cameo_contexts(self) -> dict[str, tuple[str, ...]]:
        if self._cameo is None:
            path = resources.files("chancery.coding") / "data" / "cameo.tsv"
            table = {}
            for line in path.read_text(encoding="utf-8").splitlines()[2:]:
                cells = line.split("\t")
                if len(cells) == 6 and cells[5]:
                    table[cells[0]] = tuple(c for c in cells[5].split(";") if c.strip() in self._known)
            self._cameo = table
        return self._cameo

    def sector_contexts(self) -> dict[str, str]:
        if self._sectors is None:
            path = resources.files("chancery.enrich") / "data" / "sector_contexts.tsv"
            self._sectors = {sector: context for sector, context in read_tsv(path, 2)}
        return self._sectors

    def __call__(self, article: Article) -> Article:
        lexicon = self.lexicons.get(article.lang)
        hits = lexicon.hits(article.text) if lexicon else []
        document: dict[str, int] = {}
        for _, contexts in hits:
            for c in contexts:
                document[c] = document.get(c, 0) + 1
        chosen = {c for c, n in document.items() if n >= DOCUMENT_MIN_HITS}
        for event in article.events:
            event.contexts = self._event_contexts(article, event, hits)
            chosen.update(event.contexts)
        article.contexts = sorted(chosen)
        return article

    def _event_contexts(
        self, article: Article, event: Event, hits: list[tuple[int, tuple[str, ...]]]
    ) -> list[str]:
        found: set[str] = set()
        spans = [(ev.start, ev.end) for ev in event.evidence]
        for offset, contexts in hits:
            if any(s <= offset < e for s, e in spans):
                found.update(contexts)
        found.update(self.cameo_contexts().get(event.cameo or "", ()))
        sectors = self.sector_contexts()
        for sector in (event.source_sector, event.target_sector):
            if sector in sectors:
                found.add(sectors[sector])
        return sorted(found)
