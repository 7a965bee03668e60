"""Actor and place resolution: mentions in text → knowledge-base codes, with reasons.

1. Match: every alias (state names, adjectives, capitals, seats, organizations,
   people and their surnames, role phrases, references) is looked up at once,
   longest match first (:mod:`chancery.kb.matcher`).
2. Chain: pieces separated only by connectives ("French President Emmanuel
   Macron", "spokesperson for the Turkish Defense Ministry", "son homologue
   français") are read together: a person decides the code through the role
   they held at the article's date; without one, the nationality does, and the
   last role or institution gives the sector.
3. Context: a surname alone is the person named in full earlier in the
   document, or a leader unique by surname at the date; "the minister" is the
   last person with that role; "the two ministers" is the last two actors; a
   capital or country after a locative ("in Ankara", "Ankara'da") is a place.

Every mention keeps the reason it was resolved that way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from importlib import resources

from chancery.bulk import collector_paused
from chancery.doc import Article, Mention, PartialDate
from chancery.kb.loader import Alias, KnowledgeBase, Person, Reference, Role, RolePhrase, load_kb, read_words
from chancery.kb.matcher import Match, Matcher
from chancery.nlp.morph import inflectional_endings
from chancery.nlp.text import fold

# Roles well known enough to be named by surname alone in news.
LEADER_ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "igo_head",
        "group_leader",
    }
)
# Words that may join the pieces of one title: "Secretary of State", "porte-parole du ministère".
CONNECTIVES = frozenset(
    ["the", "of", "for", "a", "an", "du", "de", "des", "la", "le", "l", "d", "un", "une", "'s", "s"]
)
# Sectors of one country's people and bodies that act on its own state: protesters, police, parliament,
# opposition ("police detained protesters" is KEN→KEN).
DOMESTIC_SECTORS = frozenset({"CVL", "COP", "LEG", "OPP"})
# Of those, the bodies that belong to the article's country when named without a nationality ("the police",
# "parliament"). Not civilians or crowds: "an attack on civilians" names the victims of another party.
HOME_BODIES = frozenset({"COP", "LEG", "OPP"})
# How many of the first actor mentions may give the article's lead state.
_LEAD_REACH = 4
# How far back "the minister" or "the two sides" may look, in actor mentions.
HISTORY = 40
_GAP = re.compile(r"[\s,'’()\-]*")
_WORDS = re.compile(r"\w+")


def _never_surnames() -> frozenset[str]:
    """Words never read as a surname alone: months and weekdays (data file) and the function words of
    every supported language ("Les", "Bir")."""
    words = set(read_words(resources.files("chancery.kb") / "data" / "never_surnames.txt"))
    for lang in ("en", "fr", "tr"):
        words |= read_words(resources.files("chancery.nlp") / "lang" / lang / "stop_words.txt")
    return frozenset(fold(w) for w in words)


def _home_institutions() -> dict[str, frozenset[str]]:
    """Per language, the state institutions that news names without a nationality ("the government",
    "l'armée", "hükümet"): folded phrases, one per line of ``lang/<l>/home_institutions.txt``."""
    found: dict[str, frozenset[str]] = {}
    for lang in ("en", "fr", "tr"):
        path = resources.files("chancery.kb") / "data" / "lang" / lang / "home_institutions.txt"
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        found[lang] = frozenset(fold(x.strip()) for x in lines if x.strip() and not x.startswith("#"))
    return found


def _common_surnames() -> frozenset[str]:
    """Names too common to point at one person alone ("Ali", "Kim", "Wang"): a surname only after the
    person's full name in the same article."""
    return frozenset(
        fold(w) for w in read_words(resources.files("chancery.kb") / "data" / "not_surnames.txt")
    )


@dataclass(frozen=True, slots=True)
class PersonName:
    person: Person
    full: bool  # False for a surname alone
    common: bool = False  # a surname alone that only refers back to a full name named earlier


Entry = Alias | PersonName | RolePhrase | Reference


def _seat_reading(entry: Alias, piece: _Piece, state: _DocState) -> str | None:
    """The organization a capital stands for when the document has named it before ("Bruxelles" → EU):
    a capital listed in references.tsv as `anaphor:CODE` too."""
    if entry.kind != "capital":
        return None
    for other in piece.others:
        if isinstance(other, Reference) and other.kind.startswith("anaphor:"):
            code = other.kind.split(":", 1)[1]
            if code in state.recent_codes:
                return code
    return None


def _passing_pair(text: str, state: _DocState, at: int, kb: KnowledgeBase, lang: str) -> bool:
    """Whether the last "X and Y" pair was named in passing (each once, "Colombia's Petro and Honduras' Castro
    also criticized it") in an article about another dyad: "the two countries" then means that dyad."""
    assert state.joined is not None
    counts = state.state_counts(kb.states)
    if any(counts[code] > 1 for code in state.joined):
        return False
    main = state.main_states(kb.states, exclude=_callers(text, state, at, lang, same_sentence=True))
    return main is not None and set(main) != set(state.joined)


def _named_together(
    state: _DocState, states: dict[str, tuple[str, str]], exclude: set[str]
) -> tuple[str, str] | None:
    """The last "X and Y" pair of states whose two members are among the three named most often."""
    ranked = state.state_counts(states, exclude).most_common(3)
    if not ranked:
        return None
    top = {code for code, n in ranked if n >= 2 and 2 * n >= ranked[0][1]}
    for pair in reversed(state.joined_pairs):
        if set(pair) <= top and pair[0] != pair[1]:
            return pair
    return None


def _callers(text: str, state: _DocState, at: int, lang: str, same_sentence: bool = False) -> set[str]:
    """Who addresses "the two countries" at ``at``: the actors named just before it. In French only those of
    the same sentence ("Trump a averti les deux pays"), not those ending the previous one (often the two
    countries themselves: "… l'ambassadeur cambodgien. Trump a averti les deux pays")."""
    return {
        m.code
        for m in state.recent
        if at - m.end < 80 and not ((lang == "fr" or same_sentence) and _SENTENCE_END.search(text, m.end, at))
    }


