"""Places: every city, region and country the article names, with its country and coordinates.

Three sources, the knowledge base first:

- the resolver's place mentions (a state, capital or territory after a locative: "in Ankara",
  "Gazze'de", "en Syrie") keep the KB's country; a capital or territory takes the gazetteer's
  coordinates (the KB's French and Turkish capitals map to the country's capital city);
- the gazetteer (:mod:`chancery.enrich.gazetteer`): cities of 5,000 people or more by their GeoNames
  name, the names each language writes otherwise (``lang/<l>/place_names.tsv``: "Alep", "Halep"),
  and first-level regions (``data/regions.tsv``). A name counts only when capitalised as the
  gazetteer writes it; a city under ``FREE_POPULATION`` people, and a name on the language's
  stop-list marked ``cue`` ("Nice", "Van", "Batman"), only after a locative or before a place noun
  (``lang/<l>/place_cues.toml``: "in Nice", "à Orange", "Van'da", "Batman ilinde"); names marked
  ``never`` and the language's stop words are never places. Where the KB read the same words as an
  actor ("Washington said"), the actor wins.
- an event's ``location`` text resolves to the place the article names there, else as a name on its
  own, else through the KB ("White House" → USA, "Saudi capital" → Riyadh).

Ambiguous names go to the candidate in a state the article names, else to the most populous one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

import ahocorasick

from chancery.doc import Article, Event, Mention, Place
from chancery.enrich._mentions import codes_by_frequency
from chancery.enrich._per_language import PerLanguage
from chancery.enrich.gazetteer import (
    Gazetteer,
    GeoEntry,
    capitals_mask,
    compile_keys,
    load_gazetteer,
    name_key,
)
from chancery.errors import DataError, Errors
from chancery.kb.loader import KnowledgeBase, read_tsv
from chancery.nlp.text import fold

FREE_POPULATION = 100_000  # cities this large are places wherever they are named, capitalised
_NON_WORD = re.compile(r"[^\w]")
_WORD = re.compile(r"\w+")
_APOSTROPHES = "'’"
_CAPITAL_WORDS = frozenset({"capital", "capitale", "baskent", "baskenti"})


@dataclass(frozen=True, slots=True)
class _Name:
    """One name of the language's own list (aliases, regions, KB capitals): what it may be."""

    key: str
    candidates: tuple[GeoEntry, ...]
    capitals: tuple[int, ...]  # offsets (in the key) of letters that must be upper case in the text
    source: str  # alias, region


