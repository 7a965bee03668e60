"""Score coded events against gold, by the rules of EVENTS.md §8.

Per document, system events are matched one-to-one to gold events on (type,
source, target), unordered for symmetric types; gold events marked
``"required": false`` may be matched without counting as false positives and
may be missed without counting as false negatives. Within a (type, dyad) group
each required gold event takes the system event that agrees with it on most
attributes (mode, status, date). Codes are compared after the usual aliases
(ISIS → ISIL, UK → GBR, ...). This follows the reference scorer exactly, so the
two agree on the same files; the report adds per-language attribute accuracy
and the sentences behind every error.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from chancery.coding.ontology import SYMMETRIC
from chancery.errors import Errors, FormatError

ALIASES = {
    "EUR": "EUROPE", "ISIS": "ISIL", "IS": "ISIL", "DAESH": "ISIL", "DHKPC": "DHKP-C", "ALQAEDA": "AL_QAEDA",
    "AL-QAEDA": "AL_QAEDA", "UK": "GBR", "US": "USA", "ANSARALLAH": "HOUTHIS", "ANSAR_ALLAH": "HOUTHIS",
    "HOUTHI": "HOUTHIS", "CEDEAO": "ECOWAS", "AL-SHABAAB": "AL_SHABAAB", "SHABAAB": "AL_SHABAAB",
}  # fmt: skip

Doc = Mapping[str, Any]
Key = tuple[str, str, str]


def normalize_code(code: object) -> str:
    text = str(code or "").strip().upper()
    return ALIASES.get(text, text)


def event_key(event: Doc) -> Key:
    kind = str(event.get("type") or "").upper()
    source, target = normalize_code(event.get("source")), normalize_code(event.get("target"))
    if kind in SYMMETRIC:
        source, target = sorted((source, target))
    return kind, source, target


def date_ok(gold: object, system: object) -> bool:
    """Equal at the gold's precision; ``null`` against a value is wrong."""
    if not gold:
        return not system
    return bool(system) and str(system)[: len(str(gold))] == str(gold)


def _agreement(gold: Doc, system: Doc) -> int:
    return (
        ((gold.get("mode") or None) == (system.get("mode") or None))
        + ((gold.get("status") or "occurred") == (system.get("status") or "occurred"))
        + date_ok(gold.get("date"), system.get("date"))
    )


