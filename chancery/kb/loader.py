"""Load the knowledge base's plain data files (formats in ``kb/data/README.md``).

Loading parses and types the data; :mod:`chancery.kb.check` validates it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import yaml

from chancery.doc import PartialDate
from chancery.errors import DataError, Errors
from chancery.kb.cache import cached
from chancery.nlp.text import fold

LANGS = ("en", "fr", "tr")
# Languages whose CLDR country names (through babel) are added to the "xx" alias set used for
# documents in other languages.
CLDR_LANGS = ("de", "es", "it", "pt", "nl", "ru", "ar", "fa", "pl", "el", "uk", "zh", "ja")


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def read_tsv(path: Traversable, columns: int) -> list[list[str]]:
    """Rows of a TSV data file (header and ``#`` comments dropped), checked for width."""
    if not path.is_file():
        return []
    rows = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = line.split("\t")
        if len(cells) < columns:
            cells += [""] * (columns - len(cells))
        if len(cells) != columns:
            raise DataError(
                Errors.E401, path=path, reason=f"line {number}: {len(cells)} columns, expected {columns}"
            )
        rows.append([c.strip() for c in cells])
    return rows


def read_lines(path: Traversable) -> list[str]:
    """The non-empty, non-comment lines of a phrase-list file."""
    if not path.is_file():
        return []
    return [
        x.strip()
        for x in path.read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    ]


def read_words(path: Traversable) -> frozenset[str]:
    """The words of a word-list file, each also in lower case and folded (à → a), for quick lookups."""
    if not path.is_file():
        return frozenset()
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    words = {w for line in lines for w in line.split()}
    return frozenset(words | {w.lower() for w in words} | {fold(w) for w in words})


def upper_bound(date: PartialDate) -> str:
    """The latest ISO day a partial date covers, for comparison as text."""
    text = str(date)
    return text + {4: "-12-31", 7: "-31"}.get(len(text), "")


# States whose leaders' names are written family name first in international news.
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "KHM", "MNG", "HKG"})
ARABIC_ARTICLES = frozenset(
    {"al", "el", "as", "es", "ad", "ed", "an", "en", "ar", "er", "at", "et", "az", "ez", "ash", "esh"}
)
# When a person holds several roles at once, the first here is the one to code them with.
ROLE_PRIORITY = {
    role: i
    for i, role in enumerate(
        (
            "head_of_state",
            "head_of_government",
            "vice_president",
            "deputy_head_of_government",
            "igo_head",
            "foreign_minister",
            "defence_minister",
            "interior_minister",
            "finance_minister",
            "economy_minister",
            "energy_minister",
            "justice_minister",
            "minister",
            "national_security_adviser",
            "military_chief",
            "intelligence_chief",
            "central_bank_governor",
            "spokesperson",
            "igo_official",
            "group_leader",
        )
    )
}


def _descending(date: PartialDate | None) -> tuple[int, int, int]:
    if date is None:
        return (0, 0, 0)
    return (-date.year, -(date.month or 0), -(date.day or 0))


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    sector: str
    role: str
    start: PartialDate | None = None
    end: PartialDate | None = None

    def valid_on(self, date: PartialDate | None) -> bool:
        """True when the role may be held at ``date`` (open bounds always match)."""
        if date is None:
            return True
        return (self.start is None or str(self.start) <= upper_bound(date)) and (
            self.end is None or str(date) <= upper_bound(self.end)
        )

    def distance(self, date: PartialDate) -> int:
        """Days between ``date`` and the role's span (0 when valid)."""
        if self.valid_on(date):
            return 0
        day = date.to_date()
        if self.end is not None and str(date) > upper_bound(self.end):
            return (day - self.end.to_date()).days
        return (self.start.to_date() - day).days if self.start else 0