@dataclass
class PlaceLexicon:
    """One language's place names, stop-list and cues over the shared gazetteer.

    The gazetteer's names are found by its own automaton (built once, kept in the cache); the language's
    names by a small one; where both find the same key the language's reading wins."""

    lang: str
    gazetteer: Gazetteer
    kb: KnowledgeBase
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    stop: dict[str, str] = field(default_factory=dict)  # key -> never | cue
    kb_kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded alias -> (kind, ISO3)
    names: dict[str, _Name] = field(default_factory=dict)
    _automaton: ahocorasick.Automaton = field(init=False, repr=False)

    @classmethod
    def load(cls, lang: str, gazetteer: Gazetteer, kb: KnowledgeBase) -> PlaceLexicon:
        root = resources.files("chancery.enrich") / "lang" / lang
        cues = tomllib.loads((root / "place_cues.toml").read_text(encoding="utf-8"))
        lexicon = cls(
            lang,
            gazetteer,
            kb,
            before=frozenset(name_key(w) for w in cues["before"]),
            after=frozenset(name_key(w) for w in cues["after"]),
            suffixes=frozenset(name_key(w) for w in cues["suffixes"]),
        )
        lexicon._build()
        return lexicon

    def _build(self) -> None:
        gaz, lang = self.gazetteer, self.lang
        root = resources.files("chancery.enrich") / "lang" / lang
        path = root / "place_stoplist.txt"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            name, _, rule = line.partition("\t")
            if rule.strip() not in ("never", "cue"):
                raise DataError(
                    Errors.E401, path=path, reason=f"line {number}: the rule must be never or cue"
                )
            self.stop[name_key(name)] = rule.strip()
        words = resources.files("chancery.nlp") / "lang" / lang / "stop_words.txt"
        for line in words.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                self.stop.update((name_key(w), "never") for w in line.split())

        def add(name: str, candidates: tuple[GeoEntry, ...], source: str) -> None:
            key = name_key(name)
            if key and candidates and key not in self.names:
                self.names[key] = _Name(key, candidates, capitals_mask(name), source)

        for name, keys in gaz.regions.get(lang, {}).items():
            add(name, tuple(gaz.entry(gaz.region_index[k]) for k in keys), "region")
        path = root / "place_names.tsv"
        for alias, target, iso2 in read_tsv(path, 3):
            city = gaz.city(target, iso2)
            if city is None:
                raise DataError(Errors.E401, path=path, reason=f"no city {target!r} in {iso2}")
            add(alias, (city,), "alias")
        for alias in self.kb.langs[lang].aliases:
            if alias.kind in ("state", "capital", "territory") and alias.code in gaz.countries:
                self.kb_kinds.setdefault(fold(alias.text), (alias.kind, alias.code))
            if alias.kind == "capital" and alias.code in gaz.capitals:
                add(alias.text, (gaz.entry(gaz.capitals[alias.code]),), "alias")
        self._automaton = compile_keys(self.names)

    def _name(self, key: str) -> _Name | None:
        """The reading of a key: the language's own, else the gazetteer's (None if stopped)."""
        rule = self.stop.get(key)
        if rule == "never":
            return None
        own = self.names.get(key)
        if own is not None:
            return own
        indices = self.gazetteer.names.get(key)
        if not indices:
            return None
        gaz = self.gazetteer
        # A state's name is the knowledge base's to read (it knows "Chad" the name, "Niger Delta"); the
        # gazetteer's countries only add the territories it lacks ("Greenland", "Puerto Rico").
        entries = tuple(
            e for e in map(gaz.entry, indices) if e.kind != "country" or e.country not in self.kb.states
        )
        return _Name(key, entries, gaz.masks[key], "gazetteer") if entries else None

    def _needs_cue(self, name: _Name) -> bool:
        if self.stop.get(name.key) == "cue":
            return True
        return name.source == "gazetteer" and name.candidates[0].population < FREE_POPULATION

    # -- finding ------------------------------------------------------------

    def lookup(self, name: str) -> _Name | None:
        return self._name(name_key(name))

    def find(self, text: str, mentions: list[Mention], states: tuple[str, ...]) -> list[Place]:
        """Every place named in ``text``; ``mentions`` are the resolver's (the KB wins where they overlap)."""
        norm = _NON_WORD.sub(" ", fold(text))
        padded = f" {norm} "
        found: set[tuple[int, str]] = set()
        for automaton in (self._automaton, self.gazetteer.automaton):
            for end, key in automaton.iter(padded):  # type: ignore[union-attr]
                # The padded end is the closing space; a text offset is the padded one minus one.
                start = end - len(key) - 1
                if text[start].isupper() or key in self.names:
                    found.add((start, key))
        chosen: list[tuple[int, int, _Name]] = []
        last_end = -1
        for start, key in sorted(found, key=lambda h: (h[0], -len(h[1]))):
            if start < last_end:
                continue
            name = self._name(key)
            if name is not None and _capitalised(text, start, name):
                chosen.append((start, start + len(key), name))
                last_end = start + len(key)
        places: list[Place] = []
        # A region named around a state or city ("northern Syria", "Gazze Şeridi") is the region.
        regions = [(s, e) for s, e, n in chosen if n.source == "region"]
        # A territory is a place even where the KB reads it as its authority ("strikes on Gaza"); a state or
        # capital read as an actor is a government ("Ankara said"), not a place.
        kb_places = [
            m
            for m in mentions
            if (m.kind == "place" or self._kb_kind(m) == "territory")
            and not m.members
            and not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in regions)
        ]
        others = [m for m in mentions if m.kind != "place" and self._kb_kind(m) != "territory"]
        taken: list[tuple[int, int]] = []
        for m in kb_places:
            place = self._from_mention(text, m, chosen, states)
            if place is not None:
                places.append(place)
                taken.append((m.start, m.end))
        for start, end, name in chosen:
            if any(s < end and start < e for s, e in taken):
                continue
            if name.source != "region" and any(m.start < end and start < m.end for m in others):
                continue  # the KB read these words as an actor ("Washington said", "Jordan's king")
            if name.source != "region" and self._in_longer_name(norm, text, end):
                continue  # "Vladimir Putin", "Scarborough Shoal", "Washington Post": part of another name
            if self._needs_cue(name) and not self._cued(norm, text, start, end):
                continue
            entry = _choose(name.candidates, states)
            places.append(_place(text, start, end, entry, f"{name.source} name"))
        places.sort(key=lambda p: p.start)
        return places

    def _kb_kind(self, mention: Mention) -> str:
        return self.kb_kinds.get(fold(mention.entry or mention.text), ("", ""))[0]

    def _from_mention(
        self, text: str, mention: Mention, chosen: list[tuple[int, int, _Name]], states: tuple[str, ...]
    ) -> Place | None:
        gaz = self.gazetteer
        kind, code = self.kb_kinds.get(fold(mention.entry or mention.text), ("", mention.code))
        if code not in gaz.countries:
            return None
        if kind == "state":
            return _place(text, mention.start, mention.end, gaz.entry(gaz.countries[code]), "KB state")
        # A capital or territory: the gazetteer's entry of that country named at the same place, else the capital.
        for start, end, name in chosen:
            if start < mention.end and mention.start < end:
                same = [e for e in name.candidates if e.country == code]
                if same:
                    return _place(text, mention.start, mention.end, same[0], f"KB {kind or 'place'}")
        if kind == "capital" and code in gaz.capitals:
            return _place(text, mention.start, mention.end, gaz.entry(gaz.capitals[code]), "KB capital")
        entry = gaz.entry(gaz.countries[code])
        return Place(
            mention.start,
            mention.end,
            mention.text,
            code,
            "region",
            None,
            None,
            None,
            entry.name,
            "KB territory",
        )

    def _in_longer_name(self, norm: str, text: str, end: int) -> bool:
        """The name runs on into another capitalised word (a place noun such as "City" aside)."""
        if end + 1 >= len(text) or text[end] != " " or not text[end + 1].isupper():
            return False
        after = _WORD.match(norm, end + 1)
        return not (after and after.group() in self.after)

    def _cued(self, norm: str, text: str, start: int, end: int) -> bool:
        before = norm[:start].split()
        if before and before[-1] in self.before:
            return True
        if self.suffixes and end < len(text) and text[end] in _APOSTROPHES:
            match = _WORD.match(norm, end + 1)
            if match and match.group() in self.suffixes:
                return True
        after = _WORD.search(norm, end)
        return bool(after and after.group() in self.after and not norm[end : after.start()].strip())

    def resolve(self, location: str, states: tuple[str, ...], mentions: list[Mention]) -> Place | None:
        """A location string on its own: a name the lexicon knows, the first place inside it, else the KB's
        reading of it ("Saudi capital" → the capital of SAU; "White House" → USA)."""
        name = self.lookup(location)
        if name is not None:
            return _place(location, 0, len(location), _choose(name.candidates, states), f"{name.source} name")
        # The string is a place: a state in it counts as one too; the first place named wins.
        found = self.find(location, mentions, states)
        named = [m for m in mentions if m.code in self.gazetteer.countries and not m.members]
        first = min((m.start for m in named), default=len(location))
        if found and found[0].start <= first:
            return found[0]
        if not named:
            return None
        code = named[0].code
        gaz = self.gazetteer
        if _CAPITAL_WORDS & set(name_key(location).split()) and code in gaz.capitals:
            return _place(
                location, 0, len(location), gaz.entry(gaz.capitals[code]), "capital of a state named"
            )
        return _place(location, 0, len(location), gaz.entry(gaz.countries[code]), "state named in it")


