"""Look a name up in the knowledge base, in every language."""

from __future__ import annotations

from dataclasses import dataclass

from chancery.doc import PartialDate
from chancery.kb.loader import KnowledgeBase
from chancery.nlp.text import fold


@dataclass(frozen=True, slots=True)
class Found:
    text: str
    kind: str
    code: str
    sector: str | None
    detail: str
    valid: bool | None = None  # for a person's role: held at the date asked


def lookup(kb: KnowledgeBase, name: str, date: PartialDate | None = None) -> list[Found]:
    key = " ".join(fold(name).split())
    found: list[Found] = []
    for lang, data in kb.langs.items():
        for alias in data.aliases:
            if " ".join(fold(alias.text).split()) == key:
                found.append(
                    Found(alias.text, alias.kind, alias.code, alias.sector, f"{lang}: {alias.source}")
                )
        for role in data.roles:
            if " ".join(fold(role.text).split()) == key:
                found.append(Found(role.text, "role", "", role.sector, f"{lang}: role {role.role or '-'}"))
    for person in kb.people:
        forms = {fold(person.name), fold(person.surname), *(fold(v) for v in person.variants)}
        if key in forms:
            for role in person.roles:
                span = f"{role.start or '…'} – {role.end or '…'}"
                valid = role.valid_on(date) if date else None
                found.append(
                    Found(person.name, "person", role.code, role.sector, f"{role.role}, {span}", valid)
                )
    unique: dict[tuple[object, ...], Found] = {}
    for f in found:
        unique.setdefault((f.text, f.kind, f.code, f.detail), f)
    return list(unique.values())