def _rank(entry: Entry) -> int:
    """Which reading of a surface form wins: full name, then named entity, then role, then surname."""
    if isinstance(entry, PersonName):
        return 0 if entry.full else 4
    if isinstance(entry, Alias):
        return 1
    if isinstance(entry, Reference):
        return 2
    return 3


def _identity(entry: Entry) -> tuple[object, ...]:
    """What makes two readings of one surface form the same reading, whatever their case rule."""
    if isinstance(entry, Alias):
        return ("alias", entry.code, entry.kind, entry.sector)
    if isinstance(entry, PersonName):
        return ("person", id(entry.person), entry.full)
    if isinstance(entry, RolePhrase):
        return ("role", entry.text.lower(), entry.sector, entry.role)
    return ("reference", entry.kind)


def _kind(entry: Entry) -> str:
    """P person, R role or title, C counterpart, G pair reference, N nationality or state name,
    E any other named entity (capital, seat, organization, region)."""
    if isinstance(entry, PersonName):
        return "P"
    if isinstance(entry, RolePhrase):
        return "R"
    if isinstance(entry, Reference):
        return "C" if entry.kind == "counterpart" else "G"
    return "N" if entry.kind in ("state", "adjective") else "E"


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    entry: Entry
    others: tuple[Entry, ...]
    skipped: tuple[tuple[int, int], ...]
    kind: str