def _capitalised(text: str, start: int, name: _Name) -> bool:
    if not name.capitals:
        return True
    return all(start + i < len(text) and not text[start + i].islower() for i in name.capitals)


def _choose(candidates: tuple[GeoEntry, ...], states: tuple[str, ...]) -> GeoEntry:
    for state in states:
        for entry in candidates:
            if entry.country == state:
                return entry
    return candidates[0]


def _place(text: str, start: int, end: int, entry: GeoEntry, reason: str) -> Place:
    return Place(
        start,
        end,
        text[start:end],
        entry.country,
        entry.kind,
        entry.lat,
        entry.lon,
        entry.geonameid,
        entry.name,
        reason,
    )


@dataclass
class PlaceStage:
    """Sets ``article.places``, and each event's ``place`` (its ``location`` resolved)."""

    name: str = "places"
    version: str = "chancery.places.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "mentions", "events"})
    assigns: frozenset[str] = frozenset({"places"})
    langs: tuple[str, ...] = ("en", "fr", "tr")
    kb: KnowledgeBase | None = None
    resolver: object | None = None  # a chancery.kb.resolve.Resolver, to read location strings
    _gazetteer: Gazetteer | None = field(default=None, repr=False)
    lexicons: PerLanguage[PlaceLexicon] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.lexicons = PerLanguage(self._lexicon, self.langs)

    def _lexicon(self, lang: str) -> PlaceLexicon:
        if self.kb is None:
            from chancery.kb.loader import load_kb

            self.kb = load_kb()
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return PlaceLexicon.load(lang, self._gazetteer, self.kb)

    def __call__(self, article: Article) -> Article:
        lexicon = self.lexicons.get(article.lang)
        if lexicon is None:
            article.places = []
            return article
        states = codes_by_frequency(article)
        article.places = lexicon.find(article.text, article.mentions, states)
        for event in article.events:
            event.place = self._event_place(lexicon, article, event, states)
        return article

    def _event_place(
        self, lexicon: PlaceLexicon, article: Article, event: Event, states: tuple[str, ...]
    ) -> Place | None:
        spans = [(ev.start, ev.end) for ev in event.evidence]
        return self._locate(lexicon, article, event.location, spans, states)

    def locate(
        self, article: Article, location: str | None, spans: Sequence[tuple[int, int]] = ()
    ) -> Place | None:
        """``location`` (text of ``article``, which this stage has seen) as a place: the one the article names
        inside ``spans`` (the event's evidence), else anywhere, else the name read on its own."""
        lexicon = self.lexicons.get(article.lang)
        if lexicon is None:
            return None
        return self._locate(lexicon, article, location, list(spans), codes_by_frequency(article))

    def _locate(
        self,
        lexicon: PlaceLexicon,
        article: Article,
        location: str | None,
        spans: list[tuple[int, int]],
        states: tuple[str, ...],
    ) -> Place | None:
        if not location:
            return None
        named = [p for p in article.places if p.text == location]
        inside = [p for p in named if any(s <= p.start < e for s, e in spans)]
        if inside or named:
            return (inside or named)[0]
        mentions: list[Mention] = []
        if self.resolver is not None and lexicon.lookup(location) is None:
            mentions = self.resolver.resolve(location, article.lang, article.published)  # type: ignore[attr-defined]
        return lexicon.resolve(location, states, mentions)
