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
from chancery.kb.loader import Alias, KnowledgeBase, Person, load_kb, read_tsv
from chancery.kb.matcher import Matcher

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


def _person_role(person: Person, article: Article) -> tuple[str, str] | None:
    roles = [r for r in person.roles if r.valid_on(article.published)] or list(person.roles)
    if not roles:
        return None
    # The latest-starting valid role is the most specific for the date.
    role = max(roles, key=lambda r: str(r.start or ""))
    return role.code, role.sector


@dataclass
class KeywordCoder:
    kb: KnowledgeBase = field(default_factory=load_kb)
    name: str = "coder"
    version: str = "chancery.keyword_coder.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "sentences"})
    assigns: frozenset[str] = frozenset({"mentions", "events"})
    _matchers: dict[str, Matcher[Alias | Person]] = field(default_factory=dict, repr=False)
    _triggers: dict[str, list[Trigger]] = field(default_factory=dict, repr=False)

    def _matcher(self, lang: str) -> Matcher[Alias | Person]:
        if lang not in self._matchers:
            matcher: Matcher[Alias | Person] = Matcher()
            matcher.add_all((a.text, a) for a in self.kb.aliases.get(lang, []))
            for person in self.kb.people:
                for surface in (person.name, *person.variants):
                    matcher.add(surface, person)
                surname = person.name.split()[-1]
                if len(surname) > 3:
                    matcher.add(surname, person)
            self._matchers[lang] = matcher
        return self._matchers[lang]

    def _mention(self, article: Article, start: int, end: int, value: Alias | Person) -> Mention | None:
        text = article.text[start:end]
        if isinstance(value, Person):
            resolved = _person_role(value, article)
            if resolved is None:
                return None
            code, sector = resolved
            return Mention(
                start, end, text, code, sector, "actor", value.name, "person with a role at the date"
            )
        return Mention(start, end, text, value.code, value.sector, "actor", value.entry, f"{value.kind} name")

    def __call__(self, article: Article) -> Article:
        lang = article.lang if article.lang in _PLANNED else "en"
        if lang not in self._triggers:
            self._triggers[lang] = load_triggers(lang)
        matcher = self._matcher(lang)
        mentions: list[Mention] = []
        for m in matcher.find(article.text):
            mention = self._mention(article, m.start, m.end, m.values[0])
            if mention:
                mentions.append(mention)
        article.mentions = mentions
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
            source_actor=source.entry if source.reason.startswith("person") else None,
            target_actor=target.entry if target.reason.startswith("person") else None,
            source_sector=source.sector,
            target_sector=target.sector,
            date=article.published if status == "occurred" else None,
            status=status,
            cameo=trigger.cameo,
            goldstein=goldstein(trigger.cameo),
            evidence=[evidence],
            rule=f"keyword:{trigger.type}:{trigger.pattern.pattern[:40]}",
        )