@dataclass
class Resolver:
    """The ``resolve`` stage: sets ``article.mentions``."""

    kb: KnowledgeBase = field(default_factory=load_kb)
    name: str = "resolve"
    version: str = "chancery.resolver.v1"
    requires: frozenset[str] = frozenset({"text", "lang"})
    assigns: frozenset[str] = frozenset({"mentions"})
    _matchers: dict[str, Matcher[Entry]] = field(default_factory=dict, repr=False)
    _adjectives: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _never_surnames: frozenset[str] = field(default_factory=_never_surnames, repr=False)
    _common_surnames: frozenset[str] = field(default_factory=_common_surnames, repr=False)
    _home_institutions: dict[str, frozenset[str]] = field(default_factory=_home_institutions, repr=False)

    def __call__(self, article: Article) -> Article:
        article.mentions = self.resolve(article.text, article.lang, article.published)
        return article

    # -- matchers -----------------------------------------------------------

    def _lang(self, lang: str | None) -> str:
        return lang if lang in self.kb.langs and lang != "xx" else "xx"

    def matcher(self, lang: str | None) -> Matcher[Entry]:
        key = self._lang(lang)
        if key not in self._matchers:
            with collector_paused():
                self._matchers[key] = self._build(key)
        return self._matchers[key]

    def _build(self, lang: str) -> Matcher[Entry]:
        adjectives = {fold(a.text): a.code for a in self.kb.langs[lang].aliases if a.kind == "adjective"}
        self._adjectives[lang] = adjectives
        # Looked up on lower-cased text words, folded or not ("français", "francais").
        skippable = frozenset(adjectives) | {
            a.text.lower() for a in self.kb.langs[lang].aliases if a.kind == "adjective"
        }
        matcher: Matcher[Entry] = Matcher(
            inflections=inflectional_endings(lang),
            # French puts the nationality inside the title: "ministre turc des Affaires étrangères".
            skippable=skippable.__contains__ if lang == "fr" else None,
            rank=_rank,
            identity=_identity,
        )
        sources = [self.kb.langs[lang]] if lang != "xx" else list(self.kb.langs.values())
        for data in sources:
            for alias in data.aliases:
                # Common words take endings without an apostrophe in Turkish ("Fransızlar", "ordusu").
                matcher.add(alias.text, alias, inflect=alias.kind == "adjective")
            if lang != "xx":
                matcher.add_all(((r.text, r) for r in data.roles), inflect=True)
                matcher.add_all(((r.text, r) for r in data.references), inflect=True)
        for person in self.kb.people:
            for surface in (person.name, *person.variants):
                matcher.add(surface, PersonName(person, True))
            for surname in person.surnames:
                key = fold(surname)
                if len(surname) >= 2 and key not in self._never_surnames:
                    matcher.add(surname, PersonName(person, False, key in self._common_surnames))
        matcher.compile()
        return matcher

    # -- resolution ---------------------------------------------------------

    def resolve(self, text: str, lang: str | None, date: PartialDate | None) -> list[Mention]:
        key = self._lang(lang)
        pieces = [self._piece(m) for m in self.matcher(key).find(text)]
        state = _DocState(date)
        mentions: list[Mention] = []
        i = 0
        while i < len(pieces):
            j = i + 1
            while (
                j < len(pieces)
                and pieces[j].start - pieces[j - 1].end <= _JOIN_REACH  # most pieces stand alone: test first
                and _joined(text, pieces[j - 1], pieces[j])
                and _chainable(pieces[i : j + 1])
            ):
                j += 1
            chain = pieces[i:j]
            found = (
                self._single(text, chain[0], key, state)
                if j == i + 1
                else self._interpret(text, chain, key, state)
            )
            for mention in found:
                if (
                    mentions
                    and mentions[-1].kind == "place"
                    and mention.kind == "actor"
                    and mention.reason in ("state name", "capital acting for its government")
                    and _LIST_GAP.fullmatch(text[mentions[-1].end : mention.start])
                ):  # "in Italy and Iran": the second is a place too
                    mention.kind, mention.sector = "place", None
                    mention.reason = "state or capital listed after a place: a place"
                if (
                    mentions
                    and mention.start - mentions[-1].end < 8
                    and mention.kind != "group"
                    and _COORDINATED.fullmatch(text[mentions[-1].end : mention.start])
                    and mentions[-1].code
                    != mention.code  # "Pakistan and Pakistan-administered Kashmir" is no pair
                ):
                    state.coordinated = (mentions[-1].code, mention.code)
                    state.coordinated_at = mention.end
                    if _AND.fullmatch(text[mentions[-1].end : mention.start]):  # not a "Türkiye-EU" compound
                        state.joined = state.coordinated
                        state.joined_at = mention.end
                        state.joined_pairs.append(state.coordinated)
                        if mention.role and mentions[-1].role and mention.code != mentions[-1].code:
                            state.joined_officials = state.joined
                            state.joined_officials_at = mention.end
                if mention.kind == "place":
                    state.last_place = mention
                mentions.append(mention)
            i = j
        return mentions

    @staticmethod
    def _piece(m: Match[Entry]) -> _Piece:
        entry = m.values[0]  # the matcher keeps the values in _rank order
        return _Piece(m.start, m.end, entry, m.values[1:], m.skipped, _kind(entry))

    def _interpret(self, text: str, chain: list[_Piece], lang: str, state: _DocState) -> list[Mention]:
        """A chain of two or more pieces: a title, a titled person, a counterpart, or pieces read alone."""
        kinds = "".join(p.kind for p in chain)
        nations = [p for p in chain if p.kind in "NE"]
        roles = [p for p in chain if p.kind == "R"]
        start, end = chain[0].start, chain[-1].end
        span = text[start:end]
        nation_code = nations[-1].entry.code if nations else self._skipped_nation(text, chain, lang)
        role = roles[-1].entry if roles else None
        if "P" in kinds:
            person_piece = next(p for p in chain if p.kind == "P")
            mention = self._person(text, person_piece, state, nation_code, role)
            if mention is None and nation_code and isinstance(role, RolePhrase):
                # An unknown person with a known title: "French President Jean Inconnu".
                return [state.remember(_titled(start, end, span, nation_code, role, "unknown person; "))]
            if mention is None:
                return []
            mention.start, mention.end, mention.text = start, end, span
            if nation_code and mention.code != nation_code and "role at" in mention.reason:
                mention.reason += f"; the title says {nation_code}"
            return [mention]
        if kinds == "EN":  # "Conseil de sécurité russe": that state's own body
            body = chain[0].entry
            nation = chain[1].entry
            assert isinstance(body, Alias) and isinstance(nation, Alias)
            if nation.kind == "state" and body.kind == "organization" and lang == "en":
                # "Amnesty International Kenya", "NATO-Ukraine Council": the organization (its branch or
                # body), not the state's own institution.
                mention = Mention(
                    start,
                    end,
                    span,
                    body.code,
                    body.sector,
                    "actor",
                    body.text,
                    f"'{body.text}' followed by the state {nation.code}: the organization's branch or body",
                )
                return [state.remember(mention)]
            sector = body.sector if body.sector not in (None, "IGO") else "GOV"
            mention = Mention(
                start,
                end,
                span,
                nation.code,
                sector,
                "actor",
                body.text,
                f"'{body.text}' followed by the nationality {nation.code}: that state's body",
            )
            return [state.remember(mention)]
        if "C" in kinds and nation_code:
            sector = state.last_sector or "GOV"
            mention = Mention(
                start,
                end,
                span,
                nation_code,
                sector,
                "actor",
                "counterpart",
                f"counterpart of the nationality {nation_code}",
            )
            mention.role = state.last_role
            return [state.remember(mention)]
        if nation_code and isinstance(role, RolePhrase):
            return [state.remember(_titled(start, end, span, nation_code, role))]
        # Not a title after all: read the pieces one by one.
        return [m for p in chain for m in self._single(text, p, lang, state)]

    def _counterpart(self, piece: _Piece, span: str, state: _DocState) -> list[Mention]:
        """ "spoke with his counterpart", "avec son homologue", with no nationality: the official of the state
        the article names most (at least twice) other than the state of the actor named just before."""
        if not state.recent or state.recent[-1].code not in self.kb.states:
            return []
        speaker = state.recent[-1].code
        most = state.state_counts(self.kb.states, {speaker}).most_common(1)
        if not most or most[0][1] < 2:
            return []
        other = most[0][0]
        why = f"counterpart of {speaker}: the other state the article names most"
        mention = Mention(
            piece.start, piece.end, span, other, state.last_sector or "GOV", "actor", "counterpart", why
        )
        mention.role = state.last_role
        return [state.remember(mention)]

    def _skipped_nation(self, text: str, chain: list[_Piece], lang: str) -> str | None:
        for piece in chain:
            for s, e in piece.skipped:
                code = self._adjectives.get(lang, {}).get(fold(text[s:e]))
                if code:
                    return code
        return None

    def _single(self, text: str, piece: _Piece, lang: str, state: _DocState) -> list[Mention]:
        entry, span = piece.entry, text[piece.start : piece.end]
        if isinstance(entry, PersonName):
            mention = self._person(text, piece, state, None, None)
            return [mention] if mention else []
        if isinstance(entry, RolePhrase):
            nation = self._skipped_nation(text, [piece], lang)
            if nation:
                m = Mention(
                    piece.start,
                    piece.end,
                    span,
                    nation,
                    entry.sector,
                    "actor",
                    entry.text,
                    f"role '{entry.text}' with nationality {nation} inside",
                )
                m.role = entry.role
                return [state.remember(m)]
            if entry.role and _definite_plural(text, piece, lang):
                pair = state.last_pair()
                if pair is None:
                    return []
                m = Mention(
                    piece.start,
                    piece.end,
                    span,
                    "+".join(pair),
                    None,
                    "group",
                    entry.text,
                    f"plural '{span}' refers to the two officials named last: {pair[0]} and {pair[1]}",
                )
                m.members = pair
                return [m]
            if (
                entry.role is None
                and entry.sector in HOME_BODIES
                and lang == "en"
                and _THING_AFTER.match(text, piece.end)
            ):
                return []  # "12 police vehicles", "military equipment": a modifier of a thing, not a body acting
            if entry.role is None and entry.sector in HOME_BODIES:
                # "protesters stormed parliament", "la police a arrêté": people and bodies without a nationality
                # belong to the country the article is about (EVENTS.md §3: a domestic event).
                # "In Washington, the House of Representatives passed": the place just named says whose body.
                place = state.last_place
                near = place is not None and 0 <= piece.start - place.end < 60
                if near and place is not None and not _SENTENCE_END.search(text, place.end, piece.start):
                    home, why = place.code, f"the place named just before, {place.text}"
                else:
                    home, why = state.home(self.kb.states), "the article's country so far"
                return _unnamed_body(piece, span, entry, home, why, state)
            if (
                entry.role is None
                and entry.sector == "REB"
                and _word_before(text, piece.start, 12) in _DEFINITE_ARTICLES.get(lang, ())
            ):
                # "les rebelles", "the rebels": the armed group named most often lately (not "five fighters")
                rebs = [m for m in state.recent[-HISTORY:] if m.sector == "REB"]
                counts = Counter(m.code for m in rebs)
                group = max(reversed(rebs), key=lambda m: counts[m.code]) if rebs else None
                if group is not None:
                    return [
                        Mention(
                            piece.start,
                            piece.end,
                            span,
                            group.code,
                            "REB",
                            "actor",
                            group.entry,
                            f"'{entry.text}' refers to {group.code} named earlier",
                        )
                    ]
            if (
                lang == "tr"
                and entry.role is None
                and entry.sector == "REB"
                and not _NAME_NEXT.match(text, piece.end)
                and not _GROUP_ADJECTIVE.search(text, max(0, piece.start - 6), piece.start)
            ):
                # "Terör örgütü … tehdit etmeye devam ederse", "3 teröristin": Turkish has no article; a bare armed
                # group noun is the group named most often lately, the first named on ties ("terör örgütü PKK"
                # and "PKK'lı teröristler" name their own).
                rebs = [m for m in state.recent[-HISTORY:] if m.sector == "REB"]
                counts = Counter(m.code for m in rebs)
                group = max(rebs, key=lambda m: counts[m.code]) if rebs else None
                if rebs and not _SENTENCE_END.search(text, rebs[-1].end, piece.start):
                    group = rebs[-1]  # "TSK ile YPG arasında çıkan çatışmada 9 terörist": the one just named
                if group is None:
                    return []
                reason = f"'{entry.text}' refers to {group.code} named earlier"
                return [
                    Mention(piece.start, piece.end, span, group.code, "REB", "actor", group.entry, reason)
                ]
            if (
                lang == "tr"
                and entry.role is None
                and fold(entry.text).endswith("bakanligi")
                and span[:1].isupper()
            ):
                # AA and TRT name a foreign ministry with its state ("ABD Dışişleri Bakanlığı"); a bare capitalised
                # ministry ("Dışişleri Bakanlığı da … çağırdı") is Türkiye's own, not the last one named.
                why = "a ministry without a state in the Turkish press: Türkiye's"
                return _unnamed_body(piece, span, entry, _TR_PRESS_HOME, why, state)
            if (
                entry.role is None
                and fold(entry.text) in self._home_institutions.get(lang, ())
                and _unnamed_institution(text, piece, lang)
                and state.holder_of(entry) is None
            ):
                # "the government deployed the army", "the Interior Ministry said", "le gouvernement a démenti",
                # "hükümet açıkladı": with no nationality and none named before, the article's country (like
                # "the police").
                home, why = state.lead_or_home(self.kb.states)
                return _unnamed_body(piece, span, entry, home, why, state)
            if _plural_title(span, lang):
                return []  # "des ministres de la Défense": several people, not the last one named
            earlier = state.holder_of(entry)
            if (
                earlier is None
                and entry.role in _HOME_ROLES
                and (
                    _unnamed_institution(text, piece, lang)
                    or (lang == "en" and _NAME_AFTER.match(text, piece.end))
                )
            ):
                # "Le ministre de l'Intérieur, Ramesh Lekhak, a démissionné", "le chef de l'armée a exhorté",
                # "Opposition leader Matthew Wale said": a domestic office with no nationality, heading a clause
                # or before its holder's name, is the article's country's.
                home, why = state.lead_or_home(self.kb.states)
                return _unnamed_body(piece, span, entry, home, why, state)
            if earlier is None:
                return []
            m = Mention(
                piece.start,
                piece.end,
                span,
                earlier.code,
                earlier.sector,
                "actor",
                earlier.entry,
                f"'{entry.text}' refers to {earlier.entry} named earlier",
            )
            return [m]
        if isinstance(entry, Reference):
            if entry.kind == "counterpart":
                return self._counterpart(piece, span, state)
            if entry.kind == "anaphor_igo":
                # "l'organisation", "l'agence": the IGO named last; in lower case (or capitalised at a
                # sentence start) only, since "l'Agence internationale de l'énergie atomique" is a name.
                igo = next((m for m in reversed(state.recent[-HISTORY:]) if m.sector == "IGO"), None)
                opening = text[max(0, piece.start - 6) : piece.start].rstrip()[-1:] in (
                    "",
                    ".",
                    "!",
                    "?",
                    "«",
                    '"',
                    "“",
                )
                if igo is None or not (span[:1].islower() or opening):
                    return []
                return [
                    state.remember(
                        Mention(
                            piece.start,
                            piece.end,
                            span,
                            igo.code,
                            "IGO",
                            "actor",
                            entry.text,
                            f"'{entry.text}' refers to {igo.code} named earlier",
                        )
                    )
                ]
            if entry.kind.startswith("anaphor:"):  # "the alliance" → NATO, when NATO was named before
                code = entry.kind.split(":", 1)[1]
                if code not in state.recent_codes:
                    return []
                m = Mention(
                    piece.start,
                    piece.end,
                    span,
                    code,
                    "IGO",
                    "actor",
                    entry.text,
                    f"'{entry.text}' refers to {code} named earlier",
                )
                return [state.remember(m)]
            # "Iran and Saudi Arabia agreed… The two countries said": a pair named together just before;
            # "contacts with both sides" of a war likewise; otherwise the last two officials.
            if (
                entry.kind == "sides"
                and lang == "tr"
                and state.coordinated
                and piece.start - state.coordinated_at < _TR_SIDES_REACH
            ):
                # "taraflar": the last pair named together, "Rusya-Ukrayna savaşı" included
                pair = state.coordinated
            elif (
                entry.kind == "sides"
                and lang == "tr"
                and (
                    main := state.main_states(
                        self.kb.states,
                        exclude={
                            m.code
                            for m in state.recent
                            if m.end <= piece.start and not _SENTENCE_END.search(text, m.end, piece.start)
                        },
                    )
                )
            ):
                # "Dışişleri Bakanlığı … tarafları … çağırdı" long after any "X ve Y": the two states the article
                # is about, not the caller (a pair listed in passing, "ABD, İngiltere ve Ürdün", is no side).
                pair = main
            elif (
                entry.kind in ("countries", "sides")
                and state.joined
                and piece.start - state.joined_at < 250
                and not (lang == "en" and _passing_pair(text, state, piece.start, self.kb, lang))
            ):
                pair = state.joined
            elif (
                entry.kind == "pair"
                and state.joined_officials
                and piece.start - state.joined_officials_at < 400
            ):
                # "Minister A and Minister B met in C, at the invitation of D's minister. The two ministers
                # agreed": the two officials named together, not the last two named.
                pair = state.joined_officials
            elif (
                entry.kind == "countries"
                and not _preceded_by(
                    text, piece.start, _PAIR_PREPOSITIONS
                )  # "trade between the two countries"
                and (
                    main := state.main_states(
                        self.kb.states,
                        exclude=_callers(text, state, piece.start, lang, same_sentence=lang == "en")
                        if _preceded_by(text, piece.start, self.kb.langs[lang].addressing)
                        else set(),
                    )
                )
            ):
                # "The two countries have since…" far from any "X and Y": the two states the article is
                # about, not the last two actors (an IGO, a third state quoted in between). In English, the
                # last pair named together among the three states named most ("Thailand and Cambodia" when
                # the mediator Malaysia is named as often).
                pair = (
                    _named_together(
                        state, self.kb.states, _callers(text, state, piece.start, lang, same_sentence=True)
                    )
                    if lang == "en"
                    else None
                ) or main
            elif (
                entry.kind == "sides" or not _preceded_by(text, piece.start, _PAIR_PREPOSITIONS)
            ) and _preceded_by(text, piece.start, self.kb.langs[lang].addressing):
                # "contacts with both sides", "l'ONU a appelé les deux parties", "Trump a averti les deux pays": the
                # addressees are not the caller; but "trade between the two countries" is between those named.
                caller = _callers(text, state, piece.start, lang)
                pair = state.coordinated or state.last_pair(exclude=caller)
            else:
                pair = state.last_pair()
            if pair is None:
                return []
            a, b = pair
            m = Mention(
                piece.start,
                piece.end,
                span,
                f"{a}+{b}",
                None,
                "group",
                entry.text,
                f"'{entry.text}' refers to the two actors named last: {a} and {b}",
            )
            m.members = (a, b)
            return [m]
        assert isinstance(entry, Alias)
        if entry.kind == "blocked":  # "Agence France-Presse", "British Columbia": a name, not the state
            return []
        seat = _seat_reading(entry, piece, state)
        if seat is not None and not _is_locative(text, piece, lang, self.kb):
            # "Bruxelles presse…", "s'est rendu à Bruxelles" in an article that has named the EU: the Union's
            # institutions, not Belgium's government (references.tsv `anaphor:EU` on a capital). A place where
            # something happens ("un sommet à Bruxelles") stays the city.
            m = Mention(
                piece.start,
                piece.end,
                span,
                seat,
                "IGO",
                "actor",
                entry.text,
                f"'{span}' stands for {seat}, named earlier",
            )
            return [state.remember(m)]
        following = text[piece.end : piece.end + 2]
        if "$" in following or "€" in following or "£" in following:  # "US$ 300,000", "A$5m": a currency
            return []
        if entry.kind == "organization" and _DESCRIBED_BY.match(text, piece.end):
            return []  # "the al-Qaeda-linked JNIM group": a description of another actor
        if entry.kind in ("state", "capital", "territory") and _is_locative(text, piece, lang, self.kb):
            return [
                Mention(
                    piece.start,
                    piece.end,
                    span,
                    entry.code,
                    None,
                    "place",
                    entry.text,
                    f"{entry.kind} after a locative: a place",
                )
            ]
        reason = _ALIAS_REASONS[entry.kind]
        if piece.others and any(isinstance(o, Alias) and o.code != entry.code for o in piece.others):
            codes = sorted({o.code for o in (entry, *piece.others) if isinstance(o, Alias)})
            reason += f" (ambiguous between {', '.join(codes)}; first listed kept)"
        sector = (
            entry.sector
            if entry.kind != "adjective"
            else ("CVL" if lang == "fr" and span[:1].isupper() else None)
        )
        return [
            state.remember(
                Mention(piece.start, piece.end, span, entry.code, sector, "actor", entry.text, reason)
            )
        ]

    def _person(
        self, text: str, piece: _Piece, state: _DocState, nation: str | None, title: RolePhrase | None
    ) -> Mention | None:
        seen: set[tuple[int, bool]] = set()
        candidates = []
        for e in (piece.entry, *piece.others):  # one person may sit twice under a folded form (Orbán, Orban)
            if isinstance(e, PersonName) and (id(e.person), e.full) not in seen:
                seen.add((id(e.person), e.full))
                candidates.append(e)
        full = [c for c in candidates if c.full]
        span = text[piece.start : piece.end]
        if full:
            person = _pick(state, [c.person for c in full], nation)
            how = "full name"
        else:
            people = [c.person for c in candidates]
            if all(c.common for c in candidates):  # "Ali said": only the Ali named in full before
                named = [p for p in people if id(p) in state.named]
                person, how = (named[0], "common surname of a person named earlier") if named else (None, "")
            else:
                person, how = self._by_surname(state, people, nation)
            if person is None:
                return None
        role, valid = state.role_of(person)
        if role is not None and (valid or nation is None):
            code, sector = role.code, role.sector
            when = f"at {state.date}" if state.date else "(no date: latest role)"
            reason = (
                f"{how}: {role.role} of {role.code} {when}"
                if valid
                else f"{how}: nearest role {role.role} of {role.code}, none at {state.date}"
            )
        elif nation:
            code, sector = nation, title.sector if title else "GOV"
            reason = f"{how}: no role at {state.date}; nationality {nation} in the title"
        else:
            return None
        m = Mention(piece.start, piece.end, span, code, sector, "actor", person.name, reason)
        m.role = role.role if role and (valid or nation is None) else (title.role if title else None)
        state.named.add(id(person))
        return state.remember(m)

    def _by_surname(
        self, state: _DocState, people: list[Person], nation: str | None
    ) -> tuple[Person | None, str]:
        named = [p for p in people if id(p) in state.named]
        if named:
            return named[0], "surname of a person named earlier"
        leaders = [p for p in people if any(r.role in LEADER_ROLES for r in p.roles_on(state.date))]
        if nation:  # "French President Macron": the surname must belong to a French leader
            leaders = [p for p in leaders if any(r.code == nation for r in p.roles_on(state.date))]
        if len(leaders) == 1 and (state.date is not None or len(people) == 1):
            return leaders[0], "surname of the only leader so named at the date"
        if not leaders and state.date is not None and not nation:
            # "the Biden administration" in 2025: a former leader, if no other leader ever had the name.
            ever = [p for p in people if any(r.role in LEADER_ROLES for r in p.roles)]
            if len(ever) == 1 and _former_leader(ever[0], state.date):
                return ever[0], "surname of the only former leader so named"
        return None, ""


