"""Validate the knowledge base: unknown codes, bad sectors and role keys, impossible
dates, overlapping single-holder roles, and one alias pointing at two entries."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from chancery.kb.loader import KnowledgeBase, Role, upper_bound
from chancery.nlp.text import fold

SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "COP",
        "SPY",
        "REB",
        "PTY",
        "OPP",
        "IGO",
        "BUS",
        "MED",
        "HLH",
        "CVL",
        "REF",
        "REL",
        "EDU",
        "LAB",
        "ELI",
        "NGO",
        "CRM",
        "PRM",
    ]
)
ORG_KINDS = frozenset({"igo", "ngo", "group", "region"})
# One holder at a time per state or organization.
SINGLE_HOLDER = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "igo_head"}
)
# States whose constitution gives one of those offices to several people at once.
COLLECTIVE_OFFICES = frozenset(
    {
        ("BIH", "head_of_state"),
        ("AND", "head_of_state"),
        ("SMR", "head_of_state"),
        ("CHE", "head_of_state"),
        ("CHE", "head_of_government"),
    }
)
# A group code may start with a digit (3R in the Central African Republic) but needs a letter.
_CODE = re.compile(r"^(?=.*[A-Z])[A-Z0-9][A-Z0-9_-]{1,24}$")


@dataclass(frozen=True, slots=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def check(kb: KnowledgeBase) -> list[Problem]:
    problems: list[Problem] = []
    problems += _check_codes(kb)
    problems += _check_aliases(kb)
    problems += _check_people(kb)
    return problems


def _check_codes(kb: KnowledgeBase) -> list[Problem]:
    out = []
    iso2: dict[str, str] = {}
    for code, (two, _status) in kb.states.items():
        if not re.fullmatch(r"[A-Z]{3}", code):
            out.append(Problem("states.tsv", f"{code!r} is not an alpha-3 code"))
        if two in iso2:
            out.append(Problem("states.tsv", f"alpha-2 {two} used by {iso2[two]} and {code}"))
        iso2[two] = code
    for code, org in kb.organizations.items():
        if not _CODE.match(code):
            out.append(Problem("organizations.tsv", f"{code!r} is not an upper-case code"))
        if org.kind not in ORG_KINDS:
            out.append(Problem("organizations.tsv", f"{code}: kind {org.kind!r} not in {sorted(ORG_KINDS)}"))
        if org.sector and org.sector not in SECTORS:
            out.append(Problem("organizations.tsv", f"{code}: unknown sector {org.sector!r}"))
        if org.country and org.country not in kb.states:
            out.append(Problem("organizations.tsv", f"{code}: unknown country {org.country!r}"))
        if code in kb.states:
            out.append(Problem("organizations.tsv", f"{code} is also a state code"))
    codes = kb.codes()
    for lang, data in kb.langs.items():
        for alias in data.aliases:
            if alias.kind == "blocked":
                continue
            if alias.code not in codes:
                out.append(Problem(alias.source or lang, f"{alias.text!r}: unknown code {alias.code!r}"))
            if alias.sector and alias.sector not in SECTORS:
                out.append(Problem(alias.source or lang, f"{alias.text!r}: unknown sector {alias.sector!r}"))
        for role in data.roles:
            if role.sector not in SECTORS:
                out.append(Problem(f"{lang}/roles.tsv", f"{role.text!r}: unknown sector {role.sector!r}"))
            if role.role and role.role not in kb.role_keys:
                out.append(Problem(f"{lang}/roles.tsv", f"{role.text!r}: unknown role {role.role!r}"))
        if lang != "xx":
            named = {a.code for a in data.aliases if a.kind == "state"}
            for code in sorted(set(kb.states) - named):
                out.append(Problem(f"{lang}/states.tsv", f"no name for {code}"))
    return out


def _check_aliases(kb: KnowledgeBase) -> list[Problem]:
    out = []
    for lang, data in kb.langs.items():
        if lang == "xx":
            continue
        by_form: dict[str, set[str]] = defaultdict(set)
        sources: dict[str, set[str]] = defaultdict(set)
        for alias in data.aliases:
            if alias.source.startswith("CLDR") or alias.kind == "blocked":
                continue
            form = " ".join(fold(alias.text).split())
            by_form[form].add(alias.code)
            sources[form].add(alias.source)
        for form, found in sorted(by_form.items()):
            if len(found) > 1:
                where = ", ".join(sorted(sources[form]))
                out.append(Problem(where, f"{form!r} names {len(found)} entries: {', '.join(sorted(found))}"))
    return out


def _check_people(kb: KnowledgeBase) -> list[Problem]:
    out = []
    codes = kb.codes()
    seen: set[tuple[str, str]] = set()
    holders: dict[tuple[str, str], list[tuple[Role, str]]] = defaultdict(list)
    for person in kb.people:
        where = f"people/{person.source}: {person.name}"
        # The same name in two files is allowed: one person's national and IGO careers, or namesakes.
        if (person.source, person.name) in seen:
            out.append(Problem(where, "listed twice in the same file"))
        seen.add((person.source, person.name))
        if not person.roles:
            out.append(Problem(where, "no roles"))
        for role in person.roles:
            if role.code not in codes:
                out.append(Problem(where, f"unknown code {role.code!r}"))
            if role.sector not in SECTORS:
                out.append(Problem(where, f"unknown sector {role.sector!r}"))
            if role.role not in kb.role_keys:
                out.append(Problem(where, f"unknown role {role.role!r}"))
            if role.start and role.end and upper_bound(role.end) < str(role.start):
                out.append(
                    Problem(
                        where, f"{role.role} of {role.code} ends ({role.end}) before it starts ({role.start})"
                    )
                )
            if role.role in SINGLE_HOLDER and (role.code, role.role) not in COLLECTIVE_OFFICES:
                holders[(role.code, role.role)].append((role, person.name))
    for (code, role_key), held in sorted(holders.items()):
        for (a, name_a), (b, name_b) in itertools.combinations(held, 2):
            if name_a != name_b and _overlap(a, b):
                out.append(
                    Problem(
                        f"people: {code} {role_key}",
                        f"{name_a} ({a.start}–{a.end or ''}) overlaps {name_b} ({b.start}–{b.end or ''})",
                    )
                )
    return out


def _precedes(a: Role, b: Role) -> bool:
    """``a`` ended no later than ``b`` started, at the precision both dates share."""
    if a.end is None or b.start is None:
        return False
    a_end, b_start = str(a.end), str(b.start)
    shared = min(len(a_end), len(b_start))
    return a_end[:shared] <= b_start[:shared]


def _overlap(a: Role, b: Role) -> bool:
    """True only when the data proves two holders at once: both starts known, and the later one
    strictly inside the earlier one's known term. A handover on one day is not an overlap, and
    neither is an open bound: the data leaves a bound open when it is not known for sure."""
    if _precedes(a, b) or _precedes(b, a) or a.start is None or b.start is None:
        return False
    first, second = (a, b) if str(a.start) <= str(b.start) else (b, a)
    return first.end is not None and str(second.start) < upper_bound(first.end)