@dataclass(frozen=True)
class Person:
    name: str
    variants: tuple[str, ...]
    roles: tuple[Role, ...]
    source: str = ""

    @cached_property
    def surname(self) -> str:
        """The family name: first in Chinese, Korean and Vietnamese order (Xi Jinping), else last."""
        return self._family_name(self.name)

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The family name as every multi-word spelling writes it (Putin, Poutine)."""
        names = (self.name, *self.variants)
        return frozenset({self._family_name(n) for n in names if len(n.split()) > 1} | {self.surname})

    def _family_name(self, name: str) -> str:
        parts = name.split()
        if len(parts) > 1 and any(r.code in FAMILY_NAME_FIRST for r in self.roles):
            return parts[0]
        last = parts[-1]
        # "el-Sisi", "al-Sudani", "es-Sudani": news also writes the name without its article.
        head, _, rest = last.partition("-")
        if rest and head.lower() in ARABIC_ARTICLES:
            return rest
        return last

    def roles_on(self, date: PartialDate | None) -> list[Role]:
        return [r for r in self.roles if r.valid_on(date)]

    def role_on(self, date: PartialDate | None) -> tuple[Role | None, bool]:
        """The role to code the person with at ``date``, and whether it is valid then.

        Among valid roles the highest office wins (a president who is also party leader), then
        the latest-starting; with none valid, the role nearest in time.
        """
        valid = self.roles_on(date)
        if valid:
            return min(valid, key=lambda r: (ROLE_PRIORITY.get(r.role, 99), _descending(r.start))), True
        if not self.roles or date is None:
            return None, False
        return min(self.roles, key=lambda r: r.distance(date)), False


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    kind: str  # igo, ngo, group, region
    sector: str
    name: str
    country: str
    active: str


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form in one language pointing at a state, seat or organization."""

    text: str
    code: str
    sector: str | None
    kind: str  # state, adjective, capital, territory, seat, organization, region, blocked
    source: str = ""


@dataclass(frozen=True, slots=True)
class RolePhrase:
    text: str
    sector: str
    role: str | None


@dataclass(frozen=True, slots=True)
class Reference:
    text: str
    kind: str  # counterpart, pair


@dataclass
class LanguageData:
    aliases: list[Alias] = field(default_factory=list)
    roles: list[RolePhrase] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    locatives: frozenset[str] = frozenset()
    # Motion-verb stems that make a destination a place: after the dative in Turkish ("Ankara'ya geldi"),
    # before "to" in English ("sent troops to Ukraine").
    destinations: tuple[str, ...] = ()
    directions: frozenset[str] = frozenset()  # "northern", "kuzey": a name next to them is a place
    direction_stems: tuple[str, ...] = ()  # the same, folded, as prefixes ("kuzeyinde")
    to_words: frozenset[str] = frozenset()  # "to": the preposition of destinations
    datives: tuple[str, ...] = ()  # French stems before "à" that make the name a recipient ("soutien à Kiev")
    addressing: tuple[
        str, ...
    ] = ()  # stems before "both sides" that make them the addressees ("urged", "with")

    @cached_property
    def place_cues(self) -> frozenset[str]:
        """Every word that, right before a name, may make it a place: locatives, directions, "to"."""
        return self.locatives | self.directions | self.to_words


@dataclass
class KnowledgeBase:
    states: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (iso2, status)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    langs: dict[str, LanguageData] = field(default_factory=dict)
    role_keys: frozenset[str] = frozenset()

    def codes(self) -> set[str]:
        return set(self.states) | set(self.organizations)


def _parse_date(value: object, where: str) -> PartialDate | None:
    if value is None or value == "":
        return None
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        raise DataError(Errors.E401, path=where, reason=f"bad date {value!r}") from exc


def load_people(folder: Traversable) -> list[Person]:
    people: list[Person] = []
    if not folder.is_dir():
        return people
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".yml"):
            continue
        try:
            items = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except yaml.YAMLError as exc:
            raise DataError(Errors.E401, path=path, reason=exc) from exc
        for item in items or []:
            if not isinstance(item, dict) or not item.get("name"):
                raise DataError(Errors.E401, path=path, reason=f"an entry without a name: {item!r:.80}")
            where = f"{path.name}: {item['name']}"
            try:
                roles = tuple(
                    Role(
                        code=str(r["code"]),
                        sector=str(r.get("sector") or "GOV"),
                        role=str(r.get("role") or "official"),
                        start=_parse_date(r.get("start"), where),
                        end=_parse_date(r.get("end"), where),
                    )
                    for r in item.get("roles") or []
                )
            except (KeyError, TypeError) as exc:
                raise DataError(Errors.E401, path=path, reason=f"{item['name']}: bad role {exc}") from exc
            variants = tuple(str(v) for v in item.get("variants") or [])
            people.append(Person(str(item["name"]), variants, roles, path.name))
    return people


def merge_people(people: list[Person]) -> list[Person]:
    """One person per name: a career split across files (national roles in one, an IGO role in
    another) becomes one entry with every role, so "Rutte" is one man, not two."""
    merged: dict[str, Person] = {}
    for person in people:
        known = merged.get(person.name)
        if known is None:
            merged[person.name] = person
            continue
        roles = known.roles + tuple(r for r in person.roles if r not in known.roles)
        variants = known.variants + tuple(v for v in person.variants if v not in known.variants)
        merged[person.name] = Person(person.name, variants, roles, f"{known.source}+{person.source}")
    return list(merged.values())