# French: a definite article at the head of a clause ("Le gouvernement a démenti", ", et l'armée a …"), not a
# complement ("palais du gouvernement", "selon les autorités", "reconnaître les autorités").
# Offices that news names without a nationality for the article's own country.
_HOME_ROLES = frozenset({"interior_minister", "justice_minister", "military_chief", "opposition_leader"})
_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+")  # "Interior Minister Ali Yerlikaya": the holder's name follows
_FR_CLAUSE_HEAD = re.compile(r"(?:[.!?,;:»—–]|\bet|\bmais|\bpar)\s*(?:les?|la|l['’])\s*$", re.IGNORECASE)
# A complement after the noun makes it another body ("les autorités de Tiraspol", "le gouvernement d'unité").
_FR_COMPLEMENT = re.compile(r"\s*(?:de|du|des|d['’])\b", re.IGNORECASE)


def _unnamed_institution(text: str, piece: _Piece, lang: str) -> bool:
    """Whether a state institution named without a nationality stands where it is the state itself: after
    "the" in English; as the subject heading a clause in French; bare in Turkish ("hükümet açıkladı")."""
    if lang == "en":
        return _word_before(text, piece.start, 6) == "the"
    if lang == "fr":
        window = ("." if piece.start <= 20 else "") + text[max(0, piece.start - 20) : piece.start]
        return bool(_FR_CLAUSE_HEAD.search(window)) and not _FR_COMPLEMENT.match(text, piece.end)
    return lang == "tr"


