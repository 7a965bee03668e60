"""PLOVER event types and the CAMEO codebook (codes, Goldstein weights)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from chancery.errors import DataError, Errors

# PLOVER 2.0 event types with their modes (EVENTS.md §4).
EVENT_TYPES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "AGREE": (),
        "CONSULT": ("visit", "third-party", "multilateral", "phone"),
        "SUPPORT": (),
        "CONCEDE": (),
        "COOPERATE": (),
        "AID": (),
        "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
        "REQUEST": ("assist", "change", "yield", "meet"),
        "ACCUSE": ("disapprove", "investigate", "allege"),
        "REJECT": ("assist", "change", "yield", "meet"),
        "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
        "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
        "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
        "MOBILIZE": ("troops", "weapons", "police", "militia"),
        "COERCE": (
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        ),
        "ASSAULT": (
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ),
    }
)
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Types that react to another act (condemning, rejecting, welcoming it): their receiver is often that act's doer.
REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
STATUSES = ("occurred", "planned", "negated", "conditional")
# GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD_CLASS: MappingProxyType[str, int] = MappingProxyType(
    {
        "AGREE": 1,
        "CONSULT": 1,
        "SUPPORT": 1,
        "CONCEDE": 1,
        "COOPERATE": 2,
        "AID": 2,
        "RETREAT": 2,
        "REQUEST": 3,
        "ACCUSE": 3,
        "REJECT": 3,
        "THREATEN": 3,
        "SANCTION": 3,
        "PROTEST": 4,
        "MOBILIZE": 4,
        "COERCE": 4,
        "ASSAULT": 4,
    }
)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    goldstein: float
    description: str
    plover_type: str | None
    plover_mode: str | None


@cache
def cameo_codebook() -> MappingProxyType[str, CameoCode]:
    """Every CAMEO code with its Goldstein weight (read once; immutable)."""
    path = resources.files("chancery.coding") / "data" / "cameo.tsv"
    table: dict[str, CameoCode] = {}
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != 6:
            raise DataError(Errors.E401, path=path, reason=f"line {number}: expected 6 columns")
        code, weight, description, plover, mode, _ = cells
        table[code] = CameoCode(code, float(weight), description, plover or None, mode or None)
    return MappingProxyType(table)


def cameo_for(kind: str, mode: str | None) -> str | None:
    """The CAMEO code that best stands for a PLOVER type and mode: the first code of the crosswalk with that
    type and mode, else the type's first code without a mode (its general code)."""
    codes = [c for c in cameo_codebook().values() if c.plover_type == kind]
    exact = [c for c in codes if mode and c.plover_mode == mode]
    general = [c for c in codes if c.plover_mode is None]
    chosen = exact or general or codes
    return chosen[0].code if chosen else None


def goldstein(code: str | None) -> float | None:
    if not code:
        return None
    entry = cameo_codebook().get(code)
    return entry.goldstein if entry else None
