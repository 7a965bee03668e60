"""The first, simple coder: trigger words plus the nearest actors around them.

Deliberately naive, so the whole path (read → code → store → query) works end
to end; the clause-aware coder replaces it behind the same stage interface.
For each sentence it finds a trigger from ``lexicons/<lang>/keywords.tsv``,
takes the nearest actor before it as the source and the nearest actor after it
with another code as the target, and merges repeated reports of the same
(type, dyad) in a document into one event with several evidence sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

from chancery.coding.ontology import SYMMETRIC, goldstein
from chancery.doc import Article, Event, Evidence, Mention
from chancery.kb.loader import read_tsv

_PLANNED = {
    "en": re.compile(
        r"\b(will|is set to|are set to|is expected to|are expected to|plans? to|is to|would)\b", re.I
    ),
    "fr": re.compile(r"\b(va|vont|devrait|devraient|doit|doivent|se rendra|prévoit)\b", re.I),
    "tr": re.compile(r"\w+(ecek|acak|ecektir|acaktır)\b", re.I),
}
_NEGATED = {
    "en": re.compile(r"\b(not|never|no longer|denied)\b|n't\b", re.I),
    "fr": re.compile(r"\b(ne|n')\s?\w+\s(pas|jamais|plus)\b", re.I),
    "tr": re.compile(r"\w+(medi|madı|mayacak|meyecek)\b", re.I),
}


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: re.Pattern[str]
    type: str
    mode: str | None
    cameo: str


def load_triggers(lang: str) -> list[Trigger]:
    path = resources.files("chancery.coding") / "lexicons" / lang / "keywords.tsv"
    return [
        Trigger(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I), type_, mode or None, cameo)
        for pattern, type_, mode, cameo in read_tsv(path, 4)
    ]


@dataclass
class KeywordCoder:
    name: str = "coder"
    version: str = "chancery.keyword_coder.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "sentences", "mentions"})
    assigns: frozenset[str] = frozenset({"events"})
    _triggers: dict[str, list[Trigger]] = field(default_factory=dict, repr=False)

    def __call__(self, article: Article) -> Article:
        lang = article.lang if article.lang in _PLANNED else "en"
        if lang not in self._triggers:
            self._triggers[lang] = load_triggers(lang)
        mentions = [m for m in article.mentions if m.kind == "actor"]
        events: dict[tuple[str, str, str], Event] = {}
        for index, sentence in enumerate(article.sentences):
            in_sentence = [x for x in mentions if sentence.start <= x.start < sentence.end]
            if len({x.code for x in in_sentence}) < 2:
                continue
            text = article.text[sentence.start : sentence.end]
            for trigger in self._triggers[lang]:
                hit = trigger.pattern.search(text)
                if hit:
                    self._add_event(
                        article, events, trigger, index, sentence.start + hit.start(), in_sentence
                    )
                    break
        article.events = list(events.values())
        return article

    def _add_event(
        self,
        article: Article,
        events: dict[tuple[str, str, str], Event],
        trigger: Trigger,
        index: int,
        at: int,
        mentions: list[Mention],
    ) -> None:
        before = [x for x in mentions if x.end <= at]
        after = [x for x in mentions if x.start > at]
        source = before[-1] if before else mentions[0]
        target = next((x for x in after if x.code != source.code), None)
        target = target or next((x for x in reversed(before) if x.code != source.code), None)
        if target is None:
            return
        a, b = source.code, target.code
        key = (trigger.type, *sorted((a, b))) if trigger.type in SYMMETRIC else (trigger.type, a, b)
        sentence = article.sentences[index]
        evidence = Evidence(index, sentence.start, sentence.end)
        if key in events:
            if evidence not in events[key].evidence:
                events[key].evidence.append(evidence)
            return
        lang = article.lang if article.lang in _PLANNED else "en"
        clause = article.text[sentence.start : at + 40]
        status = "occurred"
        if _NEGATED[lang].search(clause):
            status = "negated"
        elif _PLANNED[lang].search(clause):
            status = "planned"
        events[key] = Event(
            type=trigger.type,
            source=a,
            target=b,
            mode=trigger.mode,
            source_actor=source.entry if source.role else None,
            target_actor=target.entry if target.role else None,
            source_sector=source.sector,
            target_sector=target.sector,
            date=article.published if status == "occurred" else None,
            status=status,
            cameo=trigger.cameo,
            goldstein=goldstein(trigger.cameo),
            evidence=[evidence],
            rule=f"keyword:{trigger.type}:{trigger.pattern.pattern[:40]}",
        )