def _unnamed_body(
    piece: _Piece, span: str, role: RolePhrase, home: str | None, why: str, state: _DocState
) -> list[Mention]:
    """A body or group named without a nationality ("the police", "parliament"), coded to ``home``."""
    if home is None:
        return []
    reason = f"'{role.text}' with no nationality: {why} ({home})"
    return [
        state.remember(Mention(piece.start, piece.end, span, home, role.sector, "actor", role.text, reason))
    ]


def _former_leader(person: Person, date: PartialDate) -> bool:
    """Every leading role of the person ended before ``date`` (not one that starts later)."""
    leading = [r for r in person.roles if r.role in LEADER_ROLES]
    return bool(leading) and all(r.end is not None and r.end < date for r in leading)


def _titled(start: int, end: int, span: str, code: str, role: RolePhrase, prefix: str = "") -> Mention:
    """An actor known by nationality and title: "a Turkish Defence Ministry spokesperson"."""
    reason = f"{prefix}nationality {code} + role '{role.text}' ({role.sector})"
    mention = Mention(start, end, span, code, role.sector, "actor", role.text, reason)
    mention.role = role.role
    return mention


def _pick(state: _DocState, people: list[Person], nation: str | None) -> Person:
    """Among people sharing a name: one named earlier, then one valid at the date (and nation)."""
    for p in people:
        if id(p) in state.named:
            return p
    valid = [p for p in people if p.roles_on(state.date)]
    if nation:
        valid = [p for p in valid if any(r.code == nation for r in p.roles_on(state.date))] or valid
    return (valid or people)[0]


