"""Load the knowledge base's plain data files (formats in ``kb/data/README.md``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable

import yaml

from chancery.doc import PartialDate
from chancery.errors import DataError, Errors

LANGS = ("en", "fr", "tr")


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def read_tsv(path: Traversable, columns: int) -> list[list[str]]:
    """Rows of a TSV data file (header and ``#`` comments dropped), checked for width."""
    if not path.is_file():
        return []
    rows = []
    lines = path.read_text(encoding="utf-8").splitlines()
    header_seen = False
    for number, line in enumerate(lines, 1):
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
        return (self.start is None or str(self.start) <= _upper(date)) and (
            self.end is None or str(date) <= _upper(self.end)
        )


def _upper(date: PartialDate) -> str:
    """The latest ISO string a partial date covers, for lexical comparison."""
    text = str(date)
    return text + {4: "-12-31", 7: "-31"}.get(len(text), "")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    variants: tuple[str, ...]
    roles: tuple[Role, ...]


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form in one language pointing at a knowledge-base entry."""

    text: str
    code: str
    sector: str | None
    kind: str  # state, adjective, capital, seat, organization, person, role
    entry: str


@dataclass
class KnowledgeBase:
    states: dict[str, str] = field(default_factory=dict)  # code -> iso2
    organizations: dict[str, tuple[str, str, str]] = field(
        default_factory=dict
    )  # code -> (kind, sector, name)
    people: list[Person] = field(default_factory=list)
    aliases: dict[str, list[Alias]] = field(default_factory=dict)  # lang -> aliases


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
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".yml"):
            continue
        try:
            items = yaml.load(
                path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            )
        except yaml.YAMLError as exc:
            raise DataError(Errors.E401, path=path, reason=exc) from exc
        for item in items or []:
            where = f"{path.name}: {item.get('name')}"
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
            people.append(Person(str(item["name"]), tuple(str(v) for v in item.get("variants") or []), roles))
    return people


def load_kb(root: Traversable | None = None) -> KnowledgeBase:
    """Read every data file under ``root`` (default: the packaged ``kb/data``)."""
    root = root or resources.files("chancery.kb") / "data"
    kb = KnowledgeBase()
    for code, iso2, _status in read_tsv(root / "states.tsv", 3):
        kb.states[code] = iso2
    for code, kind, sector, name, _country, _active in read_tsv(root / "organizations.tsv", 6):
        kb.organizations[code] = (kind, sector, name)
    kb.people = load_people(root / "people")
    for lang in LANGS:
        folder = root / "lang" / lang
        aliases: list[Alias] = []
        for code, names, adjectives, capitals in read_tsv(folder / "states.tsv", 4):
            aliases += [Alias(n, code, "GOV", "state", code) for n in _split(names)]
            aliases += [Alias(a, code, None, "adjective", code) for a in _split(adjectives)]
            aliases += [Alias(c, code, "GOV", "capital", code) for c in _split(capitals)]
        for phrase, code, sector in read_tsv(folder / "seats.tsv", 3):
            aliases.append(Alias(phrase, code, sector or "GOV", "seat", phrase))
        for code, names in read_tsv(folder / "organizations.tsv", 2):
            kind, sector, _name = kb.organizations.get(code, ("igo", "IGO", code))
            aliases += [Alias(n, code, sector or None, "organization", code) for n in _split(names)]
        kb.aliases[lang] = aliases
    return kb