def quote_overlap(gold: str, system: str) -> float:
    """Longest common substring over the gold quote's length, whitespace and case folded."""
    a, b = " ".join(gold.split()).lower(), " ".join(system.split()).lower()
    if not a or not b:
        return 0.0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size / len(a)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float | None:
        """Of the gold quotes found by their text, the share whose speaker code is right."""
        return round(self.quotes.tp / self.quotes_by_text, 3) if self.quotes_by_text else None

    def as_dict(self) -> dict[str, Any]:
        return {"p": round(self.precision, 3), "r": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Miss:
    """A false positive or negative, with the sentence behind it."""

    kind: str  # FP or FN
    doc_id: str
    key: Key
    count: int
    evidence: str


@dataclass
class Report:
    micro: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    per_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    attributes: Counter[str] = field(default_factory=Counter)
    attributes_n: Counter[str] = field(default_factory=Counter)
    attributes_by_lang: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    attributes_n_by_lang: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    quotes: Counts = field(default_factory=Counts)
    quotes_by_text: int = 0  # gold quotes some system quote overlaps by half, whoever it names as speaker
    amounts: Counts = field(default_factory=Counts)  # fp: system amounts equal to no gold amount
    missing_docs: list[str] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    def attribute_accuracy(self, lang: str | None = None) -> dict[str, float | None]:
        hits = self.attributes if lang is None else self.attributes_by_lang[lang]
        totals = self.attributes_n if lang is None else self.attributes_n_by_lang[lang]
        return {a: round(hits[a] / totals[a], 3) if totals[a] else None for a in ("mode", "status", "date")}

    @property
    def speaker_accuracy(self) -> float | None:
        """Of the gold quotes found by their text, the share whose speaker code is right."""
        return round(self.quotes.tp / self.quotes_by_text, 3) if self.quotes_by_text else None

    def as_dict(self) -> dict[str, Any]:
        """The reference scorer's JSON, key for key (plus nothing it lacks)."""
        q_total = self.quotes.tp + self.quotes.fn
        a_total = self.amounts.tp + self.amounts.fn
        return {
            "micro": self.micro.as_dict(),
            "per_type": {t: c.as_dict() for t, c in sorted(self.per_type.items())},
            "per_lang": {lang: c.as_dict() for lang, c in sorted(self.per_lang.items())},
            "attributes": self.attribute_accuracy(),
            "quotes_recall": round(self.quotes.tp / q_total, 3) if q_total else None,
            "amounts_recall": round(self.amounts.tp / a_total, 3) if a_total else None,
            "missing_docs": list(self.missing_docs),
            "false_positives": [f"{m.doc_id} {m.key} x{m.count}" for m in self.misses if m.kind == "FP"],
            "false_negatives": [f"{m.doc_id} {m.key} x{m.count}" for m in self.misses if m.kind == "FN"],
        }


def _evidence(event: Doc) -> str:
    evidence = event.get("evidence")
    if isinstance(evidence, str):
        return evidence
    if isinstance(evidence, list) and evidence:
        first = evidence[0]
        return first.get("text", "") if isinstance(first, dict) else str(first)
    return ""


def score(gold: Mapping[str, Doc], system: Mapping[str, Doc]) -> Report:
    report = Report()
    for doc_id, g in gold.items():
        s = system.get(doc_id)
        if s is None:
            report.missing_docs.append(doc_id)
            s = {"events": []}
        lang = str(g.get("lang", "?"))
        groups: dict[Key, dict[str, list[Doc]]] = defaultdict(lambda: {"req": [], "opt": [], "sys": []})
        for event in g.get("events", []):
            groups[event_key(event)]["req" if event.get("required", True) else "opt"].append(event)
        for event in s.get("events", []) or []:
            groups[event_key(event)]["sys"].append(event)
        for key, group in groups.items():
            _score_group(report, doc_id, lang, key, group)
        _score_quotes_and_amounts(report, g, s)
    return report


def _score_group(report: Report, doc_id: str, lang: str, key: Key, group: dict[str, list[Doc]]) -> None:
    required, optional, pool = group["req"], group["opt"], list(group["sys"])
    matched = 0
    for gold_event in required:
        if not pool:
            break
        best = max(range(len(pool)), key=lambda i: _agreement(gold_event, pool[i]))
        system_event = pool.pop(best)
        matched += 1
        for attribute in ("mode", "status"):
            if gold_event.get(attribute) is not None or attribute == "status":
                default = "occurred" if attribute == "status" else None
                ok = (gold_event.get(attribute) or default) == (system_event.get(attribute) or default)
                _count_attribute(report, lang, attribute, ok)
        _count_attribute(report, lang, "date", date_ok(gold_event.get("date"), system_event.get("date")))
    false_negatives = len(required) - matched
    false_positives = len(pool) - min(len(pool), len(optional))
    for counts in (report.micro, report.per_type[key[0]], report.per_lang[lang]):
        counts.add(matched, false_positives, false_negatives)
    if false_positives:
        report.misses.append(Miss("FP", doc_id, key, false_positives, _evidence(pool[-1])))
    if false_negatives:
        report.misses.append(Miss("FN", doc_id, key, false_negatives, _evidence(required[-1])))


def _count_attribute(report: Report, lang: str, attribute: str, ok: bool) -> None:
    report.attributes_n[attribute] += 1
    report.attributes[attribute] += ok
    report.attributes_n_by_lang[lang][attribute] += 1
    report.attributes_by_lang[lang][attribute] += ok


def _score_quotes_and_amounts(report: Report, gold: Doc, system: Doc) -> None:
    if "quotes" in gold:
        found = system.get("quotes", []) or []
        for quote in gold["quotes"]:
            by_text = [x for x in found if quote_overlap(quote["text"], x.get("text", "")) >= 0.5]
            hit = any(
                normalize_code(x.get("speaker_code")) == normalize_code(quote.get("speaker_code"))
                for x in by_text
            )
            report.quotes_by_text += bool(by_text)
            report.quotes.add(int(hit), 0, int(not hit))
    if "amounts" in gold:
        found = system.get("amounts", []) or []
        for amount in gold["amounts"]:
            value = float(amount["value"])
            hit = any(
                (x.get("unit") or "").upper() == str(amount["unit"]).upper()
                and abs(float(x.get("value") or 0) - value) <= 1e-6 * value
                for x in found
            )
            report.amounts.add(int(hit), 0, int(not hit))
        golds = [(str(a["unit"]).upper(), float(a["value"])) for a in gold["amounts"]]
        for x in found:
            value = float(x.get("value") or 0)
            unit = (x.get("unit") or "").upper()
            report.amounts.fp += not any(u == unit and abs(value - v) <= 1e-6 * v for u, v in golds)


def load_jsonl(path: str | Path) -> dict[str, Doc]:
    """Documents by id from a gold or system JSON Lines file."""
    out: dict[str, Doc] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(Errors.E106, path=path, line=number, reason=exc) from exc
        out[str(doc.get("doc_id"))] = doc
    return out


def is_system_output(paths: Iterable[str | Path]) -> bool:
    """True when the paths are one JSON Lines file of coded documents (objects with ``events``)."""
    paths = [Path(p) for p in paths]
    if len(paths) != 1 or paths[0].suffix not in (".jsonl", ".ndjson") or not paths[0].is_file():
        return False
    with paths[0].open(encoding="utf-8") as f:
        first = next((line for line in f if line.strip()), "")
    try:
        return "events" in json.loads(first)
    except json.JSONDecodeError:
        return False