_JOIN_REACH = 24  # characters between two pieces of one title at most


def _joined(text: str, left: _Piece, right: _Piece) -> bool:
    if right.start - left.end > _JOIN_REACH:
        return False
    gap = text[left.end : right.start]
    if gap == " ":
        return True
    if "\n" in gap or ("," in gap and right.kind != "P"):  # "Minister, Hakan Fidan" but not "Sözcü, Irak"
        return False
    words = _WORDS.findall(gap)
    if any(w not in ("s",) for w in words) and left.kind not in "RC":  # "au Mali de mercenaires" is no title
        return False
    return (
        len(words) <= 3
        and all(w.lower() in CONNECTIVES for w in words)
        and bool(_GAP.fullmatch(_WORDS.sub("", gap)))
    )


def _chainable(chain: list[_Piece]) -> bool:
    """A title reads as nation/role pieces, at most one person last, at most one counterpart."""
    kinds = "".join(p.kind for p in chain)
    if "G" in kinds:
        return False
    # An organization or seat may head a title ("NATO Secretary-General …", "Kremlin spokesman …"), or be
    # followed by a nationality in French ("Conseil de sécurité russe").
    if "E" in kinds and not (kinds.startswith("ER") and kinds.count("E") == 1) and kinds != "EN":
        return False
    # "British, French, Turkish soldiers": each nationality is its own actor.
    if kinds.count("P") > 1 or kinds.count("C") > 1 or kinds.count("N") > 1:
        return False
    if "P" in kinds[:-1]:
        # "Biden administration", "Esed rejimi": a person named before their government.
        last = chain[-1].entry
        return (
            kinds.endswith("PR")
            and isinstance(last, RolePhrase)
            and last.role is None
            and last.sector == "GOV"
        )
    return True


_ALIAS_REASONS = {
    "state": "state name",
    "adjective": "nationality adjective",
    "capital": "capital acting for its government",
    "territory": "territory named for its authority",
    "seat": "seat of power",
    "organization": "organization name",
    "region": "region named as an actor",
}
_DATIVE_ACCUSATIVE = frozenset(["a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü"])
_GENITIVE = frozenset(["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"])
_AND = re.compile(r"\s*,?\s*(?:and|et|ve|ile|&)\s+(?:the\s+|l[ae]s?\s+|l['’])?", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|and|or|et|ou|ve|veya)\s*", re.IGNORECASE)
_TARGET_WORDS = frozenset({"on", "onto", "sur"})
# Articles and prepositions that may stand between a locative, a direction and a name.
_ARTICLES = frozenset({"the", "of", "la", "le", "l", "les", "de", "du", "des", "d"})
_POSSESSIVE_NEXT = re.compile(r"['’]s?\s+(\w+)")
_APOSTROPHE_ENDING = re.compile(r"['’](\w+)")
_FIRST_WORD = re.compile(r"\W*(\w+)")