def _cldr_names(lang: str, states: dict[str, tuple[str, str]]) -> list[Alias]:
    """Country names of ``lang`` from the Unicode CLDR (through babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return []
    by_iso2 = {iso2: code for code, (iso2, _) in states.items()}
    return [
        Alias(name, by_iso2[iso2], "GOV", "state", f"CLDR {lang}")
        for iso2, name in territories.items()
        if iso2 in by_iso2
    ]


def load_language(root: Traversable, lang: str, kb: KnowledgeBase) -> LanguageData:
    folder = root / "lang" / lang
    data = LanguageData()
    seen: set[tuple[str, str]] = set()

    def add(alias: Alias) -> None:
        key = (alias.text, alias.code)
        if key not in seen:
            seen.add(key)
            data.aliases.append(alias)

    for code, names, adjectives, capitals in read_tsv(folder / "states.tsv", 4):
        for n in _split(names):
            add(Alias(n, code, "GOV", "state", f"{lang}/states.tsv"))
        for a in _split(adjectives):
            add(Alias(a, code, None, "adjective", f"{lang}/states.tsv"))
        # A capital may act for an organization seated there (tr "Brüksel" → EU): it keeps that one's sector.
        seated = kb.organizations.get(code)
        for c in _split(capitals):
            add(Alias(c, code, (seated.sector if seated else None) or "GOV", "capital", f"{lang}/states.tsv"))
    written = {fold(a.text) for a in data.aliases}
    for alias in _cldr_names(lang, kb.states):
        if fold(alias.text) not in written:  # hand-written data wins over CLDR
            add(alias)
    for phrase, code in read_tsv(folder / "territories.tsv", 2):
        add(Alias(phrase, code, "GOV", "territory", f"{lang}/territories.tsv"))
    for phrase, code, sector in read_tsv(folder / "seats.tsv", 3):
        add(Alias(phrase, code, sector or "GOV", "seat", f"{lang}/seats.tsv"))
    for code, names in read_tsv(folder / "organizations.tsv", 2):
        org = kb.organizations.get(code)
        kind = "region" if org and org.kind == "region" else "organization"
        for n in _split(names):
            add(Alias(n, code, (org.sector if org else None) or None, kind, f"{lang}/organizations.tsv"))
    # Names that contain a state's name but are not it: matched (the longest match wins), then ignored.
    for phrase in read_lines(folder / "blocked.txt"):
        data.aliases.append(Alias(phrase, "", None, "blocked", f"{lang}/blocked.txt"))
    data.roles = [RolePhrase(p, s, r or None) for p, s, r in read_tsv(folder / "roles.tsv", 3)]
    data.references = [Reference(p, k) for p, k in read_tsv(folder / "references.tsv", 2)]
    data.locatives = read_words(folder / "locatives.txt")
    data.destinations = tuple(sorted(read_words(folder / "destinations.txt")))
    data.directions = read_words(folder / "directions.txt")
    data.direction_stems = tuple(sorted({fold(w) for w in data.directions}))
    data.to_words = read_words(folder / "to_words.txt")
    # Stems are compared with lower-cased words, so each is kept as written and folded.
    data.datives = tuple(sorted(read_words(folder / "datives.txt")))
    data.addressing = tuple(sorted(fold(w) for w in read_words(folder / "addressing.txt")))
    return data


def load_kb(root: Traversable | None = None, langs: tuple[str, ...] = LANGS) -> KnowledgeBase:
    """Read every data file under ``root`` (default: the packaged ``kb/data``), through the cache."""
    data = root or resources.files("chancery.kb") / "data"
    # The pickled records are this module's classes and chancery.doc's dates.
    code = (Path(__file__), Path(__file__).parents[1] / "doc.py")
    return cached(data, ",".join(langs), lambda: parse_kb(data, langs), code)


def parse_kb(root: Traversable, langs: tuple[str, ...] = LANGS) -> KnowledgeBase:
    """Parse every data file under ``root``, without the cache."""
    kb = KnowledgeBase()
    for code, iso2, status in read_tsv(root / "states.tsv", 3):
        kb.states[code] = (iso2, status)
    for code, kind, sector, name, country, active in read_tsv(root / "organizations.tsv", 6):
        kb.organizations[code] = Organization(code, kind, sector, name, country, active)
    kb.role_keys = frozenset(
        line.split("#")[0].strip()
        for line in (root / "roles.txt").read_text(encoding="utf-8").splitlines()
        if line.split("#")[0].strip()
    )
    kb.people = merge_people(load_people(root / "people"))
    for lang in langs:
        kb.langs[lang] = load_language(root, lang, kb)
    xx = LanguageData()
    for lang in CLDR_LANGS:
        xx.aliases += _cldr_names(lang, kb.states)
    kb.langs["xx"] = xx
    return kb