def _word_before(text: str, start: int, reach: int = 24) -> str:
    """The last word within ``reach`` characters before ``start``, lower-cased, or "".

    Matched on the reversed window: a regex anchored at the end would try every position."""
    found = _FIRST_WORD.match(text[max(0, start - reach) : start][::-1])
    return found.group(1)[::-1].lower() if found else ""


# "Russia-Ukraine", "Armenia and Azerbaijan": a pair that "with both sides" may point back to.
_COORDINATED = re.compile(
    r"\s*(?:-|–|/|,?\s*(?:and|et|ve|ile|&)\s+(?:the\s+|l[ae]s?\s+|l['’])?)\s*", re.IGNORECASE
)
_DEFINITE = {"en": ("the",), "fr": ("les",), "tr": ()}


def _preceded_by(text: str, start: int, stems: tuple[str, ...]) -> bool:
    """Whether one of the three words before ``start`` begins with one of ``stems``."""
    window = text[max(0, start - 40) : start]
    # Not across a sentence end: "…, the Akorda press service said. The two leaders agreed".
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return bool(stems) and any(fold(w).startswith(stems) for w in _WORDS.findall(window)[-3:])


_SENTENCE_END = re.compile(r"[.!?]\s")
# English attributive use of a body's name before an inanimate noun ("police vehicles", "army equipment").
_THING_AFTER = re.compile(
    r"\s+(?:vehicles?|cars?|trucks?|vans?|equipment|uniforms?|cooperation|stations?|reforms?|academy|budget|"
    r"training|helicopters?|boats?|motorcycles?|weapons?|dogs?|custody)\b"
)
# The state whose press writes Turkish: its own ministries go unqualified ("Dışişleri Bakanlığı").
_TR_PRESS_HOME = "TUR"
# How far (characters) "taraflar" looks back for the last pair named together.
_TR_SIDES_REACH = 1000
# A capitalised word right after an armed-group noun is the group's own name ("terör örgütü PKK").
_NAME_NEXT = re.compile(r"[\s'’]+[A-ZÇĞİÖŞÜ]")
# "PKK'lı teröristler", "YPG'li": the group named in the adjective right before.
_GROUP_ADJECTIVE = re.compile(r"['’]l[ıiuü]\s+$")
_DEFINITE_ARTICLES = {"en": ("the",), "fr": ("les", "des", "aux", "le", "la", "l", "du")}
_DATIVE_PREPOSITIONS = frozenset({"à", "a", "au", "aux"})  # "restitués en Turquie" stays a place
_DESCRIBED_BY = re.compile(r"-(?:linked|affiliated|aligned|allied|inspired|style)\b")
_PAIR_PREPOSITIONS = ("with", "between", "avec", "entre", "ile", "arasinda")
_PLURAL_ENDINGS = {"en": ("s",), "fr": ("s", "x"), "tr": ()}


def _plural_title(span: str, lang: str) -> bool:
    """Whether a title's head word is plural: the first in French, the last in English."""
    words = _WORDS.findall(span)
    head = (words[0] if lang == "fr" else words[-1]) if words else ""
    return bool(head) and fold(head).endswith(_PLURAL_ENDINGS.get(lang, ()))


def _definite_plural(text: str, piece: _Piece, lang: str) -> bool:
    """ "The ministers", "les ministres": a plural title standing for several people."""
    if not _plural_title(text[piece.start : piece.end], lang):
        return False
    if lang == "tr":
        return False  # "NATO dışişleri bakanları": Turkish plurals name a category, not the two last named
    before = _WORDS.findall(text[max(0, piece.start - 12) : piece.start])
    return bool(before) and fold(before[-1]) in _DEFINITE.get(lang, ())


def _is_locative(text: str, piece: _Piece, lang: str, kb: KnowledgeBase) -> bool:
    data = kb.langs.get(lang)
    if data is None or not data.locatives:
        return False
    if lang == "tr":
        after = _APOSTROPHE_ENDING.match(text, piece.end)
        if not after:
            return False
        ending = after.group(1).lower()
        if ending in data.locatives:
            return True
        # "Ankara'ya geldi", "Mısır'ı ziyaret etti", "Irak'ın kuzeyinde": a destination or a direction.
        following = _WORDS.findall(text[after.end() : after.end() + 40])[:3]
        stems = (
            data.destinations
            if ending in _DATIVE_ACCUSATIVE
            else data.direction_stems
            if ending in _GENITIVE
            else ()
        )
        return any(fold(w).startswith(stems) for w in following)
    if text[piece.end : piece.end + 1] in (
        "-",
        "–",
    ):  # "the Russia-Ukraine conflict": a compound, not a place
        return False
    # "in Ankara", "in northwest Syria", "dans l'est de la RDC": a locative before the name, with
    # directions and the articles between them skipped.
    word = _word_before(text, piece.start)
    if word not in data.place_cues and word not in _ARTICLES:
        # The common case: no locative before the name; "Beirut's southern suburbs" is still a place.
        if text[piece.end : piece.end + 1] not in ("'", "’"):
            return False
        after = _POSSESSIVE_NEXT.match(text, piece.end)
        return bool(after) and after.group(1).lower() in data.directions
    before = _WORDS.findall(text[max(0, piece.start - 48) : piece.start])[-7:]
    skipped_direction = False
    while before and (
        (low := before[-1].lower()) in data.directions or (low in _ARTICLES and len(before) > 1)
    ):
        skipped_direction |= low in data.directions
        before.pop()
    if before and before[-1].lower() in data.locatives:
        # French "à" is also the dative: "soutien à Kiev", "a demandé à Moscou" name a recipient.
        window = before[-4:-1]
        if len(before) > 1 and before[-2].lower() == "et":
            # "a rappelé ses ambassadeurs à Bamako et à Niamey": the second recipient shares the first's verb
            window = _WORDS.findall(text[max(0, piece.start - 90) : piece.start])[-9:-1]
        recipient = before[-1].lower() in _DATIVE_PREPOSITIONS and any(
            w.lower().startswith(data.datives) for w in window
        )
        return skipped_direction or not recipient
    # "send troops to Ukraine", "fled to India": a motion verb, then "to".
    if before and before[-1].lower() in data.to_words:
        # "strikes on Kyiv" (a city) is a place, "an attack on Taiwan" (a state) targets an actor.
        if before[-1].lower() in _TARGET_WORDS and not (
            isinstance(piece.entry, Alias) and piece.entry.kind == "capital"
        ):
            return False
        return any(w.lower().startswith(data.destinations) for w in before[-5:-1])
    # "Beirut's southern suburbs": a direction after the possessive.
    after = _POSSESSIVE_NEXT.match(text, piece.end)
    return bool(after) and after.group(1).lower() in data.directions


@dataclass
class _DocState:
    """What the document has said so far: people named, recent actors, the last sector."""

    date: PartialDate | None
    named: set[int] = field(default_factory=set)  # ids of the people named so far
    roles: dict[int, tuple[Role | None, bool]] = field(default_factory=dict)
    recent_codes: dict[str, None] = field(default_factory=dict)  # ordered set, most recent last
    recent: list[Mention] = field(default_factory=list)
    last_sector: str | None = None
    last_role: str | None = None
    last_place: Mention | None = None
    coordinated: tuple[str, str] | None = None  # the last "X and Y" / "X-Y" pair of actors or places
    coordinated_at: int = 0
    joined: tuple[str, str] | None = None  # the last "X and Y" pair (no hyphen compounds)
    joined_at: int = 0
    joined_pairs: list[tuple[str, str]] = field(default_factory=list)  # every "X and Y" pair, in order
    joined_officials: tuple[str, str] | None = None  # the last "X and Y" pair of two officials
    joined_officials_at: int = 0
    officials: list[Mention] = field(
        default_factory=list
    )  # mentions of people or titles, for "the two ministers"
    early: list[Mention] = field(default_factory=list)  # the first actors named, for the article's lead state

    def remember(self, mention: Mention) -> Mention:
        if mention.kind == "actor":
            self.recent_codes.pop(mention.code, None)
            self.recent_codes[mention.code] = None
            self.recent.append(mention)
            if len(self.early) < _LEAD_REACH:
                self.early.append(mention)
            if len(self.recent) > 4 * HISTORY:
                del self.recent[:-HISTORY]
            if mention.role:
                self.officials.append(mention)
                if len(self.officials) > 4 * HISTORY:
                    del self.officials[:-HISTORY]
            self.last_sector = mention.sector or self.last_sector
            self.last_role = mention.role or self.last_role
        return mention

    def home(self, states: dict[str, tuple[str, str]]) -> str | None:
        """The state the article is about so far: the only one named, or the one named most often (at least
        twice), first on ties."""
        counts = self.state_counts(states)
        if not counts:
            return None
        ((code, best),) = counts.most_common(1)
        return None if best < 2 and len(counts) > 1 else code

    def lead_or_home(self, states: dict[str, tuple[str, str]]) -> tuple[str | None, str]:
        """The state a body named without a nationality belongs to: the lead's state (the first state named
        as an actor after the dateline, else the dateline's) when it has been named again since, else the
        article's country so far ("ALGER — L'Algérie a fermé … le ministère des Affaires étrangères a dit")."""
        named = [m for m in self.early if m.code in states]
        lead = next((m for m in named if not m.text.isupper()), named[0] if named else None)
        if lead is not None and self.state_counts(states)[lead.code] >= 2:
            return lead.code, "the article's lead state, named first and again since"
        return self.home(states), "the article's country so far"

    def state_counts(
        self, states: dict[str, tuple[str, str]], exclude: Set[str] = frozenset()
    ) -> Counter[str]:
        """How often each state has been named as an actor so far, in order of first mention."""
        return Counter(m.code for m in self.recent if m.code in states and m.code not in exclude)

    def role_of(self, person: Person) -> tuple[Role | None, bool]:
        """The person's role at the document's date (cached: a person is often named many times)."""
        key = id(person)
        if key not in self.roles:
            self.roles[key] = person.role_on(self.date)
        return self.roles[key]

    def last_pair(self, exclude: frozenset[str] | set[str] = frozenset()) -> tuple[str, str] | None:
        """The two actors "the two ministers" means: the last two officials, else the last two actors."""
        for pool in (self.officials[-HISTORY:], self.recent[-HISTORY:]):
            codes: list[str] = []
            for m in reversed(pool):
                if m.code not in codes and m.code not in exclude:
                    codes.append(m.code)
                if len(codes) == 2:
                    return codes[1], codes[0]
        return None

    def main_states(self, states: dict[str, tuple[str, str]], exclude: set[str]) -> tuple[str, str] | None:
        """The two states named most often so far (first named first on ties), when both are named at
        least twice: the dyad an article is about."""
        top = self.state_counts(states, exclude).most_common(2)
        if len(top) < 2 or top[1][1] < 2:
            return None
        return top[0][0], top[1][0]

    def holder_of(self, role: RolePhrase) -> Mention | None:
        """The last mention this title or institution refers back to: "the minister" → the last
        minister; "the presidency" → the last mention of a presidency ("the Turkish Presidency")."""
        # "the ministry" after "North Korea's Foreign Ministry": a one-word institution ends a longer one.
        suffix = " " + role.text.lower() if role.role is None and " " not in role.text else None
        for m in reversed(self.recent[-HISTORY:]):
            if role.role is None:
                if m.entry == role.text or (suffix and m.entry and m.entry.lower().endswith(suffix)):
                    return m
            elif m.role and (m.role == role.role or (role.role == "minister" and "minister" in m.role)):
                return m
        return None


def mentions_to_dicts(mentions: Iterable[Mention]) -> list[dict[str, object]]:
    return [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "code": m.code,
            "sector": m.sector,
            "kind": m.kind,
            "entry": m.entry,
            "reason": m.reason,
        }
        for m in mentions
    ]
